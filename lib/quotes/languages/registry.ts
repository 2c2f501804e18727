/**
 * The languages the quote finder knows in this context besides English, which it always
 * knows. The CLI, the scripts and the tests register all of them (`index.ts`); the content
 * script has the article's own language injected when it reads an article in it (one small
 * script per language, `quote-language-<code>.js`), so no page pays for the others. The
 * registry lives on the global object, which the content script and its language scripts
 * share.
 */
import type { QuoteLanguage } from './language';

interface Registry {
  languages: Record<string, QuoteLanguage>;
  /** Counts registrations, so that what is built from the languages is rebuilt after one. */
  version: number;
}

const KEY = '__ledeQuoteLanguages';

function registry(): Registry {
  const global = globalThis as { [KEY]?: Registry };
  return (global[KEY] ??= { languages: {}, version: 1 });
}

export function registerLanguages(...languages: readonly QuoteLanguage[]): void {
  const r = registry();
  for (const language of languages) r.languages[language.code] = language;
  r.version++;
}

/** The registered languages, by code. */
export function registeredLanguages(): Readonly<Record<string, QuoteLanguage>> {
  return registry().languages;
}

export function registryVersion(): number {
  return registry().version;
}
