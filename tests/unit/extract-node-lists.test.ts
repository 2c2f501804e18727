import { describe, expect, it } from 'vitest';
import { listed } from '../../lib/extract/node-lists';

describe('listed', () => {
  it('holds a list’s nodes in order, and stays as it was when the live list changes', () => {
    document.body.innerHTML = '<p>a</p><p>b</p><div><p>c</p></div>';
    const live = document.body.getElementsByTagName('p');
    const nodes = listed(live);
    expect(nodes.map((p) => p.textContent)).toEqual(['a', 'b', 'c']);
    nodes[0]!.remove();
    expect(live.length).toBe(2);
    expect(nodes.map((p) => p.textContent)).toEqual(['a', 'b', 'c']);
  });

  it('gives an empty array for an empty list', () => {
    document.body.innerHTML = '';
    expect(listed(document.body.childNodes)).toEqual([]);
  });
});
