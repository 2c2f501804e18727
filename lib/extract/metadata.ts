/** Article metadata that Readability leaves out or gives raw: language, direction, dates. */
import type { TextDirection } from '../article-model';
import { directionOfText, isRtlLanguage } from '../text/direction';

export function languageOf(doc: Document, readabilityLang: string | null | undefined): string {
  const candidates = [
    readabilityLang,
    doc.documentElement.getAttribute('lang'),
    doc.documentElement.getAttribute('xml:lang'),
    doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content'),
    doc.querySelector('meta[property="og:locale"]')?.getAttribute('content'),
  ];
  for (const raw of candidates) {
    const tag = raw?.trim().split(/[,;\s]/)[0]?.replace(/_/g, '-');
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
  const candidates = [
    readabilityTime,
    doc.querySelector('meta[itemprop="datePublished"]')?.getAttribute('content'),
    doc.querySelector('meta[name="date" i], meta[name="pubdate" i], meta[name="dc.date" i]')?.getAttribute('content'),
    doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'),
  ];
  for (const raw of candidates) {
    if (!raw) continue;
    const date = new Date(raw.trim());
    if (!Number.isNaN(date.getTime())) return date.toISOString();
  }
  return null;
}
