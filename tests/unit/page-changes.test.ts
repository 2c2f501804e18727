import { describe, expect, it } from 'vitest';
import { LEDE_UI_ATTR } from '../../lib/navigation/focus-target';
import { pageChanges } from '../../lib/navigation/page-changes';

function page(): Document {
  const doc = document.implementation.createHTMLDocument('Story');
  doc.body.innerHTML = '<article><h1>Headline</h1><p id="p">First paragraph of the story.</p></article>';
  return doc;
}

describe('pageChanges', () => {
  it('counts as changed until first watched', () => {
    expect(pageChanges(page()).changed).toBe(true);
  });

  it('sees new elements and edited text, at once (before the observer has run)', () => {
    const doc = page();
    const changes = pageChanges(doc);
    changes.watch();
    expect(changes.changed).toBe(false);
    doc.getElementById('p')!.firstChild!.nodeValue = 'Updated paragraph.';
    expect(changes.changed).toBe(true);

    changes.watch();
    expect(changes.changed).toBe(false);
    doc.body.append(doc.createElement('aside'));
    expect(changes.changed).toBe(true);
  });

  it("ignores attributes (focus and highlight moves) and Lede's own host element", () => {
    const doc = page();
    const changes = pageChanges(doc);
    changes.watch();
    doc.querySelector('h1')!.setAttribute('tabindex', '-1');
    const host = doc.createElement('lede-skip-links');
    host.setAttribute(LEDE_UI_ATTR, '');
    doc.body.prepend(host);
    host.remove();
    expect(changes.changed).toBe(false);
  });

  it('stays changed once changed, until watched again', async () => {
    const doc = page();
    const changes = pageChanges(doc);
    changes.watch();
    doc.getElementById('p')!.remove();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(changes.changed).toBe(true);
    expect(changes.changed).toBe(true);
  });
});
