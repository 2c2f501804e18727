import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../lib/article-model';
import { buildArticle } from '../../lib/build-article';
import { summarize } from '../../lib/summary/summarize';

const PAGE = `<html lang="en"><head><title>Harbour ferry returns after ten years</title></head><body><article>
<h1>Harbour ferry returns after ten years</h1>
<p>“The harbour ferry will return to the island in September after ten years,” the port director, Ana Ruiz, said on Tuesday.</p>
<p>The harbour authority approved the plan after islanders campaigned for a decade to bring the ferry back to the island.</p>
<p>The ferry will sail twice a day in summer and once a day in winter, with tickets at half the price of the old service.</p>
<p>“Islanders will be able to reach the hospital on the mainland in forty minutes instead of two hours,” Ruiz said.</p>
<p>Fishermen worried that the ferry would crowd the small harbour, but the authority said it would build a separate berth.</p>
<p>The old service stopped in 2014 when its operator went bankrupt and no other company bid for the route.</p>
</article></body></html>`;

function built(): ArticleModel {
  const doc = new DOMParser().parseFromString(PAGE, 'text/html');
  const { result } = buildArticle(doc, { url: 'https://news.example/ferry' });
  if (result.kind !== 'article') throw new Error(result.message);
  return result.article;
}

describe('the summary and the key quotes', () => {
  it('never show the same words twice: a sentence that is mostly a key quote is left to the quote', () => {
    const article = built();
    const key = article.quotes.filter((q) => q.key);
    expect(key.map((q) => q.speaker)).toContain('Ana Ruiz');
    // Without the key quotes to avoid, the summariser picks the lede, which is one of them.
    const alone = summarize(article).map((s) => s.text);
    expect(alone.some((text) => key.some((q) => text.includes(q.text)))).toBe(true);
    for (const sentence of article.summary) {
      for (const quote of key) expect(sentence.text).not.toContain(quote.text);
    }
    expect(article.summary.length).toBe(alone.length);
  });
});
