/**
 * Who said a quote and with which cue, read from the words right around it:
 * `“…,” he said` · `“…,” said X, the mayor` · `X said: “…”` · `X told reporters “…”` ·
 * `According to X, “…”` · `« … », a-t-il déclaré` · `„…“, sagte Merkel` · `「…」と述べた` ·
 * `“…” — X`. The speaker comes back as written; names and pronouns are resolved later
 * against the whole article.
 */
import { sentenceEnd, sentenceStart, tokenize, type Token } from './context';
import { cleanName } from './names';
import { japaneseCueAfter, type Lexicon } from './speech-cues';

export interface Speaker {
  /** As written: a name ("Mr. Trump"), a pronoun ("she") or a description ("the ministry"). */
  text: string;
  kind: 'name' | 'pronoun' | 'description';
  /** Offset in the block where it is written. */
  offset: number;
}

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

// Tokens that may stand between a speaker and the verb, or after a verb before its
// subject: "Trump on Monday said", "she added later", "said Thursday".
const ADVERBIALS = new Set(
  `also later then again once further still recently previously often repeatedly never simply flatly bluntly
   quickly finally initially earlier subsequently already just reportedly publicly privately today yesterday
   tonight has had have would will was is were did does may might could should can monday tuesday wednesday
   thursday friday saturday sunday morning afternoon evening night aussi encore ensuite auch noch dann`.split(/\s+/),
);
const WEEKDAYS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

// Words that end a noun phrase: a speaker never reaches across them.
const NP_STOPS = new Set(
  `that which who whom whose and but or nor because when while as after before if though although since so then
   where what how why to than not no in on at during about against into over with without by said says
   que qui et mais dans avec sur pour devant après avant chez lors
   dass und aber nach vor bei mit im am auf für über unter zu zum zur aus seit gegen ohne um während wegen
   en con por para sobre tras ante y pero per su tra fra dopo prima e ma`.split(/\s+/),
);
const DETERMINERS = new Set(
  `the a an his her its their our my your this these those le la les un une der die das dem den des ein eine einem
   einen einer el los las il lo gli`.split(/\s+/),
);
const RELATIVES = new Set(['who', 'which', 'that']);
const NP_LINKS = new Set(['of', 'for', 'at', 'from', 'de', 'du', 'des', 'von']);
const MAX_NP = 8;
const MAX_CUE_TAIL = 8;

const isCapitalised = (t: Token): boolean => /^\p{Lu}/u.test(t.text);
const isPunct = (t: Token | undefined, chars: string): boolean => t !== undefined && !t.word && chars.includes(t.text);

/** Length in tokens of the speech cue starting at `i`, or 0. */
function cueLength(tokens: readonly Token[], i: number, lex: Lexicon): number {
  for (const parts of lex.phrases.get(tokens[i]?.lower ?? '') ?? []) {
    if (parts.every((p, k) => tokens[i + k]?.lower === p)) return parts.length;
  }
  const t = tokens[i];
  if (!t?.word || !lex.verbs.has(t.lower)) return 0;
  // A capitalised verb only opens a sentence ("Said Smith:"); in capitals it is a headline.
  return (isCapitalised(t) && i > 0) || /^\p{Lu}{2,}$/u.test(t.text) ? 0 : 1;
}

// Speech verbs that are also nouns: before another word they belong to the noun phrase
// ("state officials", "a press secretary", "the report's author").
const ALSO_NOUNS = new Set(
  'state post press report comment remark note claim charge answer promise demand offer reason tweet echo cry joke question'.split(' '),
);

/** Whether the token at `i` is a speech cue that ends a noun phrase rather than belonging to it. */
function endsPhrase(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  if (cueLength(tokens, i, lex) === 0) return false;
  const next = tokens[i + 1];
  return !(ALSO_NOUNS.has(tokens[i]!.lower) && next?.word && !NP_STOPS.has(next.lower));
}

// French inverts verb and pronoun after a quote: "affirme-t-elle", "a-t-il déclaré".
const INVERSION = /^(\p{L}+)-(?:t-)?(il|elle|ils|elles|on)$/u;

