import type { Block, SummarySentence } from '../article-model';
import { collectCandidates, type Candidate } from './candidates';
import { termsOf } from './terms';

export interface SummaryInput {
  title: string;
  lang: string;
  blocks: Block[];
}

export interface SummaryOptions {
  /** Upper bound on sentences; the summariser picks ~3 for short articles up to this. */
  maxSentences?: number;
}

export const TUNING = {
  posWeight: 1,
  centWeight: 1,
  titleWeight: 0.5,
  tau: 3,
  posForm: 'exp' as 'exp' | 'inv',
  lambda: 0.7,
  lengthPenalty: 0,
  idfForm: 'log1p' as 'log1p' | 'log',
  shortCount: 3,
  centrality: 'centroid' as 'centroid' | 'pacsum',
  backWeight: -1,
  edgeThreshold: 0,
  firstBonus: 0,
  perSentences: 25,
};

type Vector = Map<string, number>;

function vectorize(terms: string[], idf: Map<string, number>): Vector {
  const v: Vector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? 0));
  let norm = 0;
  for (const x of v.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, x] of v) v.set(k, x / norm);
  return v;
}

function dot(a: Vector, b: Vector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) s += x * (b.get(k) ?? 0);
  return s;
}

export function summarize(input: SummaryInput, options: SummaryOptions = {}): SummarySentence[] {
  const maxSentences = options.maxSentences ?? 5;
  const candidates = collectCandidates(input.blocks, input.lang);
  const n = candidates.length;
  if (n === 0 || maxSentences <= 0) return [];
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, TUNING.idfForm === 'log1p' ? Math.log(1 + n / d) : Math.log((n + 1) / d));
  const vectors = candidates.map((c) => vectorize(c.terms, idf));
  const centroid: Vector = new Map();
  for (const v of vectors) for (const [k, x] of v) centroid.set(k, (centroid.get(k) ?? 0) + x / n);
  let cent = vectors.map((v) => dot(v, centroid));
  if (TUNING.centrality === 'pacsum') {
    cent = vectors.map((v, i) => {
      let s = 0;
      for (let j = 0; j < n; j++) {
        if (j === i) continue;
        const e = Math.max(0, dot(v, vectors[j]!) - TUNING.edgeThreshold);
        s += j > i ? e : TUNING.backWeight * e;
      }
      return s;
    });
    const min = Math.min(...cent);
    cent = cent.map((x) => x - min);
  }
  const maxCent = Math.max(...cent, 1e-9);
  const titleVec = vectorize(termsOf(input.title), idf);
  const scores = candidates.map((c, i) => {
    const prior = TUNING.posForm === 'exp' ? Math.exp(-c.position / TUNING.tau) : 1 / (1 + c.position / TUNING.tau);
    const words = c.terms.length;
    return (
      TUNING.posWeight * prior +
      TUNING.centWeight * (cent[i]! / maxCent) +
      TUNING.titleWeight * dot(vectors[i]!, titleVec) +
      (i === candidates.findIndex((x) => x.eligible) ? TUNING.firstBonus : 0) -
      TUNING.lengthPenalty * Math.max(0, words - 20) / 20
    );
  });
  const eligibleCount = candidates.filter((c) => c.eligible).length;
  const target = Math.min(maxSentences, TUNING.shortCount + Math.floor(eligibleCount / TUNING.perSentences) - 1, eligibleCount);
  const count = Math.max(Math.min(TUNING.shortCount, maxSentences, eligibleCount), target);
  const chosen: number[] = [];
  const chosenSet = new Set<number>();
  while (chosen.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      const c = candidates[i]!;
      if (!c.eligible || chosenSet.has(i)) continue;
      if (c.dangling && !chosenSet.has(i - 1)) continue;
      let redundancy = 0;
      for (const j of chosen) redundancy = Math.max(redundancy, dot(vectors[i]!, vectors[j]!));
      const value = TUNING.lambda * scores[i]! - (1 - TUNING.lambda) * redundancy;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    chosen.push(best);
    chosenSet.add(best);
  }
  return chosen
    .sort((a, b) => a - b)
    .map((i) => {
      const c: Candidate = candidates[i]!;
      return { blockId: c.blockId, start: c.start, end: c.end, text: c.text };
    });
}
