/**
 * The words of names: which capitalised words make up a person's or an organisation's
 * name ("Former Secretary of State John Kerry" → John Kerry), and the keys names are
 * compared by (Peña ~ Pena, Trump’s ~ Trump).
 */
import { words } from './languages/language';
import { en } from './languages/en';
import { registeredLanguages, registryVersion } from './languages/registry';
import type { Lexicon } from './speech-cues';

export interface Name {
  /** The name as written, titles and function words removed. */
  text: string;
  /** Comparison keys of its words: lower case, no diacritics, no possessive. */
  keys: string[];
}

const PARTICLES = 'de|da|di|do|del|della|van|von|der|den|du|le|la|bin|ibn|al|el|dos|das|ter';
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
export function namesInRun(run: string, lex?: NameLexicon): (Name & { index: number })[] {
  const names: (Name & { index: number })[] = [];
  let words: string[] = [];
  let starts: number[] = [];
  const flush = (): void => {
    // "ЦБ Марина Елагина", "МГУ Андрей Белых": an acronym before a person's name is their organisation.
    let from = 0;
    while (words.length - from > 2 && ACRONYM.test(words[from]!)) from++;
    if (lex) from += shapeName(words.slice(from), lex);
    words = words.slice(from);
    const last = words.length - 1;
    if (last >= 0) {
      words[last] = withoutCaseEnding(words[last]!.replace(POSSESSIVE, ''), lex);
      const keys = words.map(nameKey).filter((k) => k.length > 0);
      // Initials alone (N.H., U.S.) are abbreviations, and five capitalised words in a row
      // are a title-case headline; neither is a name.
      if (keys.some((k) => k.length > 1) && keys.length <= MAX_NAME_WORDS) names.push({ text: words.join(' '), keys, index: starts[from]! });
    }
    words = [];
    starts = [];
  };
  if (SHOUTED.test(run)) return names;
  // Rewound, not cloned as `matchAll` would: names are read a run at a time.
  NON_SPACE.lastIndex = 0;
  for (let m = NON_SPACE.exec(run); m; m = NON_SPACE.exec(run)) {
    const key = nameKey(m[0]);
    // An inflected speech verb in a capitalised run is a headline's ("Sanders Vows", "Trump Says");
    // a bare one may be a name (Stevie Wonder, the Washington Post).
    const verb = (lex?.verbs.has(key) ?? false) && /(?:s|ed|ing)$/.test(key);
    // An initial is part of a name even where the letter alone is a word (Russian "А. В. Смирнова").
    const initial = INITIAL_WORD.test(m[0]);
    if ((!initial && (isTitleWord(key, lex?.capitalisesNouns ?? true) || lex?.notNames.has(key))) || verb || /n['’]t$/i.test(m[0]) || HYPHENATED_ADJECTIVE.test(m[0]) || isElidedArticle(m[0])) {
      flush();
      continue;
    }
    words.push(m[0]);
    starts.push(m.index);
    if (POSSESSIVE.test(m[0]) && !INITIAL_WITH_APOSTROPHE.test(m[0])) flush();
  }
  flush();
  return names;
}

/** What names are read with: speech verbs (a headline's "Trump Says"), and how many words a person's name has. */
export type NameLexicon = Pick<Lexicon, 'verbs' | 'nameWords' | 'caseEndings' | 'notNames' | 'capitalisesNouns'>;

const ACRONYM = /^\p{Lu}{2,5}$/u;
const INITIAL_WORD = /^\p{Lu}\.$/u;

/**
 * A word's key without a case ending of its language, keeping at least `minStem` letters:
 * Путина, Путину and Путин share "путин".
 */
export function caseStem(key: string, endings: readonly string[], minStem: number): string {
  for (const ending of endings) {
    if (key.length - ending.length >= minStem && key.endsWith(ending)) return key.slice(0, -ending.length);
  }
  return key;
}

/** A name without the case ending a language writes after an apostrophe: Erdoğan'ın → Erdoğan. */
function withoutCaseEnding(word: string, lex: NameLexicon | undefined): string {
  for (const ending of lex?.caseEndings ?? []) {
    if (/^['’]/.test(ending) && word.length > ending.length + 1 && word.endsWith(ending)) return word.slice(0, -ending.length);
  }
  return word;
}

/**
 * How many words open a run before a person's name, by the language's naming: Russian
 * names are a given name and a surname, with a patronymic between them ("Ирана Али
 * Шамхани" is Али Шамхани of Iran; "Владимир Владимирович Путин" is whole).
 */
function shapeName(words: readonly string[], lex: NameLexicon): number {
  const shape = lex.nameWords;
  if (!shape || words.length <= 2) return 0;
  const middle = words[words.length - 2]!;
  // "А. В. Смирнова": initials stand for the given name and the patronymic.
  if (INITIAL_WORD.test(middle)) return 0;
  const keep = shape.middle?.test(middle) ? 3 : 2;
  return Math.max(0, words.length - Math.min(keep, shape.max));
}

/** The name a capitalised run ends with (its head), or null when nothing name-like is left. */
export function cleanName(run: string, lex?: NameLexicon): Name | null {
  const names = namesInRun(run, lex);
  const head = names[names.length - 1];
  return head ? { text: head.text, keys: head.keys } : null;
}

// Capitalised words that are not part of a name, by their keys: the titles and roles
// reporters put next to names, in every loaded language, and English's sentence-opening
// function words. Other languages' function words are their own (German "Er" is Turkish
// "Hüseyin Er"). Also last words of organisations and places, never "he" or "she"; and
// articles elided onto a noun ("L'archeologa", "dell'Economia").
interface NameTables {
  notNames: Set<string>;
  institutions: Set<string>;
  /** Titles long enough to end a compound and still be one ("Bundesinnenministerin", "Bayern-Trainer"), and their lengths. */
  titleEndings: Set<string>;
  titleEndingLengths: number[];
  elidedArticle: RegExp | null;
}

const MIN_COMPOUND_TITLE = 6;
let tables: NameTables | null = null;
let tablesFor = -1;

function buildTables(): NameTables {
  const languages = [en, ...Object.values(registeredLanguages())];
  const notNames = new Set([...languages.flatMap((l) => words(l.titles).map(nameKey)), ...words(en.notNames).map(nameKey)]);
  const titleEndings = new Set([...notNames].filter((k) => k.length >= MIN_COMPOUND_TITLE));
  const elided = [...new Set(languages.flatMap((l) => words(l.elided)))];
  return {
    notNames,
    institutions: new Set(languages.flatMap((l) => words(l.institutions).map(nameKey))),
    titleEndings,
    titleEndingLengths: [...new Set([...titleEndings].map((k) => k.length))],
    elidedArticle: elided.length > 0 ? new RegExp(`^(?:${elided.join('|')})['’]\\p{Ll}`, 'iu') : null,
  };
}

/** Brings the tables up to the languages loaded now; asked once per article (lexiconFor), not per word. */
export function refreshNameTables(): void {
  if (tablesFor !== registryVersion()) {
    tables = buildTables();
    tablesFor = registryVersion();
  }
}

function current(): NameTables {
  if (!tables) refreshNameTables();
  return tables!;
}

export const isNotName = (key: string): boolean => current().notNames.has(key);

export const isInstitution = (key: string): boolean => current().institutions.has(key);

/**
 * Whether a name word's key is a title, a role or a function word, alone or as the end of a
 * hyphenated word ("Bayern-Trainer") or, where the language writes them (`compounds`), of a
 * compound ("Bundesinnenministerin").
 */
export function isTitleWord(key: string, compounds = true): boolean {
  const t = current();
  if (t.notNames.has(key)) return true;
  if (!compounds && !key.includes('-')) return false;
  for (const n of t.titleEndingLengths) {
    if (key.length > n && t.titleEndings.has(key.slice(-n))) return true;
  }
  return false;
}

const isElidedArticle = (word: string): boolean => current().elidedArticle?.test(word) ?? false;
