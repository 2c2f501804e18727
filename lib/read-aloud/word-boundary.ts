/**
 * Turns a voice's `boundary` event into the word being spoken. Voices differ: most report
 * `charIndex` and `charLength`, some give no length (0 or undefined), some point at the space
 * or punctuation before the word. The word is then found with `Intl.Segmenter`, which knows
 * where words end in scripts without spaces too.
 */

export interface WordSpan {
  start: number;
  end: number;
}

const wordSegmenters = new Map<string, Intl.Segmenter>();

function wordSegmenter(lang: string): Intl.Segmenter {
  let segmenter = wordSegmenters.get(lang);
  if (!segmenter) {
    try {
      segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    } catch {
      segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
    }
    wordSegmenters.set(lang, segmenter);
  }
  return segmenter;
}

/** The word at `charIndex` in `text` (or the first one after it), or null past the last word. */
export function spokenWord(text: string, charIndex: number, charLength: number | undefined, lang: string): WordSpan | null {
  if (!Number.isInteger(charIndex) || charIndex < 0 || charIndex >= text.length) return null;
  if (charLength !== undefined && Number.isInteger(charLength) && charLength > 0) {
    const span = { start: charIndex, end: Math.min(text.length, charIndex + charLength) };
    if (text.slice(span.start, span.end).trim()) return span;
  }
  for (const { segment, index, isWordLike } of wordSegmenter(lang).segment(text)) {
    const end = index + segment.length;
    if (end <= charIndex || !isWordLike) continue;
    return { start: index, end };
  }
  return null;
}
