/** The languages with a quote file in this folder: the ones a content script may ask to have loaded. */
export const QUOTE_LANGUAGE_CODES: readonly string[] = ['ar', 'de', 'en', 'es', 'fa', 'fr', 'it', 'ja', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh'];

/** The primary subtag of a BCP 47 tag when a quote file exists for it: "pt-BR" → "pt". */
export function quoteLanguageCode(lang: string): string | null {
  const primary = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return QUOTE_LANGUAGE_CODES.includes(primary) ? primary : null;
}
