/**
 * Key points from Chrome's built-in Summarizer API (an on-device model, so no text leaves
 * the machine) when the browser has it ready; the extractive summary stays the default
 * and the fallback. Written against the documented surface (Writing Assistance APIs,
 * developer.chrome.com/docs/ai/summarizer-api) so a fake with the same shape tests it:
 * `Summarizer.availability(options)`, `Summarizer.create(options)`,
 * `summarizer.summarizeStreaming(text, { context, signal })` and `summarizer.destroy()`.
 *
 * Only an `available` model is used: a `downloadable` one would start a multi-gigabyte
 * download, which Lede never does on its own.
 */

export type AiAvailability = 'unavailable' | 'downloadable' | 'downloading' | 'available';
type SummaryLength = 'short' | 'medium' | 'long';

interface SummarizerCoreOptions {
  type: 'key-points';
  format: 'plain-text';
  length: SummaryLength;
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
}

interface SummarizerCreateOptions extends SummarizerCoreOptions {
  sharedContext?: string;
  signal?: AbortSignal;
}

interface SummarizeOptions {
  context?: string;
  signal?: AbortSignal;
}

export interface SummarizerInstance {
  summarizeStreaming(input: string, options?: SummarizeOptions): ReadableStream<string>;
  measureInputUsage?(input: string, options?: SummarizeOptions): Promise<number>;
  readonly inputQuota?: number;
  destroy(): void;
}

/** The static side of the global `Summarizer` interface. */
export interface SummarizerApi {
  availability(options?: SummarizerCoreOptions): Promise<AiAvailability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerInstance>;
}

export type AiSummaryFailure = 'unsupported' | 'unavailable' | 'aborted' | 'empty' | 'failed';

/** Thrown for every failure, so the caller has one thing to catch before falling back. */
export class AiSummaryError extends Error {
  override readonly name = 'AiSummaryError';
  constructor(
    readonly reason: AiSummaryFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export interface AiKeyPointsOptions {
  /** The article's BCP 47 language; `und` or empty leaves the model to its defaults. */
  lang?: string;
  signal?: AbortSignal;
  /** Points so far, the last one possibly still growing, after each streamed chunk. */
  onChunk?: (points: string[]) => void;
  /** The headline or other context that helps the model, not summarised itself. */
  context?: string;
  /** About 3, 5 or 7 points. */
  length?: SummaryLength;
}

const SHARED_CONTEXT = 'A news article, summarised for a reader who wants its main points quickly.';
/** The cut is proportional, and tokens are not spread evenly over characters: aim low. */
const QUOTA_MARGIN = 0.9;

function summarizerApi(): SummarizerApi | null {
  const api = (globalThis as { Summarizer?: Partial<SummarizerApi> }).Summarizer;
  return typeof api?.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

function coreOptions(lang: string | undefined, length: SummaryLength): SummarizerCoreOptions {
  const options: SummarizerCoreOptions = { type: 'key-points', format: 'plain-text', length };
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  if (primary && primary !== 'und') {
    options.expectedInputLanguages = [primary];
    options.expectedContextLanguages = [primary];
    options.outputLanguage = primary;
  }
  return options;
}

/** Whether key points can be had right now, without downloading a model. */
export async function aiKeyPointsAvailable(lang?: string, length: SummaryLength = 'short'): Promise<boolean> {
  const api = summarizerApi();
  if (!api) return false;
  try {
    return (await api.availability(coreOptions(lang, length))) === 'available';
  } catch {
    return false;
  }
}

const BULLET = /^\s*(?:[-*+•‣◦–]|\d{1,2}[.)])\s+/u;

/** Markdown the model may still use in plain-text mode, reduced to its text. */
function plainText(line: string): string {
  return line
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(?<![\p{L}\p{N}])([*_])(\S(?:.*?\S)?)\1(?![\p{L}\p{N}])/gu, '$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^#+\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The points in the model's text: one per bullet; unbulleted lines continue the last point. */
export function parseKeyPoints(text: string): string[] {
  const points: string[] = [];
  let continues = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      continues = false;
      continue;
    }
    const bulleted = BULLET.test(line);
    const content = plainText(line.replace(BULLET, ''));
    if (!content) continue;
    if (!bulleted && continues && points.length > 0) points[points.length - 1] += ` ${content}`;
    else points.push(content);
    continues = true;
  }
  return points;
}

/**
 * Chrome first streamed the whole text so far in each chunk and now streams only what is
 * new. The second chunk tells which: under the old style it repeats the first.
 */
function chunkAccumulator(): (chunk: string) => string {
  let text = '';
  let chunks = 0;
  let cumulative = false;
  return (chunk) => {
    chunks += 1;
    if (chunks === 2) cumulative = chunk.length >= text.length && chunk.startsWith(text);
    text = cumulative ? chunk : text + chunk;
    return text;
  };
}

/** The article cut at a paragraph or sentence end to fit the model's input quota. */
async function fitToQuota(summarizer: SummarizerInstance, text: string, options: SummarizeOptions): Promise<string> {
  const quota = summarizer.inputQuota;
  if (!summarizer.measureInputUsage || quota === undefined || !Number.isFinite(quota)) return text;
  const usage = await summarizer.measureInputUsage(text, options);
  if (usage <= quota) return text;
  const cut = text.slice(0, Math.floor((text.length * quota * QUOTA_MARGIN) / usage));
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.search(/[.!?。！？][^.!?。！？]*$/u) + 1);
  return boundary > 0 ? cut.slice(0, boundary) : cut;
}

function failure(error: unknown, signal: AbortSignal | undefined): AiSummaryError {
  if (error instanceof AiSummaryError) return error;
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return new AiSummaryError(signal?.aborted ? 'aborted' : 'failed', message, { cause: error });
}

/**
 * The article's key points from the built-in model, streamed through `onChunk`. Any
 * failure (no API, model not ready, language not supported, input too long, aborted,
 * empty answer) rejects with an `AiSummaryError`; the caller then shows the extractive
 * summary instead.
 */
export async function streamAiKeyPoints(text: string, options: AiKeyPointsOptions = {}): Promise<string[]> {
  const { lang, signal, onChunk, context, length = 'short' } = options;
  const api = summarizerApi();
  if (!api) throw new AiSummaryError('unsupported', 'this browser has no Summarizer API');
  let summarizer: SummarizerInstance | null = null;
  try {
    signal?.throwIfAborted();
    const core = coreOptions(lang, length);
    const availability = await api.availability(core);
    if (availability !== 'available') throw new AiSummaryError('unavailable', `the summarizer model is ${availability}`);
    summarizer = await api.create({ ...core, sharedContext: SHARED_CONTEXT, signal });
    const summarizeOptions: SummarizeOptions = { context, signal };
    const input = await fitToQuota(summarizer, text, summarizeOptions);
    const reader = summarizer.summarizeStreaming(input, summarizeOptions).getReader();
    const accumulate = chunkAccumulator();
    let output = '';
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (typeof value !== 'string') throw new AiSummaryError('failed', 'the summarizer streamed something other than text');
      output = accumulate(value);
      onChunk?.(parseKeyPoints(output));
    }
    signal?.throwIfAborted();
    const points = parseKeyPoints(output);
    if (points.length === 0) throw new AiSummaryError('empty', 'the summarizer returned no key points');
    return points;
  } catch (error) {
    throw failure(error, signal);
  } finally {
    summarizer?.destroy();
  }
}
