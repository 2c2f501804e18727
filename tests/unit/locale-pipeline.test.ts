/**
 * The whole pipeline (buildArticle) on news pages in other languages and scripts: Spanish
 * and German (« » and „ “ quotation marks, "Sra." and "3. Oktober"), Persian (right to
 * left, « », words joined by zero-width non-joiners), Japanese (no spaces between words,
 * 「」 quotation marks), Russian, Arabic and Chinese (each script's reading pace). Expected counts come from the fixture text, counted independently.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { ArticleModel } from '../../lib/article-model';
import { buildArticle } from '../../lib/build-article';
import { SUMMARY_SENTENCES } from '../../lib/settings';
import { countText, readingMinutes } from '../../lib/text/reading-time';
import { splitSentences } from '../../lib/text/sentences';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');

function articleFrom(name: string): ArticleModel {
  const html = readFileSync(resolve(PAGES, name), 'utf8');
  const doc = new JSDOM(html, { url: `https://news.example/${name}` }).window.document;
  const { result } = buildArticle(doc, { maxSentences: SUMMARY_SENTENCES.medium });
  if (result.kind !== 'article') throw new Error(`${name}: ${result.message}`);
  return result.article;
}

const textOfBlocks = (article: ArticleModel) => article.blocks.map((b) => b.text).join('\n');
/** Words as a reader of a space-separated language counts them: runs between spaces. */
const spacedWords = (text: string) => text.split(/\s+/).filter((t) => /[\p{L}\p{N}]/u.test(t)).length;
const cjkChars = (text: string) => (text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length;

function blockStarting(article: ArticleModel, start: string) {
  const block = article.blocks.find((b) => b.text.startsWith(start));
  if (!block) throw new Error(`no block starts with ${start}`);
  return block;
}

/** The summary is sentences of the article, each anchored where it stands, in article order. */
function expectSoundSummary(article: ArticleModel) {
  expect(article.summary.length).toBeGreaterThan(0);
  expect(article.summary.length).toBeLessThanOrEqual(SUMMARY_SENTENCES.medium);
  const order = article.summary.map((s) => [article.blocks.findIndex((b) => b.id === s.blockId), s.start]);
  expect(order).toEqual([...order].sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!));
  for (const sentence of article.summary) {
    const block = article.blocks.find((b) => b.id === sentence.blockId)!;
    expect(block.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    expect(splitSentences(block.text, article.lang).map((s) => s.text)).toContain(sentence.text);
  }
}

function quoteStarting(article: ArticleModel, start: string) {
  return article.quotes.find((q) => q.text.startsWith(start));
}

describe('Spanish article', () => {
  const article = articleFrom('lang-es.html');

  it('has its language, direction, metadata and reading time', () => {
    expect(article).toMatchObject({
      lang: 'es',
      dir: 'ltr',
      title: 'Valdemora cerrará su mercado central un año para reformarlo',
      byline: 'Lucía Ferrer',
      siteName: 'El Diario del Valle',
    });
    const words = spacedWords(textOfBlocks(article));
    expect(article.wordCount).toBe(words);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 230)));
  });

  it('splits sentences at ¿…? and not after "Sra."', () => {
    const tent = blockStarting(article, 'Durante las obras');
    expect(splitSentences(tent.text, 'es').map((s) => s.text)).toEqual([
      'Durante las obras, los comerciantes se trasladarán a una carpa climatizada en la plaza de la Constitución.',
      '¿Bastará con eso para mantener a los clientes?',
      'El ayuntamiento cree que sí, y ha prometido que la carpa abrirá el mismo día que cierre el mercado.',
    ]);
    expect(splitSentences(blockStarting(article, 'La Sra. Ruiz').text, 'es')).toHaveLength(2);
  });

  it('summarises with whole sentences', () => {
    expectSoundSummary(article);
  });

  it('finds « » quotations and who said them', () => {
    const mayor = quoteStarting(article, 'No podemos seguir poniendo parches');
    expect(mayor?.text).toBe('No podemos seguir poniendo parches a un edificio que tiene casi cien años');
    expect(mayor?.cue).toBe('dijo');
    expect(quoteStarting(article, 'Un año es una eternidad')).toMatchObject({ speaker: 'Andrés Molina', cue: 'afirmó' });
  });

  it('names the speaker given in apposition ("dijo la alcaldesa, Carmen Ruiz Beltrán")', () => {
    expect(quoteStarting(article, 'No podemos seguir poniendo parches')?.speaker).toBe('Carmen Ruiz Beltrán');
  });
});

