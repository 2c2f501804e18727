/**
 * The article-extraction benchmark's metric (scrapinghub/article-extraction-benchmark,
 * evaluate.py), reproduced exactly so Lede's figures compare with the published ones:
 * words are `\w+` runs (case kept), texts become multisets of overlapping 4-word shingles,
 * each page gets true/false positives and false negatives normalised to sum to 1, and
 * precision and recall are averaged over pages before F1 is taken from the two averages.
 */

const WORD = /[\p{L}\p{N}_]+/gu;
const SHINGLE_SIZE = 4;

/** One page's shingle matches, normalised so long pages weigh no more than short ones. */
export interface ShingleMatch {
  tp: number;
  fp: number;
  fn: number;
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Overlapping shingles with their counts. As in the benchmark, a text of one to three words
 * is a single shorter shingle rather than none, and a text without words has no shingles.
 */
export function shingles(text: string, size = SHINGLE_SIZE): Map<string, number> {
  const words = text.match(WORD) ?? [];
  const counts = new Map<string, number>();
  if (words.length === 0) return counts;
  const last = Math.max(1, words.length - size + 1);
  for (let i = 0; i < last; i++) {
    // Words never contain spaces, so a space-joined key cannot merge two different shingles.
    const key = words.slice(i, i + size).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function matchShingles(truth: string, output: string): ShingleMatch {
  const expected = shingles(truth);
  const got = shingles(output);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, want] of expected) {
    const have = got.get(key) ?? 0;
    tp += Math.min(want, have);
    fn += Math.max(0, want - have);
  }
  for (const [key, have] of got) fp += Math.max(0, have - (expected.get(key) ?? 0));
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

function precisionOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fp);
}

function recallOf({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  return tp / (tp + fn);
}

/** One page's precision (null for an empty output, which has none) and recall (null without expected text). */
export function pageScores(m: ShingleMatch): { precision: number | null; recall: number | null } {
  return { precision: m.tp + m.fp > 0 ? precisionOf(m) : null, recall: m.tp + m.fn > 0 ? recallOf(m) : null };
}

function mean(values: number[]): number {
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0;
}

/**
 * Averages over pages. A page with no output has no precision to average (it counts
 * against recall only), and a page with no expected text has no recall to average.
 */
export function scoreExtraction(matches: ShingleMatch[]): ExtractionScore {
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(precisionOf));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(recallOf));
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}
