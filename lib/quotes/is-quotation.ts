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

// A title capitalises (nearly) every word and is short: “A More Perfect Union”.
const MAX_TITLE_WORDS = 10;
const TITLE_SHARE = 0.6;

// Property-escape patterns are module constants: esbuild turns such a literal into
// `new RegExp(…)`, which inside a function would construct it on every call.
const TITLE_WORD = /[\p{L}][\p{L}’'-]*/gu;
const CAPITALISED = /^\p{Lu}/u;
const STARTS_WITH_WORD = /^[\p{L}\p{N}]/u;

function looksLikeTitle(text: string): boolean {
  const words = text.match(TITLE_WORD) ?? [];
  if (words.length === 0 || words.length > MAX_TITLE_WORDS || /[.?!]$/.test(text)) return false;
  return words.filter((w) => CAPITALISED.test(w)).length / words.length >= TITLE_SHARE;
}

export function isQuotation(c: Candidate): boolean {
  // An attribute value in markup that slipped into the text: author="…".
  if (c.lead === '=') return false;
  const attributed = c.attribution !== null && !c.attribution.reported;
  // Words the sentence runs on into, "called it “boasting”", "the term “resistance”", are
  // not anyone's quotation; Japanese grammar embeds every quotation (田中は「…」と述べた).
  const cjk = c.quotation.parts[0]!.span.family === 'corner';
  const introduced = c.leadIsCue || (c.attribution?.introduces ?? false);
  const leadIsWord = STARTS_WITH_WORD.test(c.lead);
  if (leadIsWord && !introduced && !cjk) return false;
  // "told ABC’s “Good Morning America”": a title after a listener.
  if (leadIsWord && !c.leadIsCue && looksLikeTitle(c.text)) return false;
  if (attributed) return c.words >= MIN_ATTRIBUTED_WORDS;
  const opensSentence = c.lead === '' || c.lead === ':';
  return opensSentence && c.words >= MIN_UNATTRIBUTED_WORDS && !looksLikeTitle(c.text);
}
