/**
 * Every locale is complete and really translated: each key in en.yml (the default locale)
 * exists in every other locale with the same placeholders and plural forms, no locale has
 * keys English lacks, and translations are not English left in place.
 */
import { readdirSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { isRtlLanguage } from '../../lib/text/direction';

const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');
const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml'));
const locales = files.map((f) => basename(f, '.yml'));
const others = locales.filter((l) => l !== 'en');

/** Same in every language: the product's name and the fonts' names. */
const PROPER_NAMES = new Set([
  'extName',
  'reader.display.fontSerif',
  'reader.display.fontSans',
  'reader.display.fontAtkinson',
  'reader.display.fontOpendyslexic',
]);
/** Words a language shares with English, checked by a speaker of that language. */
const SHARED_WORDS: Record<string, Set<string>> = {
  es: new Set(['reader.display.themeSepia', 'reader.embed.audio']),
};

/** A locale's own messages; the parser adds the browser's predefined `@@` ones, left out here. */
async function messagesOf(locale: string): Promise<Map<string, ParsedMessage>> {
  const parsed = await parseMessagesFile(resolve(LOCALES_DIR, `${locale}.yml`));
  return new Map(parsed.filter((m) => !m.key[0]!.startsWith('@@')).map((m) => [m.key.join('.'), m]));
}

/** Data about the locale file itself rather than text to translate. */
const LOCALE_DATA = new Set(['uiLanguage', 'uiDirection']);

/** The visible text of a message: its plural forms joined, for comparing and script checks. */
function textOf(message: ParsedMessage): string {
  return message.type === 'plural' ? Object.values(message.plurals).join(' | ') : message.message;
}

/** Units and symbols ("$1 px", "$1×") carry no words to translate. */
const hasWords = (text: string) => /\p{L}{3,}/u.test(text.replace(/\$\d/g, ''));

describe('locales', () => {
  it('ships English plus a right-to-left language and another language', () => {
    expect(locales).toContain('en');
    expect(others.some(isRtlLanguage)).toBe(true);
    expect(others.some((l) => !isRtlLanguage(l))).toBe(true);
  });

  it.each(locales)('%s names its own language and direction', async (locale) => {
    const messages = await messagesOf(locale);
    expect(messages.get('uiLanguage') && textOf(messages.get('uiLanguage')!)).toBe(locale);
    expect(messages.get('uiDirection') && textOf(messages.get('uiDirection')!)).toBe(isRtlLanguage(locale) ? 'rtl' : 'ltr');
  });

  it.each(locales)('%s keeps the store limits on name and description', async (locale) => {
    const messages = await messagesOf(locale);
    // Chrome Web Store: description at most 132 characters; both stores cut long names.
    expect(textOf(messages.get('extDescription')!).length).toBeLessThanOrEqual(132);
    expect(textOf(messages.get('extName')!).length).toBeLessThanOrEqual(45);
  });

  describe.each(others)('%s', (locale) => {
    it('has every English key and no others', async () => {
      const en = await messagesOf('en');
      const translated = await messagesOf(locale);
      const missing = [...en.keys()].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !en.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('keeps each message’s placeholders and plural forms', async () => {
      const en = await messagesOf('en');
      const translated = await messagesOf(locale);
      const wrong = [...en].flatMap(([key, source]) => {
        const target = translated.get(key);
        if (!target) return [];
        const placeholders = (m: ParsedMessage) => [...new Set(textOf(m).match(/\$\d/g) ?? [])].sort().join();
        const same =
          target.type === source.type &&
          placeholders(target) === placeholders(source) &&
          (source.type !== 'plural' ||
            Object.keys(source.plurals).join() === Object.keys((target as typeof source).plurals).join());
        return same ? [] : [key];
      });
      expect(wrong).toEqual([]);
    });

    it('is translated, not English left in place', async () => {
      const en = await messagesOf('en');
      const translated = await messagesOf(locale);
      const allowed = (key: string) => LOCALE_DATA.has(key) || PROPER_NAMES.has(key) || SHARED_WORDS[locale]?.has(key);
      const untranslated = [...en].flatMap(([key, source]) => {
        const target = translated.get(key);
        if (!target || allowed(key) || !hasWords(textOf(source))) return [];
        return textOf(target) === textOf(source) ? [key] : [];
      });
      expect(untranslated).toEqual([]);
    });

    if (isRtlLanguage(locale)) {
      it('writes its messages in its own script', async () => {
        const translated = await messagesOf(locale);
        const latinOnly = [...translated].flatMap(([key, message]) => {
          const text = textOf(message);
          if (LOCALE_DATA.has(key) || PROPER_NAMES.has(key) || !hasWords(text)) return [];
          return /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(text) ? [] : [key];
        });
        expect(latinOnly).toEqual([]);
      });
    }
  });
});
