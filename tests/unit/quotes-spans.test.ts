import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { findQuotations, findQuoteSpans } from '../../lib/quotes/quote-spans';

/** The quoted words of each top-level span. */
function quoted(text: string): string[] {
  return findQuoteSpans(text).map((s) => text.slice(s.innerStart, s.innerEnd));
}

function paragraphs(...texts: string[]): Block[] {
  return texts.map((text, i) => ({ id: `b${i}`, kind: 'paragraph', text }));
}

describe('findQuoteSpans: quotation marks of many conventions', () => {
  it('pairs English curly and straight double marks', () => {
    expect(quoted('He said, “We will go.” Then: "We will stay."')).toEqual(['We will go.', 'We will stay.']);
  });

  it('pairs English single marks and reports a nested quote as part of its outer one', () => {
    expect(quoted('‘I won’t,’ she said.')).toEqual(['I won’t,']);
    expect(quoted('“He told me ‘never again’ and left,” she said.')).toEqual(['He told me ‘never again’ and left,']);
  });

  it('pairs French guillemets, spaced, and the Danish reversed ones', () => {
    expect(quoted('« Nous partirons demain », a-t-il dit.')).toEqual([' Nous partirons demain ']);
    expect(quoted('Han sagde »vi kommer i morgen«.')).toEqual(['vi kommer i morgen']);
    expect(quoted('Il a dit ‹ oui › hier.')).toEqual([' oui ']);
  });

  it('pairs German „…“ and ‚…‘, Polish „…” and Swedish ”…”', () => {
    expect(quoted('„Wir schaffen das“, sagte sie.')).toEqual(['Wir schaffen das']);
    expect(quoted('„Er sagte ‚nein‘ und ging“, sagte sie.')).toEqual(['Er sagte ‚nein‘ und ging']);
    expect(quoted('„Nie wiem”, powiedział.')).toEqual(['Nie wiem']);
    expect(quoted('”Vi ses i morgon”, sa hon.')).toEqual(['Vi ses i morgon']);
  });

  it('pairs Japanese 「…」 and 『…』', () => {
    expect(quoted('首相は「必ず成し遂げる」と述べた。')).toEqual(['必ず成し遂げる']);
    expect(quoted('『吾輩は猫である』を読んだ。')).toEqual(['吾輩は猫である']);
  });

  it("reads the doubled singles of newswire text (''…'') as one mark", () => {
    expect(quoted("''We are ready,'' he said. ''I said, 'No.''' she recalled.")).toEqual(['We are ready,', "I said, 'No.'"]);
  });

  it('spans several sentences', () => {
    expect(quoted('“We came. We saw. We stayed,” she said.')).toEqual(['We came. We saw. We stayed,']);
  });

  it('takes the marks into the span and leaves them out of the words', () => {
    const [span] = findQuoteSpans('He said “go” twice.');
    expect(span).toMatchObject({ start: 8, end: 12, innerStart: 9, innerEnd: 11, closed: true });
  });
});

describe('findQuoteSpans: apostrophes are not quotation marks', () => {
  it.each([
    ['don’t and can’t', []],
    ['rock ’n’ roll and rock ‘n’ roll', []],
    ['the ’90s and the ‘90s', []],
    ['O’Brien and D’Souza', []],
    ["rock 'n' roll in the '90s, 'em and 'til", []],
  ])('%s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('keeps a plural possessive inside a single-quoted quote', () => {
    expect(quoted('‘The students’ union will decide,’ he said.')).toEqual(['The students’ union will decide,']);
  });

  it('closes at a plural -s when no other mark follows', () => {
    expect(quoted('He called them ‘the Joneses’ and moved on.')).toEqual(['the Joneses']);
  });
});

describe('findQuotations: quotes across paragraphs', () => {
  it('continues a quote whose paragraph ends open when the next one reopens it', () => {
    const blocks = paragraphs(
      '“We will rebuild the bridge.',
      '“We will rebuild the school.',
      '“And we will do it this year,” she said.',
      'Then she left.',
    );
    const [quotation, ...rest] = findQuotations(blocks);
    expect(rest).toEqual([]);
    expect(quotation!.parts.map((p) => [p.blockIndex, p.span.closed])).toEqual([
      [0, false],
      [1, false],
      [2, true],
    ]);
  });

  it('ends an open quote with its paragraph when the next one does not reopen it', () => {
    const quotations = findQuotations(paragraphs('He said: “We will rebuild the bridge.', 'The work starts in May.'));
    expect(quotations.map((q) => q.parts.length)).toEqual([1]);
  });

  it('does not carry a quote over a heading', () => {
    const blocks: Block[] = [
      { id: 'b0', kind: 'paragraph', text: '“We will rebuild the bridge.' },
      { id: 'b1', kind: 'heading', level: 2, text: 'Plans' },
      { id: 'b2', kind: 'paragraph', text: '“It will take a year,” he said.' },
    ];
    expect(findQuotations(blocks).map((q) => q.parts.length)).toEqual([1, 1]);
  });
});

describe('findQuoteSpans on hostile text', () => {
  it.each([
    ['unmatched straight marks', '"'.repeat(100_000)],
    ['unmatched opening marks', '“'.repeat(100_000)],
    ['unmatched closing marks', '”'.repeat(100_000)],
    ['apostrophes', "'".repeat(100_000)],
    ['possessives', `‘${'the students’ union '.repeat(5_000)}`],
  ])('stays linear on 100k characters of %s', (_, text) => {
    const started = performance.now();
    findQuotations(paragraphs(text));
    // Linear work takes milliseconds; catastrophic backtracking would take minutes.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
