import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  aiKeyPointsAvailable,
  AiSummaryError,
  parseKeyPoints,
  streamAiKeyPoints,
  type AiAvailability,
  type SummarizerApi,
  type SummarizerInstance,
} from '../../lib/summary/ai-summarizer';

interface FakeOptions {
  availability?: AiAvailability | object;
  createError?: object;
  /** What the stream yields, in order; an object (an error) errors the stream at that point. */
  chunks?: (string | number | object)[];
  inputQuota?: number;
  /** Usage the fake reports per character of input. */
  usagePerChar?: number;
}

/**
 * A stand-in for Chrome's `Summarizer` with the documented surface: static
 * `availability(options)` and `create(options)`, and instances with
 * `summarizeStreaming(input, { context, signal })`, `measureInputUsage`, `inputQuota` and
 * `destroy()`. Aborting the signal errors the stream with an AbortError, as Chrome does.
 */
function fakeSummarizer(options: FakeOptions = {}) {
  const calls = {
    availability: [] as unknown[],
    create: [] as Record<string, unknown>[],
    summarize: [] as { input: string; options: { context?: string; signal?: AbortSignal } | undefined }[],
    destroyed: 0,
  };
  const api: SummarizerApi = {
    async availability(opts) {
      calls.availability.push(opts);
      if (typeof options.availability === 'object') throw options.availability;
      return options.availability ?? 'available';
    },
    async create(opts) {
      calls.create.push({ ...opts });
      if (options.createError) throw options.createError;
      const instance: SummarizerInstance = {
        inputQuota: options.inputQuota ?? Infinity,
        async measureInputUsage(input) {
          return input.length * (options.usagePerChar ?? 1);
        },
        summarizeStreaming(input, summarizeOptions) {
          calls.summarize.push({ input, options: summarizeOptions });
          const chunks = [...(options.chunks ?? [])];
          const signal = summarizeOptions?.signal;
          return new ReadableStream<string>({
            pull(controller) {
              if (signal?.aborted) return controller.error(new DOMException('Aborted', 'AbortError'));
              const next = chunks.shift();
              if (next === undefined) return controller.close();
              if (typeof next === 'object') return controller.error(next);
              controller.enqueue(next as string);
            },
          });
        },
        destroy() {
          calls.destroyed += 1;
        },
      };
      return instance;
    },
  };
  vi.stubGlobal('Summarizer', api);
  return calls;
}

async function failureOf(promise: Promise<unknown>): Promise<AiSummaryError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AiSummaryError);
  return error as AiSummaryError;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('aiKeyPointsAvailable', () => {
  it('is false where the browser has no Summarizer API', async () => {
    expect(await aiKeyPointsAvailable('en')).toBe(false);
  });

  it('is true only when the model is ready, never for one that would need a download', async () => {
    for (const [availability, expected] of [
      ['available', true],
      ['downloadable', false],
      ['downloading', false],
      ['unavailable', false],
    ] as const) {
      fakeSummarizer({ availability });
      expect(await aiKeyPointsAvailable('en')).toBe(expected);
    }
  });

  it('is false when availability() throws', async () => {
    fakeSummarizer({ availability: new DOMException('blocked', 'NotAllowedError') });
    expect(await aiKeyPointsAvailable('en')).toBe(false);
  });

  it('asks about the article’s language, and about no language when it is unknown', async () => {
    const calls = fakeSummarizer();
    await aiKeyPointsAvailable('es-MX');
    await aiKeyPointsAvailable('und');
    expect(calls.availability[0]).toEqual({
      type: 'key-points',
      format: 'plain-text',
      length: 'short',
      expectedInputLanguages: ['es'],
      expectedContextLanguages: ['es'],
      outputLanguage: 'es',
    });
    expect(calls.availability[1]).toEqual({ type: 'key-points', format: 'plain-text', length: 'short' });
  });
});

