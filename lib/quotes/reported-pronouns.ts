/**
 * The personal pronouns a reporter writes (outside quotation marks), read once per block:
 * their gender votes for the person named before them (names), and "he", "she" or "they"
 * before a name tells that the name is not its sentence's subject (name-runs).
 */

const PERSONAL_PRONOUN = /\b(?:he|him|his|himself|she|her|hers|herself|they)\b/gi;

/** A pronoun the reporter writes, outside quotation marks. */
export interface ReportedPronoun {
  index: number;
  /** +1 for "he", "his"…, -1 for "she", "her"…, 0 for "they". */
  gender: number;
  /** "he", "she" or "they": a subject's form. */
  subject: boolean;
}

/** The personal pronouns of a block outside quotation marks, read once for both their uses. */
export function reportedPronouns(text: string, isQuoted: (offset: number) => boolean): ReportedPronoun[] {
  const found: ReportedPronoun[] = [];
  PERSONAL_PRONOUN.lastIndex = 0;
  for (let m = PERSONAL_PRONOUN.exec(text); m; m = PERSONAL_PRONOUN.exec(text)) {
    if (isQuoted(m.index)) continue;
    const word = m[0].toLowerCase();
    const gender = word === 'they' ? 0 : word[0] === 's' || word.startsWith('her') ? -1 : 1;
    found.push({ index: m.index, gender, subject: word === 'he' || word === 'she' || word === 'they' });
  }
  return found;
}
