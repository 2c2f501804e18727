/**
 * Who said a quote and with which cue, read from the words right around it:
 * `“…,” he said` · `“…,” said X, the mayor` · `X said: “…”` · `X told reporters “…”` ·
 * `According to X, “…”` · `« … », a-t-il déclaré` · `„…“, sagte Merkel` · `「…」と述べた` ·
 * `“…” — X`. The speaker comes back as written; names and pronouns are resolved later
 * against the whole article.
 */
import { sentenceEnd, sentenceStart, tokenize, type Token } from './context';
import { bareWord, cueLength, cueText, inversionAt, isAdverbial, isCapitalised, isPunct, skipAdverbialsForward } from './cue-words';
import { cleanName } from './name-words';
import {
  MAX_SUBJECT_SPAN,
  phraseEndingAt,
  phraseStartingAt,
  sentenceSubject,
  type Speaker,
  speakerOf,
  speakerStartingAt,
  clauseSubject,
  startsSubject,
  subjectBefore,
} from './noun-phrases';
import type { Lexicon } from './speech-cues';
import { attributeUnspaced } from './unspaced-attribution';

const MAX_CUE_TAIL = 8;
// Prepositions whose object is a place or a medium, not whoever a participle after it speaks for.
const GOVERNING = new Set('to on in at into onto from for by about against over'.split(' '));

export interface Attribution {
  speaker: Speaker | null;
  /** The speech verb or phrase as written ("said", "according to", "told"), or ":" / "—". */
  cue: string;
  /** Which side of the quote the cue is on. */
  side: 'before' | 'after';
  /** The block the cue and speaker are written in (`Speaker.offset` indexes its text). */
  blockIndex: number;
  /**
   * The cue introduces the quote with "that" (`said that “…”`): reported speech that
   * borrows the speaker's words rather than a quotation standing on its own.
   */
  reported: boolean;
  /**
   * The cue leads straight into the quote: with nothing, punctuation, a time or a listener
   * between them (`said “…”`, `said: “…”`, `told reporters “…”`, `said Monday “…”`).
   */
  introduces: boolean;
}

/** A quotation's place in its block, with the neighbouring quotes as limits. */
export interface QuoteSite {
  blockIndex: number;
  text: string;
  start: number;
  end: number;
  innerStart: number;
  innerEnd: number;
  /** End of the previous quote in the block (0 if none): context never reaches into it. */
  floor: number;
  /** Start of the next quote in the block (the text's length if none). */
  ceiling: number;
}

/**
 * A cue after the quote, in the same sentence: `“…,” said X`, `“…,” he said`,
 * `“…,” X, the mayor, said`, `“…,” police said`, `“…”, a-t-il déclaré`, `“…” — X`, and
 * `“…” as he put it, said X` further on.
 */