describe('German article', () => {
  const article = articleFrom('lang-de.html');

  it('has its language, direction, metadata and reading time', () => {
    expect(article).toMatchObject({ lang: 'de', dir: 'ltr', title: 'Stadtbibliothek Lindenau schließt für Sanierung', byline: 'Jonas Becker' });
    const words = spacedWords(textOfBlocks(article));
    expect(article.wordCount).toBe(words);
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 230)));
  });

  it('keeps "am 3. Oktober" and "Dr. Katrin Albers" inside their sentences', () => {
    const lead = blockStarting(article, 'Die Stadtbibliothek Lindenau');
    expect(splitSentences(lead.text, 'de')[0]!.text).toBe('Die Stadtbibliothek Lindenau schließt am 3. Oktober für eineinhalb Jahre.');
    const mayor = blockStarting(article, '„Wir können');
    expect(splitSentences(mayor.text, 'de').map((s) => s.text)[0]).toContain('sagte Oberbürgermeisterin Dr. Katrin Albers.');
  });

  it('summarises with whole sentences', () => {
    expectSoundSummary(article);
  });

  it('finds „ “ quotations and who said them', () => {
    expect(quoteStarting(article, 'Wir können ein Haus')).toMatchObject({
      text: 'Wir können ein Haus, in dem täglich Kinder lernen, nicht mit Provisorien weiterbetreiben',
      speaker: 'Katrin Albers',
      cue: 'sagte',
    });
    expect(quoteStarting(article, 'Achtzehn Monate')?.cue).toBe('sagte');
  });

  it('leaves the title word out of the speaker ("die Vorsitzende Miriam Schäfer")', () => {
    expect(quoteStarting(article, 'Achtzehn Monate')?.speaker).toBe('Miriam Schäfer');
  });
});

describe('Persian article', () => {
  const article = articleFrom('lang-fa.html');

  it('is right to left, with its metadata', () => {
    expect(article).toMatchObject({
      lang: 'fa',
      dir: 'rtl',
      title: 'کتابخانهٔ مرکزی شیراز برای بازسازی یک سال بسته می‌شود',
      byline: 'نگار رحیمی',
      siteName: 'روزنامهٔ پارس',
    });
  });

  it('counts a word written with a zero-width non-joiner once', () => {
    const words = spacedWords(textOfBlocks(article));
    expect(countText('می‌شود دانش‌آموزان').words).toBe(2);
    expect(article.wordCount).toBe(words);
    // Arabic script is read at 140 words a minute (lib/text/reading-time.ts).
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 140)));
  });

  it('splits sentences at the Persian question mark', () => {
    const block = blockStarting(article, 'در دوران بازسازی');
    expect(splitSentences(block.text, 'fa').map((s) => s.text)).toEqual([
      'در دوران بازسازی، بخشی از کتاب‌ها به خانهٔ فرهنگ خیابان زند منتقل می‌شود.',
      'آیا این جا برای همهٔ خوانندگان کافی است؟',
      'شهرداری می‌گوید تالار مطالعهٔ موقت دست‌کم صد صندلی خواهد داشت.',
    ]);
  });

  it('summarises with whole sentences', () => {
    expectSoundSummary(article);
  });

  it('finds « » quotations', () => {
    expect(quoteStarting(article, 'نمی‌توانیم ساختمانی را')?.text).toMatch(/^نمی‌توانیم ساختمانی را[^«»]+وارد آن شود\.?$/);
    expect(quoteStarting(article, 'یک سال برای دانش‌آموزی')).toBeDefined();
  });

  it('attributes a quotation introduced by "… گفت:"', () => {
    expect(quoteStarting(article, 'نمی‌توانیم ساختمانی را')).toMatchObject({ speaker: 'مریم احمدی', cue: 'گفت' });
    expect(quoteStarting(article, 'یک سال برای دانش‌آموزی')?.speaker).toBe('حسین کریمی');
  });
});

