/**
 * Readability's own regression pages: Lede's clean-up must not cost them their text or
 * change the metadata Readability reads. Lede drops furniture Readability keeps (captions,
 * related links, comments), so recall is measured against Readability's output with room
 * for that, and against its prose paragraphs where its output is mostly furniture.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { headlineWithoutSiteName } from '../../lib/extract/title';
import { visibleText } from '../../lib/extract/visible-text';
import { normalizeSpace } from '../../lib/text/normalize';
import { countText } from '../../lib/text/reading-time';
import { matchShingles } from '../../lib/text/shingle-f1';
import { datasetPath } from '../../node/datasets';
import { parseHtml } from '../../node/html-document';

const PAGES = datasetPath('extraction', 'mozilla-test-pages');
/** The URL Readability's test suite gives every page. */
const PAGE_URL = 'http://fakehost/test/page.html';

/** Measured: every page but one keeps at least 0.76 of Readability's text; the mean is 0.97. */
const MIN_RECALL = 0.75;
const MIN_PROSE_RECALL = 0.9;
const MIN_MEAN_RECALL = 0.95;
/** Readability's output for the pages Lede finds no article in: a word or two of test text. */
const MAX_WORDS_WITHOUT_ARTICLE = 20;

interface Expected {
  title: string | null;
  byline: string | null;
  lang: string | null;
  dir: string | null;
  siteName: string | null;
}

function recall(truth: string, output: string): number {
  const { tp, fn } = matchShingles(truth, output);
  return tp + fn > 0 ? tp / (tp + fn) : 1;
}

/** Readability's paragraphs that read as prose: a sentence or more, not a label or caption. */
function proseOf(doc: Document): string {
  return [...doc.querySelectorAll('p')]
    .map((p) => visibleText(p))
    .filter((t) => countText(t).words >= 15 && /[.!?…。！？؟"”»’')\]]$/u.test(t))
    .join('\n');
}

const names = PAGES ? readdirSync(PAGES).filter((name) => existsSync(join(PAGES, name, 'source.html'))) : [];
/** Filled by the per-page tests, which run first; pages without an article are left out. */
const recalls: number[] = [];

describe.skipIf(!PAGES)('Mozilla Readability test pages (skipped when ../shared/datasets is absent)', () => {
  it.each(names)('%s keeps its text and metadata', (name) => {
    const dir = join(PAGES!, name);
    const expected = JSON.parse(readFileSync(join(dir, 'expected-metadata.json'), 'utf8')) as Expected;
    const expectedDoc = parseHtml(readFileSync(join(dir, 'expected.html'), 'utf8'), PAGE_URL);
    const expectedText = visibleText(expectedDoc.body);
    const result = extractArticle(parseHtml(readFileSync(join(dir, 'source.html'), 'utf8'), PAGE_URL));

    if (result.kind !== 'article') {
      expect(countText(expectedText).words).toBeLessThan(MAX_WORDS_WITHOUT_ARTICLE);
      return;
    }
    const { article } = result.extracted;
    const pageRecall = recall(expectedText, article.text);
    recalls.push(pageRecall);
    if (pageRecall < MIN_RECALL) expect(recall(proseOf(expectedDoc), article.text)).toBeGreaterThanOrEqual(MIN_PROSE_RECALL);

    // Lede normalises white space in what it reports and drops the site's name from the
    // headline; Readability passes both through.
    if (expected.title) expect(article.title).toBe(headlineWithoutSiteName(expected.title, expected.siteName));
    if (expected.byline) expect(article.byline).toBe(normalizeSpace(expected.byline));
    if (expected.lang) expect(article.lang.toLowerCase()).toBe(expected.lang.toLowerCase());
    if (expected.dir) expect(article.dir).toBe(expected.dir);
  });

  it('keeps on average almost all of the text Readability finds', () => {
    expect(recalls.length).toBeGreaterThan(names.length * 0.9);
    expect(recalls.reduce((a, b) => a + b, 0) / recalls.length).toBeGreaterThanOrEqual(MIN_MEAN_RECALL);
  });
});
