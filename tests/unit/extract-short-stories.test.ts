/**
 * Short stories, blog posts and photo-led stories are articles: clean-up takes furniture by
 * evidence, never the story because of what blog software named its element.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';
import { cleanArticle } from '../../lib/extract/news-cleanup';
import { endsLikeSentence } from '../../lib/extract/prose';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

function articleText(html: string, url = 'https://blog.example/2012/07/post'): string {
  const result = extractArticle(doc(html), { url });
  if (result.kind !== 'article') throw new Error(`no article: ${result.message}`);
  return result.extracted.article.text;
}

const SITE_CHROME = `<div id="header"><a href="/">Home</a> <a href="/about">About</a> <a href="/archive">Archive</a></div>
  <div id="sidebar"><h3>Blogroll</h3><ul><li><a href="https://a.example">A friend's blog</a></li><li><a href="https://b.example">Another blog</a></li></ul></div>`;

describe('a short blog post', () => {
  // About 90 words: too short for the three long paragraphs that mark a body of prose.
  const POST = [
    'Rather than doing away with the no-trade clause completely, the league should limit how many teams a player can name.',
    'A player could list eight clubs he would refuse, and the rest of the league would stay open to his team.',
    'That keeps the protection players bargained for while giving managers room to rebuild when a season goes badly.',
  ];

  it('is kept whole when WordPress names its element after the post’s tags ("tag-promotion")', () => {
    const html = `<html><head><title>No-trade idea | Hockey Blog</title></head><body>${SITE_CHROME}
      <div id="content"><div class="post-4334 post type-post status-publish format-standard hentry category-news tag-feature tag-promotion tag-videos">
        <h2><a href="/2012/07/no-trade-idea">No-trade idea</a></h2>
        ${POST.map((p) => `<p>${p}</p>`).join('')}
      </div></div></body></html>`;
    const text = articleText(html);
    for (const p of POST) expect(text).toContain(p);
  });

  it('is kept whole inside a wrapper named for its date (Blogger’s "date-posts")', () => {
    const html = `<html><head><title>Open or closed</title></head><body>${SITE_CHROME}
      <div class="blog-posts"><div class="date-outer"><h2 class="date-header">Thursday, October 4, 2012</h2>
      <div class="date-posts"><div class="post-outer"><div class="post"><h3 class="post-title">Open or closed</h3>
      <div class="post-body">${POST.map((p) => `${p}<br><br>`).join('')}</div>
      <div class="post-footer"><span class="post-author">Posted by Duncan</span> <a href="/2012/10/open.html#comments">12 comments</a></div>
      </div></div></div></div></div></body></html>`;
    const text = articleText(html);
    for (const p of POST) expect(text).toContain(p);
    expect(text).not.toContain('12 comments');
  });
});

describe('cleanArticle', () => {
  it('still removes small furniture inside the story, but never the element holding most of it', () => {
    const root = doc(`<div id="story"><div class="entry-date">July 18, 2012</div>
      <div class="date-posts"><p>The first paragraph of a short story that the clean-up must leave exactly where it is.</p>
      <p>The second paragraph, which carries on with the story for a few more words.</p></div>
      <div class="tags">Filed under: <a href="/t/a">Hockey</a>, <a href="/t/b">Trades</a></div></div>`).body.firstElementChild!;
    cleanArticle(root);
    const text = root.textContent ?? '';
    expect(text).toContain('The first paragraph');
    expect(text).toContain('The second paragraph');
    expect(text).not.toContain('July 18');
    expect(text).not.toContain('Filed under');
  });
});

describe('a photo-led story', () => {
  const CAPTIONS = [
    'Volunteers stack sandbags along the river wall before dawn, as the water rises towards the footpath.',
    'A ferry crew checks the moorings at the harbour, where the tide came within a hand of the quay.',
    'Children watch from the bridge as the river reaches its highest level since the floods of 1998.',
  ];

  it('tells its story in the captions, which become its text', () => {
    const html = `<html><head><title>The river rises</title></head><body>${SITE_CHROME}<article>
      <h1>The river rises</h1><p>Photographs from a long night on the river.</p>
      ${CAPTIONS.map((c, i) => `<figure><img src="/photos/${i}.jpg" alt=""><figcaption>${c}</figcaption></figure>`).join('')}
      </article></body></html>`;
    const text = articleText(html, 'https://news.example/river');
    for (const c of CAPTIONS) expect(text).toContain(c);
  });

  it('while an ordinary story keeps its one caption on the figure, out of the running text', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>The council said on Tuesday that repairs to the river wall would begin next month and last into the spring (${i}).</p>`).join('');
    const html = `<html><head><title>Wall repairs</title></head><body><article><h1>Wall repairs</h1>
      <figure><img src="/w.jpg" alt=""><figcaption>${CAPTIONS[0]}</figcaption></figure>${body}</article></body></html>`;
    const result = extractArticle(doc(html), { url: 'https://news.example/wall' });
    if (result.kind !== 'article') throw new Error(result.message);
    expect(result.extracted.article.text).not.toContain(CAPTIONS[0]);
    expect(result.extracted.article.blocks.find((b) => b.kind === 'figure')?.caption).toBe(CAPTIONS[0]);
  });
});

describe('endsLikeSentence', () => {
  it('knows the full-width closing brackets and quotes of Chinese and Japanese', () => {
    expect(endsLikeSentence('正是有了英勇的你们，才有这座英雄的城！（评论员 罗博）')).toBe(true);
    expect(endsLikeSentence('彼は「また来ます。」')).toBe(true);
    expect(endsLikeSentence('Home | News')).toBe(false);
  });
});

describe('a post headline linked to the post itself', () => {
  it('is no link to another page: its heading stays, while a teaser heading linking elsewhere on the site goes', () => {
    const url = 'https://adwords.example/2012/10/showcase-your-promotions.html';
    const body = Array.from({ length: 4 }, (_, i) => `<p>Promotion extensions show your offer under the ad, so shoppers see the discount before they click through to the shop (${i}).</p>`).join('');
    const html = `<html><head><title>Inside AdWords</title></head><body>
      <div class="post"><h3 class="post-title"><a href="${url}">Showcase your promotions and get your customers’ attention</a></h3>
      ${body}<h3><a href="https://adwords.example/2012/10/another-post.html">Holiday bidding strategies for shopping campaigns</a></h3></div></body></html>`;
    const result = extractArticle(doc(html), { url });
    if (result.kind !== 'article') throw new Error(result.message);
    const headings = result.extracted.article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
    expect(headings).toEqual(['Showcase your promotions and get your customers’ attention']);
  });
});

describe('share buttons labelled in any language', () => {
  it('are a row of network names with a word or two; a sentence naming networks is not', async () => {
    const { isFurnitureLine } = await import('../../lib/extract/boilerplate-text');
    expect(isFurnitureLine('Whatsapp Facebook Pint Baixar')).toBe(true);
    expect(isFurnitureLine('Compartir en Facebook Twitter WhatsApp')).toBe(true);
    expect(isFurnitureLine('Facebook and Twitter removed the accounts.')).toBe(false);
  });
});

describe('metadata under a standfirst set as a heading', () => {
  it('is trimmed like any dateline at the top, while short lines under a heading stay', () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Health officials confirmed a third case on Tuesday and said the risk to the public remained low, as tests continued (${i}).</p>`).join('');
    const html = `<html><head><title>Third case confirmed</title></head><body><article><h1>Third case confirmed</h1>
      <h2>A third case has been reported, and officials are asking people to stay calm.</h2>
      <p>PUBLISHED: 00:01, Tue, Nov 19, 2019</p><p>| UPDATED: 10:43, Tue, Nov 19, 2019</p>
      <h3>What to pack</h3><p>Water</p><p>A torch</p>${body}</article></body></html>`;
    const result = extractArticle(doc(html), { url: 'https://news.example/case' });
    if (result.kind !== 'article') throw new Error(result.message);
    const texts = result.extracted.article.blocks.map((b) => b.text);
    expect(texts).toContain('A third case has been reported, and officials are asking people to stay calm.');
    expect(texts.some((t) => t.includes('PUBLISHED') || t.includes('UPDATED'))).toBe(false);
    expect(texts.slice(1, 4)).toEqual(['What to pack', 'Water', 'A torch']);
  });
});

describe("the article's HTML", () => {
  it("carries none of the page's event handlers or inline styles", () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p style="color:red" onclick="track(${i})">The council said on Tuesday that repairs to the river wall would begin next month and last into the spring (${i}).</p>`).join('');
    const html = `<html><head><title>Wall repairs</title></head><body><article onmouseover="x()"><h1>Wall repairs</h1>
      <svg style="width:0"><circle r="1"></circle></svg>${body}<a href="/x" onClick="go()">More</a></article></body></html>`;
    const result = extractArticle(doc(html), { url: 'https://news.example/wall' });
    if (result.kind !== 'article') throw new Error(result.message);
    const { contentHtml } = result.extracted.article;
    expect(contentHtml).toContain('repairs to the river wall');
    expect(contentHtml).not.toMatch(/\s(style|on[a-z]+)=/i);
  });
});
