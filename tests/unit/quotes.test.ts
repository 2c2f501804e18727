import { describe, expect, it } from 'vitest';
import type { Block, Quote } from '../../lib/article-model';
import { findQuotes } from '../../lib/quotes/find-quotes';

function article(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
}

function quotes(lang: string, ...texts: string[]): Quote[] {
  return findQuotes({ lang, blocks: article(...texts) });
}

/** [words, speaker, cue] of each quote. */
function said(lang: string, ...texts: string[]): [string, string | null, string | null][] {
  return quotes(lang, ...texts).map((q) => [q.text, q.speaker, q.cue]);
}

describe('findQuotes: speaker and cue', () => {
  it('reads the cue after the quote, in either order', () => {
    expect(
      said(
        'en',
        '“We will not back down from this fight,” she said.',
        '“The budget is balanced for the first time,” said Tom Smith, the city manager.',
        '“Nobody saw this coming at all,” Jane Doe, the mayor, told reporters on Monday.',
        '"Our doors stay open to everyone," the ministry said in a statement.',
      ),
    ).toEqual([
      // No one named before: the pronoun is all the article says.
      ['We will not back down from this fight', 'she', 'said'],
      ['The budget is balanced for the first time', 'Tom Smith', 'said'],
      ['Nobody saw this coming at all', 'Jane Doe', 'told'],
      ['Our doors stay open to everyone', 'the ministry', 'said'],
    ]);
  });

  it('reads the cue before the quote: a verb, "according to", a colon', () => {
    expect(
      said(
        'en',
        'Mayor Jane Doe said: “All measures are temporary and will be reviewed weekly.”',
        'Smith told reporters “The budget is balanced for the first time in a decade.”',
        'According to the health ministry, “no new cases were reported over the weekend.”',
        'Jane Doe on the budget: “We spent every cent where we said we would.”',
      ),
    ).toEqual([
      ['All measures are temporary and will be reviewed weekly.', 'Jane Doe', 'said'],
      ['The budget is balanced for the first time in a decade.', 'Smith', 'told'],
      ['no new cases were reported over the weekend.', 'the health ministry', 'According to'],
      ['We spent every cent where we said we would.', 'Jane Doe', ':'],
    ]);
  });

  it('resolves "Smith told" to the fullest name the article gives, earlier or later', () => {
    const found = said(
      'en',
      '“This agreement will not survive the winter,” Shamkhani told state television.',
      'Ali Shamkhani, the secretary of the council, spoke after the vote.',
      'Tom Smith arrived late.',
      '“I was stuck in traffic for an hour,” Mr. Smith said.',
    );
    expect(found.map(([, speaker]) => speaker)).toEqual(['Ali Shamkhani', 'Tom Smith']);
  });

  it('names the person in apposition to a description, not the description', () => {
    expect(
      said(
        'en',
        '“We have rebuilt the reading rooms from the floor up,” said the city librarian, Marta Ilves.',
        '“The vote was close but fair,” said a spokeswoman for the council, Ms. Ana Lind, who counted it.',
        '“Nobody will go hungry this winter,” according to the food bank’s director, Paul Ek.',
      ),
    ).toEqual([
      ['We have rebuilt the reading rooms from the floor up', 'Marta Ilves', 'said'],
      ['The vote was close but fair', 'Ana Lind', 'said'],
      ['Nobody will go hungry this winter', 'Paul Ek', 'according to'],
    ]);
  });

  it('keeps a description with no name standing alone in apposition', () => {
    expect(
      said(
        'en',
        '“The figures will be published in full next week,” said a spokesperson for the ministry.',
        '“We expect the line to reopen by the weekend,” said a spokesman for the operator, Tuesday.',
        '“The city has never looked better than it does now,” said the mayor, Boston’s first woman in the job.',
      ),
    ).toEqual([
      ['The figures will be published in full next week', 'a spokesperson for the ministry', 'said'],
      ['We expect the line to reopen by the weekend', 'a spokesman for the operator', 'said'],
      ['The city has never looked better than it does now', 'the mayor', 'said'],
    ]);
  });

  it('names the person in "NAME of (the) ORGANISATION", not the organisation', () => {
    expect(
      said(
        'en',
        '“A night train replaces a flight and a hotel at once,” said Tomas Berg of the Clean Travel Alliance.',
        '“This is the first night train that takes wheelchairs,” said Priya Natarajan of the group Access on Rails.',
        '“Prices will rise again before they fall,” the Rev. Al Sharpton of the National Action Network said.',
      ),
    ).toEqual([
      ['A night train replaces a flight and a hotel at once', 'Tomas Berg', 'said'],
      ['This is the first night train that takes wheelchairs', 'Priya Natarajan', 'said'],
      ['Prices will rise again before they fall', 'Al Sharpton', 'said'],
    ]);
  });

  it('does not take an institution for a person in "X of Y"', () => {
    expect(
      said(
        'en',
        '“Growth will slow to a crawl next year,” said Bank of America.',
        '“Enrolment is up for the fifth year running,” said the University of Texas in a statement.',
      ).map(([, speaker]) => speaker),
    ).toEqual(['Bank of America', 'the University of Texas']);
  });

  it('strips titles such as President and Mr.', () => {
    expect(said('en', 'President Barack Obama spoke on Tuesday.', '“We will finish the job,” President Obama said.')).toEqual([
      ['We will finish the job', 'Barack Obama', 'said'],
    ]);
  });

  it('leaves hyphenated adjectives before a name out of it, keeping hyphenated names whole', () => {
    const found = said(
      'en',
      'Ten-year-old Amira Haddad organised the sponsored silence. “It was worth it,” she said.',
      'London-based analyst Jean-Pierre Dubois disagreed. “The numbers do not add up,” he said.',
    );
    expect(found.map(([, speaker]) => speaker)).toEqual(['Amira Haddad', 'Jean-Pierre Dubois']);
  });

  it('resolves he, she and they to the person last named', () => {
    const found = said(
      'en',
      'Angela Rivera, the union leader, spoke first. Then Mark Chen took the stage.',
      '“We will strike on Monday unless the company listens,” he said.',
      'Rivera agreed with him.',
      '“Nobody wants a strike, but nobody wants to be ignored either,” she said.',
    );
    expect(found.map(([, speaker]) => speaker)).toEqual(['Mark Chen', 'Angela Rivera']);
  });

  it('gives a quotation that follows on without a cue the speaker before it', () => {
    const found = said(
      'en',
      '“We have rebuilt this city over ten long years,” said Jane Doe. “Nobody can take that away from us.”',
      '“And we are not finished yet, not by a long way.”',
    );
    expect(found.map(([, speaker]) => speaker)).toEqual(['Jane Doe', 'Jane Doe', 'Jane Doe']);
  });

  it('leaves an unattributed quotation without a speaker', () => {
    expect(said('en', 'The report was blunt.', '“Nothing in this plan has been costed properly.”')).toEqual([
      ['Nothing in this plan has been costed properly.', null, null],
    ]);
  });
});

