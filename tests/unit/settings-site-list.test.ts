import { describe, expect, it } from 'vitest';
import { isNeverRunHost, normalizeHostname, normalizeSiteList } from '../../lib/site-list';

describe('normalizeHostname', () => {
  it.each([
    ['example.com', 'example.com'],
    ['  WWW.Example.COM  ', 'www.example.com'],
    ['https://news.example.org/world/2024/story?id=1', 'news.example.org'],
    ['example.com:8080', 'example.com'],
    ['example.com/politics', 'example.com'],
    ['*.example.com', 'example.com'],
    ['example.com.', 'example.com'],
    ['bücher.de', 'xn--bcher-kva.de'],
    ['خبر.ایران', 'xn--ngblk.xn--mgba3a4f16a'],
    ['localhost', 'localhost'],
    ['192.168.1.20', '192.168.1.20'],
    ['[::1]', '[::1]'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeHostname(input)).toBe(expected);
  });

  it.each(['', '   ', 'news', 'exa mple.com', 'a..b', '-bad.example.com', 'ftp://example.com', 'chrome://extensions', `${'a'.repeat(64)}.com`])(
    'rejects %j',
    (input) => {
      expect(normalizeHostname(input)).toBeNull();
    },
  );
});

describe('isNeverRunHost', () => {
  const list = ['example.com', 'news.example.org'];

  it('covers the site and its subdomains', () => {
    expect(isNeverRunHost('example.com', list)).toBe(true);
    expect(isNeverRunHost('www.example.com', list)).toBe(true);
    expect(isNeverRunHost('live.news.example.org', list)).toBe(true);
    expect(isNeverRunHost('WWW.EXAMPLE.COM.', list)).toBe(true);
  });

  it('does not cover look-alikes, parents or siblings', () => {
    expect(isNeverRunHost('notexample.com', list)).toBe(false);
    expect(isNeverRunHost('example.com.evil.net', list)).toBe(false);
    expect(isNeverRunHost('example.org', list)).toBe(false);
    expect(isNeverRunHost('sport.example.org', list)).toBe(false);
  });
});

describe('normalizeSiteList', () => {
  it('canonicalises, drops junk and duplicates, and sorts', () => {
    expect(normalizeSiteList(['b.example', 'A.example', 'a.example', 'junk', 5, null, 'https://b.example/x'])).toEqual([
      'a.example',
      'b.example',
    ]);
  });
});
