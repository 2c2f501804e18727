/**
 * The paced build: the same article as `buildArticle`, with the thread given back between
 * every phase, and a give-up past the time budget (told by the clock it is given, so nothing
 * here depends on the machine's speed).
 */
import { describe, expect, it } from 'vitest';
import { buildArticle, buildArticlePaced, type BuildPhase, type Pace } from '../../lib/build-article';
import { parseHtml } from '../../node/html-document';
import { HARBOUR, page } from '../fixtures/hostile/article';
import { clobberedPage, emulateNamedProperties } from '../fixtures/hostile/clobbering';

const URL = 'https://news.example/ferry';

/** A pace that records what happens, on a clock that moves `tick` ms each time it is read. */
function recordingPace(tick: number, budgetMs = 7_000) {
  let clock = 0;
  const events: string[] = [];
  const phases: (BuildPhase | 'start')[] = [];
  const pace: Pace = {
    pause: async () => {
      events.push('pause');
    },
    now: () => (clock += tick),
    budgetMs,
    onPhase: (phase) => {
      phases.push(phase);
      events.push(phase);
    },
  };
  return { pace, events, phases };
}

describe('buildArticlePaced', () => {
  it('gives the thread back between every phase and builds what buildArticle builds', async () => {
    const { pace, events, phases } = recordingPace(1);
    const paced = await buildArticlePaced(parseHtml(page(HARBOUR), URL), {}, pace);
    if (paced.kind !== 'built') throw new Error('expected a build');
    expect(phases).toEqual(['start', 'readability', 'blocks', 'quotes', 'summary']);
    // A pause after every phase but the last.
    expect(events).toEqual(['start', 'pause', 'readability', 'pause', 'blocks', 'pause', 'quotes', 'pause', 'summary']);
    expect(paced.built.result).toEqual(buildArticle(parseHtml(page(HARBOUR), URL)).result);
  });

  it('a page Readability reads twice pauses between its passes too', async () => {
    const { pace, phases } = recordingPace(1);
    const short = page({ ...HARBOUR, paragraphs: HARBOUR.paragraphs.slice(0, 2) }, { before: '<div class="sidebar"><p>Sidebar.</p></div>' });
    await buildArticlePaced(parseHtml(short, URL), {}, pace);
    expect(phases.slice(0, 3)).toEqual(['start', 'readability', 'readability-later-passes']);
  });

  it('a clobbered page is read from its copy in the same phases', async () => {
    const doc = parseHtml(clobberedPage([{ name: 'parentNode', attr: 'name', on: 'form' }]), URL);
    emulateNamedProperties(doc);
    const { pace, phases } = recordingPace(1);
    const paced = await buildArticlePaced(doc, {}, pace);
    expect(paced.kind === 'built' && paced.built.result.kind === 'article' && paced.built.result.article.title).toBe(HARBOUR.title);
    expect(phases).toEqual(['start', 'readability', 'blocks', 'quotes', 'summary']);
  });

  it('past the budget it stops at the next pause and says so, leaving the later phases undone', async () => {
    const { pace, phases } = recordingPace(3_000, 7_000);
    const paced = await buildArticlePaced(parseHtml(page(HARBOUR), URL), {}, pace);
    expect(paced).toMatchObject({ kind: 'out-of-time' });
    expect(phases).toEqual(['start', 'readability']);
  });
});
