/**
 * Read-aloud as a small state machine over the speech plan: it speaks one sentence at a time
 * through a `SpeechEngine` (the browser's speechSynthesis in the reader, a fake in tests),
 * follows the voice's word boundaries and moves on when a sentence ends.
 *
 * Pausing cancels the utterance instead of calling speechSynthesis.pause(): Chrome's pause
 * and resume are unreliable (some voices never resume, and a paused queue blocks every later
 * utterance). Resuming speaks the sentence again from the last word the voice reached.
 */
import type { SpeechItem } from './speech-plan';
import { nextParagraphIndex, previousParagraphIndex } from './speech-plan';
import { spokenWord, type WordSpan } from './word-boundary';

export interface Utterance {
  text: string;
  /** BCP 47 language of the text, `und` when unknown. */
  lang: string;
  rate: number;
  voiceName: string | null;
}

export interface UtteranceEvents {
  /** A word boundary: the word starts at `charIndex` of the utterance's text. */
  onBoundary(charIndex: number, charLength: number | undefined): void;
  onEnd(): void;
  onError(error: string): void;
}

export interface SpeechEngine {
  speak(utterance: Utterance, events: UtteranceEvents): void;
  /** Stops what is speaking; events of the cancelled utterance may still arrive and are ignored. */
  cancel(): void;
}

export type PlayerStatus = 'stopped' | 'playing' | 'paused';

export interface PlayerState {
  status: PlayerStatus;
  /** The plan item being spoken, or to be spoken next. */
  index: number;
  /** The word being spoken, as offsets in the item's `targetText`. */
  word: WordSpan | null;
  /** The engine's error code when speaking failed. */
  error: string | null;
}

export interface PlayerOptions {
  lang: string;
  rate: number;
  voiceName: string | null;
}

/** Errors a cancelled utterance reports: the player caused them, nothing failed. */
const CANCELLED = new Set(['interrupted', 'canceled']);

export class ReadAloudPlayer {
  private current: PlayerState = { status: 'stopped', index: 0, word: null, error: null };
  /** Where in the current item's text the next utterance starts (the last word reached). */
  private resumeAt = 0;
  /** Bumped for every utterance, so late events from a cancelled one are recognised and dropped. */
  private token = 0;

  constructor(
    private readonly plan: readonly SpeechItem[],
    private readonly engine: SpeechEngine,
    private options: PlayerOptions,
    private readonly onChange: (state: PlayerState) => void,
  ) {}

  get state(): PlayerState {
    return this.current;
  }

  play(): void {
    if (!this.plan.length || this.current.status === 'playing') return;
    this.speakCurrent();
  }

  pause(): void {
    if (this.current.status !== 'playing') return;
    this.silence();
    this.update({ status: 'paused' });
  }

  toggle(): void {
    if (this.current.status === 'playing') this.pause();
    else this.play();
  }

  /** Stops and forgets the word reached; the next play starts the current sentence again. */
  stop(): void {
    this.silence();
    this.resumeAt = 0;
    this.update({ status: 'stopped', word: null });
  }

  seek(index: number): void {
    if (index < 0 || index >= this.plan.length) return;
    const playing = this.current.status === 'playing';
    this.silence();
    this.resumeAt = 0;
    this.update({ index, word: null });
    if (playing) this.speakCurrent();
  }

  nextSentence(): void {
    this.seek(this.current.index + 1);
  }

  previousSentence(): void {
    this.seek(this.current.index - 1);
  }

  nextParagraph(): void {
    const index = nextParagraphIndex(this.plan, this.current.index);
    if (index !== null) this.seek(index);
  }

  previousParagraph(): void {
    const index = previousParagraphIndex(this.plan, this.current.index);
    if (index !== null) this.seek(index);
  }

  /** A new speed or voice applies at once: the sentence goes on from the current word. */
  setOptions(change: Partial<PlayerOptions>): void {
    const next = { ...this.options, ...change };
    const same = (Object.keys(next) as (keyof PlayerOptions)[]).every((key) => next[key] === this.options[key]);
    this.options = next;
    if (same || this.current.status !== 'playing') return;
    this.silence();
    this.speakCurrent();
  }

  dispose(): void {
    this.silence();
  }

  private silence(): void {
    this.token++;
    this.engine.cancel();
  }

  private update(change: Partial<PlayerState>): void {
    this.current = { ...this.current, ...change };
    this.onChange(this.current);
  }

  private speakCurrent(): void {
    const item = this.plan[this.current.index]!;
    const offset = this.resumeAt;
    const text = item.text.slice(offset);
    // Who said a quote is said once, before it: not again when resuming mid-quote.
    const lead = offset === 0 ? (item.lead ?? '') : '';
    if (!text.trim()) {
      this.advance();
      return;
    }
    const token = ++this.token;
    const live = () => token === this.token;
    this.update({ status: 'playing', error: null });
    this.engine.speak(
      { text: lead + text, lang: this.options.lang, rate: this.options.rate, voiceName: this.options.voiceName },
      {
        onBoundary: (charIndex, charLength) => {
          if (!live() || charIndex < lead.length) return;
          const word = spokenWord(text, charIndex - lead.length, charLength, this.options.lang);
          if (!word) return;
          this.resumeAt = offset + word.start;
          const start = item.start + offset;
          this.update({ word: { start: start + word.start, end: start + word.end } });
        },
        onEnd: () => {
          if (live()) this.advance();
        },
        onError: (error) => {
          if (!live() || CANCELLED.has(error)) return;
          this.token++;
          this.update({ status: 'stopped', word: null, error });
        },
      },
    );
  }

  private advance(): void {
    this.resumeAt = 0;
    const next = this.current.index + 1;
    if (next < this.plan.length) {
      this.update({ index: next, word: null });
      this.speakCurrent();
    } else {
      // The end: the next play starts from the top.
      this.token++;
      this.update({ status: 'stopped', index: 0, word: null });
    }
  }
}
