/**
 * Sparse TF-IDF vectors for comparing an article's sentences with each other. The IDF is
 * the article's own (sentences as documents), so words on every line, a language's
 * "the", "de" or "的", weigh nearly nothing without any stopword list.
 *
 * The article's terms are numbered once, so the comparisons index arrays instead of
 * hashing strings. The arrays are plain ones: measured in the browser, typed arrays cost
 * more to allocate than they save on an article's arithmetic.
 */

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

function numberTerms(sentences: readonly (readonly string[])[]): { termIds: Map<string, number>; sentenceIds: number[][] } {
  const termIds = new Map<string, number>();
  const sentenceIds = sentences.map((terms) =>
    terms.map((term) => {
      let id = termIds.get(term);
      if (id === undefined) {
        id = termIds.size;
        termIds.set(term, id);
      }
      return id;
    }),
  );
  return { termIds, sentenceIds };
}

function inverseFrequencies(sentenceIds: readonly number[][], dimensions: number): number[] {
  const documents = new Array<number>(dimensions).fill(0);
  // The last sentence each term was counted for: a term counts once per sentence.
  const countedIn = new Array<number>(dimensions).fill(-1);
  sentenceIds.forEach((ids, sentence) => {
    for (const id of ids) {
      if (countedIn[id] === sentence) continue;
      countedIn[id] = sentence;
      documents[id]! += 1;
    }
  });
  // log(1 + N/df) rather than log(N/df): a term in every sentence still counts a little,
  // which keeps two-sentence articles comparable at all.
  return documents.map((df) => Math.log(1 + sentenceIds.length / df));
}

/**
 * Sums the weights of repeated terms in order of first occurrence, then scales to unit
 * length. `slots` is scratch space of the article's dimensions, -1 wherever unused.
 */
function unitVector(ids: readonly number[], idf: readonly number[], slots: number[]): TermVector {
  const distinct: number[] = [];
  const sums: number[] = [];
  for (const id of ids) {
    const slot = slots[id]!;
    if (slot < 0) {
      slots[id] = distinct.length;
      distinct.push(id);
      sums.push(idf[id]!);
    } else {
      sums[slot]! += idf[id]!;
    }
  }
  for (const id of distinct) slots[id] = -1;
  let squares = 0;
  for (const weight of sums) squares += weight * weight;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (let k = 0; k < sums.length; k++) sums[k]! /= norm;
  return { ids: distinct, weights: sums };
}

export function articleVectors(sentences: readonly (readonly string[])[], title: readonly string[]): ArticleVectors {
  const { termIds, sentenceIds } = numberTerms(sentences);
  const dimensions = termIds.size;
  const idf = inverseFrequencies(sentenceIds, dimensions);
  const slots = new Array<number>(dimensions).fill(-1);
  const titleIds = title.flatMap((term) => termIds.get(term) ?? []);
  return {
    sentences: sentenceIds.map((ids) => unitVector(ids, idf, slots)),
    title: unitVector(titleIds, idf, slots),
    dimensions,
  };
}

/** The vector with a slot for every term, for comparing many vectors with it. */
export function dense(vector: TermVector, dimensions: number): number[] {
  const values = new Array<number>(dimensions).fill(0);
  vector.ids.forEach((id, k) => (values[id] = vector.weights[k]!));
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
