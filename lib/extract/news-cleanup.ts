/**
 * News-page boilerplate that Readability lets through. Two passes: `precleanPage` removes
 * page furniture before Readability scores the page (so tickers and banners can't win), and
 * `cleanArticle` removes what still sits inside the chosen article body.
 */
import { normalizeSpace } from '../text/normalize';

/** class/id fragments that mark furniture, matched as whole words of the attribute. */
const FURNITURE_HINT =
  /(^|[\s_-])(skip-?links?|skip-?to|breaking-?news|ticker|cookie|consent|gdpr|share-?(bar|tools|buttons|links|row)|social-?(share|links|bar)|sharing|print-?link|newsletter|promo|related-?(stories|articles|content|links)?|read-?more|more-?stories|recommended|outbrain|taboola|advert|advertisement|ad-?(slot|unit|container|label|wrapper)|sponsored|comments?-?(closed|count)|paywall|subscribe)([\s_-]|$)/i;

const FURNITURE_TEXT = [
  /^accessibility links\b/i,
  /^skip to (main )?(content|navigation|article|search)\b/i,
  /^breaking( news)?\b/i,
  /^(share|share this( article| story)?|share on \w+|print|email|e-mail|copy link|tweet)$/i,
  /^(read more|related( stories| articles| content| coverage)?|more on this story|you may also like|most read|recommended( for you)?)\b:?$/i,
  /^(advertisement|advert|ad|sponsored( content)?|paid content|story continues below( advertisement)?)$/i,
  /\b(we use cookies|cookie (policy|settings|preferences)|accept (all )?cookies)\b/i,
  /^comments? (are|is) (now )?closed\b/i,
  /^(sign up|subscribe) (to|for) (our|the) newsletter\b/i,
];

function matchesFurnitureText(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (!text || text.length > 200) return false;
  return FURNITURE_TEXT.some((re) => re.test(text));
}

function hintOf(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
}

export function precleanPage(doc: Document): void {
  for (const el of doc.querySelectorAll('[class], [id]')) {
    if (!el.isConnected || el === doc.body || el === doc.documentElement) continue;
    if (el.matches('article, main, [role="main"]')) continue;
    if (FURNITURE_HINT.test(hintOf(el)) && normalizeSpace(el.textContent ?? '').length < 1500) el.remove();
  }
}

export function cleanArticle(root: Element): void {
  for (const el of root.querySelectorAll('p, li, ul, ol, div, section, aside, span, a, h2, h3, h4, h5, h6, figure')) {
    if (!el.isConnected && !root.contains(el)) continue;
    if (matchesFurnitureText(el) || (el !== root && FURNITURE_HINT.test(hintOf(el)) && normalizeSpace(el.textContent ?? '').length < 600)) {
      el.remove();
    }
  }
  // Lists whose items are all links ("related stories") are navigation, not article text.
  for (const list of root.querySelectorAll('ul, ol')) {
    const items = [...list.querySelectorAll(':scope > li')];
    if (items.length >= 2 && items.every((li) => isAllLink(li))) list.remove();
  }
}

function isAllLink(el: Element): boolean {
  const text = normalizeSpace(el.textContent ?? '');
  if (!text) return true;
  const linkText = [...el.querySelectorAll('a')].map((a) => normalizeSpace(a.textContent ?? '')).join(' ');
  return linkText.length >= text.length * 0.9;
}
