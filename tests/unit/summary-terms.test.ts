import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { termsOf } from '../../lib/summary/terms';

/** What a term is outside the unspaced scripts: a lower-cased run of letters, marks and digits, cut to 7 characters. */
function termsByPattern(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((run) => [...run].slice(0, 7).join(''));
}

describe('termsOf', () => {
  it('gives word prefixes and character pairs for scripts written without spaces', () => {
    expect(termsOf('The Elections, 2024: “Regierungen” said')).toEqual(['the', 'electio', '2024', 'regieru', 'said']);
    expect(termsOf('東京で iPhone発売')).toEqual(['東京', '京で', 'iphone', '発売']);
  });

  it('finds exactly the pattern’s terms in plain and accented text alike', () => {
    const alphabet = fc.constantFrom(
      'a', 'Z', '7', 'K', 'é', 'e\u0301', 'ß', 'İ', '\u212a', ' ', '\n', '\u00a0', "'", '’', '“', '.', '-', '—', '…', ',', '𝒜', '😀', 'ش',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), (text) => {
        expect(termsOf(text)).toEqual(termsByPattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
