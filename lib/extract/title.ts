/**
 * The headline without the site's name. Readability drops a " | Site" suffix only from titles
 * of more than four space-separated words, so a Japanese or Chinese title, one "word" long
 * to it, keeps its "… | 港町新報". Only the site's own name is cut, never a part that merely
 * follows a separator: "Brexit - what happens next" stays whole. The site name is compared as
 * text, never made into a pattern (a page's site name may be tens of thousands of characters).
 */
import { MAX_NAME_CHARS, MAX_TITLE_CHARS, bounded } from '../text/bounded';
import { normalizeSpace } from '../text/normalize';

const SEPARATOR = '[|\\-–—·•:»/\\\\]';
const SEPARATED_BEFORE = new RegExp(`\\s${SEPARATOR}\\s$`, 'u');
const SEPARATED_AFTER = new RegExp(`^\\s${SEPARATOR}\\s`, 'u');

function sameText(a: string, b: string): boolean {
  return a.length === b.length && a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
}

export function headlineWithoutSiteName(title: string, siteName: string | null): string {
  const headline = bounded(normalizeSpace(title), MAX_TITLE_CHARS);
  const site = normalizeSpace(siteName ?? '');
  if (!site || site === headline || site.length > MAX_NAME_CHARS || site.length >= headline.length) return headline;
  let trimmed = headline;
  const before = trimmed.slice(0, -site.length);
  if (sameText(trimmed.slice(-site.length), site) && SEPARATED_BEFORE.test(before)) trimmed = before.slice(0, -3);
  const after = trimmed.slice(site.length);
  if (sameText(trimmed.slice(0, site.length), site) && SEPARATED_AFTER.test(after)) trimmed = after.slice(3);
  return trimmed.trim() || headline;
}
