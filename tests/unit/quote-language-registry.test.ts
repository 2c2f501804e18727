import { afterEach, describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { QUOTE_LANGUAGE_CODES, quoteLanguageCode } from '../../lib/quotes/languages/codes';
import { ALL_LANGUAGES } from '../../lib/quotes/languages';
import { registerLanguages, registeredLanguages } from '../../lib/quotes/languages/registry';
import { ru } from '../../lib/quotes/languages/ru';

const KEY = '__ledeQuoteLanguages';
type Registry = { languages: Record<string, unknown>; version: number };
const global = globalThis as unknown as Record<string, Registry>;
const everything = global[KEY]!;

/** As in the content script: English alone, until the article's language is loaded. */
function englishOnly(): void {
  global[KEY] = { languages: {}, version: everything.version + 1 };
}

afterEach(() => {
  everything.version = global[KEY]!.version + 1;
  global[KEY] = everything;
});

const blocks: Block[] = [
  'Министр финансов России Антон Силуанов выступил во вторник в Государственной думе с отчётом о бюджете.',
  '«Бюджет будет исполнен без дефицита», — подчеркнул Силуанов.',
  'По словам Силуанова, «никаких новых налогов в следующем году не будет».',
].map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));

describe('the quote languages a context knows', () => {
  it('lists a code for every language file, and reads a tag by its primary subtag', () => {
    expect([...QUOTE_LANGUAGE_CODES].sort()).toEqual(Object.keys(ALL_LANGUAGES).sort());
    expect(quoteLanguageCode('pt-BR')).toBe('pt');
    expect(quoteLanguageCode('zh_Hant_TW')).toBe('zh');
    expect(quoteLanguageCode('xx')).toBeNull();
  });

  it('reads an article with English alone until its language is loaded, then with its own words', () => {
    englishOnly();
    expect(registeredLanguages()).toEqual({});
    // Without Russian's "по словам" and its speech verbs, the second quote has no one to speak it.
    const alone = findQuotes({ lang: 'ru', blocks });
    expect(alone.map((q) => q.speaker)).not.toEqual(['Антон Силуанов', 'Антон Силуанов']);
    registerLanguages(ru);
    expect(findQuotes({ lang: 'ru', blocks }).map((q) => q.speaker)).toEqual(['Антон Силуанов', 'Антон Силуанов']);
  });
});
