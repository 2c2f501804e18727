import { describe, expect, it } from 'vitest';
import { ReadAloudPlayer, type PlayerState, type SpeechEngine, type Utterance, type UtteranceEvents } from '../../lib/read-aloud/player';
import { planSpeech } from '../../lib/read-aloud/speech-plan';

/** A scripted voice: the test says when words are reached and sentences end. */
class FakeEngine implements SpeechEngine {
  spoken: Utterance[] = [];
  /** Each utterance's event handlers, in the order spoken. */
  handlers: UtteranceEvents[] = [];

  speak(utterance: Utterance, events: UtteranceEvents): void {
    this.spoken.push(utterance);
    this.handlers.push(events);
  }

  cancel(): void {
    // Like Chrome: the cancelled utterance still reports, late, that it was interrupted.
    const late = this.events;
    queueMicrotask(() => late?.onError('interrupted'));
  }

  private get events(): UtteranceEvents | undefined {
    return this.handlers[this.handlers.length - 1];
  }

  get current(): Utterance | undefined {
    return this.spoken[this.spoken.length - 1];
  }

  word(charIndex: number, charLength?: number): void {
    this.events!.onBoundary(charIndex, charLength);
  }

  end(): void {
    this.events!.onEnd();
  }

  fail(error: string): void {
    this.events!.onError(error);
  }
}

const article = {
  lang: 'en',
  summary: [],
  blocks: [
    { id: 'b0', kind: 'paragraph' as const, text: 'One two three. Four five.' },
    { id: 'b1', kind: 'paragraph' as const, text: 'Six seven.' },
  ],
};

function setUp(options: Partial<{ rate: number; voiceName: string }> = {}) {
  const engine = new FakeEngine();
  const states: PlayerState[] = [];
  const plan = planSpeech(article, { summaryFirst: false });
  const player = new ReadAloudPlayer(plan, engine, { lang: 'en', rate: 1, voiceName: 'Local', ...options }, (s) => states.push(s));
  return { engine, player, states, plan };
}

describe('ReadAloudPlayer', () => {
  it('says a lead (who said a quote) before the text, once, and never marks a word in it', () => {
    const engine = new FakeEngine();
    const block = { id: 'b0', kind: 'paragraph' as const, text: 'She said: “Trains are back.” Then she left.' };
    const start = block.text.indexOf('Trains');
    const quote = { blockId: 'b0', start, end: start + 'Trains are back.'.length, text: 'Trains are back.', speaker: 'Ana Berg', cue: 'said', key: true };
    const plan = planSpeech({ lang: 'en', summary: [], blocks: [block], quotes: [quote] }, { summaryFirst: false, keyQuotesOnly: true });
    const player = new ReadAloudPlayer(plan, engine, { lang: 'en', rate: 1, voiceName: 'Local' }, () => {});
    player.play();
    expect(engine.current!.text).toBe('Ana Berg: Trains are back.');
    engine.word(0, 3);
    expect(player.state.word).toBeNull();
    // "are" in the utterance is "are" in the block.
    engine.word('Ana Berg: Trains '.length, 3);
    expect(block.text.slice(player.state.word!.start, player.state.word!.end)).toBe('are');
    // Resumed mid-quote, the name is not said again.
    player.pause();
    player.play();
    expect(engine.current!.text).toBe('are back.');
  });

  it('speaks sentence after sentence and stops at the end, ready to start over', () => {
    const { engine, player } = setUp();
    player.play();
    expect(engine.current).toEqual({ text: 'One two three.', lang: 'en', rate: 1, voiceName: 'Local' });
    engine.end();
    expect(engine.current!.text).toBe('Four five.');
    expect(player.state.index).toBe(1);
    engine.end();
    engine.end();
    expect(engine.spoken.map((u) => u.text)).toEqual(['One two three.', 'Four five.', 'Six seven.']);
    expect(player.state).toMatchObject({ status: 'stopped', index: 0, word: null });
  });

  it('follows word boundaries, in block offsets', () => {
    const { engine, player } = setUp();
    player.play();
    engine.end();
    engine.word(5, 4);
    // "five" in "One two three. Four five."
    expect(player.state.word).toEqual({ start: 20, end: 24 });
  });

  it('resumes from the last word reached after a pause', async () => {
    const { engine, player } = setUp();
    player.play();
    engine.word(4, 3);
    player.pause();
    expect(player.state.status).toBe('paused');
    await Promise.resolve(); // the late "interrupted" from the cancelled utterance
    expect(player.state.status).toBe('paused');
    player.play();
    expect(engine.current!.text).toBe('two three.');
    engine.word(4, 5);
    expect(player.state.word).toEqual({ start: 8, end: 13 });
  });

  it('ignores events of a cancelled utterance', () => {
    const { engine, player } = setUp();
    player.play();
    const first = engine.handlers[0]!;
    player.nextSentence();
    expect(engine.current!.text).toBe('Four five.');
    // The first sentence's voice reports late: a word, its end, an error. None of it counts.
    first.onBoundary(4, 3);
    first.onEnd();
    first.onError('synthesis-failed');
    expect(player.state).toMatchObject({ status: 'playing', index: 1, word: null, error: null });
    expect(engine.spoken).toHaveLength(2);
  });

  it('steps by sentence and paragraph, speaking on if it was speaking', () => {
    const { engine, player } = setUp();
    player.nextParagraph();
    expect(player.state).toMatchObject({ status: 'stopped', index: 2 });
    expect(engine.spoken).toHaveLength(0);
    player.previousParagraph();
    expect(player.state.index).toBe(0);
    player.play();
    player.nextSentence();
    expect(engine.current!.text).toBe('Four five.');
    player.previousParagraph();
    expect(engine.current!.text).toBe('One two three.');
    player.previousSentence();
    expect(player.state.index).toBe(0);
  });

  it('applies a new speed at once from the current word, and not when nothing changed', () => {
    const { engine, player } = setUp();
    player.play();
    engine.word(8, 5);
    player.setOptions({ rate: 1 });
    expect(engine.spoken).toHaveLength(1);
    player.setOptions({ rate: 1.5 });
    expect(engine.current).toMatchObject({ text: 'three.', rate: 1.5 });
  });

  it('stops with the error when the voice fails, but not when it reports its own cancellation', () => {
    const { engine, player } = setUp();
    player.play();
    engine.fail('interrupted');
    expect(player.state.status).toBe('playing');
    engine.fail('synthesis-failed');
    expect(player.state).toMatchObject({ status: 'stopped', error: 'synthesis-failed' });
    player.play();
    expect(player.state.error).toBeNull();
  });

  it('toggles, and stop forgets the word reached', () => {
    const { engine, player } = setUp();
    player.toggle();
    expect(player.state.status).toBe('playing');
    engine.word(8, 5);
    player.toggle();
    expect(player.state.status).toBe('paused');
    player.stop();
    player.toggle();
    expect(engine.current!.text).toBe('One two three.');
  });
});