describe('Japanese article', () => {
  const article = articleFrom('lang-ja.html');

  it('has its language and direction', () => {
    expect(article).toMatchObject({ lang: 'ja', dir: 'ltr', byline: '佐藤美咲', siteName: '港町新報' });
  });

  it('counts characters, not space-separated runs, and reads them at the CJK rate', () => {
    const text = textOfBlocks(article);
    const chars = cjkChars(text);
    expect(spacedWords(text)).toBeLessThan(20); // the whole article has almost no spaces
    expect(article.wordCount).toBeGreaterThanOrEqual(chars);
    expect(article.wordCount).toBeLessThan(chars * 1.05);
    expect(article.readingMinutes).toBe(readingMinutes(countText(text)));
    // Japanese (kanji with kana) is read at 360 characters a minute; as 230 "words" a minute it would take longer.
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(chars / 360)));
  });

  it('splits sentences at 。 and keeps 「」 quotations whole', () => {
    const lead = blockStarting(article, '港町市は十一日');
    expect(splitSentences(lead.text, 'ja').map((s) => s.text)).toEqual([
      '港町市は十一日、市民ホールを六月から一年間休館し、耐震改修と設備の更新を行うと発表した。',
      'ホールは一九七二年に開館し、年間およそ三十万人が利用している。',
      '昨年秋の点検で、屋根を支える鉄骨に腐食が見つかった。',
    ]);
    const mayor = blockStarting(article, '田中健一市長は');
    expect(splitSentences(mayor.text, 'ja')).toHaveLength(2);
  });

  it('summarises with whole sentences', () => {
    expectSoundSummary(article);
    for (const sentence of article.summary) expect(sentence.text.endsWith('。')).toBe(true);
  });

  it('finds 「」 quotations and names their speakers without title or honorific', () => {
    expect(quoteStarting(article, '半世紀使ってきた建物を')).toMatchObject({ speaker: '田中健一', cue: 'と述べた' });
    expect(quoteStarting(article, '一年は長い')?.speaker).toBe('山本直子');
  });
});

describe('Russian article', () => {
  const article = articleFrom('lang-ru.html');

  it('has its language, direction, metadata and a Cyrillic reading time', () => {
    expect(article).toMatchObject({ lang: 'ru', dir: 'ltr', byline: 'Ольга Карпова', siteName: 'Волжский вестник' });
    const words = spacedWords(textOfBlocks(article));
    expect(article.wordCount).toBe(words);
    // Cyrillic is read at 185 words a minute (lib/text/reading-time.ts).
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 185)));
  });

  it('keeps "ул. Галактионовской" and the initials "А. В. Смирнова" inside their sentences', () => {
    expect(splitSentences(blockStarting(article, 'Пути на ул.').text, 'ru').map((s) => s.text)).toEqual([
      'Пути на ул. Галактионовской и контактную сеть не меняли с середины 1980-х годов.',
      'Осенью инженеры нашли трещины в рельсах сразу на трёх участках, а летом из-за перегрева проводов трамваи дважды останавливались посреди улицы.',
    ]);
    const head = splitSentences(blockStarting(article, 'Руководитель департамента').text, 'ru').map((s) => s.text);
    expect(head[0]).toMatch(/^Руководитель департамента А\. В\. Смирнова сказала: «Мы не можем больше латать дыры\.$/);
    expect(splitSentences(blockStarting(article, 'Жители центра').text, 'ru').map((s) => s.text)).toEqual([
      'Жители центра отнеслись к новости настороженно.',
      '«А что будет с пожилыми людьми, которым трудно подниматься в автобус?» — спросила пенсионерка Нина Фёдорова, которая каждый день ездит пятым трамваем на рынок.',
    ]);
  });

  it('summarises with whole sentences, the lead first', () => {
    expectSoundSummary(article);
    expect(article.summary[0]!.text).toMatch(/^Трамвайный маршрут № 5/);
  });
});

