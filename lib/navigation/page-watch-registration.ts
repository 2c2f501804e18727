/**
 * When and where the always-on page watcher runs: only with skip links set to "every site",
 * only on the http(s) origins Lede has been granted (the optional every-site access; in the
 * e2e build the fixture server it holds statically), never on the "never run here" sites,
 * and in top frames only. Pure, so the policy is unit-tested; the background applies it
 * with `scripting.registerContentScripts`.
 */
import type { LedeSettings } from '../settings';

export const PAGE_WATCH_ID = 'lede-page-watch';
/** Where WXT builds entrypoints/page-watch.ts. */
export const PAGE_WATCH_FILE = 'page-watch.js';

export interface PageWatchRegistration {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_idle';
  allFrames: false;
  persistAcrossSessions: true;
}

const PAGE_ORIGIN = /^(https?|\*):\/\/[^/]+\/.*$/;
// Hostnames the match-pattern grammar takes as they are; the site list also holds IPv6
// literals, which the background's own check on each request still covers.
const PLAIN_HOST = /^[a-z0-9.-]+$/;

export function pageWatchRegistration(
  settings: Pick<LedeSettings, 'skipLinks' | 'neverRunOn'>,
  grantedOrigins: readonly string[],
): PageWatchRegistration | null {
  const matches = grantedOrigins.filter((origin) => PAGE_ORIGIN.test(origin));
  if (settings.skipLinks !== 'every-site' || !matches.length) return null;
  const excludeMatches = settings.neverRunOn
    .filter((host) => PLAIN_HOST.test(host))
    .flatMap((host) => [`*://${host}/*`, `*://*.${host}/*`]);
  return {
    id: PAGE_WATCH_ID,
    js: [PAGE_WATCH_FILE],
    matches,
    excludeMatches,
    runAt: 'document_idle',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** Whether a registration already in place is the one wanted (so it need not be redone). */
export function sameRegistration(
  current: { matches?: string[]; excludeMatches?: string[]; js?: string[] },
  wanted: PageWatchRegistration,
): boolean {
  const same = (a: readonly string[] = [], b: readonly string[]) => a.length === b.length && [...a].sort().join('\n') === [...b].sort().join('\n');
  return same(current.matches, wanted.matches) && same(current.excludeMatches, wanted.excludeMatches) && same(current.js, wanted.js);
}
