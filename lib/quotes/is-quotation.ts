/**
 * Telling a quotation from other text in quotation marks: scare quotes ("calling it
 * “boasting”"), titles of speeches, books, films and shows, and quoted terms ("the term
 * “resistance”", so-called “X”). A quotation is attributed to someone, or opens its own
 * sentence and is long enough to say something.
 */
import type { Candidate } from './candidates';

/** Fewer words than this, and no one said it: a fragment, not a quotation. */
const MIN_UNATTRIBUTED_WORDS = 4;
const MIN_ATTRIBUTED_WORDS = 2;

export function isQuotation(c: Candidate): boolean {
  // An attribute value in markup that slipped into the text: author="…".
  if (c.lead === '=') return false;
  const attributed = c.attribution !== null && !c.attribution.reported;
  const embedded = /^[\p{L}\p{N}]/u.test(c.lead) && !c.leadIsCue;
  if (embedded) return false;
  if (attributed) return c.words >= MIN_ATTRIBUTED_WORDS;
  const opensSentence = c.lead === '' || c.lead === ':';
  return opensSentence && c.words >= MIN_UNATTRIBUTED_WORDS;
}
