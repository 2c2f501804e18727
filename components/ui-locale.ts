/**
 * The language and direction of Lede's own text. They come from the messages themselves
 * (`uiLanguage`, `uiDirection`), not from `@@ui_locale`: when the browser's language
 * has no translation, Chrome falls back to English text, and marking that text as, say,
 * German would make screen readers pronounce it wrongly.
 */
import { i18n } from '#i18n';
import type { TextDirection } from '../lib/article-model';

export function uiLocale(): string {
  return i18n.t('uiLanguage') || 'en';
}

export function uiDir(): TextDirection {
  return i18n.t('uiDirection') === 'rtl' ? 'rtl' : 'ltr';
}

/** Marks a Lede page as being in the UI language, before anything renders. */
export function applyUiLocale(root: HTMLElement = document.documentElement): void {
  root.lang = uiLocale();
  root.dir = uiDir();
}

/** The `lang` attribute for article text: none when the article's language is unknown. */
export function articleLang(lang: string): string | undefined {
  return lang && lang !== 'und' ? lang : undefined;
}

/** A number written the way the page's language writes it (Persian digits in Persian). */
export function formatUiNumber(value: number): string {
  return new Intl.NumberFormat(document.documentElement.lang || undefined).format(value);
}

/** A language's name in Lede's UI language (`en-GB` → “British English”), or the tag itself. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
