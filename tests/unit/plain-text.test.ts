import { describe, expect, it } from 'vitest';
import { isPlainCode, PLAIN_TEXT } from '../../lib/text/plain-text';

describe('plain text', () => {
  it('is the same set of characters as a pattern and as a code test, over every UTF-16 code unit', () => {
    const disagree: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (PLAIN_TEXT.test(String.fromCharCode(c)) !== isPlainCode(c)) disagree.push(c);
    expect(disagree).toEqual([]);
  });

  it('holds no letter, digit or mark outside ASCII', () => {
    const wordLike = /[\p{L}\p{N}\p{M}]/u;
    const outside: number[] = [];
    for (let c = 0x80; c <= 0xffff; c++) if (isPlainCode(c) && wordLike.test(String.fromCharCode(c))) outside.push(c);
    expect(outside).toEqual([]);
    expect(PLAIN_TEXT.test('The mayor’s plan — “a start”…')).toBe(true);
    expect(PLAIN_TEXT.test('Le café')).toBe(false);
  });
});