/** A French inverted cue at `i`: its length in tokens and the pronoun it carries. */
function inversionAt(tokens: readonly Token[], i: number, lex: Lexicon): { length: number; pronoun: Token } | null {
  const m = INVERSION.exec(tokens[i]?.text ?? '');
  if (!m) return null;
  const verb = m[1]!.toLowerCase();
  const pronoun = { ...tokens[i]!, text: m[2]!, lower: m[2]!.toLowerCase(), start: tokens[i]!.end - m[2]!.length };
  if (lex.verbs.has(verb)) return { length: 1, pronoun };
  // An auxiliary (a-t-il, ont-ils, avait-elle) followed by the participle.
  if (/^(?:a|ont|avait|avaient)$/.test(verb) && lex.verbs.has(tokens[i + 1]?.lower ?? '')) return { length: 2, pronoun };
  return null;
}

function cueText(tokens: readonly Token[], i: number, length: number, text: string): string {
  return text.slice(tokens[i]!.start, tokens[i + length - 1]!.end);
}

/**
 * The noun phrase that ends at `last` and starts no earlier than `lo`, read backwards:
 * "Jane Doe", "the ministry", "a spokesman for the ministry". Stops at punctuation,
 * conjunctions and after its determiner.
 */
function phraseEndingAt(tokens: readonly Token[], last: number, lo: number, lex: Lexicon): number | null {
  let first = last + 1;
  for (let j = last; j >= lo && last - j < MAX_NP; j--) {
    const t = tokens[j]!;
    if (!t.word || NP_STOPS.has(t.lower) || endsPhrase(tokens, j, lex)) break;
    // A pronoun is a whole subject: "At the bottom it reads" → "it".
    if (lex.pronouns.has(t.lower)) return j === last ? j : first;
    first = j;
    if (DETERMINERS.has(t.lower)) {
      const link = tokens[j - 1];
      if (!link || !NP_LINKS.has(link.lower) || j - 2 < lo || !tokens[j - 2]!.word) break;
    }
    if (NP_LINKS.has(t.lower) && j === last) return null;
  }
  return first <= last ? first : null;
}

/** The noun phrase starting at `first`, read forwards: "said Faiza Patel, co-director…" → "Faiza Patel". */
function phraseStartingAt(tokens: readonly Token[], first: number, lex: Lexicon): number | null {
  let last = first - 1;
  for (let j = first; j < tokens.length && j - first < MAX_NP; j++) {
    const t = tokens[j]!;
    if (!t.word || NP_STOPS.has(t.lower) || endsPhrase(tokens, j, lex)) break;
    if (j > first && (isAdverbial(t) || (DETERMINERS.has(t.lower) && !NP_LINKS.has(tokens[j - 1]!.lower)))) break;
    if (NP_LINKS.has(t.lower) && !tokens[j + 1]?.word) break;
    last = j;
  }
  while (last >= first && NP_LINKS.has(tokens[last]!.lower)) last--;
  return last >= first ? last : null;
}

// Words in -ly that are adjectives or nouns, not adverbs: "an early tweet", "a family friend".
const NOT_ADVERBS = new Set('early elderly friendly only family daily weekly monthly yearly likely holy ugly lovely lonely costly deadly ally rally italy july'.split(' '));

function isAdverbial(t: Token): boolean {
  if (!t.word) return false;
  return ADVERBIALS.has(t.lower) || (/ly$/.test(t.lower) && !isCapitalised(t) && !NOT_ADVERBS.has(t.lower));
}

/** Skips tokens like "on Monday", "later", "has" going backwards from `j`; returns the new index. */
function skipAdverbialsBack(tokens: readonly Token[], j: number, lo: number): number {
  while (j >= lo) {
    const t = tokens[j]!;
    if (isAdverbial(t)) j--;
    else if (t.lower === 'on' && WEEKDAYS.test(tokens[j + 1]?.lower ?? '')) j--;
    else break;
  }
  return j;
}

function skipAdverbialsForward(tokens: readonly Token[], j: number): number {
  while (j < tokens.length) {
    const t = tokens[j]!;
    if (t.word && ADVERBIALS.has(t.lower) && !/^(?:has|had|have|was|is|were|did|does)$/.test(t.lower)) j++;
    else if (t.lower === 'on' && WEEKDAYS.test(tokens[j + 1]?.lower ?? '')) j++;
    else break;
  }
  return j;
}

