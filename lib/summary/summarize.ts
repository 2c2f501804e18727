/**
 * Lede's extractive summary: a few of the article's own sentences, shown in article order,
 * each anchored to its block so the popup can jump to it. Offline and language-neutral.
 *
 * Each candidate sentence gets a relevance score from three signals:
 * - position: news is written top-down, so earlier sentences weigh more, decaying slowly
 *   enough that a strong sentence further down still wins over a weak second or third one;
 * - centrality: closeness to the article's centroid, i.e. how much of what the whole article
 *   talks about the sentence covers;
 * - title overlap: the headline names the story, sentences that share its words tell it.
 * Sentences are then picked greedily by maximal marginal relevance, so a second sentence
 * saying what the first said loses to one that adds something. A sentence that opens by
 * pointing back ("He said…", "But…") is picked only right after the one it points to.
 */
import type { Block, SummarySentence, TextAnchor } from '../article-model';
import { countText } from '../text/reading-time';
import { BODY_KINDS, collectCandidates, type Candidate } from './candidates';
import { termsOf } from './terms';
import { articleVectors, centroid, dense, dot, type ArticleVectors } from './vectors';

export interface SummaryInput {
  title: string;
  lang: string;
  blocks: Block[];
}

export interface SummaryOptions {
  /** Upper bound on sentences; the summariser picks ~3 for short articles up to this. */
  maxSentences?: number;
  /**
   * Text shown elsewhere already (the key quotes): a sentence that is mostly inside these
   * anchors is left to the quote, which also says who said it.
   */
  shownElsewhere?: readonly TextAnchor[];
}

const DEFAULT_MAX_SENTENCES = 5;
/** A short article (up to a four-minute read) gets three sentences… */
const SHORT_SUMMARY_SENTENCES = 3;
const SHORT_ARTICLE_WORDS = 800;
/** …and one more for each further three minutes of reading. */
const WORDS_PER_EXTRA_SENTENCE = 600;

/**
 * Sentences over which the position prior falls by a factor of e. Tuned on CNN/DailyMail
 * and XSum: faster decay is LEAD-3 again, slower lets long middle sentences in.
 */
const POSITION_DECAY = 8;
const WEIGHT_POSITION = 1;
const WEIGHT_CENTRALITY = 1;
const WEIGHT_TITLE = 1;
/** Share of relevance (scaled to 0–1) against novelty in maximal marginal relevance. */
const MMR_RELEVANCE = 0.7;
/**
 * Cosine above which a sentence restates one already picked (a lede repeated as a
 * caption, a pull quote): it is never picked, whatever its relevance.
 */
const RESTATEMENT = 0.6;
/** Share of a sentence's characters inside a key quote above which it is that quote. */
const MOSTLY_QUOTED = 0.5;

/** Whether most of a sentence lies inside the anchors shown elsewhere. */
function mostlyShown(c: Pick<Candidate, 'blockId' | 'start' | 'end'>, shown: readonly TextAnchor[]): boolean {
  let covered = 0;
  for (const a of shown) {
    if (a.blockId === c.blockId) covered += Math.max(0, Math.min(a.end, c.end) - Math.max(a.start, c.start));
  }
  return covered > MOSTLY_QUOTED * (c.end - c.start);
}

/** Words counted only as far as they can still lengthen the summary. */
function summaryLength(blocks: readonly Block[], maxSentences: number): number {
  const enoughWords = SHORT_ARTICLE_WORDS + (maxSentences - SHORT_SUMMARY_SENTENCES) * WORDS_PER_EXTRA_SENTENCE;
  let words = 0;
  for (const block of blocks) {
    if (words >= enoughWords) break;
    if (BODY_KINDS.has(block.kind)) words += countText(block.text).words;
  }
  const extra = Math.floor(Math.max(0, words - SHORT_ARTICLE_WORDS) / WORDS_PER_EXTRA_SENTENCE);
  return Math.min(maxSentences, SHORT_SUMMARY_SENTENCES + extra);
}

function relevance(candidates: readonly Candidate[], vectors: ArticleVectors): number[] {
  const mean = centroid(vectors.sentences, vectors.dimensions);
  const title = dense(vectors.title, vectors.dimensions);
  const centrality = vectors.sentences.map((vector) => dot(vector, mean));
  const topCentrality = Math.max(...centrality);
  return candidates.map(
    (candidate, i) =>
      WEIGHT_POSITION * Math.exp(-candidate.position / POSITION_DECAY) +
      WEIGHT_CENTRALITY * (topCentrality > 0 ? centrality[i]! / topCentrality : 0) +
      WEIGHT_TITLE * dot(vectors.sentences[i]!, title),
  );
}

/** Greedy maximal marginal relevance over the eligible sentences; indices in pick order. */
function pick(
  candidates: readonly Candidate[],
  vectors: ArticleVectors,
  scores: readonly number[],
  count: number,
  shown: readonly TextAnchor[],
): number[] {
  const picked: number[] = [];
  const isPicked = new Array<boolean>(candidates.length).fill(false);
  // Each sentence's highest cosine with a picked one, brought up to date after every pick.
  const redundancy = new Array<number>(candidates.length).fill(0);
  const topScore = Math.max(...scores, Number.MIN_VALUE);
  while (picked.length < count) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < candidates.length; i++) {
      if (isPicked[i] || redundancy[i]! >= RESTATEMENT) continue;
      const value = (MMR_RELEVANCE * scores[i]!) / topScore - (1 - MMR_RELEVANCE) * redundancy[i]!;
      if (value <= bestValue) continue;
      // Asked only of a sentence that would win, since each costs a pattern or a word count:
      // a sentence that points back may follow only the sentence it points to, and some may
      // not be shown at all.
      const candidate = candidates[i]!;
      if ((isPicked[i - 1] || !candidate.dangling) && candidate.eligible && !(shown.length > 0 && mostlyShown(candidate, shown))) {
        bestValue = value;
        best = i;
      }
    }
    if (best < 0) break;
    picked.push(best);
    isPicked[best] = true;
    if (picked.length === count) break;
    const latest = dense(vectors.sentences[best]!, vectors.dimensions);
    // Ineligible sentences are brought up to date too: cheaper than asking whether they are.
    for (let i = 0; i < candidates.length; i++) {
      if (!isPicked[i]) redundancy[i] = Math.max(redundancy[i]!, dot(vectors.sentences[i]!, latest));
    }
  }
  return picked;
}

export function summarize(input: SummaryInput, options: SummaryOptions = {}): SummarySentence[] {
  const count = summaryLength(input.blocks, Math.floor(options.maxSentences ?? DEFAULT_MAX_SENTENCES));
  if (count <= 0) return [];
  const candidates = collectCandidates(input.blocks, input.lang);
  if (candidates.length === 0) return [];
  const vectors = articleVectors(candidates.map((c) => c.terms), termsOf(input.title));
  const scores = relevance(candidates, vectors);
  return pick(candidates, vectors, scores, count, options.shownElsewhere ?? [])
    .sort((a, b) => a - b)
    .map((i) => {
      const { blockId, start, end, text } = candidates[i]!;
      return { blockId, start, end, text };
    });
}
