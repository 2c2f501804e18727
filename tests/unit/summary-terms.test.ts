import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Term, termOf, termsOf } from '../../lib/summary/terms';

/** What a term is outside the unspaced scripts: a lower-cased run of letters, marks and digits, cut to 7 characters. */
function termsByPattern(text: string): Term[] {
  return (text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map((run) => termOf([...run].slice(0, 7).join('')));
}

describe('termsOf', () => {
  it('gives word prefixes and character pairs for scripts written without spaces', () => {
    expect(termsOf('The Elections, 2024: “Regierungen” said')).toEqual(['the', 'electio', '2024', 'regieru', 'said'].map(termOf));
    expect(termsOf('東京で iPhone発売')).toEqual(['東京', '京で', termOf('iphone'), '発売']);
    expect(termsOf('Ärger über Wahlen')).toEqual(['ärger', 'über', termOf('wahlen')]);
  });

  it('numbers every term of ASCII letters and digits, one number per term', () => {
    expect(termOf('a')).toBe(1);
    expect(termOf('a0')).toBe(1 * 37 + 27);
    expect(termOf('99999999')).toBe('99999999');
    const terms = fc.stringMatching(/^[a-z0-9]{1,7}$/);
    fc.assert(
      fc.property(terms, terms, (a, b) => {
        expect(typeof termOf(a)).toBe('number');
        expect(termOf(a) === termOf(b)).toBe(a === b);
      }),
      { numRuns: 3000 },
    );
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