function cueAfter(site: QuoteSite, lex: Lexicon, before: SentenceBefore): Attribution | null {
  const { text } = site;
  const innerLast = text.slice(site.innerStart, site.innerEnd).trimEnd().slice(-1);
  const tokens = tokenize(text, site.end, sentenceEnd(text, site.end, site.ceiling));
  const found = (speaker: Speaker | null, cue: string): Attribution => ({
    speaker,
    cue,
    side: 'after',
    blockIndex: site.blockIndex,
    reported: false,
    introduces: false,
  });
  let i = 0;
  let dash = false;
  while (isPunct(tokens[i], ',;—–―-')) {
    dash ||= tokens[i]!.text !== ',' && tokens[i]!.text !== ';';
    i++;
  }
  const first = tokens[i];
  if (!first?.word) return null;
  if (dash && isCapitalised(first)) {
    const last = phraseStartingAt(tokens, i, lex);
    const speaker = last === null ? null : speakerOf(tokens, i, last, text, lex);
    if (speaker?.kind === 'name') return found(speaker, '—');
  }
  // A quote that ends its own sentence is followed by a new one ("….” He said the…),
  // unless that is only its attribution, the comma typed as a full stop ("….” Trump said.).
  if (i === 0 && innerLast === '.' && isCapitalised(first)) {
    const words = tokens.filter((t) => t.word);
    const last = words[words.length - 1];
    if (words.length > 4 || !last || cueLength(tokens, tokens.indexOf(last), lex) === 0) return null;
  }

  const inversion = inversionAt(tokens, i, lex);
  if (inversion) {
    const { pronoun, length } = inversion;
    return found({ text: pronoun.text, kind: 'pronoun', offset: pronoun.start }, cueText(tokens, i, length, text));
  }
  // An auxiliary or an adverb before the verb: « … », a déclaré X · «…», ha detto X.
  const verbAt = skipAdverbialsForward(tokens, i, lex);
  if (verbAt > i && cueLength(tokens, verbAt, lex) > 0) i = verbAt;
  const verbFirst = cueLength(tokens, i, lex);
  if (verbFirst > 0) {
    const cue = cueText(tokens, i, verbFirst, text);
    const next = skipAdverbialsForward(tokens, i + verbFirst, lex);
    // A language whose verb comes last has the quote as the verb's object, and its subject before it.
    if (lex.verbFinal && !lex.speakerFollows.has(tokens[i]!.lower)) return { ...found(subjectOpening(before, lex), cue), introduces: true };
    const speaker = speakerStartingAt(tokens, next, text, lex) ?? subjectLaterInClause(tokens, next, text, lex);
    if (speaker !== null) return found(speaker, cue);
    // A verb that ends the sentence has its subject before the quote: X, “…” dedi.
    const ends = tokens.slice(next).every((t) => !t.word);
    return ends ? found(subjectOpening(before, lex), cue) : null;
  }
  const subject = subjectAfterQuote(tokens, i, text, lex);
  if (subject) return found(subject.speaker, subject.cue);
  // Further on, after a comma: "“…” like the recent volatility, said X", "“…,” as his
  // father dreamed, Mr. Turry said".
  for (let v = i + 1; v < tokens.length; v++) {
    if (!isPunct(tokens[v - 1], ',')) continue;
    const length = cueLength(tokens, v, lex);
    if (length > 0) {
      const speaker = speakerStartingAt(tokens, skipAdverbialsForward(tokens, v + length, lex), text, lex);
      if (speaker !== null) return found(speaker, cueText(tokens, v, length, text));
    }
    const later = subjectAfterQuote(tokens, v, text, lex, false);
    if (later) return found(later.speaker, later.cue);
  }
  return null;
}

// How far past an adverbial a subject inverted after its verb may stand.
const MAX_INVERTED_REACH = 10;

/**
 * The subject of a verb that follows the quote when an adverbial stands between them
 * ("– powiedział po głosowaniu minister finansów Tomasz Wierzbicki"): the first name in the
 * clause that is not a preposition's object.
 */
function subjectLaterInClause(tokens: readonly Token[], from: number, text: string, lex: Lexicon): Speaker | null {
  if (!lex.stops.has(tokens[from]?.lower ?? '')) return null;
  for (let j = from + 1; j < tokens.length && j - from <= MAX_INVERTED_REACH; j++) {
    const t = tokens[j]!;
    if (!t.word) return null;
    if (!isCapitalised(t) || lex.stops.has(tokens[j - 1]!.lower)) continue;
    // A role before the name belongs to the subject: "minister finansów Tomasz Wierzbicki".
    let k = j;
    while (k > from + 1 && tokens[k - 1]!.word && !lex.stops.has(tokens[k - 2]!.lower) && !lex.stops.has(tokens[k - 1]!.lower) && lex.titles.has(tokens[k - 1]!.lower)) k--;
    const speaker = speakerStartingAt(tokens, j, text, lex);
    return speaker?.kind === 'name' ? speaker : null;
  }
  return null;
}

