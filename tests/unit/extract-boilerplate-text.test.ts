import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isEndMatter, isFurnitureLine, isMetaLine, isRelatedLabel, isTeaser } from '../../lib/extract/boilerplate-text';
import { isCreditedCaption } from '../../lib/extract/captions';
import { hintWords, isNamedArticleFurniture, isNamedPageFurniture } from '../../lib/extract/furniture-hints';
import { wordCount } from '../../lib/extract/prose';

function element(attrs: string): Element {
  const doc = new DOMParser().parseFromString(`<div ${attrs}></div>`, 'text/html');
  return doc.body.firstElementChild!;
}

describe('isFurnitureLine', () => {
  it.each([
    'Advertisement', 'ADVERTISEMENT', 'Anzeige', 'Story continues below advertisement', 'Skip to main content',
    'Accessibility links', 'Share this article', 'Facebook Twitter Email', 'Share on WhatsApp', 'Related stories',
    "Don't miss", 'Most read', 'Sign in', 'Comments are closed.', 'Image 3 of 12', 'Image copyright Getty Images',
    'Photo: Reuters', 'Media playback is unsupported on your device', 'Sign up for our morning newsletter',
    'Get the best stories delivered to your inbox every morning.', 'Lesen Sie auch', 'تبلیغات',
  ])('recognises %j', (line) => {
    expect(isFurnitureLine(line)).toBe(true);
  });

  it.each([
    'The council said it would share the cost with the government.',
    'Image is everything in politics, the minister said.',
    'Facebook said it had removed the accounts on Tuesday.',
    'Advertisement revenue fell by a third last year, the company reported.',
    'Related companies were also fined.',
    'Comments made by the minister caused outrage.',
  ])('leaves the sentence %j', (line) => {
    expect(isFurnitureLine(line)).toBe(false);
  });
});

describe('isTeaser', () => {
  it('recognises a labelled link to another story', () => {
    expect(isTeaser('Read more: Inspectors warned of bridge corrosion in 2022', 0.8, 0.8)).toBe(true);
    expect(isTeaser('READ MORE: China plague outbreak confirmed', 0.9, 0)).toBe(true);
  });

  it('recognises a line that is only a link to the same site', () => {
    expect(isTeaser('Council approves new bus lanes on the ring road', 1, 1)).toBe(true);
  });

  it('keeps a line linking to another site: the article is citing a source', () => {
    expect(isTeaser('Bug 1677080 – Fullscreen PiP window is affected by switching video source', 1, 0)).toBe(false);
  });

  it('keeps prose that happens to contain links', () => {
    expect(isTeaser('The minister, who resigned last week, said the report was fair.', 0.2, 0.2)).toBe(false);
  });
});

describe('isRelatedLabel', () => {
  it('recognises the headings of related-story boxes', () => {
    for (const label of ['Related', 'More from Business', "DON'T MISS", 'You may also like', 'اقرأ أيضا']) {
      expect(isRelatedLabel(label), label).toBe(true);
    }
    expect(isRelatedLabel('Related reading for the council meeting on Tuesday')).toBe(false);
  });
});

describe('isMetaLine', () => {
  it.each([
    'By Maria Okafor',
    'By Justine Coleman - 11/18/19 11:04 PM EST',
    'Published 12 February 2024, 07:30',
    'PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019',
    'Updated 3 hours ago',
    '5 min read',
  ])('recognises %j', (line) => {
    expect(isMetaLine(line)).toBe(true);
  });

  it.each([
    'By Monday the water had reached the town hall.',
    'The vote is on 12 March.',
    'Council meets at 10:30 on Tuesday to decide.',
  ])('leaves the sentence %j', (line) => {
    expect(isMetaLine(line)).toBe(false);
  });
});

