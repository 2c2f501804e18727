import fc from 'fast-check';
import * as jsRouge from 'js-rouge';
import { describe, expect, it } from 'vitest';
import { defaultTokenizer, lcsLength, rougeL, rougeN, rougeScores, rougeTokens } from '../../lib/text/rouge';

describe('rougeTokens', () => {
  it('lower-cases, splits on anything outside [a-z0-9] and stems tokens over three characters', () => {
    expect(rougeTokens("The cats' running-shoes, 2015!")).toEqual(['the', 'cat', 'run', 'shoe', '2015']);
    // Short tokens are kept as they are: rouge-score does not stem "was" to "wa".
    expect(rougeTokens('He was as big')).toEqual(['he', 'was', 'as', 'big']);
    // Accented letters are outside [a-z0-9], as in rouge-score's default tokenizer.
    expect(rougeTokens('Café São Paulo')).toEqual(['caf', 's', 'o', 'paulo']);
    expect(rougeTokens(' ... ')).toEqual([]);
  });
});

describe('the unicode tokenizer', () => {
  it('keeps words in any script, lower-cased and unstemmed', () => {
    expect(rougeTokens('Les élèves ÉTAIENT là, en 2024 !', 'unicode')).toEqual(['les', 'élèves', 'étaient', 'là', 'en', '2024']);
    expect(rougeTokens('Президент подписал указ.', 'unicode')).toEqual(['президент', 'подписал', 'указ']);
    expect(rougeTokens('قال الرئيس: «سنبني المدارس».', 'unicode')).toEqual(['قال', 'الرئيس', 'سنبني', 'المدارس']);
    // Combining marks stay in their word; a decomposed accent matches the precomposed one.
    expect(rougeTokens('Cafe\u0301 café', 'unicode')).toEqual(['café', 'café']);
    expect(rougeTokens(' — … ', 'unicode')).toEqual([]);
  });

  it('scores Chinese and Japanese by character, other words in the same text as words', () => {
    expect(rougeTokens('北京市人口2100万。', 'unicode')).toEqual(['北', '京', '市', '人', '口', '2100', '万']);
    expect(rougeTokens('東京でiPhoneを買った', 'unicode')).toEqual(['東', '京', 'で', 'iphone', 'を', '買', 'っ', 'た']);
  });

  it('gives non-Latin text scores rouge-score’s tokenizer cannot', () => {
    const candidate = 'Правительство объявило новые меры поддержки.';
    const reference = 'Правительство объявило меры поддержки семей.';
    expect(rougeScores(candidate, reference).rouge1.f).toBe(0);
    // Unigrams: 4 of 5 each side; bigrams "правительство объявило", "меры поддержки": 2 of 4.
    expect(rougeScores(candidate, reference, 'unicode').rouge1.f).toBeCloseTo(4 / 5, 12);
    expect(rougeScores(candidate, reference, 'unicode').rouge2.f).toBeCloseTo(2 / 4, 12);
    expect(rougeScores('中国经济增长', '经济增长放缓', 'unicode').rouge2.f).toBeCloseTo(3 / 5, 12);
  });

  it('is the default for every language but English', () => {
    expect(['en', 'en-GB', 'EN_us'].map(defaultTokenizer)).toEqual(['rouge-score', 'rouge-score', 'rouge-score']);
    expect(['fr', 'ru', 'zh-CN', 'und', ''].map(defaultTokenizer)).toEqual(['unicode', 'unicode', 'unicode', 'unicode', 'unicode']);
  });
});

describe('ROUGE scores', () => {
  it('matches hand-computed figures on equal-length texts', () => {
    // Unigrams: the×2, cat, on, mat match (5 of 6 each side). Bigrams: "the cat", "on the",
    // "the mat" (3 of 5). LCS: "the cat on the mat" (5).
    const scores = rougeScores('The cat sat on the mat.', 'The cat is on the mat.');
    expect(scores.rouge1).toEqual({ precision: 5 / 6, recall: 5 / 6, f: expect.closeTo(5 / 6, 12) });
    expect(scores.rouge2).toEqual({ precision: 3 / 5, recall: 3 / 5, f: expect.closeTo(3 / 5, 12) });
    expect(scores.rougeL).toEqual({ precision: 5 / 6, recall: 5 / 6, f: expect.closeTo(5 / 6, 12) });
  });

  it('matches hand-computed figures when stemming and word order matter', () => {
    // Candidate [polic, kill, the, gunman]; reference [the, gunman, was, kill, by, polic].
    const scores = rougeScores('Police killed the gunman', 'The gunman was killed by police');
    // All 4 candidate unigrams match: P = 1, R = 4/6, F = 0.8.
    expect(scores.rouge1.f).toBeCloseTo(0.8, 12);
    // One bigram, "the gunman": P = 1/3, R = 1/5, F = 0.25.
    expect(scores.rouge2.f).toBeCloseTo(0.25, 12);
    // LCS "the gunman": P = 2/4, R = 2/6, F = 0.4.
    expect(scores.rougeL.f).toBeCloseTo(0.4, 12);
  });

  it('clips repeated n-grams to the count the reference has', () => {
    expect(rougeN(['a', 'a', 'a'], ['a', 'b'], 1)).toEqual({ precision: 1 / 3, recall: 1 / 2, f: expect.closeTo(0.4, 12) });
  });

  it('scores an empty candidate or reference as zero instead of throwing', () => {
    const zero = { precision: 0, recall: 0, f: 0 };
    expect(rougeScores('', 'the reference')).toEqual({ rouge1: zero, rouge2: zero, rougeL: zero });
    expect(rougeScores('a candidate', '!!!')).toEqual({ rouge1: zero, rouge2: zero, rougeL: zero });
  });

  it('finds the longest common subsequence', () => {
    expect(lcsLength(['a', 'b', 'c', 'b', 'd', 'a', 'b'], ['b', 'd', 'c', 'a', 'b', 'a'])).toBe(4);
    expect(lcsLength([], ['a'])).toBe(0);
  });

  it('agrees with js-rouge once both see the same tokens', () => {
    // js-rouge's defaults differ (Treebank tokens, no stemming, per-sentence ROUGE-L); given
    // our tokens and the whole text as one sentence, its counting must match ours.
    const tokens = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'e'), { minLength: 1, maxLength: 30 });
    const tokenizer = (text: string) => text.split(' ');
    fc.assert(
      fc.property(tokens, tokens, (candidate, reference) => {
        const [cand, ref] = [candidate.join(' '), reference.join(' ')];
        expect(rougeN(candidate, reference, 1).f).toBeCloseTo(jsRouge.n(cand, ref, { n: 1, tokenizer }), 10);
        expect(rougeN(candidate, reference, 2).f).toBeCloseTo(jsRouge.n(cand, ref, { n: 2, tokenizer }), 10);
        expect(rougeL(candidate, reference).f).toBeCloseTo(jsRouge.l(cand, ref, { tokenizer, segmenter: (s) => [s] }), 10);
      }),
      { numRuns: 300 },
    );
  });
});