/** The words of a quote's sentence before its opening mark, and the text they index. */
export interface SentenceBefore {
  tokens: readonly Token[];
  text: string;
}

/**
 * The subject that opens a sentence whose verb comes after the quote ("Cumhurbaşkanı Recep
 * Tayyip Erdoğan, “…” dedi"): its first name or pronoun, or in a script without capitals its
 * first noun phrase.
 */
function subjectOpening(before: SentenceBefore, lex: Lexicon): Speaker | null {
  const { tokens, text } = before;
  if (tokens.length === 0) return null;
  if (lex.verbFinal) return nearestSubject(tokens, tokens.length, text, lex);
  if (lex.script === 'caseless') return clauseSubject(tokens, tokens.length, text, lex);
  return sentenceSubject(tokens, tokens.length, text, lex);
}

// A case ending written after an apostrophe (Turkish Çelik'e, Erdoğan'ın): the name is not the subject.
const CASE_SUFFIXED = /\p{L}['’]\p{Ll}+$/u;

/**
 * In a language whose verb comes last, the subject of a cue: the name nearest before
 * `upTo` that carries no case ending ("Törende konuşan Erdoğan, “…” dedi"; not "Emre
 * Çelik'e göre"), or a pronoun.
 */
function nearestSubject(tokens: readonly Token[], upTo: number, text: string, lex: Lexicon): Speaker | null {
  for (let j = upTo - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (lex.pronouns.has(t.lower)) return { text: t.text, kind: 'pronoun', offset: t.start };
    if (!t.word || !isCapitalised(t) || CASE_SUFFIXED.test(t.text)) continue;
    let k = j;
    while (k > 0 && tokens[k - 1]!.word && isCapitalised(tokens[k - 1]!) && !CASE_SUFFIXED.test(tokens[k - 1]!.text)) k--;
    const name = cleanName(text.slice(tokens[k]!.start, t.end), lex);
    if (name) return { text: name.text, kind: 'name', offset: tokens[k]!.start + text.slice(tokens[k]!.start, t.end).indexOf(name.text) };
  }
  return null;
}

/**
 * `X said` right after a quote. A subject that starts like one (a name, a pronoun, "the",
 * "another") may carry an appositive or a parenthesis before its verb, unless `appositive`
 * is false; a bare noun ("police said") must be followed by the verb at once.
 */
function subjectAfterQuote(
  tokens: readonly Token[],
  i: number,
  text: string,
  lex: Lexicon,
  appositive = true,
): { speaker: Speaker; cue: string } | null {
  const head = phraseStartingAt(tokens, i, lex);
  if (head === null) return null;
  const first = tokens[i]!;
  const strong = isCapitalised(first) || lex.script === 'caseless' || lex.pronouns.has(first.lower) || startsSubject(first.lower, lex);
  const reach = strong && appositive ? MAX_SUBJECT_SPAN : 0;
  const from = skipAdverbialsForward(tokens, head + 1, lex);
  for (let v = from; v < tokens.length && v - from <= reach; v++) {
    const t = tokens[v]!;
    if (!t.word && !isPunct(t, ',.()-–')) return null;
    const length = cueLength(tokens, v, lex);
    if (length === 0) continue;
    const subject = speakerOf(tokens, i, head, text, lex)!;
    // "another friend, Mariam Emara told CNN": the name in the appositive says more.
    const appositive = subject.kind === 'description' ? subjectBefore(tokens, v, head + 1, text, lex) : null;
    const speaker = appositive?.speaker.kind === 'name' ? appositive.speaker : subject;
    return { speaker, cue: cueText(tokens, v, length, text) };
  }
  return null;
}

/**
 * A cue before the quote, in the same sentence: `X said: “…”`, `X told reporters “…”`,
 * `He added, “…”`, `According to X, “…”`, `As X put it, “…”`, `…, saying: “…”`, or a bare
 * colon (`Trump on Clinton: “…”`). When the quote opens its paragraph, the sentence is the
 * end of the previous paragraph if that ends with a colon.
 */
function cueBefore(
  site: QuoteSite,
  lex: Lexicon,
  previousParagraph: string | null,
  before: readonly Token[],
): Attribution | null {
  let { text, blockIndex } = site;
  let tokens = before;
  if (tokens.length === 0 && site.floor === 0 && previousParagraph?.trimEnd().endsWith(':')) {
    text = previousParagraph.trimEnd();
    blockIndex--;
    tokens = tokenize(text, sentenceStart(text, text.length - 1, 0), text.length);
  }
  if (tokens.length === 0) return null;
  const byline = dashedName(tokens, text, lex);
  if (byline) return { speaker: byline, cue: ':', side: 'before', blockIndex, reported: false, introduces: true };
  for (let v = tokens.length - 1; v >= 0 && tokens.length - v <= MAX_CUE_TAIL + 3; v--) {
    const length = cueLength(tokens, v, lex);
    if (length === 0) continue;
    const tail = tokens.slice(v + length);
    if (tail.some((t) => isPunct(t, '.;?!()'))) return null;
    const cue = cueText(tokens, v, length, text);
    const reported = tail.length > 0 && lex.complementizers.has(tail[tail.length - 1]!.lower);
    const speaker = speakerOfCue(tokens, v, length, text, lex);
    const quoted = site.text.slice(site.innerStart, site.innerEnd);
    // A subject between its verb and the quote, with at most a particle after it (قال X إن «…»).
    const subjectBetween = lex.subjectFollowsVerb && speaker !== null && speaker.offset > tokens[v]!.start && tail.length <= MAX_CUE_TAIL;
    const leads = subjectBetween || introduces(tokens[v]!, tail, quoted, lex);
    return { speaker, cue, side: 'before', blockIndex, reported, introduces: leads };
  }
  // وقال كريم منصور، الذي يعمل في المكتبة منذ عشرين عامًا: «…»: the verb opens the sentence, its subject after it.
  const opening = lex.subjectFollowsVerb ? cueLength(tokens, 0, lex) : 0;
  if (opening > 0 && isPunct(tokens[tokens.length - 1], ':,') && !tokens.slice(opening).some((t) => isPunct(t, '.;?!'))) {
    const speaker = speakerOfCue(tokens, 0, opening, text, lex);
    return { speaker, cue: cueText(tokens, 0, opening, text), side: 'before', blockIndex, reported: false, introduces: true };
  }
  if (isPunct(tokens[tokens.length - 1], ':')) {
    const speaker = sentenceSubject(tokens, tokens.length - 1, text, lex);
    return { speaker, cue: ':', side: 'before', blockIndex, reported: false, introduces: true };
  }
  return null;
}

// A listener after a verb like "told" is short: "reporters", "CNN", "the crowd".
const MAX_LISTENER_WORDS = 3;

// A module constant: esbuild turns a property-escape literal into a `new RegExp(…)` run per call.
const STARTS_NOT_LOWER_CASE = /^\P{Ll}/u;

const TIMES = /^(?:today|yesterday|tonight|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on)$/;

/**
 * Whether the words between a cue and its quote let the cue introduce it (see
 * `Attribution.introduces`): none, a time, or a listener before a quotation that starts
 * like a sentence. ("told them Clinton “has a number…”" runs the reporter's sentence on.)
 */
function introduces(cue: Token, tail: readonly Token[], quoted: string, lex: Lexicon): boolean {
  const words = tail.filter((t) => t.word);
  if (words.every((t) => TIMES.test(t.lower))) return true;
  const listener = lex.takesObject.has(cue.lower) && words.length <= MAX_LISTENER_WORDS;
  return listener && !words.some((t) => lex.stops.has(t.lower)) && STARTS_NOT_LOWER_CASE.test(quoted);
}

/**
 * Who speaks the cue at `v` that introduces a quote: X in "according to X"; the noun a
 * participle follows ("signs saying", "protesters chanting"); the subject of the verb
 * ("Smith told reporters"); for a participle after a comma or a second verb, the subject of
 * the speech verb before it ("Nefzi said, adding", "he laughed and said") or of the
 * sentence; and for a verb that comes first, what follows it ("Stated Stone:").
 */
function speakerOfCue(tokens: readonly Token[], v: number, length: number, text: string, lex: Lexicon): Speaker | null {
  if (lex.speakerFollows.has(bareWord(tokens[v], lex))) return speakerStartingAt(tokens, v + length, text, lex);
  if (lex.verbFinal) return nearestSubject(tokens, v, text, lex) ?? subjectBefore(tokens, v, 0, text, lex)?.speaker ?? null;
  // وقال وزير الخارجية أحمد عطاف إن «…»: the subject follows its verb.
  if (lex.subjectFollowsVerb) {
    const after = speakerStartingAt(tokens, skipAdverbialsForward(tokens, v + length, lex), text, lex);
    if (after) return after;
  }
  // Without capitals, a verb-final sentence's subject is the noun phrase that opens it: X در این باره افزود.
  if (lex.script === 'caseless' && v > 0) {
    const subject = clauseSubject(tokens, v, text, lex);
    if (subject) return subject;
  }
  const participle = /ing$/.test(tokens[v]!.lower);
  const previous = tokens[v - 1];
  if (participle && previous?.word && !lex.stops.has(previous.lower) && !isAdverbial(previous, lex)) {
    const first = phraseEndingAt(tokens, v - 1, 0, lex);
    // Not a preposition's object: "wrote in a statement to Wired explaining", "on Facebook
    // writing" (but "footage of Trump saying", "with protesters chanting").
    const governed = first !== null && first > 0 && GOVERNING.has(tokens[first - 1]!.lower);
    if (first !== null && !governed) return speakerOf(tokens, first, v - 1, text, lex);
  }
  const subject = participle ? null : subjectBefore(tokens, v, 0, text, lex)?.speaker;
  if (subject) return subject;
  for (let u = v - 1; u >= 0; u--) {
    if (cueLength(tokens, u, lex) === 0 || /ing$/.test(tokens[u]!.lower)) continue;
    const earlier = subjectBefore(tokens, u, 0, text, lex)?.speaker;
    if (earlier) return earlier;
    break;
  }
  return sentenceSubject(tokens, v, text, lex) ?? speakerStartingAt(tokens, v + length, text, lex);
}

/** A name between a dash and the colon that introduces a quote: "Iowa polls not wrong - Jeffrey M. Jones:". */
function dashedName(tokens: readonly Token[], text: string, lex: Lexicon): Speaker | null {
  const colon = tokens.length - 1;
  if (!isPunct(tokens[colon], ':')) return null;
  let first = colon;
  while (first > 0 && tokens[first - 1]!.word && isCapitalised(tokens[first - 1]!)) first--;
  if (first === colon) return null;
  const dash = tokens.slice(Math.max(0, first - 3), first).some((t) => isPunct(t, '-–—―'));
  const name = dash ? cleanName(text.slice(tokens[first]!.start, tokens[colon - 1]!.end), lex) : null;
  return name ? { text: name.text, kind: 'name', offset: tokens[first]!.start } : null;
}

/**
 * The attribution of a quote, from its own sentence: after the quote first, then before it.
 * `before` holds the tokens of its sentence before the opening mark.
 */
export function attribute(
  first: QuoteSite,
  last: QuoteSite,
  lex: Lexicon,
  previousParagraph: string | null,
  before: readonly Token[],
): Attribution | null {
  const unspaced = lex.script === 'unspaced' ? attributeUnspaced(first, last, lex) : null;
  const opening = { tokens: first === last ? before : [], text: first.text };
  return unspaced ?? cueAfter(last, lex, opening) ?? cueBefore(first, lex, previousParagraph, before);
}
