import { describe, expect, it } from 'vitest';
import type { Block, Quote, SummarySentence } from '../../lib/article-model';
import { nextParagraphIndex, planOptionsFor, planSpeech, previousParagraphIndex } from '../../lib/read-aloud/speech-plan';
import { spokenWord } from '../../lib/read-aloud/word-boundary';

const blocks: Block[] = [
  { id: 'b0', kind: 'heading', level: 2, text: 'Night trains return' },
  { id: 'b1', kind: 'paragraph', text: 'Sleeper trains will run again. Mr. Berg said so on Thursday.' },
  { id: 'b2', kind: 'figure', text: '', image: { src: 'https://x/a.jpg', alt: 'A train' } },
  { id: 'b3', kind: 'paragraph', text: 'Tickets go on sale in June.' },
];
const summary: SummarySentence[] = [{ blockId: 'b3', start: 0, end: 27, text: 'Tickets go on sale in June.' }];
const article = { blocks, summary, lang: 'en' };

describe('planSpeech', () => {
  it('reads the article a sentence at a time, with offsets into each block', () => {
    const plan = planSpeech(article, { summaryFirst: false });
    expect(plan.map((i) => i.text)).toEqual([
      'Night trains return',
      'Sleeper trains will run again.',
      'Mr. Berg said so on Thursday.',
      'Tickets go on sale in June.',
    ]);
    for (const item of plan) expect(item.targetText.slice(item.start, item.end)).toBe(item.text);
    expect(plan[2]!.target).toEqual({ kind: 'block', blockId: 'b1' });
    expect(plan.map((i) => i.paragraph)).toEqual([0, 1, 1, 2]);
  });

  it('puts the summary first when asked, each sentence a paragraph of its own', () => {
    const plan = planSpeech(article, { summaryFirst: true });
    expect(plan[0]).toMatchObject({ target: { kind: 'summary', index: 0 }, text: 'Tickets go on sale in June.', paragraph: 0 });
    expect(plan[1]).toMatchObject({ target: { kind: 'block', blockId: 'b0' }, paragraph: 1 });
    expect(plan).toHaveLength(5);
  });

  it('reads only the key quotes when asked, each after who said it, marked where it stands in its block', () => {
    const text = '“We will run it every night,” said Ana Berg. “Maybe,” said a clerk. “Trains are back. Book now,” Berg added.';
    const quoteAt = (words: string, speaker: string | null, key: boolean): Quote => {
      const start = text.indexOf(words);
      return { blockId: 'b5', start, end: start + words.length, text: words, speaker, cue: 'said', key };
    };
    const quoted = {
      lang: 'en',
      summary,
      blocks: [...blocks, { id: 'b5', kind: 'paragraph' as const, text }],
      quotes: [
        quoteAt('We will run it every night,', 'Ana Berg', true),
        quoteAt('Maybe,', null, false),
        quoteAt('Trains are back. Book now,', null, true),
      ],
    };
    const plan = planSpeech(quoted, planOptionsFor('key-quotes'));
    // Key quotes only, whole (a quote's sentences stay together), one paragraph each.
    expect(plan.map((i) => [i.lead ?? null, i.text, i.paragraph])).toEqual([
      ['Ana Berg: ', 'We will run it every night,', 0],
      [null, 'Trains are back. Book now,', 1],
    ]);
    for (const item of plan) expect(item.targetText.slice(item.start, item.end)).toBe(item.text);
    expect(planSpeech(quoted, planOptionsFor('summary-first'))[0]!.target).toEqual({ kind: 'summary', index: 0 });
    expect(planSpeech(quoted, planOptionsFor('article'))).toEqual(planSpeech(quoted, { summaryFirst: false }));
  });

  it('steps by paragraph, restarting the current one first when in its middle', () => {
    const plan = planSpeech(article, { summaryFirst: false });
    expect(nextParagraphIndex(plan, 0)).toBe(1);
    expect(nextParagraphIndex(plan, 1)).toBe(3);
    expect(nextParagraphIndex(plan, 3)).toBeNull();
    expect(previousParagraphIndex(plan, 2)).toBe(1);
    expect(previousParagraphIndex(plan, 1)).toBe(0);
    expect(previousParagraphIndex(plan, 0)).toBeNull();
  });
});

describe('spokenWord', () => {
  const text = 'Mr. Berg said “yes” today.';

  it('uses the length the voice reports', () => {
    expect(spokenWord(text, 4, 4, 'en')).toEqual({ start: 4, end: 8 });
  });

  it('finds the word itself when the voice gives no length or points at the space before it', () => {
    expect(spokenWord(text, 9, undefined, 'en')).toEqual({ start: 9, end: 13 });
    expect(spokenWord(text, 9, 0, 'en')).toEqual({ start: 9, end: 13 });
    expect(spokenWord(text, 13, 1, 'en')).toEqual({ start: 15, end: 18 });
  });

  it('finds words in scripts written without spaces', () => {
    const ja = '今日は晴れです。';
    const word = spokenWord(ja, 0, undefined, 'ja')!;
    expect(word.start).toBe(0);
    expect(word.end).toBeGreaterThan(0);
    expect(word.end).toBeLessThan(ja.length);
  });

  it('ignores boundaries outside the text', () => {
    expect(spokenWord(text, -1, 2, 'en')).toBeNull();
    expect(spokenWord(text, text.length, 2, 'en')).toBeNull();
    expect(spokenWord(text, 25, undefined, 'en')).toBeNull();
  });
});
