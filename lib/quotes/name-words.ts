/**
 * The words of names: which capitalised words make up a person's or an organisation's
 * name ("Former Secretary of State John Kerry" → John Kerry), and the keys names are
 * compared by (Peña ~ Pena, Trump’s ~ Trump).
 */
import { LANGUAGES, words } from './languages';

export interface Name {
  /** The name as written, titles and function words removed. */
  text: string;
  /** Comparison keys of its words: lower case, no diacritics, no possessive. */
  keys: string[];
}

const PARTICLES = 'de|da|di|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|dos|das|ter';
/** Lower-case words inside names: Ursula von der Leyen, Federico de Jesús. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(PARTICLES.split('|'));
// A capitalised word, or an initial with its full stop (a full stop after a word ends a sentence).
const NAME_WORD = `(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}\\p{M}'’\\-]*)`;
// Capitalised words in a row, allowing lower-case particles (Ursula von der Leyen) and initials.
export const NAME_RUN = new RegExp(`${NAME_WORD}(?:[ \\u00a0](?:(?:${PARTICLES})[ \\u00a0])*${NAME_WORD})*`, 'gu');

/** The comparison key of one word of a name. */
export function nameKey(word: string): string {
  let key = keys.get(word);
  if (key === undefined) {
    // Decomposing is the costly part, and most names are plain ASCII.
    const plain = /^[\x00-\x7f]*$/.test(word) ? word : word.normalize('NFD').replace(MARKS, '');
    key = plain.toLowerCase().replace(/['’]s?$/, '').replace(/\.$/, '');
    if (keys.size >= MAX_CACHED_KEYS) keys.clear();
    keys.set(word, key);
  }
  return key;
}

// Property-escape patterns are module constants: esbuild turns such a literal into
// `new RegExp(…)`, which inside a function would construct it on every call.
const MARKS = /\p{M}/gu;
const INITIAL_WITH_APOSTROPHE = /^\p{Lu}['’]/u;

// The same words come up again and again; their keys are cached, within a bound.
const keys = new Map<string, string>();
const MAX_CACHED_KEYS = 5000;

export const POSSESSIVE = /['’]s?$/;
const NO_WORDS: ReadonlySet<string> = new Set();
/**
 * "Ten-year-old", "London-based", "Oscar-winning": capitalised, but ending in a lower-case
 * part after a hyphen, an adjective before a name rather than part of it (Jean-Pierre ends
 * in a capital).
 */
const HYPHENATED_ADJECTIVE = /^\p{Lu}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*-\p{Ll}[\p{L}\p{M}]*(?:['’]s?)?$/u;
const MAX_NAME_WORDS = 4;
const NON_SPACE = /\S+/g;

// Acronyms are short (CNN, FBI, NATO); a longer word in capitals is a dateline or a
// headline (WASHINGTON —, IOWA POLLS NOT WRONG).
const SHOUTED = /^\p{Lu}{5,}$|^\p{Lu}{2,}\s+\p{Lu}{2,}/u;

/**
 * The names in a capitalised run, with their offsets in it: the run is cut at titles,
 * function words and verbs ("Former Secretary of State John Kerry", "But Trump", "Sanders
 * Vows") and after a possessive ("NBC’s Chuck Todd" → NBC, Chuck Todd).
 */
export function namesInRun(run: string, verbs: ReadonlySet<string> = NO_WORDS): (Name & { index: number })[] {
  const names: (Name & { index: number })[] = [];
  let words: string[] = [];
  let index = 0;
  const flush = (): void => {
    const last = words.length - 1;
    if (last >= 0) {
      words[last] = words[last]!.replace(POSSESSIVE, '');
      const keys = words.map(nameKey).filter((k) => k.length > 0);
      // Initials alone (N.H., U.S.) are abbreviations, and five capitalised words in a row
      // are a title-case headline; neither is a name.
      if (keys.some((k) => k.length > 1) && keys.length <= MAX_NAME_WORDS) names.push({ text: words.join(' '), keys, index });
    }
    words = [];
  };
  if (SHOUTED.test(run)) return names;
  // Rewound, not cloned as `matchAll` would: names are read a run at a time.
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(run); m; m = NON_SPACE.exec(run)) {
    const key = nameKey(m[0]);
    // An inflected speech verb in a capitalised run is a headline's ("Sanders Vows", "Trump Says");
    // a bare one may be a name (Stevie Wonder, the Washington Post).
    const verb = verbs.has(key) && /(?:s|ed|ing)$/.test(key);
    if (NOT_NAME.has(key) || verb || /n['’]t$/i.test(m[0]) || HYPHENATED_ADJECTIVE.test(m[0])) {
      flush();
      continue;
    }
    if (words.length === 0) index = m.index;
    words.push(m[0]);
    if (POSSESSIVE.test(m[0]) && !INITIAL_WITH_APOSTROPHE.test(m[0])) flush();
  }
  flush();
  return names;
}

/** The name a capitalised run ends with (its head), or null when nothing name-like is left. */
export function cleanName(run: string, verbs?: ReadonlySet<string>): Name | null {
  const names = namesInRun(run, verbs);
  const head = names[names.length - 1];
  return head ? { text: head.text, keys: head.keys } : null;
}

// Capitalised words that are not part of a name, in every language, by their keys: sentence-opening
// function words, honorifics and the titles and roles reporters put next to names. A
// capitalised function word of any language is rarely a name in another.
export const NOT_NAME: ReadonlySet<string> = new Set(
  Object.values(LANGUAGES).flatMap((l) => [...words(l.titles), ...words(l.notNames)].map(nameKey)),
);

// Last words of names of organisations and places, never "he" or "she".
export const INSTITUTIONS: ReadonlySet<string> = new Set(
  Object.values(LANGUAGES).flatMap((l) => words(l.institutions).map(nameKey)),
);
