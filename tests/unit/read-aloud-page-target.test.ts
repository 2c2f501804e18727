import { afterEach, describe, expect, it } from 'vitest';
import type { Block, SummarySentence } from '../../lib/article-model';
import { locateItem, nextPresentIndex } from '../../lib/read-aloud/page-target';
import { planSpeech } from '../../lib/read-aloud/speech-plan';

const blocks: Block[] = [
  { id: 'b0', kind: 'paragraph', text: 'Night trains return. Tickets go on sale in June.' },
  { id: 'b1', kind: 'paragraph', text: 'The café car serves breakfast.' },
  { id: 'b2', kind: 'paragraph', text: 'Freight shares the line. Works close it on Sundays.' },
];
const summary: SummarySentence[] = [{ blockId: 'b0', start: 21, end: 48, text: 'Tickets go on sale in June.' }];
const article = { lang: 'en', blocks, summary };

function livePage(): Map<string, Element> {
  document.body.innerHTML = blocks.map((b) => `<p id="${b.id}">${b.text}</p>`).join('');
  return new Map(blocks.map((b) => [b.id, document.getElementById(b.id)!]));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('locateItem', () => {
  it('finds a block’s sentence in the block’s element, and a summary sentence where it stands in its paragraph', () => {
    const live = livePage();
    const plan = planSpeech(article, { summaryFirst: true });
    expect(locateItem(article, live, plan[0]!)).toEqual({ element: live.get('b0'), blockText: blocks[0]!.text, offset: 21 });
    const second = plan.find((i) => i.target.kind === 'block' && i.start > 0)!;
    expect(locateItem(article, live, second)).toEqual({ element: live.get('b0'), blockText: blocks[0]!.text, offset: 0 });
  });

  it('finds nothing for a block the page never had, or a summary sentence no longer in its block', () => {
    const live = livePage();
    live.delete('b1');
    const plan = planSpeech(article, { summaryFirst: false });
    expect(locateItem(article, live, plan.find((i) => i.target.kind === 'block' && i.target.blockId === 'b1')!)).toBeNull();
    const changed = { ...article, blocks: [{ ...blocks[0]!, text: 'Night trains return.' }, ...blocks.slice(1)] };
    expect(locateItem(changed, live, planSpeech(article, { summaryFirst: true })[0]!)).toBeNull();
  });
});

describe('nextPresentIndex', () => {
  it('stays put while the element being read is in the page', () => {
    const live = livePage();
    const plan = planSpeech(article, { summaryFirst: false });
    expect(nextPresentIndex(plan, 0, (item) => locateItem(article, live, item))).toBeNull();
  });

  it('goes on with the next paragraph still in the page once the one being read is replaced', () => {
    const live = livePage();
    const plan = planSpeech(article, { summaryFirst: false });
    const locate = (item: (typeof plan)[number]) => locateItem(article, live, item);
    // Reading the first sentence of b0; the site swaps b0 and b1 for new elements.
    live.get('b0')!.replaceWith(document.createElement('p'));
    live.get('b1')!.remove();
    const next = nextPresentIndex(plan, 0, locate)!;
    expect(plan[next]!.text).toBe('Freight shares the line.');
    // With nothing left after it, there is nowhere to go.
    live.get('b2')!.remove();
    expect(nextPresentIndex(plan, 0, locate)).toBe(-1);
  });
});
