import { describe, expect, it } from 'vitest';
import { isAsciiLetterOrDigit, isPlainCode } from '../../lib/text/plain-text';

const codeUnits = (test: (c: number) => boolean) => Array.from({ length: 0x10000 }, (_, c) => c).filter(test);
const isWordLike = (c: number) => /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));

describe('plain text', () => {
  it('is ASCII, the no-break space and general punctuation, over every UTF-16 code unit', () => {
    const pattern = /^[\0-\x7f\u00a0\u2010-\u2027\u2030-\u205e]$/;
    expect(codeUnits((c) => pattern.test(String.fromCharCode(c)) !== isPlainCode(c))).toEqual([]);
  });

  it('holds no letter, digit or mark but A-Z, a-z and 0-9, which are exactly its word characters', () => {
    expect(codeUnits((c) => isPlainCode(c) && isWordLike(c) !== isAsciiLetterOrDigit(c))).toEqual([]);
    expect(codeUnits(isAsciiLetterOrDigit).map((c) => String.fromCharCode(c)).join('')).toBe(
      '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
    );
    expect([...'The mayor’s plan — “a start”…'].every((ch) => isPlainCode(ch.charCodeAt(0)))).toBe(true);
    expect(isPlainCode('é'.charCodeAt(0))).toBe(false);
  });
});
