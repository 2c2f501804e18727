import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitEachIntoSentences, splitSentences } from '../../lib/text/sentences';

const texts = (text: string, lang = 'en') => splitSentences(text, lang).map((s) => s.text);

describe('splitSentences', () => {
  it('does not end a sentence at a title, rank or month abbreviation', () => {
    expect(texts('Mr. Smith met Dr. Jones at St. Paul. Gov. Brown spoke on Jan. 5, 2015. Sen. Ted Cruz and Rep. Ann Lee agreed.')).toEqual([
      'Mr. Smith met Dr. Jones at St. Paul.',
      'Gov. Brown spoke on Jan. 5, 2015.',
      'Sen. Ted Cruz and Rep. Ann Lee agreed.',
    ]);
    expect(texts('Gen. Petraeus said so. Mrs. May and Ms. Rudd left.')).toEqual([
      'Gen. Petraeus said so.',
      'Mrs. May and Ms. Rudd left.',
    ]);
  });

  it('keeps initials with the name they belong to', () => {
    expect(texts('J. R. R. Tolkien wrote it. Prof. X. Y. Lee read it.')).toEqual([
      'J. R. R. Tolkien wrote it.',
      'Prof. X. Y. Lee read it.',
    ]);
  });

  it('joins after "No." only before a number', () => {
    expect(texts('It was No. 10 on the list. He said No. Then he left.')).toEqual([
      'It was No. 10 on the list.',
      'He said No.',
      'Then he left.',
    ]);
  });

  it('joins after a dotted acronym unless a usual sentence opener follows', () => {
    expect(texts('The U.S. Senate voted. He moved to the U.K. The next year he came back. At 5 p.m. Friday, it ended.')).toEqual([
      'The U.S. Senate voted.',
      'He moved to the U.K.',
      'The next year he came back.',
      'At 5 p.m. Friday, it ended.',
    ]);
  });

  it('keeps a quoted question or exclamation with the words that attribute it', () => {
    expect(texts('"Is my science good enough?" he asked. "Yes!" she replied. It was settled.')).toEqual([
      '"Is my science good enough?" he asked.',
      '"Yes!" she replied.',
      'It was settled.',
    ]);
  });

  it('handles German ordinals and abbreviations', () => {
    expect(texts('Dr. Müller kam am 3. Oktober nach Berlin. Er sagte z. B. nichts.', 'de')).toEqual([
      'Dr. Müller kam am 3. Oktober nach Berlin.',
      'Er sagte z. B. nichts.',
    ]);
  });

  it('keeps Russian and Ukrainian street and rank abbreviations with the name after them', () => {
    expect(texts('Встреча прошла на ул. Ленина. Её вёл акад. Павлов. Музей им. Пушкина открыт.', 'ru')).toEqual([
      'Встреча прошла на ул. Ленина.',
      'Её вёл акад. Павлов.',
      'Музей им. Пушкина открыт.',
    ]);
    expect(texts('Мітинг відбувся на вул. Хрещатик. Усі розійшлися.', 'uk')).toEqual(['Мітинг відбувся на вул. Хрещатик.', 'Усі розійшлися.']);
    expect(texts('«Когда откроют мост?» — спросила она. Никто не знал.', 'ru')).toEqual([
      '«Когда откроют мост?» — спросила она.',
      'Никто не знал.',
    ]);
  });

  it('splits scripts with their own sentence punctuation', () => {
    expect(texts('今日は晴れです。明日は雨でしょう。', 'ja')).toEqual(['今日は晴れです。', '明日は雨でしょう。']);
    expect(texts('هل أنت هنا؟ نعم، أنا هنا.', 'ar')).toEqual(['هل أنت هنا؟', 'نعم، أنا هنا.']);
  });

  it('gives offsets into the text, trimmed of white space', () => {
    const text = '  First one.   Second one!\n Third one? ';
    const spans = splitSentences(text, 'en');
    expect(spans.map(({ start, end }) => [start, end])).toEqual([[2, 12], [15, 26], [28, 38]]);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
  });

  it('accepts malformed and undetermined language tags', () => {
    expect(texts('One here. Two here.', 'not a tag!')).toEqual(['One here.', 'Two here.']);
    expect(texts('One here. Two here.', 'und')).toEqual(['One here.', 'Two here.']);
    expect(splitSentences('', 'en')).toEqual([]);
    expect(splitSentences('   ', 'en')).toEqual([]);
  });

  it('splits a very long paragraph in linear time, the same as a short one', () => {
    const sentence = 'Mr. Smith went to Washington on Jan. 5 and spoke to the U.S. Senate about the budget. ';
    const text = sentence.repeat(4000);
    const started = performance.now();
    const spans = splitSentences(text, 'en');
    expect(performance.now() - started).toBeLessThan(5000);
    expect(spans).toHaveLength(4000);
    expect(spans.every((s, i) => s.start === i * sentence.length && s.text === sentence.trim())).toBe(true);
  });

  it('cuts an unpunctuated run longer than the window without splitting a character', () => {
    const text = `${'a'.repeat(4095)}${'😀 '.repeat(3000)}`;
    const spans = splitSentences(text, 'en');
    expect(spans.length).toBeGreaterThan(1);
    expect(spans.every((s) => s.text.isWellFormed() && text.slice(s.start, s.end) === s.text)).toBe(true);
    expect(spans.map((s) => s.text).join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
  });

  it('always returns ordered, non-overlapping, trimmed spans that cover every non-space character', () => {
    const alphabet = fc.constantFrom('a', 'B', ' ', '.', '?', '!', '"', 'Mr', 'U.S.', 'J.', '\n', '。', 'é', '😀', '\u00a0');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((parts) => parts.join('')), (text) => {
        const spans = splitSentences(text, 'en');
        let previousEnd = 0;
        let rest = '';
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(text.slice(span.start, span.end)).toBe(span.text);
          expect(span.text).toBe(span.text.trim());
          rest += text.slice(previousEnd, span.start);
          previousEnd = span.end;
        }
        rest += text.slice(previousEnd);
        expect(rest.trim()).toBe('');
      }),
      { numRuns: 300 },
    );
  });
});

describe('splitEachIntoSentences', () => {
  it('splits texts segmented together exactly as it splits each alone', () => {
    const alphabet = fc.constantFrom('a', 'smith', 'B', ' ', '.', '?', '"', ')', 'Mr.', 'No.', '10', 'U.S.', 'J.', '\n', '\r', '。', '😀', '\u00a0');
    const text = fc.array(alphabet, { maxLength: 30 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 8 }), fc.constantFrom('en', 'de', 'ja'), (texts, lang) => {
        expect([...splitEachIntoSentences(texts, lang)]).toEqual(texts.map((t) => splitSentences(t, lang)));
      }),
      { numRuns: 300 },
    );
  });

  it('segments a text longer than a batch on its own', () => {
    const long = 'Mr. Smith went to Washington. '.repeat(200);
    const texts = ['First one. Second one.', long, 'he said. Then he left.'];
    expect([...splitEachIntoSentences(texts, 'en')]).toEqual(texts.map((t) => splitSentences(t, 'en')));
  });
});
