/**
 * The words around a quotation: a small tokenizer and sentence edges, read only within a
 * bounded window either side of the quote so the cost per quote is constant.
 */

export interface Token {
  text: string;
  /** Lower-cased text, for lexicon look-ups. */
  lower: string;
  start: number;
  end: number;
  /** Letters or digits, as opposed to a punctuation mark. */
  word: boolean;
}

/** How far from a quote its attribution is looked for, in characters. */
const CONTEXT_WINDOW = 320;

// Words with inner apostrophes, hyphens and dots (O’Brien, al-Assad, U.S), or zero-width
// non-joiners (Persian می‌گوید), and a plural possessive's apostrophe (Sanders’), or one symbol.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:['’.\-\u200c][\p{L}\p{N}\p{M}]+)*(?:(?<=s)['’](?![\p{L}\p{N}]))?|\S/gu;

// Abbreviations whose full stop does not end a sentence; single capitals (initials) too.
const ABBREVIATIONS = new Set(
  `mr mrs ms dr sen rep gov gen lt col sgt capt cmdr adm maj st jr sr prof rev hon pres sec supt
   u.s u.k u.n inc co corp ltd no vs etc jan feb mar apr aug sept sep oct nov dec mt ft ave
   m mme mlle hr fr nr`.split(/\s+/),
);

// Property-escape patterns are module constants: esbuild turns such a literal into
// `new RegExp(…)`, which inside a function would construct (and after a GC recompile) it per call.
const INITIAL = /^\p{Lu}$/u;
const HAS_WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER_CASE = /\p{Ll}/u;
const TRAILING_WORD = /[\p{L}\p{N}.]+$/u;

/** Whether a word's full stop belongs to it ("Mr.", "U.S.", an initial) rather than ending a sentence. */
export function isAbbreviation(word: string): boolean {
  return INITIAL.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Tokens of `text` between `from` and `to`; an abbreviation keeps its full stop ("Mr."). */
export function tokenize(text: string, from: number, to: number): Token[] {
  const tokens: Token[] = [];
  // One shared regex, rewound for each call: compiling one per call costs more than the tokens.
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let end = m.index + m[0].length;
    const word = HAS_WORD_CHAR.test(m[0]);
    if (word && text[end] === '.' && end < to && isAbbreviation(m[0])) end++;
    if (end > to) break;
    const tokenText = text.slice(m.index, end);
    tokens.push({ text: tokenText, lower: tokenText.toLowerCase(), start: m.index, end, word });
    TOKEN.lastIndex = end;
  }
  return tokens;
}

const CLOSERS = /["”’'»)\]」』]/;

/** Whether the full stop, question or exclamation mark at `i` ends a sentence. */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?' && c !== '。' && c !== '！' && c !== '？') return false;
  let j = i + 1;
  while (j < text.length && CLOSERS.test(text[j]!)) j++;
  if (c === '。' || c === '！' || c === '？') return true;
  if (j < text.length && !/\s/.test(text[j]!)) return false;
  // A sentence does not start in lower case: "(D-Wis.) said", "U.S. officials", "8 a.m. today".
  while (j < text.length && /\s/.test(text[j]!)) j++;
  if (LOWER_CASE.test(text[j] ?? '')) return false;
  if (c !== '.') return true;
  const word = TRAILING_WORD.exec(text.slice(Math.max(0, i - 12), i))?.[0] ?? '';
  return !isAbbreviation(word.replace(/^.*\./, ''));
}

/** Start of the sentence holding `pos`, not before `floor` nor further than the window. */
export function sentenceStart(text: string, pos: number, floor: number): number {
  const limit = Math.max(floor, pos - CONTEXT_WINDOW);
  for (let i = pos - 1; i >= limit; i--) {
    if (endsSentence(text, i)) {
      let j = i + 1;
      while (j < pos && (CLOSERS.test(text[j]!) || /\s/.test(text[j]!))) j++;
      return j;
    }
  }
  return limit;
}

/** End of the sentence holding `pos` (just past its final mark), not after `ceiling` nor the window. */
export function sentenceEnd(text: string, pos: number, ceiling: number): number {
  const limit = Math.min(ceiling, pos + CONTEXT_WINDOW);
  for (let i = pos; i < limit; i++) if (endsSentence(text, i)) return i + 1;
  return limit;
}