describe('isEndMatter', () => {
  it.each([
    "Maria Okafor is the Courier's transport correspondent. She has covered the city's transport since 2016.",
    'Write to Al Root at allen.root@example.com',
    'Tags: transport, harbour',
    '© 2024 The Coastal Courier. All rights reserved.',
    'Reporting by Jane Doe; Editing by John Smith',
    'Associated Press writers Alan Fram and Zeke Miller contributed to this report.',
  ])('recognises %j', (line) => {
    expect(isEndMatter(line)).toBe(true);
  });

  it('leaves an ordinary closing paragraph', () => {
    expect(isEndMatter('The work is expected to cost £48m, most of it paid for by a government grant.')).toBe(false);
  });
});

describe('isCreditedCaption', () => {
  it.each([
    'A row of unsold cars at a dealership in Littleton, Colo. (AP Photo/David Zalubowski)',
    'In this file photo astronauts work outside the station. (NASA via AP, File)',
    'FILE PHOTO: Traders work on the floor of the exchange. REUTERS/Brendan McDermid',
    'China has warned it will not allow the unrest to continue (Image: GETTY)',
  ])('recognises %j', (line) => {
    expect(isCreditedCaption(line)).toBe(true);
  });

  it('does not take an agency named in a sentence for a credit', () => {
    expect(isCreditedCaption('The rules were written by the Environmental Protection Agency (EPA)')).toBe(false);
    expect(isCreditedCaption('Cases rose by a fifth in a week (source: WHO)')).toBe(false);
  });
});

describe('furniture hints', () => {
  it('splits class and id names into words', () => {
    expect(hintWords(element('class="c-share-bar relatedStories" id="ad_slot"'))).toEqual(['c', 'share', 'bar', 'related', 'stories', 'ad', 'slot']);
  });

  it('matches whole words only', () => {
    expect(isNamedPageFurniture(element('class="shadow header-load"'))).toBe(false);
    expect(isNamedPageFurniture(element('class="entry-content"'))).toBe(false);
    expect(isNamedPageFurniture(element('class="most-read"'))).toBe(true);
    expect(isNamedPageFurniture(element('class="newsletterSignup"'))).toBe(true);
  });

  it('keeps bylines and dates for Readability, and removes them from the article', () => {
    expect(isNamedPageFurniture(element('class="byline"'))).toBe(false);
    expect(isNamedArticleFurniture(element('class="byline"'))).toBe(true);
    expect(isNamedArticleFurniture(element('class="article-tags"'))).toBe(true);
  });

  it('judges a name once, the same way for every element that bears it, and the id with the class', () => {
    for (let i = 0; i < 3; i++) {
      expect(isNamedPageFurniture(element('class="story most"'))).toBe(false);
      expect(isNamedPageFurniture(element('class="story most" id="read"'))).toBe(true);
      expect(isNamedPageFurniture(element('class="story" id="share-tools"'))).toBe(true);
      expect(isNamedPageFurniture(element('id="share-tools"'))).toBe(true);
      expect(isNamedPageFurniture(element(''))).toBe(false);
    }
  });
});

describe('wordCount', () => {
  /** The definition: runs of Unicode letters and digits, counted no further than one past the limit. */
  const byPattern = (text: string, upTo: number) => Math.min((text.match(/[\p{L}\p{N}]+/gu) ?? []).length, upTo + 1);

  it('counts runs of letters and digits in any script, and stops one past the limit', () => {
    expect(wordCount('The mayor’s plan — “a start”, 2026.')).toBe(7);
    expect(wordCount('Le café ouvre à 9 h')).toBe(6);
    expect(wordCount('one two three four', 2)).toBe(3);
    expect(wordCount('')).toBe(0);
  });

  it('gives what the Unicode pattern gives, on plain and on mixed text', () => {
    const alphabet = fc.constantFrom('a', 'Z', '7', ' ', '\n', '\u00a0', "'", '’', '“', '—', '…', '.', '-', '\u2044', 'é', 'e\u0301', 'ß', '漢', 'ش', '𝒜', '\u200c', '\u2070', '_');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((parts) => parts.join('')), fc.integer({ min: 0, max: 12 }), (text, upTo) => {
        expect(wordCount(text, upTo)).toBe(byPattern(text, upTo));
        expect(wordCount(text)).toBe(byPattern(text, Infinity));
      }),
      { numRuns: 3000 },
    );
  });
});
