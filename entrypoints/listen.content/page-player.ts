/**
 * Listening on the page itself: the article read aloud with the sentence and word being
 * spoken marked in the page, and a small player in a shadow root (play/pause, sentence and
 * paragraph steps, speed, voice, what to read, line focus, stop). The speech plan, the voice
 * choice, the player and the highlighting are lib/read-aloud's, the same as the reader view's.
 *
 * The player never covers the line being read (it moves to the other edge of the window),
 * closes with the page (navigation, tab close), and when the page replaces the paragraph
 * being read, goes on with the next one that still exists. Closing restores the page as it was.
 */
import { i18n } from '#i18n';
import { loadSettings, updateSettings } from '../../components/settings-store';
import { languageName, pluralUi } from '../../components/ui-locale';
import { LEDE_UI_ATTR } from '../../lib/navigation/focus-target';
import { watchUrl } from '../../lib/navigation/url-watch';
import type { BrowserSpeech } from '../../lib/read-aloud/browser-speech';
import { keepInView, spokenRanges } from '../../lib/read-aloud/highlight';
import { bandAround, firstInView, linesOf, stepped, type Place } from '../../lib/read-aloud/line-focus';
import type { ListenArticle } from '../../lib/read-aloud/page-source';
import { locateItem, nextPresentIndex, type Located } from '../../lib/read-aloud/page-target';
import { ReadAloudPlayer, type PlayerState } from '../../lib/read-aloud/player';
import { planOptionsFor, planSpeech, type SpeechItem } from '../../lib/read-aloud/speech-plan';
import { pickVoice, privateVoices } from '../../lib/read-aloud/voices';
import { lineIndexAt } from '../../lib/read-aloud/visual-lines';
import { singleBlockElements } from '../../lib/reader/block-map';
import { lineFocusStep, readAloudActionFor, type ReadAloudAction } from '../../lib/reader/shortcuts';
import { LINE_FOCUS_LINES, LISTEN_MODES, READER_LIMITS, type LedeSettings, type LineFocusLines, type ListenMode } from '../../lib/settings';
import { PageMarks } from './page-marks';
import { PLAYER_CSS } from './player-style';

const HOST_TAG = 'lede-listen';

const MODE_LABELS: Record<ListenMode, () => string> = {
  article: () => i18n.t('listen.modeArticle'),
  'summary-first': () => i18n.t('listen.modeSummaryFirst'),
  'key-quotes': () => i18n.t('listen.modeKeyQuotes'),
};

function lineFocusLabel(lines: LineFocusLines): string {
  return lines === 0 ? i18n.t('listen.lineFocusOff') : pluralUi('listen.lineFocusLines', lines);
}

