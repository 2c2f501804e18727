import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildRows, SET_DIR, sourceFiles, toJsonl, type SetRow } from '../fixtures/quotes-multilingual/build';

/**
 * Row checks for the multilingual quotes development set (tests/fixtures/quotes-multilingual):
 * each `<lang>.jsonl` is what build.ts makes of `src/<lang>.*`, and every annotation is
 * well-formed by the rules of the set (see build.ts and README "Evaluation").
 */

// Opening and closing quotation marks each language's news uses (nested ones included).
const MARKS: Record<string, { open: string; close: string }> = {
  en: { open: '“‘', close: '”’' },
  es: { open: '«“‘', close: '»”’' },
  fr: { open: '«“‹', close: '»”›' },
  de: { open: '„»‚›', close: '“«‘‹' },
  it: { open: '«“‘', close: '»”’' },
  pt: { open: '“«‘', close: '”»’' },
  pl: { open: '„«‚', close: '”»’' },
  ru: { open: '«„', close: '»“' },
  uk: { open: '«„', close: '»“' },
  tr: { open: '“‘', close: '”’' },
  fa: { open: '«“', close: '»”' },
  ar: { open: '«“', close: '»”' },
  zh: { open: '“「『‘', close: '”」』’' },
  ja: { open: '「『', close: '」』' },
};

const files = readdirSync(SET_DIR)
  .filter((name) => name.endsWith('.jsonl'))
  .sort();

function rowsOf(file: string): SetRow[] {
  return readFileSync(join(SET_DIR, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as SetRow);
}

describe('multilingual quotes set', () => {
  it('has a generated file for every source and a source for every generated file', () => {
    const langs = sourceFiles().map((s) => s.lang);
    expect(files.map((f) => f.replace(/\.jsonl$/, ''))).toEqual(langs);
    expect(langs.length).toBeGreaterThan(0);
  });

  it.each(sourceFiles().map((s) => [s.lang, s.path]))('%s.jsonl is up to date with its source', (lang, path) => {
    const built = toJsonl(buildRows(lang, readFileSync(path, 'utf8')));
    const file = join(SET_DIR, `${lang}.jsonl`);
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(built);
  });

  it.each(files)('%s: every row is well-formed', (file) => {
    const lang = file.replace(/\.jsonl$/, '');
    const marks = MARKS[lang];
    expect(marks, `no quotation-mark conventions written down for ${lang}`).toBeDefined();
    const rows = rowsOf(file);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    let quotes = 0;
    for (const row of rows) {
      const where = row.id;
      expect(row.lang, where).toBe(lang);
      expect(row.id, where).toMatch(new RegExp(`^${lang}-\\d{2}$`));
      expect(row.text.split('\n').filter((l) => l.trim()).length, where).toBeGreaterThanOrEqual(2);
      let previousEnd = 0;
      row.quotes.forEach((q, i) => {
        const span = row.text.slice(q.start, q.end);
        const at = `${where} quote ${i + 1} ${JSON.stringify(span.slice(0, 40))}`;
        expect(Number.isInteger(q.start) && Number.isInteger(q.end), at).toBe(true);
        expect(q.start >= previousEnd && q.end > q.start + 1 && q.end <= row.text.length, at).toBe(true);
        previousEnd = q.end;
        expect(marks!.open.includes(span[0]!), `${at} begins with an opening mark`).toBe(true);
        if (!marks!.close.includes(span[span.length - 1]!)) {
          // A never-closed quote ("“A,: adding, “B.”") ends where the cue before the next quote
          // begins: it holds no closing mark, and the next quote opens later in its paragraph.
          const next = row.quotes[i + 1];
          const between = next ? row.text.slice(q.end, next.start) : '\n';
          expect([...span.slice(1)].some((c) => marks!.close.includes(c)), `${at} never closed`).toBe(false);
          expect(between.includes('\n') || between.length > 40, `${at} ends with a closing mark`).toBe(false);
        }
        if (q.speaker !== null) {
          expect(typeof q.speaker, at).toBe('string');
          expect(q.speaker.trim(), at).toBe(q.speaker);
          expect(q.speaker.length, at).toBeGreaterThan(0);
          expect(/\s{2}/.test(q.speaker), at).toBe(false);
        }
      });
      quotes += row.quotes.length;
    }
    expect(quotes).toBeGreaterThanOrEqual(20);
  });
});

describe('multilingual set builder', () => {
  const source = [
    '# comment',
    '## 01',
    'Headline',
    '“We are ready,” she said. “We will win.”',
    '“One more,',
    '“and the end.”',
    '> Jane Roe | “We will win.”',
    '> Jane Roe | “We are ready,”',
    '> null | “One more,\\n“and the end.”',
  ].join('\n');

  it('finds each quote once and writes the quotes in text order', () => {
    const [row] = buildRows('en', source);
    expect(row!.id).toBe('en-01');
    expect(row!.text).toBe('Headline\n“We are ready,” she said. “We will win.”\n“One more,\n“and the end.”');
    expect(row!.quotes.map((q) => [row!.text.slice(q.start, q.end), q.speaker])).toEqual([
      ['“We are ready,”', 'Jane Roe'],
      ['“We will win.”', 'Jane Roe'],
      ['“One more,\n“and the end.”', null],
    ]);
  });

  it('fails loudly on a missing, repeated or overlapping quote', () => {
    expect(() => buildRows('en', '## 01\nA “b.”\n> X | “c.”')).toThrow(/en line 3: quote not in the text/);
    expect(() => buildRows('en', '## 01\n“b.” and “b.”\n> X | “b.”')).toThrow(/found 2 times in en-01 but written 1 times/);
    const twice = buildRows('en', '## 01\n“b.” and “b.”\n> X | “b.”\n> Y | “b.”')[0]!;
    expect(twice.quotes).toEqual([
      { start: 0, end: 4, speaker: 'X' },
      { start: 9, end: 13, speaker: 'Y' },
    ]);
    expect(() => buildRows('en', '## 01\n“a “b.”\n> X | “a “b.”\n> Y | “b.”')).toThrow(/overlap/);
    expect(() => buildRows('en', '## 01\nA “b.”\n> X “b.”')).toThrow(/speaker \| quoted words/);
  });
});