describe('findQuotes: not quotations', () => {
  it.each([
    ['scare quotes', 'Critics dismissed the speech as “boasting” and moved on.'],
    ['a short fragment', 'The senator called the deal “a disgrace to the country” on Monday.'],
    ['the title of a speech', 'He quoted his speech “A More Perfect Union” at length.'],
    ['a title opening the sentence', '“A More Perfect Union” was the title of the address.'],
    ['a quoted term', 'She avoided the term “radical Islamic terrorism” all evening.'],
    ['a so-called term', 'The so-called “Gang of Eight” met again in secret on Tuesday.'],
    ['a one-word reply', '“No,” he said.'],
    ['an unattributed fragment', '“Fake news” spread fast.'],
  ])('%s', (_, text) => {
    expect(quotes('en', text)).toEqual([]);
  });
});

describe('findQuotes: conventions of other languages', () => {
  it('French « … » with an inverted cue and "selon"', () => {
    expect(
      said(
        'fr',
        'Le ministre Jean Dupont a visité l’usine lundi.',
        '« Nous allons investir massivement dans la région », a-t-il déclaré.',
        'Selon Marie Curie, « la science est une aventure collective et patiente ».',
      ),
    ).toEqual([
      ['Nous allons investir massivement dans la région', 'Jean Dupont', 'a-t-il déclaré'],
      ['la science est une aventure collective et patiente', 'Marie Curie', 'Selon'],
    ]);
  });

  it('German leaves out the title noun after an article ("die Vorsitzende Miriam Schäfer")', () => {
    expect(said('de', '„Achtzehn Monate sind eine halbe Ewigkeit“, sagte die Vorsitzende Miriam Schäfer.')).toEqual([
      ['Achtzehn Monate sind eine halbe Ewigkeit', 'Miriam Schäfer', 'sagte'],
    ]);
  });

  it('Persian « … » after "X، …، گفت:"', () => {
    expect(said('fa', 'مریم احمدی، رئیس شورای شهر، گفت: «نمی‌توانیم این ساختمان را با وصله‌کاری نگه داریم.»')).toEqual([
      ['نمی‌توانیم این ساختمان را با وصله‌کاری نگه داریم.', 'مریم احمدی', 'گفت'],
    ]);
  });

  it('German „…“ with the verb before its subject', () => {
    expect(
      said(
        'de',
        'Bundeskanzlerin Angela Merkel besuchte am Montag Paris.',
        '„Wir müssen gemeinsam handeln, um die Krise zu lösen“, sagte Merkel nach dem Treffen.',
        '„Das ist ein wichtiger Tag für Europa“, sagte sie.',
      ),
    ).toEqual([
      ['Wir müssen gemeinsam handeln, um die Krise zu lösen', 'Angela Merkel', 'sagte'],
      ['Das ist ein wichtiger Tag für Europa', 'Angela Merkel', 'sagte'],
    ]);
  });

  it('Japanese 「…」 closed by と and a speech verb', () => {
    expect(said('ja', '田中太郎首相は記者会見で「経済の回復には時間がかかるが、必ず成し遂げる」と述べた。')).toEqual([
      ['経済の回復には時間がかかるが、必ず成し遂げる', '田中太郎', 'と述べた'],
    ]);
  });

  it('Japanese names without title or honorific, and without the words that describe them', () => {
    expect(
      said('ja', '合唱団の代表を務める山本直子さんは「一年は長い」と話した。市長はさらに「休館は痛みを伴う」と強調した。').map(
        ([, speaker]) => speaker,
      ),
    ).toEqual(['山本直子', '市長']);
  });
});

