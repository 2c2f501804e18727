/**
 * Attribution in scripts written without spaces between words (Chinese, Japanese), where
 * words cannot be tokenised and names carry no capitals: the speaker is the stretch of
 * text right before the cue verb (外交部发言人毛宁表示：“…” · “…”王毅说。) or the sentence's
 * topic (岸田首相は「…」と述べた), cut down to the name: adverbials after it (在记者会上,
 * 7日) and descriptions and titles around it (外交部发言人, 首相, 氏) left out.
 */
import type { Attribution, QuoteSite } from './attribution';
import type { Speaker } from './noun-phrases';
import type { Lexicon } from './speech-cues';

// How far from the quote a cue and its speaker are looked for, in characters.
const REACH = 40;
// A speaker's name is short; a longer stretch is a clause, not a subject.
const MAX_SPEAKER = 14;
// A cue verb with its inflection: と述べた, 強調しました.
const MAX_CUE = 10;
const CLAUSE_BREAK = /[，,、；;：:。！？!?\s「」『』“”"«»]/u;
const SENTENCE_BREAK = /[。！？!?]/u;
const DIGITS = /[0-9０-９〇一二三四五六七八九十]+(?:日|月|年|号|號)/u;
const NON_ASCII = /[^\x00-\x7f]/;
const PARENTHESIS = /[（(][^）)]{0,12}[）)]/gu;
// Property-escape patterns are module constants: esbuild turns such a literal into `new RegExp(…)` run per call.
const HIRAGANA = /\p{Script=Hiragana}/u;

/** The words of a list written in the unspaced script itself (the lexicon also holds English's). */
export const unspacedWords = (list: ReadonlySet<string>): string[] => [...list].filter((w) => NON_ASCII.test(w));
const own = unspacedWords;

/** The speaker a stretch of text before a cue names, or null. `offset` is the stretch's place in its block. */
export function speakerInStretch(stretch: string, offset: number, lex: Lexicon): Speaker | null {
  // A parenthesis after a name gives an age or a field: 鈴木正男さん（70）, 岡田健太郎准教授（惑星科学）.
  let text = stretch.replace(PARENTHESIS, (p) => '\u0000'.repeat(p.length));
  let start = offset;
  for (const follows of own(lex.speakerFollows)) {
    if (text.startsWith(follows)) {
      text = text.slice(follows.length);
      start += follows.length;
    }
  }
  // A description joined to the name: 公司的张伟 · トヨタ自動車の豊田章男.
  for (const link of own(lex.links)) {
    const i = text.lastIndexOf(link);
    if (i >= 0) {
      start += i + link.length;
      text = text.slice(i + link.length);
    }
  }
  // An adverbial between the speaker and the verb: 毛宁在记者会上 · 李强7日 · 田中氏は記者団に対し.
  let end = text.length;
  for (const stop of [...own(lex.stops), ...lex.topicMarkers]) {
    const i = text.indexOf(stop);
    if (i > 0 && i < end) end = i;
  }
  const date = DIGITS.exec(text);
  if (date && date.index > 0 && date.index < end) end = date.index;
  text = text.slice(0, end);
  text = text.replace(/\u0000+/gu, '');
  if (text.length === 0) return null;
  if (lex.pronouns.has(text)) return { text, kind: 'pronoun', offset: start };
  const speaker = nameWithoutTitles(text, start, lex);
  return speaker.text.length <= MAX_SPEAKER ? speaker : null;
}

/** 外交部发言人毛宁 → 毛宁; 岸田文雄首相 → 岸田文雄; 市长 alone stays, as a description. */
function nameWithoutTitles(text: string, start: number, lex: Lexicon): Speaker {
  const titles = own(lex.titles).sort((a, b) => b.length - a.length);
  let name = text;
  let trimmed = true;
  while (trimmed) {
    trimmed = false;
    for (const title of titles) {
      if (name.length > title.length && name.endsWith(title)) {
        name = name.slice(0, -title.length);
        trimmed = true;
      }
    }
  }
  let from = 0;
  for (const title of titles) {
    const i = name.lastIndexOf(title);
    if (i >= 0 && i + title.length > from && i + title.length < name.length) from = i + title.length;
  }
  const written = lex.nameChars?.exec(name.slice(from));
  if (written && written.index > 0) from += written.index;
  name = name.slice(from);
  if (name === text && titles.includes(text)) return { text, kind: 'description', offset: start };
  return { text: name, kind: 'name', offset: start + from };
}

