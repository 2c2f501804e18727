import { describe, expect, it } from 'vitest';
import type { Block } from '../../lib/article-model';
import { mapBlocksToElements, singleBlockElements } from '../../lib/reader/block-map';

function root(html: string): HTMLElement {
  const el = document.createElement('div');
  el.innerHTML = html;
  return el;
}

const block = (id: string, text: string): Block => ({ id, kind: 'paragraph', text });

describe('mapBlocksToElements', () => {
  it('finds each block’s own element, in order, even when a later block repeats an earlier text', () => {
    const el = root('<div><h2>Part</h2><p>Same words.</p><ul><li>One</li><li>Same words.</li></ul></div>');
    const map = mapBlocksToElements(el, [block('b0', 'Part'), block('b1', 'Same words.'), block('b2', 'One'), block('b3', 'Same words.')]);
    expect(map.get('b0')!.tagName).toBe('H2');
    expect(map.get('b1')!.tagName).toBe('P');
    expect(map.get('b3')!.tagName).toBe('LI');
    expect(map.get('b3')).not.toBe(map.get('b1'));
  });

  it('matches text across inline markup and white space', () => {
    const el = root('<p>Passengers can  board at <a href="#">Harbour\n Road</a> until midnight.</p>');
    expect(mapBlocksToElements(el, [block('b0', 'Passengers can board at Harbour Road until midnight.')]).get('b0')!.tagName).toBe('P');
  });

  it('skips blocks it cannot find and goes on with the rest', () => {
    const el = root('<p>First.</p><p>Third.</p>');
    const map = mapBlocksToElements(el, [block('b0', 'First.'), block('b1', 'Gone.'), block('b2', 'Third.')]);
    expect([...map.keys()]).toEqual(['b0', 'b2']);
  });

  it('gives line focus only elements that hold a single block', () => {
    const el = root('<div>Loose text <p>Inner paragraph.</p> more loose text</div><p>Own.</p>');
    const map = mapBlocksToElements(el, [block('b0', 'Loose text'), block('b1', 'Inner paragraph.'), block('b2', 'more loose text'), block('b3', 'Own.')]);
    expect(map.get('b0')!.tagName).toBe('DIV');
    expect(singleBlockElements(map).map((e) => e.textContent)).toEqual(['Inner paragraph.', 'Own.']);
  });
});
