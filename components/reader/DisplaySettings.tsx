/** Typography and colour controls. Every change shows at once and is remembered. */
import type { CSSProperties } from 'preact';
import { i18n } from '#i18n';
import { FONT_STACKS } from '../../lib/reader/reader-style';
import { formatUiNumber, pluralUi } from '../ui-locale';
import { THEMES } from '../../lib/reader/themes';
import {
  DEFAULT_READER_PREFS,
  READER_ALIGNS,
  READER_FONTS,
  READER_IMAGES,
  READER_LIMITS,
  READER_THEMES,
  type ReaderFont,
  type ReaderImages,
  type ReaderPrefs,
  type ReaderTheme,
} from '../../lib/settings';

type NumericPref = keyof typeof READER_LIMITS;

interface DisplaySettingsProps {
  prefs: ReaderPrefs;
  change: (change: Partial<ReaderPrefs>) => void;
}

const FONT_LABELS: Record<ReaderFont, () => string> = {
  serif: () => i18n.t('reader.display.fontSerif'),
  sans: () => i18n.t('reader.display.fontSans'),
  atkinson: () => i18n.t('reader.display.fontAtkinson'),
  opendyslexic: () => i18n.t('reader.display.fontOpendyslexic'),
};

const THEME_LABELS: Record<ReaderTheme, () => string> = {
  light: () => i18n.t('reader.display.themeLight'),
  sepia: () => i18n.t('reader.display.themeSepia'),
  dark: () => i18n.t('reader.display.themeDark'),
  'high-contrast': () => i18n.t('reader.display.themeHighContrast'),
};

const ALIGN_LABELS: Record<ReaderPrefs['align'], () => string> = {
  start: () => i18n.t('reader.display.alignStart'),
  justify: () => i18n.t('reader.display.alignJustify'),
};

const IMAGES_LABELS: Record<ReaderImages, () => string> = {
  show: () => i18n.t('reader.display.imagesShow'),
  text: () => i18n.t('reader.display.imagesText'),
};

/** Step-sized rounding, so 0.1 + 0.2 is stored as 0.3. */
function roundToStep(value: number, step: number): number {
  const decimals = (String(step).split('.')[1] ?? '').length;
  return Number(value.toFixed(decimals));
}

function Slider(props: { pref: NumericPref; label: string; prefs: ReaderPrefs; format: (v: number) => string; change: DisplaySettingsProps['change'] }) {
  const { pref, label, prefs, format, change } = props;
  const limits = READER_LIMITS[pref];
  const id = `pref-${pref}`;
  const value = prefs[pref];
  return (
    <div class="slider">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="range"
        min={limits.min}
        max={limits.max}
        step={limits.step}
        value={value}
        aria-valuetext={format(value)}
        onInput={(e) => change({ [pref]: roundToStep(Number(e.currentTarget.value), limits.step) })}
      />
      <output for={id}>{format(value)}</output>
    </div>
  );
}

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  sample?: (option: T) => CSSProperties;
  onChange: (option: T) => void;
  hint?: string;
}) {
  const hintId = `${props.name}-hint`;
  return (
    <fieldset class="choice" aria-describedby={props.hint ? hintId : undefined}>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option} class="choice-option">
          <input
            type="radio"
            name={props.name}
            value={option}
            checked={props.value === option}
            onChange={() => props.onChange(option)}
          />
          {props.label(option)}
          {props.sample && (
            <span class="sample" aria-hidden="true" style={props.sample(option)}>
              Aa
            </span>
          )}
        </label>
      ))}
      {props.hint && (
        <p id={hintId} class="hint">
          {props.hint}
        </p>
      )}
    </fieldset>
  );
}

export function DisplaySettings({ prefs, change }: DisplaySettingsProps) {
  const em = (v: number) => i18n.t('reader.display.em', [formatUiNumber(v)]);
  return (
    <div class="display-settings">
      <Slider pref="fontSize" label={i18n.t('reader.display.fontSize')} prefs={prefs} change={change} format={(v) => i18n.t('reader.display.pixels', [formatUiNumber(v)])} />
      <Slider pref="lineHeight" label={i18n.t('reader.display.lineHeight')} prefs={prefs} change={change} format={(v) => i18n.t('reader.display.times', [formatUiNumber(v)])} />
      <Slider pref="letterSpacing" label={i18n.t('reader.display.letterSpacing')} prefs={prefs} change={change} format={em} />
      <Slider pref="wordSpacing" label={i18n.t('reader.display.wordSpacing')} prefs={prefs} change={change} format={em} />
      <Slider pref="columnWidth" label={i18n.t('reader.display.columnWidth')} prefs={prefs} change={change} format={(v) => pluralUi('reader.display.characters', v)} />
      <Choice
        name="font"
        legend={i18n.t('reader.display.font')}
        options={READER_FONTS}
        value={prefs.font}
        label={(f) => FONT_LABELS[f]()}
        sample={(f) => ({ fontFamily: FONT_STACKS[f] })}
        onChange={(font) => change({ font })}
      />
      <Choice
        name="theme"
        legend={i18n.t('reader.display.theme')}
        options={READER_THEMES}
        value={prefs.theme}
        label={(t) => THEME_LABELS[t]()}
        // A sample of each theme's text on its background, pairs that meet AA like the themes.
        sample={(t) => ({ color: THEMES[t].text, backgroundColor: THEMES[t].background, borderColor: THEMES[t].border })}
        onChange={(theme) => change({ theme })}
      />
      <Choice
        name="align"
        legend={i18n.t('reader.display.align')}
        options={READER_ALIGNS}
        value={prefs.align}
        label={(a) => ALIGN_LABELS[a]()}
        onChange={(align) => change({ align })}
      />
      <Choice
        name="images"
        legend={i18n.t('reader.display.images')}
        options={READER_IMAGES}
        value={prefs.images}
        label={(v) => IMAGES_LABELS[v]()}
        hint={i18n.t('reader.display.imagesHint')}
        onChange={(images) => change({ images })}
      />
      <label class="check">
        <input type="checkbox" checked={prefs.lineFocus} onChange={(e) => change({ lineFocus: e.currentTarget.checked })} />
        {i18n.t('reader.display.lineFocus')}
      </label>
      <button type="button" class="action" onClick={() => change({ ...DEFAULT_READER_PREFS, voiceName: prefs.voiceName, speechRate: prefs.speechRate, readSummaryFirst: prefs.readSummaryFirst, images: prefs.images })}>
        {i18n.t('reader.display.reset')}
      </button>
    </div>
  );
}
