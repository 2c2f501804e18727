/** Article metadata that Readability leaves out or gives raw: byline, language, direction, dates. */
import type { TextDirection } from '../article-model';
import { directionOfText, isRtlLanguage } from '../text/direction';
import { normalizeSpace } from '../text/normalize';
import { judgedByName } from './furniture-hints';
import { listed } from './node-lists';

/** Readability's byline test (`_isValidByline`): a named author element with short text. */
const BYLINE_NAME = /byline|author|dateline|writtenby|p-author/i;
const MAX_BYLINE_CHARS = 100;
/**
 * A selector for every element `isBylineCandidate` can accept (and some it rejects): the
 * selector engine finds them far faster than a walk over the page testing each element.
 */
export const BYLINE_CANDIDATES = ['byline', 'author', 'dateline', 'writtenby']
  .flatMap((name) => [`[class*="${name}" i]`, `[id*="${name}" i]`])
  .concat('[rel="author"]', '[itemprop*="author"]')
  .join(', ');

function isProbablyVisible(el: Element): boolean {
  const style = (el as HTMLElement).style;
  if (style && (style.display === 'none' || style.visibility === 'hidden')) return false;
  if (el.hasAttribute('hidden')) return false;
  return el.getAttribute('aria-hidden') !== 'true' || (el.getAttribute('class') ?? '').includes('fallback-image');
}

/** Hidden subtrees are skipped whole, as Readability removes them before looking inside. */
function isShownIn(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up && up !== root; up = up.parentElement) if (!isProbablyVisible(up)) return false;
  return true;
}

/** Whether the element's class or id names it like a byline (the rest of the test aside). */
export const isNamedLikeByline = judgedByName((hint) => BYLINE_NAME.test(hint));

export function isBylineCandidate(el: Element): boolean {
  const named = el.getAttribute('rel') === 'author' || (el.getAttribute('itemprop') ?? '').includes('author') || isNamedLikeByline(el);
  if (!named) return false;
  const length = (el.textContent ?? '').trim().length;
  return length > 0 && length < MAX_BYLINE_CHARS;
}

/**
 * The byline. Readability finds it only on some of its passes over a page, so once Lede's
 * clean-up lets its first pass succeed it can miss one it would otherwise report; the
 * fallback is the first visible element Readability's own byline test accepts.
 */
export function bylineOf(doc: Document, readabilityByline: string | null | undefined): string | null {
  const given = normalizeSpace(readabilityByline ?? '');
  if (given) return given;
  for (const el of listed(doc.body.querySelectorAll(BYLINE_CANDIDATES))) {
    if (!isBylineCandidate(el) || !isShownIn(el, doc.body)) continue;
    const name = el.querySelector('[itemprop*="name"]') ?? el;
    return normalizeSpace(name.textContent ?? '') || null;
  }
  return null;
}

/**
 * Metadata sources in order of trust, each read only if those before it gave nothing usable:
 * the later ones search the whole page (case-blind attribute selectors, which are slow).
 */
type Source = () => string | null | undefined;

export function languageOf(doc: Document, readabilityLang: string | null | undefined): string {
  const sources: Source[] = [
    () => readabilityLang,
    () => doc.documentElement.getAttribute('lang'),
    () => doc.documentElement.getAttribute('xml:lang'),
    () => doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    () => doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const source of sources) {
    const tag = source()?.trim().split(/[,;\s]/)[0]?.replace(/_/g, '-');
    if (!tag) continue;
    try {
      return Intl.getCanonicalLocales(tag)[0]!;
    } catch {
      /* not a valid BCP 47 tag: try the next source */
    }
  }
  return 'und';
}

export function directionOf(readabilityDir: string | null | undefined, lang: string, text: string): TextDirection {
  if (readabilityDir === 'rtl' || readabilityDir === 'ltr') return readabilityDir;
  if (lang !== 'und' && isRtlLanguage(lang)) return 'rtl';
  return directionOfText(text);
}

export function publishedTimeOf(doc: Document, readabilityTime: string | null | undefined): string | null {
  const sources: Source[] = [
    () => readabilityTime,
    () => doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    () => doc.querySelector('meta[name="date" i], meta[name="pubdate" i], meta[name="dc.date" i]')?.getAttribute('content'),
    () => doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  for (const source of sources) {
    const raw = source();
    if (!raw) continue;
    const date = new Date(raw.trim());
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}
