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

describe('countText', () => {
  it('counts words across scripts, joined words once and CJK characters one by one', () => {
    expect(countText('The U.S. state-run firm’s 2,000 staff')).toEqual({ words: 7, cjkChars: 0 });
    expect(countText('می‌شود')).toEqual({ words: 1, cjkChars: 0 });
    expect(countText('नमस्ते दुनिया')).toEqual({ words: 2, cjkChars: 0 });
    expect(countText('東京で iPhone 発売')).toEqual({ words: 6, cjkChars: 5 });
    expect(countText('𝒜𝒷𝒸 and 😀 -- end.')).toEqual({ words: 3, cjkChars: 0 });
    expect(countText('')).toEqual({ words: 0, cjkChars: 0 });
  });

  it('counts exactly the matches of the word pattern, with or without CJK', () => {
    const alphabet = fc.constantFrom(
      'a', 'Z', '7', 'é', 'e\u0301', 'ß', ' ', '\n', '\u00a0', "'", '’', '.', '-', '\u200c', '\u200d', ',', '"',
      '漢', 'か', 'カ', 'ー', 'ก', 'ह', 'ि', 'ش', '𝒜', '😀', '\ud800', '\udc00', '\u2e80', '—',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(countText(text)).toEqual(countByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('counts plain English text (ASCII and typographic punctuation) by the same pattern', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', '\n', '\u00a0', "'", '’', '“', '”', '.', '-', '—', '…', ',', '!', '\u2044', '\u200c', 'é');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(countText(text)).toEqual(countByPattern(text));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('readingMinutes', () => {
  it('reads CJK characters faster than words, and at least a minute of any text', () => {
    expect(readingMinutes({ words: 0, cjkChars: 0 })).toBe(0);
    expect(readingMinutes({ words: 10, cjkChars: 0 })).toBe(1);
    expect(readingMinutes({ words: 2300, cjkChars: 0 })).toBe(10);
    expect(readingMinutes({ words: 5000, cjkChars: 5000 })).toBe(10);
  });
});
