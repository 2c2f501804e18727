/**
 * `lede <file-or-url> [--json] [--unsafe-raw-html] [--debug]`: the article pipeline from the
 * command line. Prints the title, source, reading time, summary, quotes and text (with the
 * page's control characters and escape sequences taken out); `--json` prints the
 * ArticleModel, its `contentHtml` sanitised as the reader view sanitises it unless
 * `--unsafe-raw-html` asks for the page's markup as extracted. Every failure is one line on
 * stderr and a non-zero exit (`--debug` adds the stack), and all output is written before
 * the process exits, whatever reads it.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArticleModel } from '../lib/article-model';
import { buildArticle } from '../lib/build-article';
import { sanitizeArticle } from '../lib/reader/sanitize-article';
import { formatArticle, terminalSafe } from './format-article';
import { parseHtml, readHtmlBytes } from '../node/html-document';
// Quotes in every language Lede knows (the content script loads only the article's).
import '../lib/quotes/languages';

class CliError extends Error {}

const FLAGS = ['--json', '--unsafe-raw-html', '--debug'] as const;
type Flag = (typeof FLAGS)[number];
const USAGE = 'usage: lede <file-or-url> [--json] [--unsafe-raw-html] [--debug]';
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

/**
 * The article's HTML as the reader view shows it (DOMPurify with the reader's configuration,
 * links made absolute, images described), serialised: anyone rendering the JSON is safe.
 */
function sanitisedHtml(article: ArticleModel, doc: Document): string {
  const fragment = sanitizeArticle(article.contentHtml, {
    baseUrl: article.url,
    title: article.title,
    describeImage: (alt) => `Image: ${alt}`,
    undescribedImage: 'Image',
    into: doc,
  });
  const holder = doc.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}

function parseArgs(argv: string[]): { target: string; flags: Set<Flag> } {
  const flags = new Set<Flag>();
  const rest: string[] = [];
  for (const arg of argv) {
    if ((FLAGS as readonly string[]).includes(arg)) flags.add(arg as Flag);
    else rest.push(arg);
  }
  if (rest.length !== 1 || rest[0]!.startsWith('-')) throw new CliError(USAGE);
  return { target: rest[0]!, flags };
}

/** Writes `text` and resolves once the stream has taken all of it (a pipe may take it slowly). */
function writeAll(stream: NodeJS.WriteStream, text: string): Promise<void> {
  return new Promise((done, fail) => stream.write(text, (error) => (error ? fail(error) : done())));
}

export async function main(argv: string[]): Promise<string> {
  const { target, flags } = parseArgs(argv);
  const doc = await loadDocument(target);
  const { result } = buildArticle(doc);
  if (result.kind !== 'article') throw new CliError(`${target}: ${result.message}`);
  const article: ArticleModel = result.article;
  if (!flags.has('--json')) return terminalSafe(formatArticle(article));
  const contentHtml = flags.has('--unsafe-raw-html') ? article.contentHtml : sanitisedHtml(article, doc);
  return `${JSON.stringify({ ...article, contentHtml }, null, 2)}\n`;
}

const debug = process.argv.includes('--debug');
// A reader that stops reading (`lede … | head`) is not Lede's failure: stop quietly.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') process.stderr.write(`lede: cannot write the output: ${error.message}\n`);
  process.exit(error.code === 'EPIPE' ? 0 : 1);
});
main(process.argv.slice(2))
  .then(
    async (output) => {
      await writeAll(process.stdout, output);
      return 0;
    },
    async (error: unknown) => {
      const message = error instanceof Error ? error.message : String(error);
      const line = terminalSafe(message).replace(/\s*\n\s*/g, ' ').trim();
      await writeAll(process.stderr, `lede: ${line}\n${debug && error instanceof Error && error.stack ? `${terminalSafe(error.stack)}\n` : ''}`);
      return error instanceof CliError ? 2 : 1;
    },
  )
  .catch((error: NodeJS.ErrnoException) => (error.code === 'EPIPE' ? 0 : 1))
  .then((code) => process.exit(code));
