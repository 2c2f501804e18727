/**
 * "Plain" text: ASCII, the no-break space and general punctuation (’ “ ” — …). It holds no
 * letter, digit or mark outside ASCII, so its words are runs of [A-Za-z0-9] and can be found
 * without Unicode property lookups, several times faster. Most English text is plain.
 * The fast paths read text a character at a time and fall back to the patterns at the first
 * character that is not plain.
 */

/** Whether one UTF-16 code unit is plain. */
export function isPlainCode(c: number): boolean {
  return c <= 0x7f || c === 0xa0 || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}

/** A-Z, a-z or 0-9: in plain text, exactly the characters words are made of. */
export function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}
