/**
 * Sparse TF-IDF vectors for comparing an article's sentences with each other. The IDF is
 * the article's own (sentences as documents), so words on every line, a language's
 * "the", "de" or "的", weigh nearly nothing without any stopword list.
 */

/** Term → weight, scaled to unit length so a dot product is the cosine. */
export type TermVector = Map<string, number>;

export function inverseFrequencies(termLists: readonly string[][]): Map<string, number> {
  const documents = new Map<string, number>();
  for (const terms of termLists) for (const term of new Set(terms)) documents.set(term, (documents.get(term) ?? 0) + 1);
  const idf = new Map<string, number>();
  // log(1 + N/df) rather than log(N/df): a term in every sentence still counts a little,
  // which keeps two-sentence articles comparable at all.
  for (const [term, df] of documents) idf.set(term, Math.log(1 + termLists.length / df));
  return idf;
}

export function unitVector(terms: readonly string[], idf: ReadonlyMap<string, number>): TermVector {
  const vector: TermVector = new Map();
  for (const term of terms) vector.set(term, (vector.get(term) ?? 0) + (idf.get(term) ?? 0));
  let squares = 0;
  for (const weight of vector.values()) squares += weight * weight;
  const norm = Math.sqrt(squares);
  if (norm > 0) for (const [term, weight] of vector) vector.set(term, weight / norm);
  return vector;
}

export function dot(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, weight] of small) sum += weight * (large.get(term) ?? 0);
  return sum;
}

/** The mean of the vectors: what the article as a whole is about. */
export function centroid(vectors: readonly TermVector[]): TermVector {
  const mean: TermVector = new Map();
  for (const vector of vectors) {
    for (const [term, weight] of vector) mean.set(term, (mean.get(term) ?? 0) + weight / vectors.length);
  }
  return mean;
}
