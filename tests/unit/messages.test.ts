/**
 * The message validators are the border between Lede's contexts: whatever arrives is parsed
 * before use, and a parsed message carries nothing the type doesn't name. Hand-picked
 * malformed payloads first, then fast-check over arbitrary values.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isTextAnchor, parseBackgroundRequest, parseContentEvent, parseContentRequest } from '../../lib/messages';
import { NAV_UNITS } from '../../lib/navigation/navigator';

const ANCHOR = { blockId: 'b3', start: 4, end: 20 };

describe('parseBackgroundRequest', () => {
  it('accepts each request Lede’s pages send', () => {
    expect(parseBackgroundRequest({ type: 'lede/get-article', tabId: 7 })).toEqual({ type: 'lede/get-article', tabId: 7, refresh: false });
    expect(parseBackgroundRequest({ type: 'lede/get-article', tabId: 0, refresh: true })).toEqual({ type: 'lede/get-article', tabId: 0, refresh: true });
    expect(parseBackgroundRequest({ type: 'lede/jump-to', tabId: 7, anchor: ANCHOR })).toEqual({ type: 'lede/jump-to', tabId: 7, anchor: ANCHOR });
    expect(parseBackgroundRequest({ type: 'lede/jump-to-article', tabId: 7 })).toEqual({ type: 'lede/jump-to-article', tabId: 7 });
    expect(parseBackgroundRequest({ type: 'lede/listen', tabId: 7 })).toEqual({ type: 'lede/listen', tabId: 7 });
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'lede/get-article'],
    ['an array', [{ type: 'lede/get-article', tabId: 1 }]],
    ['no type', { tabId: 1 }],
    ['an unknown type', { type: 'lede/delete-everything', tabId: 1 }],
    ['a type of the wrong case', { type: 'LEDE/GET-ARTICLE', tabId: 1 }],
    ['a content-script type', { type: 'lede/extract', tabId: 1 }],
    ['no tab', { type: 'lede/get-article' }],
    ['a negative tab', { type: 'lede/get-article', tabId: -1 }],
    ['a fractional tab', { type: 'lede/get-article', tabId: 1.5 }],
    ['a string tab', { type: 'lede/get-article', tabId: '1' }],
    ['NaN', { type: 'lede/get-article', tabId: Number.NaN }],
    ['Infinity', { type: 'lede/get-article', tabId: Number.POSITIVE_INFINITY }],
    ['an unsafe integer', { type: 'lede/get-article', tabId: 2 ** 60 }],
    ['a jump without anchor', { type: 'lede/jump-to', tabId: 1 }],
    ['a jump to a bad block id', { type: 'lede/jump-to', tabId: 1, anchor: { ...ANCHOR, blockId: 'b1"><img src=x>' } }],
    ['a jump to a block id of the wrong shape', { type: 'lede/jump-to', tabId: 1, anchor: { ...ANCHOR, blockId: 'p3' } }],
    ['a jump with end before start', { type: 'lede/jump-to', tabId: 1, anchor: { ...ANCHOR, start: 9, end: 3 } }],
    ['a jump with a negative start', { type: 'lede/jump-to', tabId: 1, anchor: { ...ANCHOR, start: -1 } }],
    ['a jump with string offsets', { type: 'lede/jump-to', tabId: 1, anchor: { ...ANCHOR, start: '0', end: '5' } }],
  ])('rejects %s', (_, payload) => {
    expect(parseBackgroundRequest(payload)).toBeNull();
  });

  it('parses -0 as 0, the value a JSON round trip delivers', () => {
    const parsed = parseBackgroundRequest({ type: 'lede/jump-to', tabId: -0, anchor: { blockId: 'b1', start: -0, end: -0 } });
    expect(Object.is(parsed && parsed.tabId, 0)).toBe(true);
    expect(parsed).toEqual({ type: 'lede/jump-to', tabId: 0, anchor: { blockId: 'b1', start: 0, end: 0 } });
  });

  it('treats anything but `refresh: true` as no refresh', () => {
    for (const refresh of ['true', 1, {}, [true], null]) {
      expect(parseBackgroundRequest({ type: 'lede/get-article', tabId: 1, refresh })).toMatchObject({ refresh: false });
    }
  });

  it('passes on only the fields it knows, however the payload is dressed up', () => {
    const parsed = parseBackgroundRequest({
      type: 'lede/jump-to',
      tabId: 1,
      anchor: { ...ANCHOR, smuggled: '<script>', ['__proto__']: { polluted: true } },
      url: 'https://evil.example/',
      constructor: 'x',
    });
    expect(parsed).toEqual({ type: 'lede/jump-to', tabId: 1, anchor: ANCHOR });
    expect(Object.keys((parsed as { anchor: object }).anchor).sort()).toEqual(['blockId', 'end', 'start']);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });
});

describe('parseContentRequest', () => {
  it('accepts each request the background sends', () => {
    for (const type of ['lede/ping', 'lede/extract', 'lede/jump-to-article'] as const) {
      expect(parseContentRequest({ type, tabId: 9 })).toEqual({ type });
    }
    expect(parseContentRequest({ type: 'lede/jump-to', anchor: ANCHOR })).toEqual({ type: 'lede/jump-to', anchor: ANCHOR });
    expect(parseContentRequest({ type: 'lede/navigate', unit: NAV_UNITS[0], direction: 'next' })).toEqual({
      type: 'lede/navigate',
      unit: NAV_UNITS[0],
      direction: 'next',
    });
  });

  it.each([
    ['a background request', { type: 'lede/get-article', tabId: 1 }],
    ['a navigation with an unknown unit', { type: 'lede/navigate', unit: 'everything', direction: 'next' }],
    ['a navigation with an unknown direction', { type: 'lede/navigate', unit: NAV_UNITS[0], direction: 'sideways' }],
    ['a navigation with a unit from the prototype', { type: 'lede/navigate', unit: 'toString', direction: 'next' }],
    ['a jump with a bad anchor', { type: 'lede/jump-to', anchor: { blockId: 'b1', start: 0 } }],
  ])('rejects %s', (_, payload) => {
    expect(parseContentRequest(payload)).toBeNull();
  });
});

describe('parseContentEvent', () => {
  it('accepts the page watcher’s events and nothing else', () => {
    expect(parseContentEvent({ type: 'lede/page-is-article', tabId: 4 })).toEqual({ type: 'lede/page-is-article' });
    expect(parseContentEvent({ type: 'lede/page-changed', url: 'https://example.org/' })).toEqual({
      type: 'lede/page-changed',
      url: 'https://example.org/',
    });
    expect(parseContentEvent({ type: 'lede/page-changed', url: 42 })).toBeNull();
    expect(parseContentEvent({ type: 'lede/get-article', tabId: 1 })).toBeNull();
    // "Listen to article" in the skip links asks for the page player; nothing else rides along.
    expect(parseContentEvent({ type: 'lede/listen', tabId: 9, extra: 'x' })).toEqual({ type: 'lede/listen' });
    // A quote language is a file name: only the codes of files that exist pass.
    expect(parseContentEvent({ type: 'lede/quote-language', code: 'ru' })).toEqual({ type: 'lede/quote-language', code: 'ru' });
    expect(parseContentEvent({ type: 'lede/quote-language', code: '../background' })).toBeNull();
    expect(parseContentEvent({ type: 'lede/quote-language', code: 'xx' })).toBeNull();
  });
});

describe('validators over arbitrary values (fast-check)', () => {
  const parsers = [parseBackgroundRequest, parseContentRequest, parseContentEvent];
  /** Values shaped like requests, so the properties reach past the first `type` check. */
  const requestish = fc.record(
    {
      type: fc.constantFrom('lede/get-article', 'lede/jump-to', 'lede/jump-to-article', 'lede/ping', 'lede/extract', 'lede/navigate', 'lede/page-changed', 'lede/page-is-article', 'lede/listen', 'other'),
      tabId: fc.oneof(fc.integer(), fc.double(), fc.string(), fc.constant(null)),
      refresh: fc.anything(),
      anchor: fc.oneof(
        fc.record({ blockId: fc.oneof(fc.stringMatching(/^b\d{1,7}$/), fc.string()), start: fc.oneof(fc.integer(), fc.double()), end: fc.oneof(fc.integer(), fc.double()) }),
        fc.anything(),
      ),
      unit: fc.oneof(fc.constantFrom(...NAV_UNITS), fc.string()),
      direction: fc.constantFrom('next', 'previous', 'up', ''),
      url: fc.oneof(fc.webUrl(), fc.anything()),
    },
    { requiredKeys: ['type'] },
  );
  const anyInput = fc.oneof(fc.anything(), fc.jsonValue(), requestish);

  it('never throw, whatever arrives', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        for (const parse of parsers) parse(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('return only well-formed requests: integer tabs, known types, sound anchors', () => {
    fc.assert(
      fc.property(requestish, (value) => {
        const request = parseBackgroundRequest(value);
        if (request) {
          expect(Number.isSafeInteger(request.tabId) && request.tabId >= 0).toBe(true);
          expect(['lede/get-article', 'lede/jump-to', 'lede/jump-to-article', 'lede/listen']).toContain(request.type);
          if (request.type === 'lede/jump-to') expect(isTextAnchor(request.anchor)).toBe(true);
        }
        const content = parseContentRequest(value);
        if (content?.type === 'lede/jump-to') expect(content.anchor.end).toBeGreaterThanOrEqual(content.anchor.start);
      }),
      { numRuns: 2000 },
    );
  });

  it('give the same answer after a JSON round trip, as messages make one', () => {
    fc.assert(
      fc.property(requestish, (value) => {
        const parsed = parseBackgroundRequest(value);
        if (parsed) expect(parseBackgroundRequest(JSON.parse(JSON.stringify(parsed)))).toEqual(parsed);
      }),
      { numRuns: 1000 },
    );
  });
});
