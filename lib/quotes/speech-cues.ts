/**
 * The lexicon a quote is read with: one language's speech verbs, cue phrases, pronouns and
 * function words (from `languages/`), with English's added, as wire copy mixes them in. An
 * unknown language gets every language's verbs, since the marks already say a quotation is
 * there and a foreign verb will not match by accident, but only English's other words.
 */
import { en } from './languages/en';
import { type QuoteLanguage, words } from './languages/language';
import { quoteLanguageCode } from './languages/codes';
import { registeredLanguages, registryVersion } from './languages/registry';
import { nameKey, refreshNameTables } from './name-words';

export interface Lexicon {
  verbs: ReadonlySet<string>;
  /** Verbs after which a name is the listener: "told CNN". */
  takesObject: ReadonlySet<string>;
  /** Multi-word or preposition-like cues ("according to", "selon"), by their first word, as words. */
  phrases: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** First words of cues whose object is the speaker: "according to X". */
  speakerFollows: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  /** Gender each pronoun refers to: +1 a man, -1 a woman, 0 anyone. */
  genders: ReadonlyMap<string, number>;
  /** Roles and honorifics written next to names. */
  titles: ReadonlySet<string>;
  /** Name keys of the language's capitalised function words, which are never names. */
  notNames: ReadonlySet<string>;
  stops: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  prepositionPrefix: RegExp | null;
  determiners: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  indefinites: ReadonlySet<string>;
  adverbials: ReadonlySet<string>;
  links: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  /** The language capitalises every noun (German), so a capitalised word need not be a name. */
  capitalisesNouns: boolean;
  /** Case endings of names, longest first. */
  caseEndings: readonly string[];
  script: NonNullable<QuoteLanguage['script']>;
  descriptor: RegExp | null;
  clitics: readonly string[];
  unspacedCues: readonly string[];
  inversion: RegExp | null;
  subjectFollowsVerb: boolean;
  verbFinal: boolean;
  topicMarkers: readonly string[];
  nameChars: RegExp | null;
  nameWords: QuoteLanguage['nameWords'];
}

function lexicon(own: QuoteLanguage | undefined, everyVerb: boolean): Lexicon {
  const parts = own && own !== en ? [own, en] : [en];
  // A word the language itself lists (French "a", an auxiliary) is not taken from English in
  // another role (the article "a").
  const ownWords = new Set(
    own && own !== en
      ? [own.verbs, own.stops, own.determiners, own.adverbials, own.links, own.complementizers].flatMap(words)
      : [],
  );
  const all = (pick: (l: QuoteLanguage) => string | undefined) =>
    new Set(parts.flatMap((l) => (l === en && own !== en ? words(pick(l)).filter((w) => !ownWords.has(w)) : words(pick(l)))));
  const ownOnly = (pick: (l: QuoteLanguage) => string | undefined) => new Set(parts.flatMap((l) => words(pick(l))));
  const phrases = new Map<string, string[][]>();
  for (const phrase of parts.flatMap((l) => l.phrases ?? [])) {
    const split = phrase.split(' ');
    phrases.set(split[0]!, [...(phrases.get(split[0]!) ?? []), split]);
  }
  const genders = new Map(parts.flatMap((l) => Object.entries(l.pronouns)));
  return {
    verbs: everyVerb ? new Set([en, ...Object.values(registeredLanguages())].flatMap((l) => words(l.verbs))) : ownOnly((l) => l.verbs),
    takesObject: all((l) => l.takesObject),
    phrases,
    speakerFollows: all((l) => l.speakerFollows),
    pronouns: new Set(genders.keys()),
    genders,
    titles: all((l) => l.titles),
    notNames: new Set([...all((l) => l.notNames)].map(nameKey)),
    stops: all((l) => l.stops),
    conjunctions: all((l) => l.conjunctions),
    prepositionPrefix: own?.prepositionPrefix ?? null,
    determiners: all((l) => l.determiners),
    possessives: all((l) => l.possessives),
    indefinites: all((l) => l.indefinites),
    adverbials: all((l) => l.adverbials),
    links: all((l) => l.links),
    complementizers: all((l) => l.complementizers),
    capitalisesNouns: own?.capitalisesNouns ?? false,
    caseEndings: words(own?.caseEndings).sort((a, b) => b.length - a.length),
    script: own?.script ?? 'cased',
    descriptor: own?.descriptor ?? null,
    clitics: words(own?.clitics),
    unspacedCues: [...(own?.unspacedCues ?? [])].sort((a, b) => b.length - a.length),
    inversion: own?.inversion ?? null,
    subjectFollowsVerb: own?.subjectFollowsVerb ?? false,
    verbFinal: own?.verbFinal ?? false,
    topicMarkers: words(own?.topicMarkers),
    nameChars: own?.nameChars ?? null,
    nameWords: own?.nameWords,
  };
}

const lexicons = new Map<string, Lexicon>();
let builtFor = 0;

/**
 * The lexicon of a BCP 47 language tag. A language with no file, or whose file is not
 * loaded here, gets every loaded language's verbs and English's other words.
 */
export function lexiconFor(lang: string): Lexicon {
  if (builtFor !== registryVersion()) {
    lexicons.clear();
    refreshNameTables();
    builtFor = registryVersion();
  }
  const code = quoteLanguageCode(lang);
  const own = code === 'en' ? en : code === null ? undefined : registeredLanguages()[code];
  const key = own ? own.code : '';
  let found = lexicons.get(key);
  if (!found) {
    found = lexicon(own, key === '');
    lexicons.set(key, found);
  }
  return found;
}
