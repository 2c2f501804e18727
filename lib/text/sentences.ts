/**
 * Sentence splitting shared by the summary, quotes and read-aloud. `Intl.Segmenter` knows
 * each language's punctuation (full stops, `。`, `؟`, `।`…) but follows Unicode's default
 * rules, which end a sentence at every full stop followed by a space and a capital letter.
 * That cuts news text after "Mr.", "Gov.", "U.S." or the initials in "J. R. Smith", and
 * after a quoted question before "he asked". A small fix-up re-joins those breaks.
 */

export interface SentenceSpan {
  /** Offset of the sentence's first non-space character in the text. */
  start: number;
  /** Offset just past its last non-space character. */
  end: number;
  text: string;
}

/**
 * Words that are abbreviations whenever they end in a full stop, in practice never the
 * last word of a sentence: titles, ranks, street and month abbreviations. Case-sensitive,
 * so the ordinary words "no", "sept" or "co" are not mistaken for them.
 */
const ABBREVIATIONS = new Set([
  'Mr', 'Mrs', 'Ms', 'Mx', 'Messrs', 'Dr', 'Prof', 'Rev', 'Hon', 'Fr', 'Sr', 'Jr', 'Sra', 'Srta',
  'Gov', 'Sen', 'Rep', 'Reps', 'Pres', 'Sec', 'Amb', 'Atty', 'Supt', 'Insp', 'Det', 'Const',
  'Gen', 'Col', 'Lt', 'Maj', 'Capt', 'Cpt', 'Cmdr', 'Adm', 'Sgt', 'Cpl', 'Pvt', 'Brig', 'Cdr',
  'St', 'Ste', 'Mt', 'Ft', 'Ave', 'Blvd', 'Rd', 'Sq',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
  'Inc', 'Corp', 'Ltd', 'Bros', 'Co', 'vs', 'etc', 'approx', 'ca', 'cf', 'al', 'Fig', 'Vol',
  'Hr', 'Hrn', 'bzw', 'usw', 'ggf', 'Mme', 'Mlle', 'Sto', 'Sta',
  // Russian and Ukrainian, written before a name: streets, squares, ranks ("ул. Ленина",
  // "им. Пушкина", "акад. Павлов"). Not "руб." or "тыс.", which often end a sentence.
  'ул', 'пр', 'просп', 'пер', 'пл', 'наб', 'бул', 'им', 'акад', 'проф', 'доц', 'св', 'ген', 'вул', 'пров', 'бульв', 'ім',
]);

/** Abbreviations that only abbreviate before a number ("No. 10", "Art. 5"). */
const NUMBER_ABBREVIATIONS = new Set(['No', 'Nos', 'Art', 'Nr', 'Bd', 'Kap', 'Abs', 'p', 'pp']);

/**
 * Languages that write ordinal numbers with a full stop ("am 3. Oktober", "1. maaliskuuta"),
 * where a one- or two-digit number before a full stop is almost never a sentence's end.
 */
const ORDINAL_DOT_LANGUAGES = new Set([
  'de', 'da', 'nb', 'nn', 'no', 'fi', 'is', 'et', 'lv', 'cs', 'sk', 'sl', 'hr', 'bs', 'sr', 'pl', 'hu', 'tr',
]);

/**
 * Dotted acronyms ("U.S.", "a.m.") end sentences too, so a break after one stands only
 * when the next word is a usual way to start an English sentence (these acronyms appear
 * almost only in English text). "the U.S. Senate" joins, "the U.S. The next year" splits.
 */
const SENTENCE_STARTERS = new Set([
  'A', 'An', 'The', 'This', 'That', 'These', 'Those', 'There', 'Here', 'It', 'Its', 'He', 'She',
  'They', 'We', 'I', 'You', 'His', 'Her', 'Their', 'Our', 'My', 'But', 'And', 'Or', 'So', 'Yet',
  'If', 'When', 'While', 'After', 'Before', 'As', 'In', 'On', 'At', 'For', 'From', 'By', 'With',
  'However', 'Meanwhile', 'Now', 'Then', 'Still', 'Some', 'Many', 'Most', 'One', 'Two', 'What',
  'Why', 'How', 'Who', 'Since', 'Although', 'Even', 'Last', 'Earlier', 'Later',
]);

