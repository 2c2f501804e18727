/**
 * The trafilatura evaluation's metric (adbar/trafilatura, tests/comparison.py), per page: a
 * good extraction contains every `with` snippet and none of the `without` (boilerplate)
 * snippets. White space runs (NBSP included) count as one space, and a snippet is found when
 * it is a case-sensitive substring of the output.
 */

export interface SnippetMatch {
  /** Share of the `with` snippets found (1 when there are none). */
  withFound: number;
  /** Share of the `without` snippets not found (1 when there are none). */
  withoutLeftOut: number;
  /** Every `with` found and no `without`. */
  pass: boolean;
}

export interface SnippetScore {
  /** Means over pages, and the share of pages that pass. */
  withFound: number;
  withoutLeftOut: number;
  passRate: number;
  passed: number;
  pages: number;
}

function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

export function matchSnippets(output: string, wanted: readonly string[], unwanted: readonly string[]): SnippetMatch {
  const text = collapse(output);
  const found = (snippet: string) => {
    const s = collapse(snippet);
    return s !== '' && text.includes(s);
  };
  const withHits = wanted.filter(found).length;
  const withoutHits = unwanted.filter(found).length;
  return {
    withFound: wanted.length ? withHits / wanted.length : 1,
    withoutLeftOut: unwanted.length ? 1 - withoutHits / unwanted.length : 1,
    pass: withHits === wanted.length && withoutHits === 0,
  };
}

const mean = (values: number[]) => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : 0);

export function scoreSnippets(matches: readonly SnippetMatch[]): SnippetScore {
  const passed = matches.filter((m) => m.pass).length;
  return {
    withFound: mean(matches.map((m) => m.withFound)),
    withoutLeftOut: mean(matches.map((m) => m.withoutLeftOut)),
    passRate: matches.length ? passed / matches.length : 0,
    passed,
    pages: matches.length,
  };
}
