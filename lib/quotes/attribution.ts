/**
 * Who said a quote and with which cue, read from the words right around it:
 * `“…,” he said` · `“…,” said X, the mayor` · `X said: “…”` · `X told reporters “…”` ·
 * `According to X, “…”` · `« … », a-t-il déclaré` · `„…“, sagte Merkel` · `「…」と述べた` ·
 * `“…” — X`. The speaker comes back as written; names and pronouns are resolved later
 * against the whole article.
 */
import { sentenceEnd, sentenceStart, tokenize, type Token } from './context';
import { cueLength, cueText, inversionAt, isAdverbial, isCapitalised, isPunct, NP_STOPS, skipAdverbialsForward } from './cue-words';
import { cleanName } from './name-words';
import {
  MAX_SUBJECT_SPAN,
  phraseEndingAt,
  phraseStartingAt,
  sentenceSubject,
  type Speaker,
  speakerOf,
  speakerStartingAt,
  subjectBefore,
  SUBJECT_STARTS,
} from './noun-phrases';
import { japaneseCueAfter, type Lexicon } from './speech-cues';

const MAX_CUE_TAIL = 8;
// Prepositions whose object is a place or a medium, not whoever a participle after it speaks for.
const GOVERNING = new Set('to on in at into onto from for by about against over'.split(' '));
// Cues that the speaker follows, as a preposition's object: "according to X", "selon X".
const SPEAKER_FOLLOWS = new Set(['according', 'selon', 'laut', 'según', 'secondo', "d'après", 'd’après']);

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
function cueAfter(site: QuoteSite, lex: Lexicon): Attribution | null {
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
  const verbFirst = cueLength(tokens, i, lex);
  if (verbFirst > 0) {
    const speaker = speakerStartingAt(tokens, skipAdverbialsForward(tokens, i + verbFirst), text, lex);
    return speaker === null ? null : found(speaker, cueText(tokens, i, verbFirst, text));
  }
  const subject = subjectAfterQuote(tokens, i, text, lex);
  if (subject) return found(subject.speaker, subject.cue);
  // Further on, after a comma: "“…” like the recent volatility, said X", "“…,” as his
  // father dreamed, Mr. Turry said".
  for (let v = i + 1; v < tokens.length; v++) {
    if (!isPunct(tokens[v - 1], ',')) continue;
    const length = cueLength(tokens, v, lex);
    if (length > 0) {
      const speaker = speakerStartingAt(tokens, skipAdverbialsForward(tokens, v + length), text, lex);
      if (speaker !== null) return found(speaker, cueText(tokens, v, length, text));
    }
    const later = subjectAfterQuote(tokens, v, text, lex, false);
    if (later) return found(later.speaker, later.cue);
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
  const strong = isCapitalised(first) || lex.pronouns.has(first.lower) || SUBJECT_STARTS.has(first.lower);
  const reach = strong && appositive ? MAX_SUBJECT_SPAN : 0;
  const from = skipAdverbialsForward(tokens, head + 1);
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
    const reported = tail.length > 0 && ['that', 'que', 'dass'].includes(tail[tail.length - 1]!.lower);
    const speaker = speakerOfCue(tokens, v, length, text, lex);
    const quoted = site.text.slice(site.innerStart, site.innerEnd);
    return { speaker, cue, side: 'before', blockIndex, reported, introduces: introduces(tokens[v]!, tail, quoted, lex) };
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
  return listener && !words.some((t) => NP_STOPS.has(t.lower)) && STARTS_NOT_LOWER_CASE.test(quoted);
}

/**
 * Who speaks the cue at `v` that introduces a quote: X in "according to X"; the noun a
 * participle follows ("signs saying", "protesters chanting"); the subject of the verb
 * ("Smith told reporters"); for a participle after a comma or a second verb, the subject of
 * the speech verb before it ("Nefzi said, adding", "he laughed and said") or of the
 * sentence; and for a verb that comes first, what follows it ("Stated Stone:").
 */
function speakerOfCue(tokens: readonly Token[], v: number, length: number, text: string, lex: Lexicon): Speaker | null {
  if (SPEAKER_FOLLOWS.has(tokens[v]!.lower)) return speakerStartingAt(tokens, v + length, text, lex);
  const participle = /ing$/.test(tokens[v]!.lower);
  const previous = tokens[v - 1];
  if (participle && previous?.word && !NP_STOPS.has(previous.lower) && !isAdverbial(previous)) {
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
  const name = dash ? cleanName(text.slice(tokens[first]!.start, tokens[colon - 1]!.end), lex.verbs) : null;
  return name ? { text: name.text, kind: 'name', offset: tokens[first]!.start } : null;
}

// The topic of a Japanese sentence, marked by は or が: 田中首相は「…」と述べた.
const JA_TOPIC = /([^\s、。「」『』]+?)(?:は|が)[^は「」『』。]*$/u;
const JA_TOPIC_REACH = 60;
// Japanese writes a title or an honorific after the name (田中健一市長, 山本直子さん), and
// what describes a person before it, ending in kana (代表を務める山本直子). Names are written
// in kanji or katakana, so the name is the run of those before the title.
const JA_TITLE = /(?:さん|氏|様|君|市長|知事|首相|大統領|社長|会長|所長|代表|議員|教授|監督|委員長|大臣|長官|部長|局長|議長|理事長|院長|校長|町長|村長|区長|弁護士|選手)+$/u;
const JA_NAME = /[\p{Script=Han}\p{Script=Katakana}ー々]+$/u;

/** The speaker a Japanese topic names: the name without its title, else the title ("市長"). */
function japaneseSpeaker(topic: string, offset: number): Speaker {
  const title = JA_TITLE.exec(topic);
  const name = title && title.index > 0 ? JA_NAME.exec(topic.slice(0, title.index)) : null;
  if (name) return { text: name[0], kind: 'name', offset: offset + name.index };
  return { text: topic, kind: title ? 'description' : 'name', offset };
}

function cueJapanese(site: QuoteSite): Attribution | null {
  const cue = japaneseCueAfter(site.text, site.end);
  if (!cue) return null;
  // Back to the sentence's start, but not far: the topic is near, and neither this loop nor
  // the pattern below may scan a whole unpunctuated block for every quote.
  const limit = Math.max(site.floor, site.start - JA_TOPIC_REACH);
  let from = site.start;
  while (from > limit && site.text[from - 1] !== '。') from--;
  const before = site.text.slice(from, site.start);
  const topic = JA_TOPIC.exec(before);
  const speaker = topic ? japaneseSpeaker(topic[1]!, from + topic.index) : null;
  return { speaker, cue, side: 'after', blockIndex: site.blockIndex, reported: false, introduces: false };
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
  return cueJapanese(last) ?? cueAfter(last, lex) ?? cueBefore(first, lex, previousParagraph, before);
}