describe('streamAiKeyPoints', () => {
  const POINTS = ['* The storm cut power to thousands.\n', '* Crews worked through the night.\n', '* Schools are closed.'];

  it('streams delta chunks into key points and destroys the summarizer', async () => {
    const calls = fakeSummarizer({ chunks: ['* The storm cut ', 'power to thousands.\n* Crews worked', ' through the night.\n', '* Schools are closed.'] });
    const seen: string[][] = [];
    const points = await streamAiKeyPoints('Article text.', { lang: 'en', context: 'Storm cuts power', onChunk: (p) => seen.push(p) });
    expect(points).toEqual(['The storm cut power to thousands.', 'Crews worked through the night.', 'Schools are closed.']);
    expect(seen[0]).toEqual(['The storm cut']);
    expect(seen.at(-1)).toEqual(points);
    expect(calls.summarize[0]).toMatchObject({ input: 'Article text.', options: { context: 'Storm cuts power' } });
    expect(calls.create[0]).toMatchObject({ type: 'key-points', format: 'plain-text', length: 'short', outputLanguage: 'en' });
    expect(calls.destroyed).toBe(1);
  });

  it('understands chunks that repeat everything streamed so far', async () => {
    const cumulative = POINTS.map((_, i) => POINTS.slice(0, i + 1).join(''));
    fakeSummarizer({ chunks: cumulative });
    expect(await streamAiKeyPoints('Article text.', { lang: 'en' })).toEqual([
      'The storm cut power to thousands.',
      'Crews worked through the night.',
      'Schools are closed.',
    ]);
  });

  it('fails as unsupported without the API, and as unavailable unless the model is ready', async () => {
    expect((await failureOf(streamAiKeyPoints('text'))).reason).toBe('unsupported');
    const calls = fakeSummarizer({ availability: 'downloadable' });
    expect((await failureOf(streamAiKeyPoints('text'))).reason).toBe('unavailable');
    expect(calls.create).toHaveLength(0);
  });

  it('fails with the cause when create() or the stream throws, and still cleans up', async () => {
    const unsupported = new DOMException('language', 'NotSupportedError');
    fakeSummarizer({ createError: unsupported });
    const createFailure = await failureOf(streamAiKeyPoints('text', { lang: 'fr' }));
    expect(createFailure).toMatchObject({ reason: 'failed', cause: unsupported });

    const filtered = new DOMException('filtered', 'NotReadableError');
    const calls = fakeSummarizer({ chunks: ['* One point', filtered] });
    expect(await failureOf(streamAiKeyPoints('text'))).toMatchObject({ reason: 'failed', cause: filtered });
    expect(calls.destroyed).toBe(1);
  });

  it('fails when the stream yields something other than text', async () => {
    fakeSummarizer({ chunks: ['* One', 42] });
    expect((await failureOf(streamAiKeyPoints('text'))).reason).toBe('failed');
  });

  it('fails as empty when the model says nothing', async () => {
    fakeSummarizer({ chunks: ['', '  \n'] });
    expect((await failureOf(streamAiKeyPoints('text'))).reason).toBe('empty');
  });

  it('fails as aborted when the caller aborts, before or during the stream', async () => {
    const before = new AbortController();
    before.abort();
    const calls = fakeSummarizer({ chunks: POINTS });
    expect((await failureOf(streamAiKeyPoints('text', { signal: before.signal }))).reason).toBe('aborted');
    expect(calls.create).toHaveLength(0);

    const during = new AbortController();
    const streaming = fakeSummarizer({ chunks: POINTS });
    const failure = await failureOf(streamAiKeyPoints('text', { signal: during.signal, onChunk: () => during.abort() }));
    expect(failure.reason).toBe('aborted');
    expect(streaming.destroyed).toBe(1);
  });

  it('cuts an article too long for the input quota at a sentence end', async () => {
    const calls = fakeSummarizer({ chunks: POINTS, inputQuota: 100, usagePerChar: 1 });
    const text = 'This sentence is exactly forty-two chars. '.repeat(10).trim();
    await streamAiKeyPoints(text);
    const sent = calls.summarize[0]!.input;
    expect(sent.length).toBeLessThanOrEqual(90);
    expect(sent.endsWith('chars.')).toBe(true);
    expect(text.startsWith(sent)).toBe(true);
  });
});

describe('parseKeyPoints', () => {
  it('reads bullets of any common style and drops markdown', () => {
    expect(parseKeyPoints('- **Power** cut to *thousands*\n• Crews `worked`\n1. See [the map](https://x.test)\n2) Last')).toEqual([
      'Power cut to thousands',
      'Crews worked',
      'See the map',
      'Last',
    ]);
  });

  it('joins a wrapped line to its point and keeps unbulleted paragraphs apart', () => {
    expect(parseKeyPoints('* First point that\n  wraps here.\n* Second.')).toEqual(['First point that wraps here.', 'Second.']);
    expect(parseKeyPoints('One paragraph.\n\nAnother paragraph.')).toEqual(['One paragraph.', 'Another paragraph.']);
    expect(parseKeyPoints('  \n')).toEqual([]);
  });

  it('keeps underscores and asterisks inside words', () => {
    expect(parseKeyPoints('* snake_case_name and 2*3*4 stay')).toEqual(['snake_case_name and 2*3*4 stay']);
  });
});