const TRAILING_WORD = /([\p{L}\p{N}]+(?:\.[\p{L}\p{N}]+)*)\.\s*$/u;
/** The end of a sentence that can hold its last word; keeps the look-behind cheap. */
const TAIL_LENGTH = 64;
const LEADING_WORD = /^\s*[("'“‘«]*([\p{L}\p{N}]+)/u;
const STARTS_LOWERCASE = /^\s*[("'“‘«]*\p{Ll}/u;
const STARTS_DIGIT = /^\s*\p{N}/u;
const SINGLE_LETTER = /^\p{L}$/u;
const ONE_OR_TWO_DIGITS = /^\p{N}{1,2}$/u;

const segmenters = new Map<string, Intl.Segmenter>();

function sentenceSegmenter(lang: string): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    } catch {
      // A malformed language tag from the page must not stop the split: use the default.
      segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
    }
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

function primaryLanguage(lang: string): string {
  return lang.toLowerCase().split(/[-_]/)[0] ?? '';
}

/**
 * The word before the full stop that ends `text.slice(start, end)`, which is trimmed. Only
 * the tail can hold it, and only past its last space, so the pattern runs on no more.
 */
function wordBeforeFullStop(text: string, start: number, end: number): string | undefined {
  if (text[end - 1] !== '.') return undefined;
  const tail = text.slice(Math.max(start, end - TAIL_LENGTH), end);
  return TRAILING_WORD.exec(tail.slice(tail.lastIndexOf(' ') + 1))?.[1];
}

/** Whether the segmenter's break between `text.slice(start, end)` and `after` falls inside a sentence. */
function isFalseBreak(text: string, start: number, end: number, after: string, ordinalDots: boolean): boolean {
  // No sentence in a cased script starts in lower case: `"Why?" he asked` is one sentence.
  if (STARTS_LOWERCASE.test(after)) return true;
  const word = wordBeforeFullStop(text, start, end);
  if (!word) return false;
  if (ABBREVIATIONS.has(word)) return true;
  if (NUMBER_ABBREVIATIONS.has(word)) return STARTS_DIGIT.test(after);
  // An initial ("J. R. Smith", "z. B.") is a single letter; after one, the name goes on.
  if (SINGLE_LETTER.test(word)) return true;
  if (ordinalDots && ONE_OR_TWO_DIGITS.test(word)) return true;
  if (word.includes('.')) {
    const next = LEADING_WORD.exec(after)?.[1];
    return next !== undefined && !SENTENCE_STARTERS.has(next);
  }
  return false;
}

/**
 * V8's segmenter slows down with the square of the text's length (a 250,000-character
 * paragraph takes a second), so long text is segmented a window at a time. A window's last
 * segment may be cut short by the window's end; it is segmented again as the start of the
 * next window, which makes the result the same as one pass over the whole text.
 */
const WINDOW = 4096;
const HIGH_SURROGATE = /^[\uD800-\uDBFF]$/;

interface Segment {
  segment: string;
  index: number;
}

/**
 * The segments of a text that fits one window. Read with `containing`, one segment after
 * another, rather than with the segments' iterator: the same segments (each lookup starts
 * at the boundary the previous one ended on), in about three quarters of the time in V8.
 */
function segmentsOf(segmenter: Intl.Segmenter, text: string, offset: number, found: Segment[]): Segment[] {
  const segments = segmenter.segment(text);
  for (let at = 0; at < text.length; ) {
    const { segment, index } = segments.containing(at)!;
    found.push({ segment, index: offset + index });
    at = index + segment.length;
  }
  return found;
}

function segments(text: string, lang: string): Segment[] {
  const segmenter = sentenceSegmenter(lang);
  if (text.length < WINDOW) return segmentsOf(segmenter, text, 0, []);
  const all: Segment[] = [];
  let offset = 0;
  while (offset < text.length) {
    // Never end a window between the two halves of a surrogate pair (an emoji, say).
    const windowEnd = offset + WINDOW - (HIGH_SURROGATE.test(text[offset + WINDOW - 1] ?? '') ? 1 : 0);
    if (windowEnd >= text.length) return segmentsOf(segmenter, text.slice(offset), offset, all);
    const found = segmentsOf(segmenter, text.slice(offset, windowEnd), 0, []);
    // A window that is one unfinished segment (a "sentence" of thousands of characters) is
    // taken as it is rather than grown without bound.
    const complete = found.length > 1 ? found.slice(0, -1) : found;
    for (const { segment, index } of complete) all.push({ segment, index: offset + index });
    const last = complete[complete.length - 1]!;
    offset += last.index + last.segment.length;
  }
  return all;
}

/** Where a sentence is put together from the segments of a text. */
function spansOf(text: string, lang: string, partStarts: readonly number[]): SentenceSpan[][] {
  const ordinalDots = ORDINAL_DOT_LANGUAGES.has(primaryLanguage(lang));
  const parts: SentenceSpan[][] = partStarts.map(() => []);
  let part = 0;
  let open: { start: number; end: number } | null = null;
  const close = () => {
    if (!open) return;
    const offset = partStarts[part]!;
    parts[part]!.push({ start: open.start - offset, end: open.end - offset, text: text.slice(open.start, open.end) });
    open = null;
  };
  for (const { segment, index } of segments(text, lang)) {
    const trimmedEnd = segment.trimEnd();
    const body = trimmedEnd.trimStart();
    if (!body) continue;
    const lead = trimmedEnd.length - body.length;
    const start = index + lead;
    const end = start + body.length;
    while (part + 1 < partStarts.length && start >= partStarts[part + 1]!) {
      close();
      part += 1;
    }
    if (open && isFalseBreak(text, open.start, open.end, body, ordinalDots)) {
      open.end = end;
      continue;
    }
    close();
    open = { start, end };
  }
  close();
  return parts;
}

/**
 * The sentences of `text` with their offsets: `text.slice(start, end) === sentence.text`,
 * trimmed of surrounding white space. `lang` is a BCP 47 tag (malformed or `und` is fine).
 */
export function splitSentences(text: string, lang: string): SentenceSpan[] {
  return spansOf(text, lang, [0])[0]!;
}

/**
 * Each segmenter call costs about as much as segmenting a few hundred characters, so
 * short texts are segmented together, joined by line breaks, up to this length.
 */
const BATCH_LENGTH = 1024;

/**
 * `splitSentences` of each text in turn, computed only as far as they are read. A line
 * break always ends a sentence and the segmenter looks no further than one for its rules,
 * so texts segmented together split exactly as they do alone.
 */
export function* splitEachIntoSentences(texts: readonly string[], lang: string): Generator<SentenceSpan[]> {
  let first = 0;
  while (first < texts.length) {
    const partStarts = [0];
    let length = texts[first]!.length;
    let next = first + 1;
    while (next < texts.length && length + 1 + texts[next]!.length <= BATCH_LENGTH) {
      partStarts.push(length + 1);
      length += 1 + texts[next]!.length;
      next += 1;
    }
    yield* spansOf(texts.slice(first, next).join('\n'), lang, partStarts);
    first = next;
  }
}
