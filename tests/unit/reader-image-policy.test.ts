import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { rasterType } from '../../lib/reader/fetch-image';
import { articleImageUrls, imageSourceExpression, readerPolicy } from '../../lib/reader/image-policy';
import type { Block } from '../../lib/article-model';

describe('articleImageUrls', () => {
  it('lists the http(s) raster images of the figures, and nothing a crafted model slips in', () => {
    const blocks: Block[] = [
      { id: 'b0', kind: 'figure', text: '', image: { src: 'https://cdn.example/a.jpg', alt: null } },
      { id: 'b1', kind: 'figure', text: '', image: { src: 'data:image/png;base64,iVBORw0KGgo=', alt: null } },
      { id: 'b2', kind: 'figure', text: '', image: { src: 'javascript:alert(1)', alt: null } },
      { id: 'b3', kind: 'figure', text: '', image: { src: 'https://cdn.example/logo.svg', alt: null } },
      { id: 'b4', kind: 'figure', text: '', image: { src: 'relative.jpg', alt: null } },
      { id: 'b5', kind: 'paragraph', text: 'x' },
    ];
    expect([...articleImageUrls({ blocks })]).toEqual(['https://cdn.example/a.jpg']);
  });
});

describe('readerPolicy', () => {
  it('allows connections to exactly the article’s images, and no remote image element at all', () => {
    expect(readerPolicy(['https://cdn.example/a/b.jpg?w=800', 'http://127.0.0.1:8080/m/x;y,z.png'])).toBe(
      "img-src 'self' data: blob:; connect-src https://cdn.example/a/b.jpg http://127.0.0.1:8080/m/x%3By%2Cz.png",
    );
    expect(readerPolicy([])).toBe("img-src 'self' data: blob:; connect-src 'none'");
    expect(imageSourceExpression('https://cdn.example/a b.jpg')).toBe('https://cdn.example/a%20b.jpg');
  });
});

describe('rasterType', () => {
  it('tells raster images by their bytes, and refuses SVG and anything else', () => {
    const png = new Resvg('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>').render().asPng();
    expect(rasterType(png)).toBe('image/png');
    expect(rasterType(Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'))).toBe('image/gif');
    expect(rasterType(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
    expect(rasterType(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))).toBe('image/webp');
    expect(rasterType(Buffer.from('\u0000\u0000\u0000\u001cftypavif'))).toBe('image/avif');
    const icon = readFileSync(resolve(import.meta.dirname, '../../store/icon.svg'));
    expect(rasterType(icon)).toBeNull();
    expect(rasterType(Buffer.from('<!doctype html><script>alert(1)</script>'))).toBeNull();
    expect(rasterType(new Uint8Array())).toBeNull();
  });
});