/** The cue verb starting at `at` with its ending up to the next punctuation (述べた), or ''. */
function cueAt(text: string, at: number, lex: Lexicon): string {
  const stem = lex.unspacedCues.find((cue) => text.startsWith(cue, at));
  if (!stem) return '';
  let end = at + stem.length;
  while (end < text.length && end - at < MAX_CUE && HIRAGANA.test(text[end]!)) end++;
  return text.slice(at, end);
}

const found = (site: QuoteSite, speaker: Speaker | null, cue: string, side: 'before' | 'after'): Attribution => ({
  speaker,
  cue,
  side,
  blockIndex: site.blockIndex,
  reported: false,
  introduces: side === 'before',
});

/** The sentence's text before the quote, back to its start, the previous quote or the reach. */
function stretchBefore(site: QuoteSite): { text: string; from: number } {
  const limit = Math.max(site.floor, site.start - REACH);
  let from = site.start;
  while (from > limit && !SENTENCE_BREAK.test(site.text[from - 1]!)) from--;
  return { text: site.text.slice(from, site.start), from };
}

/**
 * After the quote: 「…」と述べた (the topic before the quote speaks), 「…」と田中氏は語った,
 * “…”王毅说 · “…”，他表示.
 */
function cueAfter(site: QuoteSite, lex: Lexicon): Attribution | null {
  const { text } = site;
  let at = site.end;
  const limit = Math.min(site.ceiling, at + REACH);
  // Japanese closes every quotation it reports with the quotative particle と, whatever the
  // verb after it: と述べた, と笑顔を見せた, としている, とも話した.
  if (lex.topicMarkers.length > 0 && text[at] === 'と') {
    let end = at + 1;
    while (end < limit && end - at <= MAX_CUE && !CLAUSE_BREAK.test(text[end]!)) end++;
    const cue = text.slice(at, end);
    {
      const before = stretchBefore(site);
      const topic = topicOf(before.text, lex);
      const speaker = topic === null ? null : speakerInStretch(before.text.slice(0, topic), before.from, lex);
      return found(site, speaker, cue, 'after');
    }
  }
  // Japanese reports nothing without と: 「はやぶさ2」の後継 names a probe.
  if (lex.topicMarkers.length > 0) return null;
  while (at < limit && /[，,、\s]/u.test(text[at]!)) at++;
  const from = at;
  for (let i = from; i < limit && !SENTENCE_BREAK.test(text[i]!) && !/[“「『"]/u.test(text[i]!); i++) {
    const cue = cueAt(text, i, lex);
    if (!cue) continue;
    const speaker = speakerInStretch(text.slice(from, i), from, lex);
    return speaker ? found(site, speaker, cue, 'after') : null;
  }
  return null;
}

/** Where the topic ends (before は or が), or null. */
function topicOf(stretch: string, lex: Lexicon): number | null {
  let best: number | null = null;
  for (const marker of lex.topicMarkers) {
    const i = stretch.indexOf(marker);
    if (i > 0 && (best === null || i < best)) best = i;
  }
  return best;
}

/** Before the quote: 毛宁表示：“…” · 据新华社称，“…” · 田中氏は「…」(its verb follows the quote). */
function cueBefore(site: QuoteSite, lex: Lexicon): Attribution | null {
  const before = stretchBefore(site);
  const trimmed = before.text.replace(/[，,：:\s]+$/u, '');
  for (const cue of lex.unspacedCues) {
    if (!trimmed.endsWith(cue)) continue;
    const head = trimmed.slice(0, -cue.length);
    let clause = head.length;
    while (clause > 0 && !CLAUSE_BREAK.test(head[clause - 1]!)) clause--;
    const speaker = speakerInStretch(head.slice(clause), before.from + clause, lex);
    return found(site, speaker, cue, 'before');
  }
  return null;
}

export function attributeUnspaced(first: QuoteSite, last: QuoteSite, lex: Lexicon): Attribution | null {
  const before = cueBefore(first, lex);
  // A quotation that ends its sentence (…。”) after a cue of its own is followed by a new
  // sentence: 李强强调：“…。”他表示，…
  const ends = SENTENCE_BREAK.test(last.text.slice(last.innerStart, last.innerEnd).trimEnd().slice(-1));
  if (before && ends) return before;
  return cueAfter(last, lex) ?? before;
}
