/**
 * What Lede needs to know of a language to find its quotations and who said them. Each
 * language is one file beside this one; adding a language means adding a file and listing
 * it in `index.ts`. Word lists are whitespace-separated, lower case.
 */
export interface QuoteLanguage {
  /** Primary BCP 47 subtag: "en", "pt", "zh". */
  code: string;
  /** Speech verbs in every form a reporter writes ("said", "says", "saying", "has said" → said). */
  verbs: string;
  /** Cues of more than one word, read as one: "according to", "a déclaré", "по словам". */
  phrases?: readonly string[];
  /** First words of cues whose object is the speaker: "according to X", "selon X", "по словам X". */
  speakerFollows?: string;
  /** Verbs whose next noun is the listener, not the speaker: "told CNN". */
  takesObject?: string;
  /** Personal pronouns a speaker can be, with the gender they refer to: +1 a man, -1 a woman, 0 anyone or anything. */
  pronouns: Readonly<Record<string, number>>;
  /**
   * Roles, ranks, honorifics and portfolios written next to a name but never part of it
   * ("president", "Bürgermeisterin", "госсекретарь", "Economía" in "ministro de Economía").
   */
  titles: string;
  /** Function words that end a noun phrase: prepositions, conjunctions, relative pronouns. */
  stops: string;
  determiners?: string;
  /** Indefinite determiners: "a spokesman" is someone unnamed. */
  indefinites?: string;
  /** Possessive determiners: "my father" is a relative, not a role. */
  possessives?: string;
  /** Words that may stand between a speaker and the verb, or a verb and its subject: auxiliaries, times, "also". */
  adverbials?: string;
  /** Prepositions joining a noun phrase to another ("secretary of state", "ministro de Economía"). */
  links?: string;
  /** Words that turn a cue into reported speech: "said that", "a dit que". */
  complementizers?: string;
  /** Capitalised words that are never names: sentence-opening function words, weekdays, months. */
  notNames?: string;
  /** Last words of organisations and places: never "he" or "she". */
  institutions?: string;
  /** The language capitalises every noun (German), so a capitalised word need not be a name. */
  capitalisesNouns?: boolean;
  /**
   * Case endings a name takes in a sentence (Путина, Путину; Tuska), longest first: a name
   * and its inflected forms are one person.
   */
  caseEndings?: string;
  /** Words of a title or description before a name in a script without capitals ("الرئيس", "وزیر"). */
  descriptor?: RegExp;
  /** Articles and prepositions elided onto the next word with an apostrophe: l', dell'. */
  elided?: string;
  /**
   * How many words a person's name has: at most `max`, and three only where the middle one
   * matches `middle` (a Russian patronymic).
   */
  nameWords?: { max: number; middle?: RegExp };
  /** Conjunctions that may open a clause before its subject: Persian اما, Arabic لكن. */
  conjunctions?: string;
  /** A preposition written onto a word (Arabic للصحفيين "to the journalists"): it ends a name. */
  prepositionPrefix?: RegExp;
  /** Prefixes written onto the next word: Arabic و ("and"), ف ("so"). */
  clitics?: string;
  /**
   * How the script marks names: by capital letters, or not at all (Arabic, Persian), or
   * without spaces between words (Chinese, Japanese).
   */
  script?: 'cased' | 'caseless' | 'unspaced';
  /**
   * Unspaced scripts: cue verbs written right after the speaker ("表示", "说", "と述べた"
   * stems), and the characters that end a speaker's name backwards.
   */
  unspacedCues?: readonly string[];
  /**
   * The verb comes last, after the quotation (Turkish X, “…” dedi): the speaker is the name
   * nearest before the quotation, in the nominative.
   */
  verbFinal?: boolean;
  /** The verb comes before its subject (Arabic: قال الوزير …), so a cue's speaker is read after it. */
  subjectFollowsVerb?: boolean;
  /** Unspaced scripts: the characters a name is written in, when the script has others (Japanese kana). */
  nameChars?: RegExp;
  /** Particles that mark a sentence's topic in an unspaced script (Japanese は, が). */
  topicMarkers?: string;
  /** Reporting-verb inversions ("affirme-t-il"): a pattern capturing the verb and the pronoun. */
  inversion?: RegExp;
}

export const words = (list: string | undefined): string[] => (list ?? '').split(/\s+/).filter(Boolean);
