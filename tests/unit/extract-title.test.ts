import { describe, expect, it } from 'vitest';
import { headlineWithoutSiteName } from '../../lib/extract/title';
import { buildArticle } from '../../lib/build-article';
import { MAX_NAME_CHARS, MAX_TITLE_CHARS } from '../../lib/text/bounded';
import { parseHtml } from '../../node/html-document';
import { HARBOUR, escapeHtml, page } from '../fixtures/hostile/article';

describe('headlineWithoutSiteName', () => {
  it('drops the site name after a separator, in any script', () => {
    expect(headlineWithoutSiteName('港町市の市民ホール、改修で一年間休館へ | 港町新報', '港町新報')).toBe('港町市の市民ホール、改修で一年間休館へ');
    expect(headlineWithoutSiteName('How to Build a Terrarium | eHow', 'eHow')).toBe('How to Build a Terrarium');
    expect(headlineWithoutSiteName('Rail strike called off — The Daily Post', 'the daily post')).toBe('Rail strike called off');
  });

  it('drops the site name before a separator', () => {
    expect(headlineWithoutSiteName('Yahoo! News | Markets rally after rate cut', 'Yahoo! News')).toBe('Markets rally after rate cut');
  });

  it('keeps what follows a separator when it is not the site name', () => {
    expect(headlineWithoutSiteName('Brexit - what happens next', 'The Daily Post')).toBe('Brexit - what happens next');
    expect(headlineWithoutSiteName('Samantha and The Great Big Lie - John C. Welch - Medium', 'Medium')).toBe(
      'Samantha and The Great Big Lie - John C. Welch',
    );
  });

  it('keeps the title when it is the site name alone, or no site name is known', () => {
    expect(headlineWithoutSiteName('eHow', 'eHow')).toBe('eHow');
    expect(headlineWithoutSiteName('  A  headline | Site ', null)).toBe('A headline | Site');
  });

  it('treats the site name as text, not as a pattern', () => {
    expect(headlineWithoutSiteName('Story | A+B (C)', 'A+B (C)')).toBe('Story');
    expect(headlineWithoutSiteName('Story | AAB C', 'A+B (C)')).toBe('Story | AAB C');
  });

  it('a site name or title of tens of thousands of characters neither overflows nor comes through whole', () => {
    const huge = 'Harbour Gazette '.repeat(4000);
    expect(() => headlineWithoutSiteName(`Ferry returns | ${huge}`, huge)).not.toThrow();
    expect(headlineWithoutSiteName(`${huge} | ${huge}`, 'x').length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(headlineWithoutSiteName('Ferry returns | The Gazette', `${'('.repeat(50_000)}`)).toBe('Ferry returns | The Gazette');
  });
});

describe('page strings are bounded before use', () => {
  it('an og:site_name, JSON-LD publisher and byline of 60,000 characters: the article is read, its names cut short', () => {
    const huge = `Gazette ${'(['.repeat(30_000)}`;
    const head = `<meta property="og:site_name" content="${escapeHtml(huge)}">
<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: HARBOUR.title, publisher: { '@type': 'Organization', name: huge }, author: { '@type': 'Person', name: huge } })}</script>`;
    const doc = parseHtml(page({ ...HARBOUR, title: `${HARBOUR.title} | ${huge}` }, { head }), 'https://news.example/ferry');
    const { result } = buildArticle(doc);
    if (result.kind !== 'article') throw new Error(`expected an article, got ${JSON.stringify(result)}`);
    expect(result.article.text).toContain(HARBOUR.paragraphs[0]);
    expect(result.article.siteName!.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(result.article.byline!.length).toBeLessThanOrEqual(MAX_NAME_CHARS);
    expect(result.article.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
  });
});
