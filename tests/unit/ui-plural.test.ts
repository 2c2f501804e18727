/**
 * Counted messages and numbers in the UI language, with each locale's real messages behind
 * WXT's fake browser (answering as Chrome does: the locale's message, else English's).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { formatUiNumber, pluralUi, uiDir, uiLocale } from '../../components/ui-locale';

async function useLocale(locale: string): Promise<void> {
  const load = async (name: string) => generateChromeMessages(await parseMessagesFile(resolve(import.meta.dirname, `../../locales/${name}.yml`)));
  const messages = { ...(await load('en')), ...(await load(locale)) };
  fakeBrowser.i18n.getMessage = ((name: string, substitutions?: string | string[]) => {
    const subs = substitutions === undefined ? [] : [substitutions].flat();
    return (messages[name]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  }) as typeof fakeBrowser.i18n.getMessage;
}

const minutes = (...counts: number[]) => counts.map((n) => pluralUi('popup.readingTime', n));

describe('pluralUi', () => {
  it('says English counts in English’s two forms', async () => {
    await useLocale('en');
    expect(minutes(1, 4)).toEqual(['1 min read', '4 min read']);
    expect(pluralUi('options.summary.short', 1)).toBe('Short, 1 sentence');
    expect(pluralUi('options.summary.short', 3)).toBe('Short, 3 sentences');
    expect(pluralUi('reader.display.characters', 1000)).toBe('1,000 characters');
  });

  it('picks Russian’s one, few and many forms by the number’s last digits', async () => {
    await useLocale('ru');
    expect(minutes(1, 3, 5, 11, 21, 22)).toEqual([
      '1 минута чтения',
      '3 минуты чтения',
      '5 минут чтения',
      '11 минут чтения',
      '21 минута чтения',
      '22 минуты чтения',
    ]);
    expect(pluralUi('options.summary.long', 5)).toBe('Длинное, 5 предложений');
    // The on-page player's line focus choices: 3 takes `few`, 5 `many`; no one form says both.
    expect([1, 3, 5].map((n) => pluralUi('listen.lineFocusLines', n))).toEqual(['1 строка', '3 строки', '5 строк']);
  });

  it('says Arabic’s one and two in words and writes the rest with the count', async () => {
    await useLocale('ar');
    expect(uiLocale()).toBe('ar');
    expect(uiDir()).toBe('rtl');
    const [one, two, three, eleven] = minutes(1, 2, 3, 11);
    expect(one).toContain('دقيقة واحدة');
    expect(two).toContain('دقيقتان');
    expect(three).toContain(`${formatUiNumber(3)} دقائق`);
    expect(eleven).toContain(`${formatUiNumber(11)} دقيقة`);
  });

  it('writes numbers in the UI language’s digits and separators', async () => {
    await useLocale('fa');
    expect(minutes(12)).toEqual(['۱۲ دقیقه مطالعه']);
    await useLocale('de');
    expect(formatUiNumber(1.5)).toBe('1,5');
    expect(pluralUi('reader.display.characters', 1200)).toBe('1.200 Zeichen');
    await useLocale('zh_CN');
    expect(uiLocale()).toBe('zh-CN');
    expect(minutes(7)).toEqual(['阅读约需 7 分钟']);
  });

  it('falls back to the `other` form when a locale lacks the one asked for', async () => {
    await useLocale('en');
    const getMessage = fakeBrowser.i18n.getMessage;
    fakeBrowser.i18n.getMessage = ((name: string, subs?: string | string[]) =>
      name === 'uiLanguage' ? 'ru' : getMessage(name, subs)) as typeof fakeBrowser.i18n.getMessage;
    // Russian rules ask for `few`, which English's messages do not have.
    expect(minutes(3)).toEqual(['3 min read']);
  });
});
