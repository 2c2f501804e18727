/**
 * The words a quote's attribution is read from: which tokens are speech cues (and when a
 * speech verb is really a noun), which are adverbials that may stand between a speaker and
 * a verb, and which end a noun phrase. The words themselves are each language's (lexicon).
 */
import type { Token } from './context';
import type { Lexicon } from './speech-cues';

const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether a capitalised run of `words` words after the word `previous` opens with a noun
 * rather than a name: in a language that capitalises every noun, the word after an article
 * is one, since names take none ("die Vorsitzende Miriam Schäfer"). Two words may be a name
 * of their own ("die Deutsche Bahn").
 */
export function opensWithNoun(previous: string, words: number, lex: Pick<Lexicon, 'capitalisesNouns' | 'determiners'>): boolean {
  return lex.capitalisesNouns && words >= 3 && lex.determiners.has(previous);
}

export const RELATIVES = new Set(['who', 'which', 'that']);

// Property-escape patterns are module constants: esbuild turns such a literal into
// `new RegExp(…)`, which inside a function would construct it on every call.
const CAPITALISED = /^\p{Lu}/u;
const ALL_CAPITALS = /^\p{Lu}{2,}$/u;

export const isCapitalised = (t: Token): boolean => CAPITALISED.test(t.text);
// Arabic-script punctuation read as its Latin counterpart: "مریم احمدی، رئیس…، گفت:".
const LATIN_PUNCT: Record<string, string> = { '،': ',', '؛': ';', '؟': '?' };

export const isPunct = (t: Token | undefined, chars: string): boolean =>
  t !== undefined && !t.word && chars.includes(LATIN_PUNCT[t.text] ?? t.text);

/** A token's lower-cased word without a prefix written onto it (Arabic وقال → قال) when that makes it a cue. */
export function bareWord(t: Token | undefined, lex: Lexicon): string {
  const lower = t?.lower ?? '';
  for (const clitic of lex.clitics) {
    if (lower.length > clitic.length + 1 && lower.startsWith(clitic)) {
      const bare = lower.slice(clitic.length);
      if (lex.verbs.has(bare) || lex.phrases.has(bare)) return bare;
    }
  }
  return lower;
}

/** Length in tokens of the speech cue starting at `i`, or 0. */
export function cueLength(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const word = bareWord(tokens[i], lex);
  for (const parts of lex.phrases.get(word) ?? []) {
    if (parts.every((p, k) => (k === 0 ? word : tokens[i + k]?.lower) === p)) return parts.length;
  }
  const t = tokens[i];
  if (!t?.word || !lex.verbs.has(word)) return 0;
  if (isNoun(tokens, i, lex)) return 0;
  // A capitalised verb only opens a sentence ("Said Smith:"); in capitals it is a headline.
  return (isCapitalised(t) && i > 0) || ALL_CAPITALS.test(t.text) ? 0 : 1;
}

// Speech verbs that are also nouns: before another word they belong to the noun phrase
// ("state officials", "a press secretary", "the report's author").
const ALSO_NOUNS = new Set(
  `state post press report comment remark note claim charge answer promise demand offer reason tweet echo cry joke
   question laugh roar`.split(/\s+/),
);

/**
 * Whether a speech verb is used as a noun: after a determiner ("a roar of applause", "in a
 * tweet"), or, for a word that is also a noun, after an adjective ("a rare note", "her home
 * state") rather than a name or a pronoun ("the senator notes", "she states").
 */
function isNoun(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const previous = tokens[i - 1];
  if (!previous?.word) return false;
  if (lex.determiners.has(previous.lower)) return true;
  if (!ALSO_NOUNS.has(tokens[i]!.lower)) return false;
  // "Vargas’ question", "Bush's Facebook post", "a Twitter comment": a possessive, or a name
  // modifying the noun after "a" or a possessive, makes it a noun phrase ("the Saudis state"
  // may be a subject and its verb).
  const before = tokens[i - 2];
  if (POSSESSIVE_WORD.test(previous.text)) return true;
  if (isCapitalised(previous) && before?.word && (NOUN_DETERMINERS.has(before.lower) || POSSESSIVE_WORD.test(before.text))) return true;
  const modified = !isCapitalised(previous) && !lex.pronouns.has(previous.lower) && !isAdverbial(previous, lex);
  return modified && !lex.stops.has(previous.lower);
}

const POSSESSIVE_WORD = /\p{L}(?:['’]s|s['’])$/u;
// Determiners a subject rarely starts with before a name: "a Twitter comment", "his Facebook post".
const NOUN_DETERMINERS = new Set('a an his her its their our my your'.split(' '));

/** Whether the token at `i` is a speech cue that ends a noun phrase rather than belonging to it. */
export function endsPhrase(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (cueLength(tokens, i, lex) === 0) return false;
  const next = tokens[i + 1];
  return !(ALSO_NOUNS.has(tokens[i]!.lower) && next?.word && !lex.stops.has(next.lower));
}

/** An inverted cue at `i` ("affirme-t-elle", "a-t-il déclaré"): its length in tokens and the pronoun it carries. */
export function inversionAt(tokens: readonly Token[], i: number, lex: Lexicon): { length: number; pronoun: Token } | null {
  const m = lex.inversion?.exec(tokens[i]?.text ?? '');
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const pronoun = { ...tokens[i]!, text: m[2]!, lower: m[2]!.toLowerCase(), start: tokens[i]!.end - m[2]!.length };
  if (lex.verbs.has(verb)) return { length: 1, pronoun };
  // An auxiliary (a-t-il, ont-ils, avait-elle) followed by the participle.
  if (/^(?:a|ont|avait|avaient)$/.test(verb) && lex.verbs.has(tokens[i + 1]?.lower ?? '')) return { length: 2, pronoun };
  return null;
}

export function cueText(tokens: readonly Token[], i: number, length: number, text: string): string {
  return text.slice(tokens[i]!.start, tokens[i + length - 1]!.end);
}

// Words in -ly that are adjectives or nouns, not adverbs: "an early tweet", "a family friend".
const NOT_ADVERBS = new Set('early elderly friendly only family daily weekly monthly yearly likely holy ugly lovely lonely costly deadly ally rally italy july'.split(' '));

export function isAdverbial(t: Token, lex: Lexicon): boolean {
  if (!t.word) return false;
  return lex.adverbials.has(t.lower) || (/ly$/.test(t.lower) && !isCapitalised(t) && !NOT_ADVERBS.has(t.lower));
}

/** Skips tokens like "on Monday", "later", "has" going backwards from `j`; returns the new index. */
export function skipAdverbialsBack(tokens: readonly Token[], j: number, lo: number, lex: Lexicon): number {
  while (j >= lo) {
    const t = tokens[j]!;
    if (isAdverbial(t, lex)) j--;
    else if (t.lower === 'on' && WEEKDAYS.test(tokens[j + 1]?.lower ?? '')) j--;
    else break;
  }
  return j;
}

export function skipAdverbialsForward(tokens: readonly Token[], j: number, lex: Lexicon): number {
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.word && lex.adverbials.has(t.lower) && !/^(?:has|had|have|was|is|were|did|does)$/.test(t.lower)) j++;
    else if (t.lower === 'on' && WEEKDAYS.test(tokens[j + 1]?.lower ?? '')) j++;
    else break;
  }
  return j;
}