describe('Arabic article', () => {
  const article = articleFrom('lang-ar.html');

  it('is right to left, with its metadata and an Arabic-script reading time', () => {
    expect(article).toMatchObject({ lang: 'ar', dir: 'rtl', byline: 'ليلى حداد', siteName: 'صحيفة الساحل' });
    const words = spacedWords(textOfBlocks(article));
    expect(article.wordCount).toBe(words);
    // Arabic script is read at 140 words a minute: this article takes two, not one.
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(words / 140)));
    expect(article.readingMinutes).toBe(2);
  });

  it('splits sentences at the full stop and the Arabic question mark, not at the Arabic comma', () => {
    expect(splitSentences(blockStarting(article, 'خلال فترة الترميم').text, 'ar').map((s) => s.text)).toEqual([
      'خلال فترة الترميم ينتقل جزء من الكتب إلى قصر الثقافة في شارع فؤاد.',
      'هل يكفي المكان لكل القراء؟',
      'تقول المحافظة إن قاعة المطالعة المؤقتة ستضم مئة مقعد على الأقل.',
    ]);
    expect(splitSentences(blockStarting(article, 'وأضافت العطار').text, 'ar')).toHaveLength(1);
  });

  it('summarises with whole sentences, the lead first', () => {
    expectSoundSummary(article);
    expect(article.summary[0]!.text).toMatch(/^تغلق المكتبة الفرعية/);
  });
});

describe('Chinese article', () => {
  const article = articleFrom('lang-zh.html');

  it('has its language and direction, and reads characters at the Chinese rate', () => {
    expect(article).toMatchObject({ lang: 'zh-CN', dir: 'ltr', byline: '王晓燕', siteName: '江城日报' });
    const text = textOfBlocks(article);
    const chars = cjkChars(text);
    expect(spacedWords(text)).toBeLessThan(20);
    expect(article.wordCount).toBeGreaterThanOrEqual(chars);
    expect(article.wordCount).toBeLessThan(chars * 1.05);
    // Chinese (Han without kana) is read at 260 characters a minute: two minutes here.
    expect(article.readingMinutes).toBe(Math.max(1, Math.round(chars / 260)));
    expect(article.readingMinutes).toBe(2);
  });

  it('splits sentences at 。 and ？ and keeps commas inside', () => {
    expect(splitSentences(blockStarting(article, '翻修期间').text, 'zh-CN').map((s) => s.text)).toEqual([
      '翻修期间，部分藏书将搬到人民路的文化宫。',
      '那里的空间够用吗？',
      '文化局表示，临时阅览室至少会有一百个座位。',
    ]);
  });

  it('summarises with whole sentences, the lead first', () => {
    expectSoundSummary(article);
    for (const sentence of article.summary) expect(sentence.text).toMatch(/[。？！”]$/u);
    expect(article.summary[0]!.text).toMatch(/^江城市图书馆将从五月一日起闭馆一年/);
  });
});

/**
 * What the pipeline does not do yet in these languages, kept as failing expectations (see
 * the report to the extraction and quotes owners). When one starts passing, vitest reports
 * it: move it to the language's block above.
 */
describe('known gaps in other languages', () => {
  it('ja: drops the site name from the title ("… | 港町新報")', () => {
    expect(articleFrom('lang-ja.html').title).toBe('港町市の市民ホール、改修で一年間休館へ');
  });
});
