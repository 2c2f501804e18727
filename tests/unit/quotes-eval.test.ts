import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetPath, PROJECT_ROOT } from '../../node/datasets';
import {
  evaluate,
  evaluateByCompartment,
  evaluateMultilingual,
  goldQuotes,
  parseInput,
  readJsonl,
  sameName,
  oneAnnotationPerArticle,
  parseArgs,
  parseRows,
  sameSpeaker,
  toBlocks,
  type MultilingualRow,
  type PolnearRow,
} from '../../scripts/eval-quotes';

type Range = [number, number];

/** A PolNeAR row over `text`; each attribution names its parts by their text, found in order. */
function row(text: string, attributions: { source?: string; cue?: string; content: string }[]): PolnearRow {
  const span = (part: string | undefined, from = 0): { spans: Range[]; text: string } | null => {
    if (part === undefined) return null;
    const start = text.indexOf(part, from);
    return { spans: [[start, start + part.length]], text: part };
  };
  return {
    compartment: 'dev',
    file: 'f',
    annotator: 'a',
    text,
    attributions: attributions.map((a) => ({
      source: span(a.source),
      cue: span(a.cue),
      content: span(a.content),
      no_source: a.source === undefined,
    })),
  };
}

/** Runs the command; its exit status and output. */
const run = (...args: string[]): { status: number; stdout: string; stderr: string } => {
  try {
    const stdout = execFileSync('npx', ['tsx', 'scripts/eval-quotes.ts', ...args], {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return { status: 0, stdout, stderr: '' };
  } catch (error) {
    const e = error as { status: number; stdout: string; stderr: string };
    return { status: e.status, stdout: e.stdout, stderr: e.stderr };
  }
};

describe('eval:quotes definitions', () => {
  it('matches speakers by last word, after cutting the gold source at its appositive', () => {
    expect(sameSpeaker('Donald J. Trump', 'Mr. Trump')).toBe(true);
    expect(sameSpeaker('the ministry', 'a spokesman for the ministry')).toBe(true);
    expect(sameSpeaker('Laurence H. Tribe', 'Another critic, Laurence H. Tribe,')).toBe(true);
    expect(sameSpeaker('Cornell University', 'Eswar Prasad, a professor at Cornell University')).toBe(false);
    expect(sameSpeaker(null, null)).toBe(true);
    expect(sameSpeaker('Jane Doe', null)).toBe(false);
  });

  it('counts as gold only attributions whose content starts at a quotation mark', () => {
    const text = 'Smith said the plan was sound. “We are ready,” Smith said.';
    const gold = goldQuotes(
      row(text, [
        { source: 'Smith', cue: 'said', content: 'the plan was sound' },
        { source: 'Smith', cue: 'said', content: '“We are ready,”' },
      ]),
    );
    expect(gold).toEqual([{ spans: [[31, 46]], speakers: ['Smith'] }]);
  });

  it('resolves pronouns along the chain of sources, and definite descriptions to the name before them', () => {
    const text = 'Jane Roe spoke first. “We are ready,” she said. “We will win,” the senator added.';
    const gold = goldQuotes(
      row(text, [
        { source: 'Jane Roe', cue: 'spoke', content: 'first' },
        { source: 'she', cue: 'said', content: '“We are ready,”' },
        { source: 'the senator', cue: 'added', content: '“We will win,”' },
      ]),
    );
    expect(gold.map((g) => g.speakers)).toEqual([['Jane Roe'], ['the senator', 'Jane Roe']]);
  });

  it('repairs a source and cue swapped in a `said X` inversion', () => {
    const text = '“We are ready,” said Bolton.';
    expect(goldQuotes(row(text, [{ source: 'said', cue: 'Bolton', content: '“We are ready,”' }]))[0]!.speakers).toEqual([
      'Bolton',
    ]);
  });

  it('turns lines into blocks that map back to document offsets', () => {
    const { blocks, offsets } = toBlocks('Title.\n\n  Body one.\nBody two.\n');
    expect(blocks.map((b) => b.text)).toEqual(['Title.', 'Body one.', 'Body two.']);
    expect(offsets).toEqual([0, 10, 20]);
  });

  it('keeps one annotation per article, the first annotator by id', () => {
    const rows = [
      { ...row('x', []), annotator: 'b2' },
      { ...row('x', []), annotator: 'a1' },
      { ...row('y', []), file: 'g', compartment: 'train' },
    ];
    expect(oneAnnotationPerArticle(rows, 'dev').map((r) => r.annotator)).toEqual(['a1']);
    expect(oneAnnotationPerArticle(rows, 'all')).toHaveLength(2);
  });

  it('scores a found quote by overlap, and its speaker', () => {
    const text = 'Title.\n\n“We are ready for the storm,” Jane Roe said.\n\n“Nothing here is a quote of anyone,” he said.';
    const score = evaluate([row(text, [{ source: 'Jane Roe', cue: 'said', content: '“We are ready for the storm,”' }])]);
    expect(score).toMatchObject({ articles: 1, found: 2, foundMatched: 1, gold: 1, goldMatched: 1, speakerRight: 1 });
    expect(score.precision).toBe(0.5);
    expect(score.recall).toBe(1);
  });

  it('rejects what is not PolNeAR', () => {
    expect(() => parseRows('{"text": "x"}')).toThrow(/line 1 is not a PolNeAR row/);
    expect(() => parseRows('not json')).toThrow(/line 1 is not JSON/);
    expect(() => parseRows('\n')).toThrow(/no rows/);
  });
});

describe('eval:quotes command', () => {
  it('rejects bad arguments', () => {
    expect(() => parseArgs(['--split', 'test'])).toThrow(/--split must be one of/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option/);
    expect(() => parseArgs(['a.jsonl', 'b.jsonl'])).toThrow(/one \.jsonl file or folder/);
    expect(parseArgs(['a.jsonl', '--split=all', '--json'])).toEqual({ file: 'a.jsonl', split: 'all', json: true, errors: false });
    expect(parseArgs(['dir', '--errors'])).toEqual({ file: 'dir', split: null, json: false, errors: true });
  });

  it('fails with one line and a non-zero status on bad input', () => {
    const { status, stdout, stderr } = run('/no/such/file.jsonl');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['eval:quotes: cannot read /no/such/file.jsonl']);
  });

  it('scores a file whose rows are all one compartment without --split, and reports each compartment', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-quotes-'));
    const text = 'Title.\n“We are ready for the storm,” Jane Roe said.';
    const test = { ...row(text, [{ source: 'Jane Roe', cue: 'said', content: '“We are ready for the storm,”' }]), compartment: 'test' };
    writeFileSync(join(dir, 'test.jsonl'), JSON.stringify(test) + '\n');
    const one = run(join(dir, 'test.jsonl'));
    expect(one.status).toBe(0);
    expect(one.stdout.split('\n')[0]).toBe('Direct quotes, PolNeAR test: 1 articles, one annotator each');
    expect(one.stdout).not.toMatch(/PolNeAR all/);
    expect(run(join(dir, 'test.jsonl'), '--split', 'dev').stderr).toMatch(/no articles in the dev split/);

    const train = { ...test, compartment: 'train', file: 'g' };
    writeFileSync(join(dir, 'two.jsonl'), [test, train].map((r) => JSON.stringify(r)).join('\n'));
    const two = run(join(dir, 'two.jsonl'));
    expect(two.stdout.match(/^Direct quotes, PolNeAR \w+/gm)).toEqual([
      'Direct quotes, PolNeAR test',
      'Direct quotes, PolNeAR train',
      'Direct quotes, PolNeAR all',
    ]);
    const json = JSON.parse(run(join(dir, 'two.jsonl'), '--json').stdout) as Record<string, unknown>;
    expect(json).toMatchObject({ articles: 2, f1: 1, byCompartment: { test: { articles: 1 }, train: { articles: 1 } } });
  }, 60_000);

  const polnear = datasetPath('quotes', 'polnear-train-dev.jsonl');

  it.skipIf(!polnear)('without --split, reports each compartment with the figures --split gives it', () => {
    const rows = parseRows(readFileSync(polnear!, 'utf8'));
    const byCompartment = evaluateByCompartment(rows);
    expect(byCompartment.map((c) => c.name)).toEqual(['train', 'dev', 'all']);
    expect(byCompartment[1]!.score).toEqual(evaluate(oneAnnotationPerArticle(rows, 'dev')));
    expect(byCompartment[2]!.score).toEqual(evaluate(oneAnnotationPerArticle(rows, 'all')));
  });

  it.skipIf(!polnear)('meets its targets on the dev split', () => {
    const dev = oneAnnotationPerArticle(parseRows(readFileSync(polnear!, 'utf8')), 'dev');
    const score = evaluate(dev);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.88);
  });
});

