/**
 * Every locale is complete and really translated: each key in en.yml (the default locale)
 * exists in every other locale with the same placeholders, no locale has keys English
 * lacks, and translations are not English left in place. A message that depends on a count
 * is a group of forms, one per plural category of the language (`Intl.PluralRules`): English
 * has `one` and `other`, Russian `one`, `few`, `many` and `other`, Chinese only `other`;
 * every locale has exactly its own language's forms (components/ui-locale.ts picks them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMessagesFile, type ParsedMessage } from '@wxt-dev/i18n/build';
import { isRtlLanguage } from '../../lib/text/direction';

const LOCALES_DIR = resolve(import.meta.dirname, '../../locales');
const files = readdirSync(LOCALES_DIR).filter((f) => f.endsWith('.yml'));
const locales = files.map((f) => basename(f, '.yml'));
const others = locales.filter((l) => l !== 'en');
/** The BCP 47 tag of a locale file's name: the browser names them zh_CN, pt_BR. */
const tagOf = (locale: string) => locale.replace('_', '-');

const PLURAL_CATEGORIES = new Set<string>(['zero', 'one', 'two', 'few', 'many', 'other']);
const pluralCategories = (locale: string) => new Intl.PluralRules(tagOf(locale)).resolvedOptions().pluralCategories as string[];

/** The counted messages: groups whose last key is a plural category, among them `other`. */
function pluralGroups(keys: Iterable<string>): Set<string> {
  const all = new Set(keys);
  const groups = new Set<string>();
  for (const key of all) {
    const at = key.lastIndexOf('.');
    if (at > 0 && PLURAL_CATEGORIES.has(key.slice(at + 1)) && all.has(`${key.slice(0, at)}.other`)) groups.add(key.slice(0, at));
  }
  return groups;
}

/** The keys a locale must have: English's messages, with each counted one in the locale's own forms. */
function expectedKeys(english: Iterable<string>, locale: string): string[] {
  const keys = [...english];
  const groups = pluralGroups(keys);
  const single = keys.filter((k) => !groups.has(k.slice(0, k.lastIndexOf('.'))));
  return [...single, ...[...groups].flatMap((g) => pluralCategories(locale).map((c) => `${g}.${c}`))];
}

/**
 * Whether a plural category holds a single whole number in a language (Arabic's `one` is 1
 * and `two` is 2, but Russian's `one` is also 21 and 31): only such a form may leave out the
 * count ($1) and say it in words, as Arabic does ("دقيقتان", two minutes).
 */
function isSingleNumber(locale: string, category: string): boolean {
  const rules = new Intl.PluralRules(tagOf(locale));
  let found = 0;
  for (let n = 0; n <= 1000 && found < 2; n++) if (rules.select(n) === category) found++;
  return found === 1;
}

/** The English message a locale's message translates: a plural form translates English's `other`. */
function englishKeyOf(key: string, groups: Set<string>, en: Map<string, ParsedMessage>): string {
  const group = key.slice(0, key.lastIndexOf('.'));
  return groups.has(group) && !en.has(key) ? `${group}.other` : key;
}

/** The scripts a language writes its interface in, beyond Latin names and units. */
const OWN_SCRIPT: Record<string, RegExp> = {
  ar: /\p{Script=Arabic}/u,
  fa: /\p{Script=Arabic}/u,
  he: /\p{Script=Hebrew}/u,
  ru: /\p{Script=Cyrillic}/u,
  uk: /\p{Script=Cyrillic}/u,
  zh: /\p{Script=Han}/u,
};

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
  de: new Set(['reader.display.themeSepia', 'reader.readAloud.pause', 'reader.embed.video', 'reader.embed.audio']),
  fr: new Set(['options.shortcuts.action', 'reader.articleHeading', 'reader.readAloud.pause', 'reader.embed.audio', 'reader.display.images']),
  tr: new Set(['reader.embed.video']),
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
    expect(messages.get('uiLanguage') && textOf(messages.get('uiLanguage')!)).toBe(tagOf(locale));
    expect(messages.get('uiDirection') && textOf(messages.get('uiDirection')!)).toBe(isRtlLanguage(locale) ? 'rtl' : 'ltr');
  });

  it.each(locales)('%s keeps the store limits on name and description', async (locale) => {
    const messages = await messagesOf(locale);
    // Chrome Web Store: description at most 132 characters; both stores cut long names.
    expect(textOf(messages.get('extDescription')!).length).toBeLessThanOrEqual(132);
    expect(textOf(messages.get('extName')!).length).toBeLessThanOrEqual(45);
  });

  it.each(locales)('%s counts with Intl plural categories, not the browser’s English-only “1 | n” forms', async (locale) => {
    const messages = await messagesOf(locale);
    expect([...messages].filter(([, m]) => m.type === 'plural').map(([key]) => key)).toEqual([]);
  });

  it('English has counted messages, each in English’s own plural forms', async () => {
    const en = await messagesOf('en');
    const groups = pluralGroups(en.keys());
    expect(groups.size).toBeGreaterThan(0);
    expect([...en.keys()].sort()).toEqual(expectedKeys(en.keys(), 'en').sort());
  });

  it.each(others)('%s has its store listing, with the short description of its locale file', async (locale) => {
    const listing = readFileSync(resolve(LOCALES_DIR, '../store/listing-translations.md'), 'utf8');
    const section = listing.split(/^## /m).find((part) => part.startsWith(`${locale}\n`));
    expect(section, `store/listing-translations.md has no "## ${locale}" section`).toBeDefined();
    const description = textOf((await messagesOf(locale)).get('extDescription')!);
    expect(section).toContain(`**Short description:** ${description}\n`);
    // A long description, not only the short one.
    expect(section!.length).toBeGreaterThan(description.length * 6);
  });

  describe.each(others)('%s', (locale) => {
    it('has every English key, each counted message in its own plural forms, and no others', async () => {
      const en = await messagesOf('en');
      const translated = await messagesOf(locale);
      const expected = new Set(expectedKeys(en.keys(), locale));
      const missing = [...expected].filter((k) => !translated.has(k));
      const extra = [...translated.keys()].filter((k) => !expected.has(k));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });

    it('keeps each message’s placeholders', async () => {
      const en = await messagesOf('en');
      const groups = pluralGroups(en.keys());
      const translated = await messagesOf(locale);
      const placeholders = (m: ParsedMessage) => [...new Set(textOf(m).match(/\$\d/g) ?? [])].sort().join();
      const wrong = [...translated].flatMap(([key, target]) => {
        const source = en.get(englishKeyOf(key, groups, en));
        if (!source || placeholders(target) === placeholders(source)) return [];
        const category = key.slice(key.lastIndexOf('.') + 1);
        const countInWords = placeholders(source).replace(/^\$1,?/, '');
        const isPluralForm = groups.has(key.slice(0, key.lastIndexOf('.')));
        return isPluralForm && isSingleNumber(locale, category) && placeholders(target) === countInWords ? [] : [key];
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

    const script = OWN_SCRIPT[locale.split('_')[0]!];
    if (script) {
      it('writes its messages in its own script', async () => {
        const translated = await messagesOf(locale);
        const latinOnly = [...translated].flatMap(([key, message]) => {
          const text = textOf(message);
          if (LOCALE_DATA.has(key) || PROPER_NAMES.has(key) || !hasWords(text)) return [];
          return script.test(text) ? [] : [key];
        });
        expect(latinOnly).toEqual([]);
      });
    }
  });
});
