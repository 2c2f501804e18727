import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { findQuotes } from '../../lib/quotes/find-quotes';
import { ALL_LANGUAGES } from '../../lib/quotes/languages';

function article(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
}

/** [the quote's first words, speaker] of each quote of an article in `lang`, one paragraph per text. */
function said(lang: string, ...texts: string[]): [string, string | null][] {
  return findQuotes({ lang, blocks: article(...texts) }).map((q) => [q.text.slice(0, 24), q.speaker]);
}

describe('findQuotes in the conventions of each language', () => {
  it('knows the 14 languages issue 16 names, each in a file of its own', () => {
    expect(Object.keys(ALL_LANGUAGES).sort()).toEqual(
      ['ar', 'de', 'en', 'es', 'fa', 'fr', 'it', 'ja', 'pl', 'pt', 'ru', 'tr', 'uk', 'zh'],
    );
  });

  it('Russian: the dialogue dash after «…», an inflected surname, "по словам" with the genitive', () => {
    expect(
      said(
        'ru',
        'Министр финансов России Антон Силуанов выступил во вторник в Государственной думе с отчётом об исполнении бюджета.',
        '«Бюджет будет исполнен без дефицита», — заявил Силуанов.',
        'По словам Силуанова, «никаких новых налогов в следующем году не будет».',
        'Секретарь Совбеза Ирана Али Шамхани в среду ответил на угрозы Вашингтона в интервью местному телевидению.',
        '«Эти угрозы нас совершенно не пугают», — сказал Шамхани журналистам.',
      ),
    ).toEqual([
      ['Бюджет будет исполнен бе', 'Антон Силуанов'],
      ['никаких новых налогов в ', 'Антон Силуанов'],
      ['Эти угрозы нас совершенн', 'Али Шамхани'],
    ]);
  });

  it('Ukrainian: a title before the name is not part of it', () => {
    expect(said('uk', '«Контрнаступ триватиме стільки, скільки буде потрібно», — наголосив міністр оборони Рустем Умєров.')).toEqual([
      ['Контрнаступ триватиме ст', 'Рустем Умєров'],
    ]);
  });

  it('French: « … » with spaces, an auxiliary before the verb, the inverted pronoun', () => {
    expect(
      said(
        'fr',
        '« Nous ne reculerons pas sur les retraites », a déclaré le président Emmanuel Macron devant les maires.',
        '« La réforme est juste et nécessaire », affirme-t-il.',
      ),
    ).toEqual([
      ['Nous ne reculerons pas s', 'Emmanuel Macron'],
      ['La réforme est juste et ', 'Emmanuel Macron'],
    ]);
  });

  it('German: a title, also at the end of a compound, is not part of the name', () => {
    expect(
      said(
        'de',
        '„Die Brücke wird im Frühjahr wieder freigegeben“, sagte Bürgermeisterin Anna Schmidt am Dienstag.',
        'Bundesinnenministerin Katrin Albers erklärte: „Die Kontrollen bleiben bis Ende des Jahres bestehen.“',
      ),
    ).toEqual([
      ['Die Brücke wird im Frühj', 'Anna Schmidt'],
      ['Die Kontrollen bleiben b', 'Katrin Albers'],
    ]);
  });

  it('Spanish, Italian, Portuguese, Polish: a role with its portfolio, an adverbial between verb and subject', () => {
    expect(said('es', '«No habrá nuevos impuestos este año», dijo el ministro de Economía Luis Caputo en una entrevista.')).toEqual([
      ['No habrá nuevos impuesto', 'Luis Caputo'],
    ]);
    expect(said('it', "«Il bilancio è in ordine e i conti tornano», ha detto il ministro dell'Economia Giancarlo Giorgetti ai giornalisti.")).toEqual([
      ['Il bilancio è in ordine ', 'Giancarlo Giorgetti'],
    ]);
    expect(said('pt', '“A inflação vai cair no segundo semestre”, disse o presidente do Banco Central, Gabriel Galípolo.')).toEqual([
      ['A inflação vai cair no s', 'Gabriel Galípolo'],
    ]);
    expect(said('pl', '„Nie podniesiemy podatków w przyszłym roku” – powiedział na konferencji prasowej minister finansów Andrzej Domański.')).toEqual([
      ['Nie podniesiemy podatków', 'Andrzej Domański'],
    ]);
  });

  it('Turkish: the verb comes last, after the quotation; the subject before it', () => {
    expect(
      said(
        'tr',
        'Cumhurbaşkanı Recep Tayyip Erdoğan, “Enflasyonu tek haneye indireceğiz” dedi.',
        'Ankara’da konuşan Erdoğan, “Yatırımlar hız kesmeden sürecek” ifadelerini kullandı.',
      ),
    ).toEqual([
      ['Enflasyonu tek haneye in', 'Recep Tayyip Erdoğan'],
      ['Yatırımlar hız kesmeden ', 'Recep Tayyip Erdoğan'],
    ]);
  });

  it('Arabic: the verb before its subject, a description with the article, a preposition written onto a word', () => {
    expect(
      said(
        'ar',
        'وقال وزير الخارجية المصري بدر عبد العاطي إن «مصر لن تقبل بتهجير الفلسطينيين».',
        '«سنواصل الاتصالات مع جميع الأطراف»، أضاف عبد العاطي للصحفيين.',
      ),
    ).toEqual([
      ['مصر لن تقبل بتهجير الفلس', 'بدر عبد العاطي'],
      ['سنواصل الاتصالات مع جميع', 'بدر عبد العاطي'],
    ]);
  });

  it('Persian: the subject opens the clause, after an "according to" phrase; the verb comes before the quote', () => {
    expect(said('fa', 'به گزارش ایسنا، عباس عراقچی، وزیر امور خارجه، روز شنبه در نشست خبری گفت: «ما برای گفت‌وگو آماده‌ایم.»')).toEqual([
      ['ما برای گفت‌وگو آماده‌ای', 'عباس عراقچی'],
    ]);
  });

  it('Chinese: the speaker before 表示 or 说, without a title before it or an adverbial after it', () => {
    expect(said('zh', '外交部发言人林剑在例行记者会上表示：“中方坚决反对单边制裁。”', '“我们希望各方保持克制。”林剑说。')).toEqual([
      ['中方坚决反对单边制裁。', '林剑'],
      ['我们希望各方保持克制。', '林剑'],
    ]);
  });

  it('Japanese: と after 」 whatever the verb; a title after the name; 林氏 is 林芳正', () => {
    expect(
      said('ja', '林芳正官房長官は記者会見で「国民に丁寧に説明したい」と述べた。', '林氏は「補正予算を早期に成立させる」とも語った。'),
    ).toEqual([
      ['国民に丁寧に説明したい', '林芳正'],
      ['補正予算を早期に成立させる', '林芳正'],
    ]);
  });

  it('English: the subject stands before an apposition and an adverbial clause; an unclosed quote ends before its cue', () => {
    expect(
      said(
        'en',
        'Speaking to reporters, Maria Lopez, a former Navy rear admiral who now advises the council, without naming the governor, insisted, “The port must stay open to all ships.”',
        'Lopez said, “Nobody here wants a fight,: adding, “But we will not be pushed around.”',
      ),
    ).toEqual([
      ['The port must stay open ', 'Maria Lopez'],
      ['Nobody here wants a figh', 'Maria Lopez'],
      ['But we will not be pushe', 'Maria Lopez'],
    ]);
  });
});

describe('names from captions', () => {
  it('never takes a speaker from a photo caption or its credit', () => {
    const blocks: Block[] = [
      { id: 'b0', kind: 'paragraph', text: 'The ministry dismissed the remarks on Tuesday as nothing new, in a statement read on state television.' },
      { id: 'b1', kind: 'figure', text: 'Ali Fadavi speaks to reporters in Tehran. Photo: Reza Karimi', caption: 'Ali Fadavi speaks to reporters in Tehran. Photo: Reza Karimi' },
      { id: 'b2', kind: 'paragraph', text: '“We have heard all of this before and we are not impressed by any of it.”' },
    ];
    // The quotation stands alone: it continues with the person the article was talking about, and no one is named outside the caption.
    expect(findQuotes({ lang: 'en', blocks }).map((q) => q.speaker)).toEqual([null]);
  });
});
