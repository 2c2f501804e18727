import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countText, readingMinutes } from '../../lib/text/reading-time';

/** What a word is: the fast paths must count exactly the matches of this pattern, CJK characters aside. */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’.\-\u200c\u200d][\p{L}\p{N}\p{M}]+)*/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;

function countByPattern(text: string): { words: number; cjkChars: number } {
  const cjkChars = (text.match(CJK) ?? []).length;
  return { words: (text.replace(CJK, ' ').match(WORD) ?? []).length + cjkChars, cjkChars };
}

const counts = (text: string) => {
  const { words, cjkChars } = countText(text);
  return { words, cjkChars };
};

describe('countText', () => {
  it('counts words across scripts, joined words once and CJK characters one by one', () => {
    expect(counts('The U.S. state-run firm’s 2,000 staff')).toEqual({ words: 7, cjkChars: 0 });
    expect(counts('می‌شود')).toEqual({ words: 1, cjkChars: 0 });
    expect(counts('नमस्ते दुनिया')).toEqual({ words: 2, cjkChars: 0 });
    expect(counts('東京で iPhone 発売')).toEqual({ words: 6, cjkChars: 5 });
    expect(counts('𝒜𝒷𝒸 and 😀 -- end.')).toEqual({ words: 3, cjkChars: 0 });
    expect(counts('')).toEqual({ words: 0, cjkChars: 0 });
  });

  it('counts exactly the matches of the word pattern, with or without CJK', () => {
    const alphabet = fc.constantFrom(
      'a', 'Z', '7', 'é', 'e\u0301', 'ß', ' ', '\n', '\u00a0', "'", '’', '.', '-', '\u200c', '\u200d', ',', '"',
      '漢', 'か', 'カ', 'ー', 'ก', 'ह', 'ि', 'ش', '𝒜', '😀', '\ud800', '\udc00', '\u2e80', '—',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(counts(text)).toEqual(countByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts plain English text (ASCII and typographic punctuation) by the same pattern', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', '\n', '\u00a0', "'", '’', '“', '”', '.', '-', '—', '…', ',', '!', '\u2044', '\u200c', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(counts(text)).toEqual(countByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});

const times = (text: string, n: number) => Array.from({ length: n }, () => text).join(' ');

describe('readingMinutes', () => {
  it('is at least a minute of any text, and none of no text', () => {
    expect(readingMinutes(countText(''))).toBe(0);
    expect(readingMinutes(countText('Ten words or so are still a minute to read.'))).toBe(1);
  });

  it('reads each script at its own pace', () => {
    // 2,300 words of English at 230 a minute; the same number of Russian words at 185.
    expect(readingMinutes(countText(times('word', 2300)))).toBe(10);
    expect(readingMinutes(countText(times('слово', 1850)))).toBe(10);
    expect(readingMinutes(countText(times('كلمة', 1400)))).toBe(10);
    expect(readingMinutes(countText(times('کتاب‌ها', 1400)))).toBe(10);
    expect(readingMinutes(countText(times('מילה', 1900)))).toBe(10);
    // Accented Latin is Latin: not slowed down by leaving the plain-text fast path.
    expect(readingMinutes(countText(times('café', 2300)))).toBe(10);
  });

  it('reads Chinese and Japanese by the character, Japanese (with kana) faster', () => {
    expect(readingMinutes(countText('中'.repeat(2600)))).toBe(10);
    expect(readingMinutes(countText('東京では'.repeat(900)))).toBe(10);
    // A mixed text adds the words' time to the characters' time.
    const mixed = countText(`${'中'.repeat(2600)} ${times('word', 230)}`);
    expect(mixed.minutes).toBeCloseTo(11, 10);
  });
});