/** Turns a noun phrase into a speaker: its name when a name heads it, else a pronoun or a description. */
function speakerOf(tokens: readonly Token[], first: number, last: number, text: string, lex: Lexicon): Speaker | null {
  const head = tokens[last]!;
  if (first === last && lex.pronouns.has(head.lower)) return { text: head.text, kind: 'pronoun', offset: head.start };
  let k = last;
  if (isCapitalised(head)) {
    while (k > first && isCapitalised(tokens[k - 1]!) && !/['’]s$/.test(tokens[k - 1]!.text)) k--;
    const linked = k > first && NP_LINKS.has(tokens[k - 1]!.lower);
    const name = linked ? null : cleanName(text.slice(tokens[k]!.start, head.end), lex.verbs);
    if (name) return { text: name.text, kind: 'name', offset: tokens[k]!.start };
  }
  const description = text.slice(tokens[first]!.start, head.end);
  return { text: description, kind: 'description', offset: tokens[first]!.start };
}

/**
 * The subject of a verb at `verb`, looking back no further than `lo`: skips adverbials
 * and an appositive set off by commas ("Jane Doe, a spokeswoman, said") and prefers the
 * name inside such an appositive ("His spokeswoman, Hope Hicks, said").
 */
function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  lo: number,
  text: string,
  lex: Lexicon,
): { speaker: Speaker; first: number } | null {
  let j = skipAdverbialsBack(tokens, verb - 1, lo);
  if (j < lo) return null;
  if (isPunct(tokens[j], ',')) {
    let k = j - 1;
    while (k >= lo && j - k <= MAX_SUBJECT_SPAN && !isPunct(tokens[k], ',;:.()')) k--;
    if (k >= lo && isPunct(tokens[k], ',')) {
      const appositive = speakerFromPhrase(tokens, k + 1, j - 1, text, lex);
      const before = phraseEndingAt(tokens, skipParenthesis(tokens, k - 1, lo), lo, lex);
      if (before === null) return null;
      const subject = speakerOf(tokens, before, k - 1, text, lex)!;
      const speaker = subject.kind !== 'name' && appositive?.kind === 'name' ? appositive : subject;
      return { speaker, first: before };
    }
    // No appositive: a stray comma ("Gov. John Kasich (R-OH), said").
    j--;
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

// Words a subject may start with besides a name or a pronoun.
const SUBJECT_STARTS = new Set(
  [...DETERMINERS, ...'another one some many several both all each most two three four five'.split(' ')],
);
// Cues that the speaker follows, as a preposition's object: "according to X", "selon X".
const SPEAKER_FOLLOWS = new Set(['according', 'selon', 'laut', 'según', 'secondo', "d'après", 'd’après']);

// Words after which a new clause, and so a new subject, can start.
const CLAUSE_OPENERS = new Set('and but so then while when as because after before although though since once yet'.split(' '));

/**
 * The subject of a sentence whose cue is a participle, a second verb or a bare colon
 * ("Clinton claimed victory in a tweet, saying:", "The president noted …, and added:",
 * "In a Fox interview, Trump went further:", "Trump on Clinton:"): the first name or
 * pronoun that opens a clause and is followed by a lower-case word (its verb), else the
 * first name or pronoun, else a description opening the sentence.
 */
function sentenceSubject(tokens: readonly Token[], upTo: number, text: string, lex: Lexicon): Speaker | null {
  let first: Speaker | null = null;
  for (let j = 0; j < upTo; j++) {
    const t = tokens[j]!;
    let speaker: Speaker | null = null;
    let end = j;
    if (lex.pronouns.has(t.lower) && t.lower !== 'it') {
      speaker = { text: t.text, kind: 'pronoun', offset: t.start };
    } else if (t.word && isCapitalised(t) && !NP_STOPS.has(t.lower)) {
      while (end + 1 < upTo && tokens[end + 1]!.word && isCapitalised(tokens[end + 1]!)) end++;
      const name = cleanName(text.slice(t.start, tokens[end]!.end), lex.verbs);
      if (name) speaker = { text: name.text, kind: 'name', offset: t.start };
    } else if (j === 0 && SUBJECT_STARTS.has(t.lower)) {
      end = phraseStartingAt(tokens, 0, lex) ?? 0;
      speaker = speakerOf(tokens, 0, end, text, lex);
    }
    if (!speaker) continue;
    const previous = tokens[j - 1];
    const opensClause = !previous || isPunct(previous, ',;:—–-(') || CLAUSE_OPENERS.has(previous.lower);
    const next = tokens[end + 1];
    if (opensClause && next?.word && !isCapitalised(next) && !NP_STOPS.has(next.lower)) return speaker;
    first ??= speaker;
    j = end;
  }
  return first;
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
    const from = skipAdverbialsForward(tokens, i + verbFirst);
    const last = phraseStartingAt(tokens, from, lex);
    return last === null ? null : found(speakerOf(tokens, from, last, text, lex), cueText(tokens, i, verbFirst, text));
  }
  const subject = subjectAfterQuote(tokens, i, text, lex);
  if (subject) return found(subject.speaker, subject.cue);
  // Further on, after a comma: "“…” like the recent volatility, said X", "“…,” as his
  // father dreamed, Mr. Turry said".
  for (let v = i + 1; v < tokens.length; v++) {
    if (!isPunct(tokens[v - 1], ',')) continue;
    const length = cueLength(tokens, v, lex);
    if (length > 0) {
      const from = skipAdverbialsForward(tokens, v + length);
      const last = phraseStartingAt(tokens, from, lex);
      if (last !== null) return found(speakerOf(tokens, from, last, text, lex), cueText(tokens, v, length, text));
    }
    const later = subjectAfterQuote(tokens, v, text, lex, false);
    if (later) return found(later.speaker, later.cue);
  }
  return null;
}

// How far after its subject's first word a verb may come: room for an appositive
// ("Mr. Daniloff, now 81 and retired in Cambridge, Mass., said").
const MAX_SUBJECT_SPAN = 30;

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
function cueBefore(site: QuoteSite, lex: Lexicon, previousParagraph: string | null): Attribution | null {
  let { text, blockIndex } = site;
  let from = sentenceStart(text, site.start, site.floor);
  let to = site.start;
  if (text.slice(from, to).trim() === '' && site.floor === 0 && previousParagraph?.trimEnd().endsWith(':')) {
    text = previousParagraph.trimEnd();
    blockIndex--;
    to = text.length;
    from = sentenceStart(text, to - 1, 0);
  }
  const tokens = tokenize(text, from, to);
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
  return listener && !words.some((t) => NP_STOPS.has(t.lower)) && /^\P{Ll}/u.test(quoted);
}

/**
 * Who speaks the cue at `v` that introduces a quote: X in "according to X"; the noun a
 * participle follows ("signs saying", "protesters chanting"); the subject of the verb
 * ("Smith told reporters"); for a participle after a comma or a second verb, the subject of
 * the speech verb before it ("Nefzi said, adding", "he laughed and said") or of the
 * sentence; and for a verb that comes first, what follows it ("Stated Stone:").
 */
function speakerOfCue(tokens: readonly Token[], v: number, length: number, text: string, lex: Lexicon): Speaker | null {
  if (SPEAKER_FOLLOWS.has(tokens[v]!.lower)) {
    const last = phraseStartingAt(tokens, v + length, lex);
    return last === null ? null : speakerOf(tokens, v + length, last, text, lex);
  }
  const participle = /ing$/.test(tokens[v]!.lower);
  const previous = tokens[v - 1];
  if (participle && previous?.word && !NP_STOPS.has(previous.lower) && !isAdverbial(previous)) {
    const first = phraseEndingAt(tokens, v - 1, 0, lex);
    if (first !== null) return speakerOf(tokens, first, v - 1, text, lex);
  }
  const subject = participle ? null : subjectBefore(tokens, v, 0, text, lex)?.speaker;
  if (subject) return subject;
  for (let u = v - 1; u >= 0; u--) {
    if (cueLength(tokens, u, lex) === 0 || /ing$/.test(tokens[u]!.lower)) continue;
    const earlier = subjectBefore(tokens, u, 0, text, lex)?.speaker;
    if (earlier) return earlier;
    break;
  }
  const sentence = sentenceSubject(tokens, v, text, lex);
  if (sentence) return sentence;
  const last = phraseStartingAt(tokens, v + length, lex);
  return last === null ? null : speakerOf(tokens, v + length, last, text, lex);
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

function cueJapanese(site: QuoteSite): Attribution | null {
  const cue = japaneseCueAfter(site.text, site.end);
  if (!cue) return null;
  const from = Math.max(site.floor, site.text.lastIndexOf('。', site.start) + 1);
  const before = site.text.slice(from, site.start);
  const topic = JA_TOPIC.exec(before);
  const speaker: Speaker | null = topic
    ? { text: topic[1]!, kind: 'name', offset: from + topic.index }
    : null;
  return { speaker, cue, side: 'after', blockIndex: site.blockIndex, reported: false, introduces: false };
}

/** The attribution of a quote, from its own sentence: after the quote first, then before it. */
export function attribute(
  first: QuoteSite,
  last: QuoteSite,
  lex: Lexicon,
  previousParagraph: string | null,
): Attribution | null {
  return cueJapanese(last) ?? cueAfter(last, lex) ?? cueBefore(first, lex, previousParagraph);
}