function isEditable(el: Element | null): boolean {
  return Boolean(el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export class PagePlayer {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly marks: PageMarks;
  private readonly status: HTMLElement;
  private readonly alert: HTMLElement;
  private readonly position: HTMLElement;
  private readonly hint: HTMLElement;
  private readonly playButton: HTMLButtonElement;
  private readonly stepButtons: HTMLButtonElement[] = [];
  private readonly rateInput: HTMLInputElement;
  private readonly rateOutput: HTMLOutputElement;
  private readonly voiceSelect: HTMLSelectElement;
  private plan: SpeechItem[] = [];
  private player: ReadAloudPlayer | null = null;
  private state: PlayerState = { status: 'stopped', index: 0, word: null, error: null };
  /** Line focus while reading silently: where the band is. */
  private place: Place | null = null;
  /** What the marks show now, for redrawing the band and keeping the player clear of it. */
  private spoken: { element: Element; rect: () => DOMRect | null } | null = null;
  private readonly cleanups: (() => void)[] = [];
  private readonly returnFocus: Element | null;
  private frame = 0;
  private closed = false;

  constructor(
    private readonly doc: Document,
    private readonly found: ListenArticle,
    private readonly engine: BrowserSpeech | null,
    private settings: LedeSettings,
    private readonly onClose: () => void,
  ) {
    // Where focus was, inside a shadow root too ("Listen to article" in the skip links).
    let active = doc.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    this.returnFocus = active;
    for (const stale of doc.querySelectorAll(HOST_TAG)) stale.remove();
    this.host = doc.createElement(HOST_TAG);
    this.host.setAttribute(LEDE_UI_ATTR, '');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = doc.createElement('style');
    style.textContent = PLAYER_CSS;
    this.marks = new PageMarks(doc, this.root);

    const section = this.el('section', 'player');
    section.setAttribute('role', 'region');
    section.setAttribute('aria-label', i18n.t('listen.label'));
    section.lang = i18n.t('uiLanguage');
    section.dir = i18n.t('uiDirection');
    section.setAttribute('aria-describedby', 'lede-listen-keys');
    section.addEventListener('keydown', this.onPlayerKey);

    const buttons = this.el('div', 'buttons');
    const step = (action: ReadAloudAction, icon: string, visible: string, name: string, after = false) => {
      const button = this.button(visible, () => this.run(action));
      button.setAttribute('aria-label', name);
      const mark = this.el('span');
      mark.setAttribute('aria-hidden', 'true');
      mark.textContent = after ? ` ${icon}` : `${icon} `;
      if (after) button.append(mark);
      else button.prepend(mark);
      this.stepButtons.push(button);
      return button;
    };
    this.playButton = this.button(i18n.t('reader.readAloud.play'), () => this.run('toggle'));
    this.playButton.className = 'play';
    this.stepButtons.push(this.playButton);
    buttons.append(
      step('previousParagraph', '«', i18n.t('reader.readAloud.paragraph'), i18n.t('reader.readAloud.previousParagraph')),
      step('previousSentence', '‹', i18n.t('reader.readAloud.sentence'), i18n.t('reader.readAloud.previousSentence')),
      this.playButton,
      step('nextSentence', '›', i18n.t('reader.readAloud.sentence'), i18n.t('reader.readAloud.nextSentence'), true),
      step('nextParagraph', '»', i18n.t('reader.readAloud.paragraph'), i18n.t('reader.readAloud.nextParagraph'), true),
      this.button(i18n.t('listen.stop'), () => this.close()),
    );

    const settingsRow = this.el('div', 'settings');
    const rate = READER_LIMITS.speechRate;
    this.rateInput = this.doc.createElement('input');
    Object.assign(this.rateInput, { type: 'range', min: String(rate.min), max: String(rate.max), step: String(rate.step), value: String(settings.reader.speechRate) });
    this.rateInput.addEventListener('input', () => this.setRate(Number(this.rateInput.value)));
    this.rateOutput = this.doc.createElement('output');
    this.voiceSelect = this.doc.createElement('select');
    this.voiceSelect.addEventListener('change', () => this.setVoice(this.voiceSelect.value));
    const modeSelect = this.select(
      LISTEN_MODES.map((mode) => [mode, MODE_LABELS[mode]()]),
      settings.listen.mode,
      (value) => this.setMode(value as ListenMode),
    );
    const focusSelect = this.select(
      LINE_FOCUS_LINES.map((n) => [String(n), lineFocusLabel(n)]),
      String(settings.listen.lineFocus),
      (value) => this.setLineFocus(Number(value) as LineFocusLines),
    );
    settingsRow.append(
      this.label(i18n.t('reader.readAloud.speed'), this.rateInput, this.rateOutput),
      this.label(i18n.t('reader.readAloud.voice'), this.voiceSelect),
      this.label(i18n.t('listen.mode'), modeSelect),
      this.label(i18n.t('listen.lineFocus'), focusSelect),
    );

    this.position = this.el('p', 'position');
    this.hint = this.el('p', 'hint');
    this.alert = this.el('p');
    this.alert.setAttribute('role', 'alert');
    const keys = this.el('p', 'visually-hidden');
    keys.id = 'lede-listen-keys';
    keys.textContent = i18n.t('listen.keys');
    this.status = this.el('div', 'visually-hidden');
    this.status.setAttribute('role', 'status');
    section.append(buttons, settingsRow, this.position, this.hint, this.alert, keys, this.status);
    this.root.append(style, section);
    doc.body.append(this.host);

    this.listen();
    this.rebuild();
    this.playButton.focus();
  }

  /** Brings keyboard focus back to the player (asked for again while open). */
  focus(): void {
    this.playButton.focus();
  }

  /**
   * Stops speaking and takes everything away: the page is left exactly as it was. Nothing is
   * announced: focus going back where it was says the player is gone, and an announcement
   * would need a live region left in the page.
   */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.player?.dispose();
    this.player = null;
    cancelAnimationFrame(this.frame);
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    const hadFocus = this.root.activeElement !== null;
    this.marks.clear();
    this.host.remove();
    if (hadFocus) {
      if (this.returnFocus instanceof HTMLElement && this.returnFocus.isConnected && this.returnFocus !== this.doc.body) this.returnFocus.focus({ preventScroll: true });
      else (this.doc.activeElement as HTMLElement | null)?.blur?.();
    }
    this.onClose();
  }

  // --- building blocks of the UI ---

  private el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
    const el = this.doc.createElement(tag);
    if (className) el.className = className;
    return el;
  }

  private button(text: string, onClick: () => void): HTMLButtonElement {
    const button = this.el('button');
    button.type = 'button';
    button.textContent = text;
    button.addEventListener('click', onClick);
    return button;
  }

  private label(text: string, ...controls: HTMLElement[]): HTMLLabelElement {
    const label = this.el('label');
    label.append(text, ...controls);
    return label;
  }

  private select(options: [string, string][], value: string, onChange: (value: string) => void): HTMLSelectElement {
    const select = this.el('select');
    for (const [optionValue, text] of options) select.append(new Option(text, optionValue, false, optionValue === value));
    select.addEventListener('change', () => onChange(select.value));
    return select;
  }

  // --- wiring ---

  private listen(): void {
    const win = this.doc.defaultView!;
    const redraw = () => {
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        this.marks.redraw();
        this.keepClear();
      });
    };
    win.addEventListener('scroll', redraw, { passive: true, capture: true });
    win.addEventListener('resize', redraw);
    const close = () => this.close();
    win.addEventListener('pagehide', close);
    win.addEventListener('keydown', this.onPageKey, { capture: true });
    const stopWatching = watchUrl(win, () => this.close());
    // The page may rewrite the paragraph being read: go on with the next one still there.
    const observer = new MutationObserver(() => this.recover());
    observer.observe(this.doc.body, { childList: true, subtree: true });
    const stopVoices = this.engine?.onVoicesChanged(() => this.rebuild(true)) ?? (() => {});
    this.cleanups.push(
      () => win.removeEventListener('scroll', redraw, { capture: true }),
      () => win.removeEventListener('resize', redraw),
      () => win.removeEventListener('pagehide', close),
      () => win.removeEventListener('keydown', this.onPageKey, { capture: true }),
      stopWatching,
      () => observer.disconnect(),
      stopVoices,
    );
  }

  /** A new plan (what to read changed) or new voices: a fresh player, at the start or where it was. */
  private rebuild(keepPlace = false): void {
    const { article } = this.found;
    const voices = this.engine?.voices() ?? [];
    const choice = pickVoice(voices, article.lang, this.settings.reader.voiceName);
    const offered = privateVoices(voices, article.lang);
    this.voiceSelect.replaceChildren(...offered.map((v) => new Option(`${v.name} (${languageName(v.lang)})`, v.name, false, v.name === choice.voice?.name)));
    this.voiceSelect.disabled = offered.length === 0;
    this.hint.textContent = !this.engine
      ? i18n.t('reader.readAloud.unsupported')
      : !choice.voice
        ? i18n.t('reader.readAloud.noVoices')
        : !choice.matchesLanguage
          ? i18n.t('reader.readAloud.otherLanguage', [choice.voice.name])
          : '';
    if (keepPlace && this.player) {
      this.player.setOptions({ voiceName: choice.voice?.name ?? null });
      return;
    }
    const index = keepPlace ? this.state.index : 0;
    this.player?.dispose();
    this.plan = planSpeech(article, planOptionsFor(this.settings.listen.mode));
    this.player = this.engine && choice.voice
      ? new ReadAloudPlayer(this.plan, this.engine, { lang: article.lang, rate: this.settings.reader.speechRate, voiceName: choice.voice.name }, (state) => this.show(state))
      : null;
    if (this.player && index > 0) this.player.seek(Math.min(index, this.plan.length - 1));
    this.show(this.player?.state ?? { status: 'stopped', index: 0, word: null, error: null });
    if (!this.plan.length) this.hint.textContent = i18n.t('listen.nothing');
  }

  private readonly onPlayerKey = (event: KeyboardEvent): void => {
    const target = event.composedPath()[0];
    const takesLetters = target instanceof HTMLSelectElement || (target instanceof HTMLInputElement && target.type !== 'range');
    // Escape closes the player from any of its controls (a list that is open takes it first).
    const action = readAloudActionFor({ key: event.key, ctrlKey: event.ctrlKey, altKey: event.altKey, metaKey: event.metaKey, inTextEntry: takesLetters && event.key !== 'Escape' });
    if (!action) return;
    event.preventDefault();
    event.stopPropagation();
    this.run(action);
  };

  /** Line focus while reading silently: the arrow keys move the band a line, in the article only. */
  private readonly onPageKey = (event: KeyboardEvent): void => {
    if (this.settings.listen.lineFocus === 0 || this.state.status === 'playing' || event.defaultPrevented) return;
    const step = lineFocusStep(event);
    if (step === null) return;
    const active = this.doc.activeElement;
    if (active === this.host || isEditable(active)) return;
    const region = this.found.region;
    if (active && active !== this.doc.body && region && !region.contains(active)) return;
    const elements = this.lineElements();
    const start = this.place && this.place.element.isConnected ? this.place : null;
    const first = firstInView(elements);
    const from = start ?? (first ? { element: first, line: -step } : null);
    if (!from) return;
    event.preventDefault();
    event.stopPropagation();
    this.place = stepped(from, step, elements);
    if (this.place.line < 0) this.place = { ...this.place, line: 0 };
    this.showBand();
    const line = linesOf(this.place.element)[this.place.line];
    if (line) keepInView(line.range.getBoundingClientRect());
  };

  private run(action: ReadAloudAction): void {
    const player = this.player;
    const rate = READER_LIMITS.speechRate;
    switch (action) {
      case 'slower':
        return this.setRate(this.settings.reader.speechRate - rate.step);
      case 'faster':
        return this.setRate(this.settings.reader.speechRate + rate.step);
      case 'stop':
        return this.close();
      default:
        if (!player) return;
        player[action]();
        if (action === 'toggle') this.say(this.state.status === 'playing' ? i18n.t('listen.playing') : i18n.t('listen.paused'));
        else this.say(i18n.t('reader.readAloud.position', [String(this.state.index + 1), String(this.plan.length)]));
    }
  }

  private setRate(value: number): void {
    const { min, max } = READER_LIMITS.speechRate;
    const speechRate = Math.min(max, Math.max(min, Number(value.toFixed(1))));
    this.settings = { ...this.settings, reader: { ...this.settings.reader, speechRate } };
    this.rateInput.value = String(speechRate);
    this.showRate();
    this.player?.setOptions({ rate: speechRate });
    void loadSettings().then((s) => updateSettings({ reader: { ...s.reader, speechRate } }));
  }

  private setVoice(voiceName: string): void {
    this.settings = { ...this.settings, reader: { ...this.settings.reader, voiceName } };
    this.player?.setOptions({ voiceName });
    void loadSettings().then((s) => updateSettings({ reader: { ...s.reader, voiceName } }));
  }

  private setMode(mode: ListenMode): void {
    this.settings = { ...this.settings, listen: { ...this.settings.listen, mode } };
    this.rebuild();
    void loadSettings().then((s) => updateSettings({ listen: { ...s.listen, mode } }));
  }

  private setLineFocus(lineFocus: LineFocusLines): void {
    this.settings = { ...this.settings, listen: { ...this.settings.listen, lineFocus } };
    this.showBand();
    void loadSettings().then((s) => updateSettings({ listen: { ...s.listen, lineFocus } }));
  }

  private say(text: string): void {
    this.status.textContent = '';
    setTimeout(() => {
      if (!this.closed) this.status.textContent = text;
    }, 100);
  }

  private showRate(): void {
    const text = i18n.t('reader.display.times', [String(this.settings.reader.speechRate)]);
    this.rateOutput.textContent = text;
    this.rateInput.setAttribute('aria-valuetext', text);
  }

  // --- what the page shows ---

  private show(state: PlayerState): void {
    this.state = state;
    const disabled = !this.player || !this.plan.length;
    for (const button of this.stepButtons) button.disabled = disabled;
    this.playButton.textContent = state.status === 'playing' ? i18n.t('reader.readAloud.pause') : i18n.t('reader.readAloud.play');
    this.showRate();
    this.position.textContent = this.plan.length ? i18n.t('reader.readAloud.position', [String(state.index + 1), String(this.plan.length)]) : '';
    this.alert.textContent = state.error ? i18n.t('reader.readAloud.failed', [state.error]) : '';
    const item = state.status === 'stopped' ? undefined : this.plan[state.index];
    const located = item ? this.locate(item) : null;
    if (!item || !located || !located.element.isConnected) {
      this.marks.set('lede-sentence', null);
      this.marks.set('lede-word', null);
      this.spoken = null;
      if (item && state.status !== 'stopped') this.recover();
      return;
    }
    const { sentence, word } = spokenRanges(located.element, item, state.word, located.blockText, located.offset);
    this.marks.set('lede-sentence', sentence);
    this.marks.set('lede-word', word);
    const mark = word ?? sentence;
    this.spoken = { element: located.element, rect: () => (mark ?? located.element).getBoundingClientRect() };
    keepInView(this.spoken.rect()!);
    // Line focus follows the voice: the band moves to the line of the word being read.
    if (this.settings.listen.lineFocus > 0) {
      const lines = linesOf(located.element);
      this.place = { element: located.element, line: Math.max(0, lineIndexAt(lines, this.spoken.rect()!.top + 1)) };
      this.showBand();
    } else {
      this.place = { element: located.element, line: 0 };
    }
    this.keepClear();
  }

  /** The element and text that hold a plan item's words in the live page. */
  private locate(item: SpeechItem): Located | null {
    return locateItem(this.found.article, this.found.liveElements, item);
  }

  /** When the paragraph being read is gone from the page: on to the next one that is still there. */
  private recover(): void {
    if (this.closed || !this.player || !this.plan.length) return;
    const next = nextPresentIndex(this.plan, this.state.index, (item) => this.locate(item));
    if (next === null) return;
    if (next < 0) {
      this.close();
      return;
    }
    this.say(i18n.t('listen.pageChanged'));
    this.player.seek(next);
  }

  private lineElements(): Element[] {
    const region = this.found.region;
    return singleBlockElements(this.found.liveElements).filter((el) => el.isConnected && (!region || region.contains(el)));
  }

  /** Line focus: the band of 1, 3 or 5 lines around the line being read (or stepped to), the rest of the article dimmed. */
  private showBand(): void {
    const count = this.settings.listen.lineFocus;
    if (count === 0) {
      this.marks.setBand(null);
      return;
    }
    this.place ??= (() => {
      const element = firstInView(this.lineElements());
      return element ? { element, line: 0 } : null;
    })();
    this.marks.setBand(() => {
      const place = this.place;
      if (!place?.element.isConnected) return null;
      const band = bandAround(linesOf(place.element), place.line, count);
      const region = (this.found.region ?? place.element).getBoundingClientRect();
      return band ? { band, region } : null;
    });
  }

  /** WCAG 2.4.11: the player never hides the words being read; it moves to the other edge of the window. */
  private keepClear(): void {
    const rect = this.spoken?.rect();
    if (!rect) return;
    const panel = this.root.querySelector('.player')!.getBoundingClientRect();
    const covers = (p: DOMRect) => rect.bottom > p.top && rect.top < p.bottom;
    if (!covers(panel)) return;
    this.host.classList.toggle('top');
    if (covers(this.root.querySelector('.player')!.getBoundingClientRect())) this.host.classList.toggle('top');
  }
}
