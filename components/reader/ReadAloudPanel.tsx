/**
 * Read-aloud controls: play/pause, sentence and paragraph steps, speed, voice, "summary
 * first", and the single-key shortcuts, which work only while focus is inside this panel.
 */
import { useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { READ_ALOUD_SHORTCUTS, readAloudActionFor, type ReadAloudAction } from '../../lib/reader/shortcuts';
import { READER_LIMITS, type ReaderPrefs } from '../../lib/settings';
import { formatUiNumber, languageName, uiLocale } from '../ui-locale';
import type { ReadAloud } from './use-read-aloud';

interface ReadAloudPanelProps {
  readAloud: ReadAloud;
  /** False where the browser has no speech synthesis at all. */
  supported: boolean;
  prefs: ReaderPrefs;
  change: (change: Partial<ReaderPrefs>) => void;
}

const SHORTCUT_LABELS: Record<ReadAloudAction, () => string> = {
  toggle: () => i18n.t('reader.readAloud.keys.toggle'),
  previousSentence: () => i18n.t('reader.readAloud.keys.previousSentence'),
  nextSentence: () => i18n.t('reader.readAloud.keys.nextSentence'),
  previousParagraph: () => i18n.t('reader.readAloud.keys.previousParagraph'),
  nextParagraph: () => i18n.t('reader.readAloud.keys.nextParagraph'),
  slower: () => i18n.t('reader.readAloud.keys.slower'),
  faster: () => i18n.t('reader.readAloud.keys.faster'),
  stop: () => i18n.t('reader.readAloud.keys.stop'),
};

/** Controls that take letters themselves: shortcuts stay out of their way. */
function takesLetters(target: EventTarget | null): boolean {
  if (target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !['range', 'checkbox', 'radio', 'button'].includes(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

export function ReadAloudPanel({ readAloud, supported, prefs, change }: ReadAloudPanelProps) {
  const { player, state, plan, voices, choice } = readAloud;
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  const rate = READER_LIMITS.speechRate;
  const setRate = (value: number) =>
    change({ speechRate: Math.min(rate.max, Math.max(rate.min, Number(value.toFixed(1)))) });

  const run = (action: ReadAloudAction) => {
    if (!player) return;
    switch (action) {
      case 'slower':
        return setRate(prefs.speechRate - rate.step);
      case 'faster':
        return setRate(prefs.speechRate + rate.step);
      default:
        return player[action]();
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const action = readAloudActionFor({
      key: event.key,
      ctrlKey: event.ctrlKey,
      altKey: event.altKey,
      metaKey: event.metaKey,
      inTextEntry: takesLetters(event.target),
    });
    if (!action || !player) return;
    event.preventDefault();
    run(action);
  };

  const playing = state.status === 'playing';
  const disabled = !player || plan.length === 0;
  const step = (action: ReadAloudAction, icon: string, visible: string, name: string, after = false) => (
    <button type="button" class="step" aria-label={name} disabled={disabled} onClick={() => run(action)}>
      {!after && <span aria-hidden="true">{icon} </span>}
      {visible}
      {after && <span aria-hidden="true"> {icon}</span>}
    </button>
  );

  return (
    <section class="panel read-aloud" aria-labelledby="read-aloud-heading" onKeyDown={onKeyDown}>
      <h2 id="read-aloud-heading">{i18n.t('reader.readAloud.heading')}</h2>
      {!supported ? (
        <p>{i18n.t('reader.readAloud.unsupported')}</p>
      ) : !player ? (
        <p>{i18n.t('reader.readAloud.noVoices')}</p>
      ) : null}
      <div class="player-buttons">
        {step('previousParagraph', '«', i18n.t('reader.readAloud.paragraph'), i18n.t('reader.readAloud.previousParagraph'))}
        {step('previousSentence', '‹', i18n.t('reader.readAloud.sentence'), i18n.t('reader.readAloud.previousSentence'))}
        <button type="button" class="play" disabled={disabled} onClick={() => run('toggle')}>
          {playing ? i18n.t('reader.readAloud.pause') : i18n.t('reader.readAloud.play')}
        </button>
        {step('nextSentence', '›', i18n.t('reader.readAloud.sentence'), i18n.t('reader.readAloud.nextSentence'), true)}
        {step('nextParagraph', '»', i18n.t('reader.readAloud.paragraph'), i18n.t('reader.readAloud.nextParagraph'), true)}
        <button type="button" class="step" disabled={disabled || state.status === 'stopped'} onClick={() => run('stop')}>
          {i18n.t('reader.readAloud.stop')}
        </button>
      </div>
      {player && plan.length > 0 && (
        <p class="player-position">{i18n.t('reader.readAloud.position', [formatUiNumber(state.index + 1), formatUiNumber(plan.length)])}</p>
      )}
      {state.error && <p role="alert">{i18n.t('reader.readAloud.failed', [state.error])}</p>}
      <div class="slider">
        <label for="speech-rate">{i18n.t('reader.readAloud.speed')}</label>
        <input
          id="speech-rate"
          type="range"
          min={rate.min}
          max={rate.max}
          step={rate.step}
          value={prefs.speechRate}
          aria-valuetext={i18n.t('reader.display.times', [formatUiNumber(prefs.speechRate)])}
          onInput={(e) => setRate(Number(e.currentTarget.value))}
        />
        <output for="speech-rate">{i18n.t('reader.display.times', [formatUiNumber(prefs.speechRate)])}</output>
      </div>
      {voices.length > 0 && (
        <div class="select">
          <label for="speech-voice">{i18n.t('reader.readAloud.voice')}</label>
          <select id="speech-voice" value={choice.voice?.name ?? ''} onChange={(e) => change({ voiceName: e.currentTarget.value })}>
            {voices.map((v) => (
              <option key={v.name} value={v.name}>
                {v.name} ({languageName(v.lang)})
              </option>
            ))}
          </select>
        </div>
      )}
      {choice.voice && !choice.matchesLanguage && (
        <p class="hint">{i18n.t('reader.readAloud.otherLanguage', [choice.voice.name])}</p>
      )}
      <label class="check">
        <input type="checkbox" checked={prefs.readSummaryFirst} onChange={(e) => change({ readSummaryFirst: e.currentTarget.checked })} />
        {i18n.t('reader.readAloud.summaryFirst')}
      </label>
      <p class="hint">{i18n.t('reader.readAloud.privacy')}</p>
      <div class="shortcuts">
        <button type="button" class="link-button" aria-expanded={shortcutsOpen} aria-controls="shortcut-list" onClick={() => setShortcutsOpen(!shortcutsOpen)}>
          {i18n.t('reader.readAloud.shortcutsHeading')}
        </button>
        <div id="shortcut-list" hidden={!shortcutsOpen}>
          <p class="hint">{i18n.t('reader.readAloud.shortcutsIntro')}</p>
          <dl>
            {READ_ALOUD_SHORTCUTS.map((s) => (
              <div key={s.action}>
                <dt>
                  <kbd>{s.label}</kbd>
                </dt>
                <dd>{SHORTCUT_LABELS[s.action]()}</dd>
              </div>
            ))}
          </dl>
          <p class="hint">{i18n.t('reader.readAloud.lineFocusShortcuts')}</p>
        </div>
      </div>
    </section>
  );
}
