import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatUiNumber, pluralUi } from '../../components/ui-locale';
import { DEFAULT_READER_PREFS, READER_LIMITS, type ReaderFont, type ReaderImages, type ReaderPrefs, type ReaderTheme } from '../../lib/settings';
import { privateVoices } from '../../lib/read-aloud/voices';
import { Checkbox, RadioGroup, Section, Select, Slider, Status, type Choice } from './controls';
import type { SectionProps } from './OptionsApp';

type NumericPref = keyof typeof READER_LIMITS;

// The reader view's own names for its controls, so both pages use the same words.
const UNITS: Record<NumericPref, (value: number) => string> = {
  fontSize: (v) => i18n.t('reader.display.pixels', [formatUiNumber(v)]),
  lineHeight: formatUiNumber,
  letterSpacing: (v) => i18n.t('reader.display.em', [formatUiNumber(v)]),
  wordSpacing: (v) => i18n.t('reader.display.em', [formatUiNumber(v)]),
  columnWidth: (v) => pluralUi('reader.display.characters', v),
  speechRate: (v) => i18n.t('reader.display.times', [formatUiNumber(v)]),
};

const LABELS: Record<NumericPref, () => string> = {
  fontSize: () => i18n.t('reader.display.fontSize'),
  lineHeight: () => i18n.t('reader.display.lineHeight'),
  letterSpacing: () => i18n.t('reader.display.letterSpacing'),
  wordSpacing: () => i18n.t('reader.display.wordSpacing'),
  columnWidth: () => i18n.t('reader.display.columnWidth'),
  speechRate: () => i18n.t('options.reader.speechRate'),
};

/**
 * The voices that run on this device (never network voices, which would send the article
 * away: lib/read-aloud/voices.ts). Browsers list them late, after `voiceschanged`.
 */
function useVoiceNames(): string[] {
  const [names, setNames] = useState<string[]>([]);
  useEffect(() => {
    if (!('speechSynthesis' in globalThis)) return;
    const update = () =>
      setNames(privateVoices(speechSynthesis.getVoices(), document.documentElement.lang).map((voice) => voice.name));
    update();
    speechSynthesis.addEventListener('voiceschanged', update);
    return () => speechSynthesis.removeEventListener('voiceschanged', update);
  }, []);
  return names;
}

export function ReaderSection({ settings, save }: SectionProps) {
  // Slider positions while they move; saved when the move ends.
  const [moving, setMoving] = useState<Partial<ReaderPrefs>>({});
  const [message, setMessage] = useState('');
  const voices = useVoiceNames();
  const prefs = settings.reader;
  const set = (change: Partial<ReaderPrefs>) => {
    setMessage('');
    save({ reader: { ...prefs, ...change } });
  };

  const fonts: Choice<ReaderFont>[] = [
    { value: 'serif', label: i18n.t('reader.display.fontSerif') },
    { value: 'sans', label: i18n.t('reader.display.fontSans') },
    { value: 'atkinson', label: i18n.t('reader.display.fontAtkinson') },
    { value: 'opendyslexic', label: i18n.t('reader.display.fontOpendyslexic') },
  ];
  const themes: Choice<ReaderTheme>[] = [
    { value: 'light', label: i18n.t('reader.display.themeLight') },
    { value: 'sepia', label: i18n.t('reader.display.themeSepia') },
    { value: 'dark', label: i18n.t('reader.display.themeDark') },
    { value: 'high-contrast', label: i18n.t('reader.display.themeHighContrast') },
  ];
  const aligns: Choice<ReaderPrefs['align']>[] = [
    { value: 'start', label: i18n.t('reader.display.alignStart') },
    { value: 'justify', label: i18n.t('reader.display.alignJustify') },
  ];
  const images: Choice<ReaderImages>[] = [
    { value: 'show', label: i18n.t('reader.display.imagesShow') },
    { value: 'text', label: i18n.t('reader.display.imagesText') },
  ];
  // A voice chosen on another device may not exist here; keep it listed rather than lose it.
  const voiceNames = prefs.voiceName && !voices.includes(prefs.voiceName) ? [prefs.voiceName, ...voices] : voices;
  const voiceChoices: Choice<string>[] = [
    { value: '', label: i18n.t('options.reader.voiceDefault') },
    ...voiceNames.map((name) => ({ value: name, label: name })),
  ];

  const slider = (key: NumericPref) => (
    <Slider
      key={key}
      label={LABELS[key]()}
      value={moving[key] ?? prefs[key]}
      {...READER_LIMITS[key]}
      format={UNITS[key]}
      onInput={(value) => setMoving((m) => ({ ...m, [key]: value }))}
      onCommit={(value) => {
        setMoving(({ [key]: _done, ...rest }) => rest);
        set({ [key]: value });
      }}
    />
  );

  return (
    <Section title={i18n.t('options.reader.heading')} intro={i18n.t('options.reader.intro')}>
      <Select label={i18n.t('reader.display.font')} value={prefs.font} choices={fonts} onChange={(font) => set({ font })} />
      <RadioGroup
        legend={i18n.t('reader.display.theme')}
        name="reader-theme"
        value={prefs.theme}
        choices={themes}
        onChange={(theme) => set({ theme })}
      />
      {slider('fontSize')}
      {slider('lineHeight')}
      {slider('letterSpacing')}
      {slider('wordSpacing')}
      {slider('columnWidth')}
      <RadioGroup
        legend={i18n.t('reader.display.align')}
        name="reader-align"
        value={prefs.align}
        choices={aligns}
        onChange={(align) => set({ align })}
      />
      <RadioGroup
        legend={i18n.t('reader.display.images')}
        name="reader-images"
        value={prefs.images}
        choices={images}
        hint={i18n.t('reader.display.imagesHint')}
        onChange={(value) => set({ images: value })}
      />
      <Checkbox label={i18n.t('reader.display.lineFocus')} checked={prefs.lineFocus} onChange={(lineFocus) => set({ lineFocus })} />
      <Checkbox
        label={i18n.t('options.reader.readSummaryFirst')}
        checked={prefs.readSummaryFirst}
        onChange={(readSummaryFirst) => set({ readSummaryFirst })}
      />
      {slider('speechRate')}
      <Select
        label={i18n.t('options.reader.voice')}
        value={prefs.voiceName ?? ''}
        choices={voiceChoices}
        onChange={(name) => set({ voiceName: name || null })}
      />
      <button
        type="button"
        onClick={() => {
          // Whether the reader loads images is a privacy choice, not a look: a reset keeps it.
          save({ reader: { ...DEFAULT_READER_PREFS, images: prefs.images } });
          setMessage(i18n.t('options.reader.resetDone'));
        }}
      >
        {i18n.t('options.reader.reset')}
      </button>
      <Status message={message} />
    </Section>
  );
}
