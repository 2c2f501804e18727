/**
 * Sparse TF-IDF vectors for comparing an article's sentences with each other. The IDF is
 * the article's own (sentences as documents), so words on every line, a language's
 * "the", "de" or "的", weigh nearly nothing without any stopword list.
 *
 * The article's terms are numbered once, so the comparisons index arrays instead of
 * hashing strings. The arrays are plain ones: measured in the browser, typed arrays cost
 * more to allocate than they save on an article's arithmetic.
 */
import type { Term } from './terms';

/** A unit-length vector: `weights[k]` belongs to term number `ids[k]`; a dot product is the cosine. */
export interface TermVector {
  ids: number[];
  weights: number[];
}

export interface ArticleVectors {
  /** One vector per sentence, in the order given. */
  sentences: TermVector[];
  /** The headline's vector; its words that no sentence uses weigh nothing. */
  title: TermVector;
  /** How many distinct terms the sentences have: the length of a dense vector. */
  dimensions: number;
}

/** A text's distinct term numbers in order of first occurrence, and how often each occurs. */
interface Tally {
  ids: number[];
  counts: number[];
}

/**
 * Numbers the terms as it meets them (new ones only when `grow`, else unknown ones are
 * dropped) and tallies them in one pass. `slots` is scratch space of the article's
 * dimensions, -1 wherever unused; it grows with the numbering.
 */
function tally(terms: readonly Term[], termIds: Map<Term, number>, slots: number[], grow: boolean): Tally {
  const ids: number[] = [];
  const counts: number[] = [];
  for (const term of terms) {
    let id = termIds.get(term);
    if (id === undefined) {
      if (!grow) continue;
      id = termIds.size;
      termIds.set(term, id);
      slots.push(-1);
    }
    const slot = slots[id]!;
    if (slot < 0) {
      slots[id] = ids.length;
      ids.push(id);
      counts.push(1);
    } else {
      counts[slot]! += 1;
    }
  }
  for (const id of ids) slots[id] = -1;
  return { ids, counts };
}

function inverseFrequencies(tallies: readonly Tally[], dimensions: number): number[] {
  const idf = new Array<number>(dimensions).fill(0);
  for (const { ids } of tallies) for (const id of ids) idf[id]! += 1;
  // log(1 + N/df) rather than log(N/df): a term in every sentence still counts a little,
  // which keeps two-sentence articles comparable at all. Computed over the counts in place.
  for (let id = 0; id < dimensions; id++) idf[id] = Math.log(1 + tallies.length / idf[id]!);
  return idf;
}

/**
 * Each term weighs its IDF once per occurrence, summed one occurrence at a time (so the
 * weights are bit for bit those of adding them up in text order), then scaled to unit length.
 */
function unitVector({ ids, counts }: Tally, idf: readonly number[]): TermVector {
  const weights = new Array<number>(ids.length);
  let squares = 0;
  for (let k = 0; k < ids.length; k++) {
    const weight = idf[ids[k]!]!;
    let sum = weight;
    for (let n = 1; n < counts[k]!; n++) sum += weight;
    weights[k] = sum;
    squares += sum * sum;
  }
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let k = 0; k < weights.length; k++) weights[k]! /= norm;
  return { ids, weights };
}

export function articleVectors(sentences: readonly (readonly Term[])[], title: readonly Term[]): ArticleVectors {
  const termIds = new Map<Term, number>();
  const slots: number[] = [];
  const tallies = sentences.map((terms) => tally(terms, termIds, slots, true));
  const dimensions = termIds.size;
  const idf = inverseFrequencies(tallies, dimensions);
  return {
    sentences: tallies.map((t) => unitVector(t, idf)),
    title: unitVector(tally(title, termIds, slots, false), idf),
    dimensions,
  };
}

/** The vector with a slot for every term, for comparing many vectors with it. */
export function dense(vector: TermVector, dimensions: number): number[] {
  const values = new Array<number>(dimensions).fill(0);
  const { ids, weights } = vector;
  for (let k = 0; k < ids.length; k++) values[ids[k]!] = weights[k]!;
  return values;
}

export function dot(vector: TermVector, denseVector: readonly number[]): number {
  const { ids, weights } = vector;
  let sum = 0;
  for (let k = 0; k < ids.length; k++) sum += weights[k]! * denseVector[ids[k]!]!;
  return sum;
}

/** The mean of the vectors, dense: what the article as a whole is about. */
export function centroid(vectors: readonly TermVector[], dimensions: number): number[] {
  const mean = new Array<number>(dimensions).fill(0);
  for (const { ids, weights } of vectors) {
    for (let k = 0; k < ids.length; k++) mean[ids[k]!]! += weights[k]! / vectors.length;
  }
  return mean;
}
