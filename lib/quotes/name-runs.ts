/**
 * The capitalised runs of a block, each read with the words around it: where its sentence
 * starts and whether it opens it, what comes before it (a preposition, a pronoun, a comma, a
 * speech verb) and after it (its verb, a comma). Names are then cut out of the runs and
 * judged by these (names).
 */
import { isAbbreviation } from './context';
import { opensWithNoun } from './cue-words';
import { NAME_RUN, nameKey, POSSESSIVE } from './name-words';
import type { ReportedPronoun } from './reported-pronouns';
import type { Lexicon } from './speech-cues';

// "in Iowa,": a name after "in" that ends its phrase is a place.
const LOCATIVE = new Set(['in']);
const PHRASE_END = /^(?:$|[,.;:)]|\s+(?:on|in|and|or|but|for|to|last|this|where|when|after|before|during|with|since|until)\b)/;
// Where sentences end, roughly: enough to tell which name comes first in a sentence.
const SENTENCE_END = /[.!?]["”’)\]]*\s+/g;
// A name after these is the object of a preposition or part of a noun phrase
// ("in Iowa", "the Clinton campaign"), not the subject of its sentence.
export const NOT_BEFORE_SUBJECT = new Set(
  `in at on from to of for with by about against into over near than like outside inside across around toward
   towards through throughout behind beyond the a an this that these those his her their its our my your`.split(/\s+/),
);

/** A run of capitalised words in a block, read with the words around it. */
export interface Run {
  blockIndex: number;
  text: string;
  index: number;
  sentence: number;
  atSentenceStart: boolean;
  previousWord: string;
  /** A speech verb or "according to" right before the run: "said Trump". */
  speechBefore: boolean;
  /** After "in" and ending a phrase: "in Iowa,", "in Des Moines on Monday" (not "in Trump Tower"). */
  locative: boolean;
  /** The word after the run, skipping adverbs and auxiliaries: "Trump also said" → "said". */
  nextVerb: string;
  /** Its first word is a noun, not part of a name: "die Vorsitzende Miriam Schäfer". */
  nounFirst: boolean;
  /** A pronoun comes before it in its sentence, most often as the subject: "When he took the stage after Mr. Vander Plaats…". */
  afterPronoun: boolean;
  /**
   * Right after a comma and before a lower-case word, most likely its verb: the subject of
   * the main clause after an opening phrase ("Asked about Hillary Clinton, Christie blamed…").
   */
  clauseSubject: boolean;
  /** A comma right after it, most often opening an appositive: "Chris Covert, South Carolina director for Sanders, said". */
  commaAfter: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}’']/u;

/** The word that ends before `at`, not reaching back past `floor`. */
function wordBefore(text: string, at: number, floor: number): { word: string; start: number } | undefined {
  let end = at;
  while (end > floor && !WORD_CHAR.test(text[end - 1]!)) end--;
  let start = end;
  while (start > floor && WORD_CHAR.test(text[start - 1]!)) start--;
  return start < end ? { word: text.slice(start, end), start } : undefined;
}

/** Whether only space stands between a comma and position `at`. */
function followsComma(text: string, at: number, sentenceStart: number): boolean {
  let k = at - 1;
  while (k > sentenceStart && text[k] === ' ') k--;
  return k > sentenceStart && text[k] === ',';
}

/** Whether position `at` starts a clause: only space back to punctuation or the sentence's start. */
function opensClause(text: string, at: number, sentenceStart: number): boolean {
  let k = at - 1;
  while (k >= sentenceStart && /\s/.test(text[k]!)) k--;
  return k < sentenceStart || ',:;"“”\'’—–-'.includes(text[k]!);
}

// After a name, what may come before its verb: a possessive, commas, adverbs, auxiliaries.
// Sticky, read in place from the run's end rather than from a copy of the text after it.
const BEFORE_VERB = /(?:['’]s)?[\s,]*(?:(?:\p{Ll}+ly|also|later|then|again|has|had|have|will|would|on \p{Lu}\p{Ll}+day)\s+)*(\p{L}+)/uy;

/** The capitalised runs of one block, each read with the words around it. */
export function readRuns(
  text: string,
  blockIndex: number,
  lex: Pick<Lexicon, 'verbs' | 'takesObject' | 'capitalisesNouns' | 'stops' | 'determiners'>,
  runs: Run[],
  capitalisedInside: Set<string>,
  openingCounts: Map<string, number>,
  pronouns: readonly ReportedPronoun[],
): void {
  // The shared patterns are rewound rather than cloned: `matchAll` constructs a copy per call,
  // which costs more than a paragraph's matches.
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
    // "Mr. Trump", "George W. Bush", "the U.S. Senate": the full stop is an abbreviation's.
    if (text[m.index] === '.' && isAbbreviation(wordBefore(text, m.index, Math.max(0, m.index - 12))?.word ?? '')) continue;
    ends.push(m.index + m[0].length);
  }
  let sentence = 0;
  let lastRun = { start: -1, end: -1, previousWord: '' };
  // Where the reporter last wrote "he", "she" or "they", read up to the current run.
  let pronoun = -1;
  let nextPronoun = 0;
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    while (sentence < ends.length && ends[sentence]! <= m.index) sentence++;
    const sentenceStart = sentence > 0 ? ends[sentence - 1]! : 0;
    for (; nextPronoun < pronouns.length && pronouns[nextPronoun]!.index < m.index; nextPronoun++) {
      if (pronouns[nextPronoun]!.subject) pronoun = pronouns[nextPronoun]!.index;
    }
    const afterPronoun = pronoun >= sentenceStart;
    let previous = wordBefore(text, m.index, Math.max(sentenceStart, m.index - 30));
    // "Secretary of State John Kerry said": "of" joins a title, and the word before the
    // title is the one that tells whether the name is a subject.
    if (previous?.word === 'of' && lastRun.end === previous.start - 1 && lastRun.start >= sentenceStart) {
      previous = wordBefore(text, lastRun.start, Math.max(sentenceStart, lastRun.start - 30));
    }
    const atSentenceStart = m.index - sentenceStart < 4 && !previous;
    const end = m.index + m[0].length;
    let previousWord = previous?.word.toLowerCase() ?? '';
    // "in Coralville, Iowa, Mr. Bush": the state after a place is governed by the same preposition.
    const closes = text[end] === ',' || text[end] === '.';
    if (closes && lastRun.end + 2 === m.index && text[lastRun.end] === ',' && NOT_BEFORE_SUBJECT.has(lastRun.previousWord)) {
      previousWord = lastRun.previousWord;
    }
    lastRun = { start: m.index, end, previousWord };
    // "said Ivanka Trump’s statement…": the one whose statement it is does not speak, nor is
    // the noun after a possessive its verb ("Trump’s remarks", "Clinton’s claim").
    const possessive = POSSESSIVE.test(m[0]) || /['’]/.test(text[end] ?? '');
    BEFORE_VERB.lastIndex = end;
    const next = possessive ? '' : (BEFORE_VERB.exec(text)?.[1] ?? '');
    const nextVerb = next.toLowerCase();
    // A lower-case word that is no function word: most likely the verb the run is the subject of.
    const nextIsVerb = next !== '' && next === nextVerb && !lex.stops.has(nextVerb) && !lex.determiners.has(nextVerb);
    // "“…,” said Smith" names the speaker; "McLenney said Smith doesn’t…" does not.
    const inverted = previous !== undefined && opensClause(text, previous.start, sentenceStart);
    const accordingTo =
      previousWord === 'to' && wordBefore(text, previous!.start, sentenceStart)?.word.toLowerCase() === 'according';
    const speechBefore =
      !possessive && ((inverted && lex.verbs.has(previousWord) && !lex.takesObject.has(previousWord)) || accordingTo);
    const locative = LOCATIVE.has(previousWord) && PHRASE_END.test(text.slice(end, end + 12));
    const words = m[0].split(/\s+/);
    const nounFirst = opensWithNoun(previousWord, words.length, lex);
    // Not an appositive set off by commas ("his daughter, Chloe, there").
    const clauseSubject = nextIsVerb && text[end] === ' ' && followsComma(text, m.index, sentenceStart);
    runs.push({ blockIndex, text: m[0], index: m.index, sentence, atSentenceStart, previousWord, speechBefore, locative, nextVerb, nounFirst, afterPronoun, clauseSubject, commaAfter: text[end] === ',' });
    for (let k = atSentenceStart ? 1 : 0; k < words.length; k++) capitalisedInside.add(nameKey(words[k]!));
    if (atSentenceStart) {
      const key = nameKey(words[0]!);
      openingCounts.set(key, (openingCounts.get(key) ?? 0) + 1);
    }
  }
}