/** A multilingual row over `text`; each quote is given by its exact words with marks. */
function mlRow(lang: string, text: string, quotes: [string, string | null][]): MultilingualRow {
  return {
    lang,
    id: `${lang}-01`,
    text,
    quotes: quotes.map(([words, speaker]) => {
      const start = text.indexOf(words);
      return { start, end: start + words.length, speaker };
    }),
  };
}

describe('eval:quotes on the multilingual format', () => {
  it('compares speakers strictly: NFC, case and white space only', () => {
    expect(sameName('Emmanuel  Macron', 'emmanuel macron')).toBe(true);
    expect(sameName('Ren\u0065\u0301 Dupont', 'René Dupont')).toBe(true);
    expect(sameName('STRASSE', 'straße')).toBe(true);
    expect(sameName('Macron', 'Emmanuel Macron')).toBe(false);
    expect(sameName('le président Emmanuel Macron', 'Emmanuel Macron')).toBe(false);
    expect(sameName('Путина', 'Владимир Путин')).toBe(false);
    expect(sameName(null, null)).toBe(true);
    expect(sameName(null, 'Emmanuel Macron')).toBe(false);
  });

  it('tells the formats apart by the shape of the rows', () => {
    const ml = mlRow('fr', 'Titre\n« Nous ne reculerons pas », a déclaré Emmanuel Macron.', [['« Nous ne reculerons pas »', 'Emmanuel Macron']]);
    expect(parseInput(JSON.stringify(ml)).kind).toBe('multilingual');
    expect(parseInput(JSON.stringify(row('x', []))).kind).toBe('polnear');
    expect(() => parseInput(`${JSON.stringify(ml)}\n${JSON.stringify(row('x', []))}`)).toThrow(/line 2 is not a multilingual row/);
    expect(() => parseInput(JSON.stringify({ ...ml, quotes: [{ start: 0, end: 999, speaker: null }] }))).toThrow(/not a PolNeAR row/);
  });

  it('scores per language, and lists misses, false positives and wrong speakers', () => {
    const en = mlRow('en', 'Title\n“We are ready for the storm,” Jane Roe said.\nThe mayor, Tom Hale, spoke next. “Nobody will be left behind tonight,” he said.', [
      ['“We are ready for the storm,”', 'Jane Roe'],
      ['“Nobody will be left behind tonight,”', 'Jim Other'],
    ]);
    // A gold span no quote finder can find: it has no quotation marks.
    const missed = mlRow('en', 'Title\nThe plan was a complete disaster for everyone involved in it, critics said.', [
      ['a complete disaster for everyone involved in it', null],
    ]);
    const unannotated = mlRow('en', 'Title\n“We will not move one inch from this place,” said Ann Lee.', []);
    const { byLang, overall, errors } = evaluateMultilingual([en, { ...missed, id: 'en-02' }, { ...unannotated, id: 'en-03' }]);
    expect(byLang.get('en')).toMatchObject({ articles: 3, gold: 3, found: 3, foundMatched: 2, goldMatched: 2, speakerRight: 1 });
    expect(overall.precision).toBeCloseTo(2 / 3);
    expect(overall.recall).toBeCloseTo(2 / 3);
    expect(overall.speakerAccuracy).toBe(0.5);
    expect(errors.map((e) => [e.kind, e.id, e.text])).toEqual([
      ['wrong speaker', 'en-01', '“Nobody will be left behind tonight,”'],
      ['miss', 'en-02', 'a complete disaster for everyone involved in it'],
      ['false positive', 'en-03', '“We will not move one inch from this place,”'],
    ]);
    expect(errors[0]!.gold).toBe('Jim Other');
  });

  it('reads a folder of .jsonl files and prints per language and overall', () => {
    const dir = mkdtempSync(join(tmpdir(), 'eval-quotes-ml-'));
    const en = mlRow('en', 'Title\n“We are ready for the storm,” Jane Roe said.', [['“We are ready for the storm,”', 'Jane Roe']]);
    const de = mlRow('de', 'Titel\n„Wir sind bereit für den Sturm“, sagte Anna Schmidt.', [['„Wir sind bereit für den Sturm“', 'Anna Schmidt']]);
    writeFileSync(join(dir, 'en.jsonl'), JSON.stringify(en));
    writeFileSync(join(dir, 'de.jsonl'), JSON.stringify(de) + '\n');
    writeFileSync(join(dir, 'notes.txt'), 'not read');
    expect(readJsonl(dir).split('\n').filter(Boolean)).toHaveLength(2);
    const { status, stdout } = run(dir, '--json');
    expect(status).toBe(0);
    const json = JSON.parse(stdout) as { quotes: number; byLang: Record<string, Record<string, number>> };
    expect(Object.keys(json.byLang)).toEqual(['de', 'en']);
    expect(json.quotes).toBe(2);
    expect(Object.keys(json.byLang.en!)).toEqual(['quotes', 'precision', 'recall', 'f1', 'speakerAccuracy']);
    expect(json.byLang.en).toMatchObject({ quotes: 1, precision: 1, recall: 1, f1: 1, speakerAccuracy: 1 });
    const text = run(dir);
    expect(text.stdout).toMatch(/^ {2}all {6}/m);
    expect(text.stdout).toMatch(/^Misses \(gold quotes not found\): \d+$/m);
    expect(run(dir, '--split', 'dev').stderr).toMatch(/--split is for PolNeAR/);
  }, 60_000);
});
