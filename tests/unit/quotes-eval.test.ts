import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetPath, PROJECT_ROOT } from '../../node/datasets';
import {
  evaluate,
  goldQuotes,
  oneAnnotationPerArticle,
  parseArgs,
  parseRows,
  sameSpeaker,
  toBlocks,
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

  it('rejects bad arguments', () => {
    expect(() => parseArgs(['--split', 'test'])).toThrow(/--split must be one of/);
    expect(() => parseArgs(['--frobnicate'])).toThrow(/unknown option/);
    expect(() => parseArgs(['a.jsonl', 'b.jsonl'])).toThrow(/one PolNeAR/);
    expect(parseArgs(['a.jsonl', '--split=all', '--json'])).toEqual({ file: 'a.jsonl', split: 'all', json: true });
  });

  it('fails with one line and a non-zero status on bad input', () => {
    const { status, stdout, stderr } = run('/no/such/file.jsonl');
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toEqual(['eval:quotes: cannot read /no/such/file.jsonl']);
  });

  const polnear = datasetPath('quotes', 'polnear-train-dev.jsonl');

  it.skipIf(!polnear)('meets its targets on the dev split', () => {
    const dev = oneAnnotationPerArticle(parseRows(readFileSync(polnear!, 'utf8')), 'dev');
    const score = evaluate(dev);
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.88);
  });
});
