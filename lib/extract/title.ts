/**
 * The headline without the site's name. Readability drops a " | Site" suffix only from titles
 * of more than four space-separated words, so a Japanese or Chinese title, one "word" long
 * to it, keeps its "… | 港町新報". Only the site's own name is cut, never a part that merely
 * follows a separator: "Brexit - what happens next" stays whole.
 */
import { normalizeSpace } from '../text/normalize';

const SEPARATOR = '[|\\-–—·•:»/\\\\]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function headlineWithoutSiteName(title: string, siteName: string | null): string {
  const headline = normalizeSpace(title);
  const site = normalizeSpace(siteName ?? '');
  if (!site || site === headline) return headline;
  const name = escapeRegExp(site);
  const trimmed = headline
    .replace(new RegExp(`\\s+${SEPARATOR}\\s+${name}$`, 'iu'), '')
    .replace(new RegExp(`^${name}\\s+${SEPARATOR}\\s+`, 'iu'), '');
  return trimmed || headline;
}
