/**
 * `lede <file-or-url> [--json]`: the article pipeline from the command line. Prints the
 * title, source, reading time, summary, quotes and text; `--json` prints the ArticleModel.
 * Every failure is one line on stderr and a non-zero exit.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleModel } from '../lib/article-model';
import { buildArticle } from '../lib/build-article';
import { formatArticle } from './format-article';
import { parseHtml, readHtmlBytes } from '../node/html-document';

class CliError extends Error {}

const USAGE = 'usage: lede <file-or-url> [--json]';
const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;

async function loadDocument(target: string): Promise<Document> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    try {
      response = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    } catch (error) {
      throw new CliError(`cannot reach ${target}: ${(error as Error).cause ?? (error as Error).message}`);
    }
    if (!response.ok) throw new CliError(`cannot read ${target}: HTTP ${response.status}`);
    const type = response.headers.get('content-type') ?? 'text/html';
    if (!HTML_TYPES.test(type)) throw new CliError(`${target} is not an HTML page (${type.split(';')[0]})`);
    return parseHtml(new Uint8Array(await response.arrayBuffer()), response.url, type.split(';')[0]!.trim());
  }
  const path = resolve(target);
  if (!existsSync(path)) throw new CliError(`no such file: ${target}`);
  if (statSync(path).isDirectory()) throw new CliError(`${target} is a directory, not an HTML file`);
  const bytes = await readHtmlBytes(path);
  if (looksBinary(bytes)) throw new CliError(`${target} is not an HTML file`);
  return parseHtml(bytes, pathToFileURL(path).href);
}

function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 4096);
  return head.includes(0) && !(head[0] === 0xff || head[0] === 0xfe); // UTF-16 has a BOM
}

export async function main(argv: string[]): Promise<number> {
  const args = argv.filter((a) => a !== '--json');
  const json = args.length !== argv.length;
  if (args.length !== 1 || args[0]!.startsWith('-')) throw new CliError(USAGE);
  const doc = await loadDocument(args[0]!);
  const { result } = buildArticle(doc);
  if (result.kind !== 'article') throw new CliError(`${args[0]}: ${result.message}`);
  const article: ArticleModel = result.article;
  process.stdout.write(json ? `${JSON.stringify(article, null, 2)}\n` : formatArticle(article));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    process.stderr.write(`lede: ${error instanceof CliError ? error.message : (error as Error).stack ?? error}\n`);
    process.exit(error instanceof CliError ? 2 : 1);
  },
);