describe('findQuotes: anchors', () => {
  it('anchors a quote on its marks and continues it across paragraphs', () => {
    const blocks = article(
      'The senator spoke for an hour. “We are going to win this fight.',
      '“And when we win, we will remember who stood with us,” said Senator Jane Roe.',
    );
    const [quote] = findQuotes({ lang: 'en', blocks });
    expect(quote).toMatchObject({
      blockId: 'b0',
      start: 31,
      end: blocks[0]!.text.length,
      text: 'We are going to win this fight. And when we win, we will remember who stood with us',
      speaker: 'Jane Roe',
      continuedIn: [{ blockId: 'b1', start: 0, end: blocks[1]!.text.indexOf('”') + 1 }],
    });
  });

  it('returns quotes in article order, each anchor inside its block', () => {
    const blocks = article('“First of the quotes here,” she said.', 'Text.', '“Second of the quotes here,” he said.');
    const found = findQuotes({ lang: 'en', blocks });
    expect(found.map((q) => q.blockId)).toEqual(['b0', 'b2']);
    for (const q of found) {
      const text = blocks.find((b) => b.id === q.blockId)!.text;
      expect(text.slice(q.start, q.end)).toMatch(/^“.*”$/);
    }
  });
});

describe('findQuotes: key quotes', () => {
  const statements = [
    'The council voted to rebuild the old bridge before winter, and the money is already in the budget',
    'Parents asked for a safer crossing near the school for years, and now they will finally get one',
    'Traffic on the ring road should fall by a third once the new bridge opens to cars and buses',
    'Local builders will do most of the work, which keeps the jobs and the wages in this town',
    'The river will stay open to boats during the works, except for two weekends in the spring',
    'We expect the first cars to cross the bridge in September of next year, if the weather holds',
    'Residents can follow the progress on a camera that the council will put up on the town hall',
  ];
  const speakers = ['Ann Lee', 'Bo Park', 'Cy Diaz', 'Di Moss', 'Ed Hunt', 'Flo Kay', 'Gus Ray'];
  const statement = (i: number, speaker = speakers[i]!): string => `“${statements[i]},” ${speaker} said.`;

  it('marks three to five, from different speakers, and no near-duplicates', () => {
    const texts = statements.map((_, i) => statement(i, speakers[i % 3]));
    texts.push(statement(0, 'Ann Lee'), statement(1, 'Ann Lee'));
    const found = findQuotes({ lang: 'en', blocks: article(...texts) });
    expect(found).toHaveLength(9);
    const key = found.filter((q) => q.key);
    expect(key.length).toBeGreaterThanOrEqual(3);
    expect(key.length).toBeLessThanOrEqual(5);
    expect(new Set(key.map((q) => q.text)).size).toBe(key.length);
    // Three speakers: each is heard before anyone is heard twice.
    expect(new Set(key.slice(0, 3).map((q) => q.speaker)).size).toBe(3);
  });

  it('prefers full statements with a named speaker to a short unattributed one', () => {
    const found = findQuotes({
      lang: 'en',
      blocks: article('The vote was close.', '“Yes, we did it, finally.”', statement(0), statement(1), statement(2), statement(3)),
    });
    expect(found.map((q) => q.key)).toEqual([false, true, true, true, false]);
  });
});

describe('findQuotes on hostile text', () => {
  it.each([
    ['unmatched marks', '“'.repeat(50_000) + '"'.repeat(50_000)],
    ['thousands of short quotes', '“a” '.repeat(10_000)],
    ['thousands of attributed quotes', '“Hello world, this is a real quote,” Mr. Smith said. '.repeat(1_000)],
    ['one endless quote', `He said: “${'word '.repeat(20_000)}`],
  ])('stays linear on %s', (_, text) => {
    const started = performance.now();
    findQuotes({ lang: 'en', blocks: article(text) });
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
