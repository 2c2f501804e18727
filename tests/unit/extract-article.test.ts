import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../lib/extract/extract-article';

function doc(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('extractArticle', () => {
  it('gives a typed no-article result for an empty page', () => {
    expect(extractArticle(doc('<html><body></body></html>'))).toMatchObject({ kind: 'no-article', reason: 'empty' });
  });
});
