/**
 * Reading a speaker out of the words around a cue: the noun phrase before or after a verb
 * ("Jane Doe", "the ministry", "a spokesman for the ministry"), through appositives and
 * parentheses, down to the name that heads it or the pronoun that stands for it.
 */
import type { Token } from './context';
import { endsPhrase, isAdverbial, isCapitalised, isPunct, opensWithNoun, RELATIVES, skipAdverbialsBack } from './cue-words';
import { cleanName, isInstitution, isTitleWord, NAME_PARTICLES, nameKey } from './name-words';
import type { Lexicon } from './speech-cues';

export interface Speaker {
  /** As written: a name ("Mr. Trump"), a pronoun ("she") or a description ("the ministry"). */
  text: string;
  kind: 'name' | 'pronoun' | 'description';
  /** Offset in the block where it is written. */
  offset: number;
}

const MAX_NP = 8;
// How far after its subject's first word a verb may come: room for an appositive
// ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said").
export const MAX_SUBJECT_SPAN = 30;
// How many appositions and adverbial clauses between commas a subject may stand before.
const MAX_PASSED_CLAUSES = 3;

/**
 * The noun phrase that ends at `last` and starts no earlier than `lo`, read backwards:
 * "Jane Doe", "the ministry", "a spokesman for the ministry". Stops at punctuation,
 * conjunctions and after its determiner.
 */
export function phraseEndingAt(tokens: readonly Token[], last: number, lo: number, lex: Lexicon): number | null {
  let first = last + 1;
  for (let j = last; j >= lo && last - j < MAX_NP; j--) {
    const t = tokens[j]!;
    if (!t.word || lex.stops.has(t.lower) || endsPhrase(tokens, j, lex)) break;
    // A pronoun is a whole subject: "At the bottom it reads" → "it".
    if (lex.pronouns.has(t.lower)) return j === last ? j : first;
    first = j;
    if (lex.determiners.has(t.lower)) {
      const link = tokens[j - 1];
      if (!link || !lex.links.has(link.lower) || j - 2 < lo || !tokens[j - 2]!.word) break;
    }
    if (lex.links.has(t.lower) && j === last) return null;
  }
  return first <= last ? first : null;
}

/** The noun phrase starting at `first`, read forwards: "said Faiza Patel, co-director…" → "Faiza Patel". */
export function phraseStartingAt(tokens: readonly Token[], first: number, lex: Lexicon): number | null {
  let last = first - 1;
  for (let j = first; j < tokens.length && j - first < MAX_NP; j++) {
    const t = tokens[j]!;
    if (!t.word || lex.stops.has(t.lower) || endsPhrase(tokens, j, lex)) break;
    if (j > first && (isAdverbial(t, lex) || (lex.determiners.has(t.lower) && !lex.links.has(tokens[j - 1]!.lower)))) break;
    if (lex.links.has(t.lower) && !tokens[j + 1]?.word) break;
    // "заявила Гуревич журналистам", "Ворона наприкінці пресконференції": a name ends its
    // phrase where lower-case words follow it (except where the language capitalises nouns).
    if (j > first && endsName(tokens, first, j, lex)) break;
    last = j;
  }
  while (last >= first && lex.links.has(tokens[last]!.lower)) last--;
  return last >= first ? last : null;
}

