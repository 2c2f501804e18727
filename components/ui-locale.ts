/**
 * The language and direction of Lede's own text. They come from the messages themselves
 * (`uiLanguage`, `uiDirection`), not from `@@ui_locale`: when the browser's language
 * has no translation, Chrome falls back to English text, and marking that text as, say,
 * German would make screen readers pronounce it wrongly.
 */
import { browser } from 'wxt/browser';
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

/**
 * A number written the way the UI language writes it (Persian digits in Persian, a decimal
 * comma in German), whatever page it is shown on: the content script's announcements run in
 * the article's page, whose own language may differ.
 */
export function formatUiNumber(value: number): string {
  return new Intl.NumberFormat(uiLocale()).format(value);
}

/**
 * Messages that depend on a count have one form per plural category of each language
 * (`one`/`other` in English; `one`/`few`/`many`/`other` in Russian; all six in Arabic), and
 * `Intl.PluralRules` for the UI language picks the form; `$1` is the count, formatted by
 * `Intl.NumberFormat`. The browser's own i18n knows no plurals, and wxt's "1 | n" forms
 * only English's two.
 */
export type PluralMessage =
  | 'popup.readingTime'
  | 'options.summary.short'
  | 'options.summary.medium'
  | 'options.summary.long'
  | 'reader.display.characters'
  | 'listen.lineFocusLines';

export function pluralUi(key: PluralMessage, count: number): string {
  const category = new Intl.PluralRules(uiLocale()).select(count);
  const number = formatUiNumber(count);
  // The categories past English's are not in en.yml, which types `i18n.t`'s keys.
  const getMessage = browser.i18n.getMessage as (name: string, substitutions: string[]) => string;
  const message = (form: string) => getMessage(`${key}.${form}`.replaceAll('.', '_'), [number]);
  return message(category) || message('other');
}

/** A language's name in Lede's UI language (`en-GB` → “British English”), or the tag itself. */
export function languageName(lang: string): string {
  try {
    return new Intl.DisplayNames([uiLocale()], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}
