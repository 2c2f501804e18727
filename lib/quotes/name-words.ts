/**
 * The words of names: which capitalised words make up a person's or an organisation's
 * name ("Former Secretary of State John Kerry" → John Kerry), and the keys names are
 * compared by (Peña ~ Pena, Trump’s ~ Trump).
 */

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

// Capitalised words that are not part of a name: sentence-initial function words,
// honorifics, the descriptors reporters put before names, and the small words of
// title-case headlines ("… Between Marco Rubio And Rand Paul At The Debate").
export const NOT_NAME = new Set(
  `the a an but and or so yet in on at for of to from with by as if when while after before because since although
   though this that these those he she it they we i you his her its their our my your there here then also still even
   now however meanwhile yes no not why what who how where according last next every each some many most both is are
   was were be has have had will would can could should might must do does did just than over into about against
   between through during without under up out off once today yesterday tonight instead indeed perhaps maybe later
   earlier again already finally thus therefore despite amid among asked presidential moreover furthermore
   nevertheless nonetheless besides otherwise lest another outside inside across along around behind beyond toward
   towards upon within via one two three four five six seven eight nine ten eleven twelve twenty
   thirty forty fifty hundred thousand million
   mr mrs ms miss mx dr sen senator rep representative gov governor president vice prime minister secretary judge
   justice gen general lt col sgt capt adm maj pope rev reverend father sister sheriff mayor chancellor king queen
   prince princess lord lady sir dame prof professor chairman chairwoman chief ambassador attorney speaker leader
   candidate nominee former republican republicans democrat democrats democratic gop u.s state sheikh ayatollah
   senior adviser advisor spokesman spokeswoman spokesperson aide director executive manager chair commissioner
   officer analyst correspondent editor host anchor founder ceo coach captain deputy assistant associate
   congressman congresswoman councilman councilwoman assemblyman lawmaker delegate superdelegate
   m mme mlle herr frau monsieur madame señor señora sr sra dott monday tuesday wednesday thursday friday saturday
   sunday january february march april june july august september october november december
   le la les un une des du de selon pour dans avec sur ministre président présidente député maire
   der die das dem den ein eine laut nach mit für bundeskanzlerin bundeskanzler kanzlerin kanzler präsident
   el los las según con por para presidente ministro ministra alcalde secondo il lo gli per`.split(/\s+/),
);

// Last words of names of organisations and places, never "he" or "she".
export const INSTITUTIONS = new Set(
  `house council committee department ministry party court senate congress office bureau agency administration
   government commission union bank fund board army navy police times post news journal press network tribune
   herald university college school institute center centre foundation association company corporation corp inc
   group campaign city county states republic kingdom nations street avenue park mall hall square tower church
   chamber society federation coalition alliance caucus forum museum library hospital organization
   club league show program magazine newspaper radio channel debates usa america europe africa asia china russia
   iran iraq syria israel mexico canada britain france germany japan korea india pakistan afghanistan ukraine
   turkey egypt cuba libya brazil`.split(/\s+/),
);

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