function endsName(tokens: readonly Token[], first: number, j: number, lex: Lexicon): boolean {
  const t = tokens[j]!;
  if (lex.capitalisesNouns || lex.script !== 'cased' || isCapitalised(t) || lex.links.has(t.lower) || NAME_PARTICLES.has(t.lower)) return false;
  const name = tokens[j - 1]!;
  if (!isCapitalised(tokens[first]!) || !isCapitalised(name) || /['’]s?$/.test(name.text) || lex.determiners.has(tokens[first]!.lower)) return false;
  // "White House press secretary Josh Earnest": lower-case words that lead on to a name are its title.
  for (let k = j + 1; k < tokens.length && k - first < MAX_NP; k++) {
    const next = tokens[k]!;
    if (!next.word || lex.stops.has(next.lower)) break;
    if (isCapitalised(next)) return false;
  }
  return true;
}

/** The name a capitalised run `k`..`end` gives, as a speaker, a noun that opens it left out. */
function nameOfRun(tokens: readonly Token[], k: number, end: number, text: string, lex: Lexicon): Speaker | null {
  if (opensWithNoun(tokens[k - 1]?.lower ?? '', end - k + 1, lex)) k++;
  const name = cleanName(text.slice(tokens[k]!.start, tokens[end]!.end), lex);
  return name ? { text: name.text, kind: 'name', offset: tokens[k]!.start } : null;
}

/** Start of the run of capitalised words ending at `end`, not before `first` nor across a possessive. */
function capitalisedFrom(tokens: readonly Token[], first: number, end: number): number {
  let k = end;
  while (k > first && isCapitalised(tokens[k - 1]!) && !/['’]s$/.test(tokens[k - 1]!.text)) k--;
  return k;
}

/** Whether the token at `i` links a noun phrase to another ("of", "von") rather than joining a name ("von der Leyen"). */
function isLink(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  return lex.links.has(t.lower) && !(NAME_PARTICLES.has(t.lower) && isCapitalised(tokens[i + 1] ?? t));
}

/**
 * "Tomas Berg of the Clean Travel Alliance", "the Rev. Al Sharpton of the National Action
 * Network": a person's name right before the phrase's first link heads it; an institution's
 * ("Bank of America", "University of Texas") does not, nor a run that is no name up to the
 * link ("Representative Peter T. King", where "King" may be a title).
 */
function nameBeforeLink(tokens: readonly Token[], first: number, last: number, text: string, lex: Lexicon): Speaker | null {
  let link = first + 1;
  while (link < last && !isLink(tokens, link, lex)) link++;
  const end = link - 1;
  if (link >= last || !isCapitalised(tokens[end]!)) return null;
  const speaker = nameOfRun(tokens, capitalisedFrom(tokens, first, end), end, text, lex);
  const lastWord = speaker?.text.slice(speaker.text.lastIndexOf(' ') + 1);
  if (!lastWord || !tokens[end]!.text.startsWith(lastWord) || isInstitution(nameKey(lastWord))) return null;
  return speaker;
}

/** Turns a noun phrase into a speaker: its name when a name heads it, else a pronoun or a description. */
export function speakerOf(tokens: readonly Token[], first: number, last: number, text: string, lex: Lexicon): Speaker | null {
  const head = tokens[last]!;
  if (first === last && lex.pronouns.has(head.lower)) return { text: head.text, kind: 'pronoun', offset: head.start };
  if (lex.script === 'caseless') return uncasedSpeaker(tokens, first, last, text, lex);
  const linked = nameBeforeLink(tokens, first, last, text, lex);
  if (linked) return linked;
  // "Schmidts Stellvertreter", "the Ohio Democratic Party Chairman": a role heads the phrase.
  if (first < last && isTitleWord(nameKey(head.text))) return { text: text.slice(tokens[first]!.start, head.end), kind: 'description', offset: tokens[first]!.start };
  if (isCapitalised(head)) {
    const k = capitalisedFrom(tokens, first, last);
    // "Secretary of State John Kerry", "Bank of America": what follows a link is no one's name alone.
    const name = nameOfRun(tokens, k, last, text, lex);
    // "Secretary of State John Kerry", "ministro de Economía Luis Caputo": after a link, a
    // name only where a title or portfolio was left out of it ("Bank of America" is none).
    const afterLink = k > first && lex.links.has(tokens[k - 1]!.lower);
    if (name && (!afterLink || !text.startsWith(name.text, tokens[k]!.start))) return name;
  }
  const description = text.slice(tokens[first]!.start, head.end);
  return { text: description, kind: 'description', offset: tokens[first]!.start };
}

/**
 * The subject that opens a clause in a script without capitals, where the subject comes
 * first (Persian "دریابان علی شمخانی، دبیر …، روز دوشنبه … گفت"): the first noun phrase
 * after any leading conjunction, passing a prepositional phrase set off by a comma ("به
 * گزارش ایرنا،"), up to `upTo`.
 */
export function clauseSubject(tokens: readonly Token[], upTo: number, text: string, lex: Lexicon): Speaker | null {
  let i = 0;
  while (i < upTo) {
    while (i < upTo && lex.conjunctions.has(tokens[i]!.lower)) i++;
    const t = tokens[i];
    if (!t || i >= upTo) return null;
    if (t.word && !lex.stops.has(t.lower)) {
      const last = phraseStartingAt(tokens, i, lex);
      if (last === null || last >= upTo) return null;
      const speaker = speakerOf(tokens, i, last, text, lex);
      // "نماینده دادستان، علی‌اکبر مرادی، … گفت": a role, then the name in apposition.
      if (speaker?.kind === 'description' && isPunct(tokens[last + 1], ',') && last + 2 < upTo) {
        const end = phraseStartingAt(tokens, last + 2, lex);
        const named = end !== null && end < upTo ? speakerOf(tokens, last + 2, end, text, lex) : null;
        if (named?.kind === 'name') return named;
      }
      return speaker;
    }
    // A prepositional phrase opening the sentence: the subject follows its comma.
    let comma = i;
    while (comma < upTo && !isPunct(tokens[comma], ',')) comma++;
    if (comma >= upTo) return null;
    i = comma + 1;
  }
  return null;
}

/**
 * A speaker in a script without capitals (Arabic, Persian): the words after the titles and
 * descriptions that open the phrase ("وزير الخارجية الجزائري أحمد عطاف" → أحمد عطاف), or
 * the whole phrase as a description when nothing else is left.
 */
function uncasedSpeaker(tokens: readonly Token[], first: number, last: number, text: string, lex: Lexicon): Speaker {
  // "عبد الرحمن للصحفيين أمام المحكمة": a preposition written onto a word ends the name.
  for (let j = first + 1; j <= last; j++) {
    if (lex.prepositionPrefix?.test(tokens[j]!.text)) {
      last = j - 1;
      break;
    }
  }
  let k = first;
  while (k <= last && (lex.titles.has(tokens[k]!.lower) || lex.descriptor?.test(tokens[k]!.text))) k++;
  if (k > last) return { text: text.slice(tokens[first]!.start, tokens[last]!.end), kind: 'description', offset: tokens[first]!.start };
  return { text: text.slice(tokens[k]!.start, tokens[last]!.end), kind: 'name', offset: tokens[k]!.start };
}

/**
 * The speaker a noun phrase starting at `from` names, read forwards ("said Faiza Patel,
 * co-director…" → Faiza Patel). A description followed by a name in apposition is that
 * person: "said the city librarian, Marta Ilves." (not "said a spokesperson for the
 * ministry, Tuesday", nor "said the mayor, Boston’s…", where the words after the comma
 * are not a name standing alone).
 */
export function speakerStartingAt(tokens: readonly Token[], from: number, text: string, lex: Lexicon): Speaker | null {
  const last = phraseStartingAt(tokens, from, lex);
  if (last === null) return null;
  const speaker = speakerOf(tokens, from, last, text, lex)!;
  let appositive = last + 2;
  // "disse o relator da proposta, senador Eduardo Vasconcelos": a title before the name in apposition.
  while (appositive < last + 5 && tokens[appositive]?.word && !isCapitalised(tokens[appositive]!) && lex.titles.has(tokens[appositive]!.lower)) appositive++;
  const named = tokens[appositive];
  if (speaker.kind !== 'description' || !isPunct(tokens[last + 1], ',') || !named || !isCapitalised(named)) return speaker;
  const end = phraseStartingAt(tokens, appositive, lex);
  const after = end === null ? undefined : tokens[end + 1];
  if (end === null || (after !== undefined && !isPunct(after, ',.;:)—–-'))) return speaker;
  const name = speakerOf(tokens, appositive, end, text, lex);
  return name?.kind === 'name' ? name : speaker;
}

/**
 * The subject of a verb at `verb`, looking back no further than `lo`: skips adverbials
 * and an appositive set off by commas ("Jane Doe, a spokeswoman, said") and prefers the
 * name inside such an appositive ("His spokeswoman, Hope Hicks, said").
 */
export function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  lo: number,
  text: string,
  lex: Lexicon,
  passed = 0,
): { speaker: Speaker; first: number } | null {
  let j = skipAdverbialsBack(tokens, verb - 1, lo, lex);
  if (j < lo) return null;
  if (isPunct(tokens[j], ',')) {
    let k = j - 1;
    while (k >= lo && j - k <= MAX_SUBJECT_SPAN && !isPunct(tokens[k], ',;:.()')) k--;
    if (k >= lo && isPunct(tokens[k], ',')) {
      // Between commas and not opening with a name, an apposition or an adverbial clause
      // ("an Islamic Revolution Guards Corps' Rear Admiral", "without mentioning the
      // statement", "выступая в Вашингтоне"): the subject stands before it.
      if (!isCapitalised(tokens[k + 1]!) && passed < MAX_PASSED_CLAUSES) return subjectBefore(tokens, k + 1, lo, text, lex, passed + 1);
      const appositive = speakerFromPhrase(tokens, k + 1, j - 1, text, lex);
      const before = phraseEndingAt(tokens, skipParenthesis(tokens, skipAdverbialsBack(tokens, k - 1, lo, lex), lo), lo, lex);
      // "Sanders's campaign manager, Jeff Weaver, said" read from the name on.
      if (before === null) return appositive?.kind === 'name' ? { speaker: appositive, first: k + 1 } : null;
      const subject = speakerOf(tokens, before, k - 1, text, lex)!;
      // "Speaking to Al Jazeera, Ali Shamkhani, …": a preposition's object is not the subject.
      const governed = before > lo && lex.stops.has(tokens[before - 1]!.lower);
      const speaker = (subject.kind !== 'name' || governed) && appositive?.kind === 'name' ? appositive : subject;
      return { speaker, first: before };
    }
    // No appositive: a stray comma ("Gov. John Kasich (R-OH), said").
    j = skipAdverbialsBack(tokens, j - 1, lo, lex);
  }
  // "Patti LaBelle and Stevie Wonder, who joked": the relative pronoun's antecedent.
  if (j > lo && RELATIVES.has(tokens[j]!.lower)) j = isPunct(tokens[j - 1], ',') ? j - 2 : j - 1;
  j = skipParenthesis(tokens, j, lo);
  const first = phraseEndingAt(tokens, j, lo, lex);
  if (first === null) return null;
  return { speaker: speakerOf(tokens, first, j, text, lex)!, first };
}

/** Steps back over a parenthesis ending at `j` ("Rep. Paul Ryan (R-WI) said"). */
function skipParenthesis(tokens: readonly Token[], j: number, lo: number): number {
  if (!isPunct(tokens[j], ')')) return j;
  for (let k = j - 1; k >= lo && j - k <= MAX_NP; k--) if (isPunct(tokens[k], '(')) return k - 1;
  return j;
}

function speakerFromPhrase(tokens: readonly Token[], first: number, last: number, text: string, lex: Lexicon): Speaker | null {
  if (last < first) return null;
  const start = phraseEndingAt(tokens, last, first, lex);
  return start === first ? speakerOf(tokens, first, last, text, lex) : null;
}

// Words a subject may start with besides a name, a pronoun or a determiner.
const SUBJECT_WORDS = new Set('another one some many several both all each most two three four five'.split(' '));

/** Whether a subject may start with this word: "the", "another", "two". */
export const startsSubject = (word: string, lex: Lexicon): boolean => lex.determiners.has(word) || SUBJECT_WORDS.has(word);

// Words after which a new clause, and so a new subject, can start.
const CLAUSE_OPENERS = new Set('and but so then while when as because after before although though since once yet'.split(' '));

/** "Thanking the crowd, he…", "Asked about it, she…": a sentence that opens with a participle. */
function opensWithParticiple(tokens: readonly Token[], j: number): boolean {
  const next = tokens[j + 1];
  return j === 0 && /(?:ing|ed)$/.test(tokens[0]!.lower) && next !== undefined && !isCapitalised(next);
}

/**
 * The subject of a sentence whose cue is a participle, a second verb or a bare colon
 * ("Clinton claimed victory in a tweet, saying:", "The president noted …, and added:",
 * "In a Fox interview, Trump went further:", "Trump on Clinton:"): the first name or
 * pronoun that opens a clause and is followed by a lower-case word (its verb), else the
 * first name or pronoun, else a description opening the sentence.
 */
export function sentenceSubject(tokens: readonly Token[], upTo: number, text: string, lex: Lexicon): Speaker | null {
  let first: Speaker | null = null;
  for (let j = 0; j < upTo; j++) {
    const t = tokens[j]!;
    let speaker: Speaker | null = null;
    let end = j;
    if (lex.pronouns.has(t.lower) && t.lower !== 'it') {
      speaker = { text: t.text, kind: 'pronoun', offset: t.start };
    } else if (t.word && isCapitalised(t) && !lex.stops.has(t.lower) && !opensWithParticiple(tokens, j)) {
      while (end + 1 < upTo && tokens[end + 1]!.word && isCapitalised(tokens[end + 1]!)) end++;
      const name = cleanName(text.slice(t.start, tokens[end]!.end), lex);
      if (name) speaker = { text: name.text, kind: 'name', offset: t.start };
    }
    if (!speaker && j === 0 && startsSubject(t.lower, lex)) {
      end = phraseStartingAt(tokens, 0, lex) ?? 0;
      speaker = speakerOf(tokens, 0, end, text, lex);
    }
    if (!speaker) continue;
    const previous = tokens[j - 1];
    const opensClause = !previous || isPunct(previous, ',;:—–-(') || CLAUSE_OPENERS.has(previous.lower);
    const next = tokens[end + 1];
    if (opensClause && next?.word && !isCapitalised(next) && !lex.stops.has(next.lower)) return speaker;
    first ??= speaker;
    j = end;
  }
  return first;
}
