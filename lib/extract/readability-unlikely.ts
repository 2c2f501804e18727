/**
 * Readability's first pass removes every "unlikely candidate" (an element named like a
 * comment box, sidebar or share bar, or with a menu-like role) as it reaches it, before it
 * scores anything, and never looks inside. Lede asks the same question of the live page, so
 * those subtrees are never copied, tagged or serialised for a pass that would drop them.
 * The rules are read from the pinned Readability itself rather than copied, so the two can't
 * drift apart; a unit test fails if an upgrade moves them.
 */
import { Readability } from '@mozilla/readability';
import { judgedByName } from './furniture-hints';

interface FirstPassRules {
  REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp };
  UNLIKELY_ROLES: string[];
  DEFAULT_CHAR_THRESHOLD: number;
}

export const READABILITY_FIRST_PASS = Readability.prototype as unknown as FirstPassRules;

/**
 * Below this much text (Readability's default `charThreshold`) its first pass has failed and
 * it tries again without removing unlikely candidates: the elements left out are needed then.
 */
export const READABILITY_CHAR_THRESHOLD = READABILITY_FIRST_PASS.DEFAULT_CHAR_THRESHOLD;

const { unlikelyCandidates, okMaybeItsACandidate } = READABILITY_FIRST_PASS.REGEXPS;
const isNamedUnlikely = judgedByName((hint) => unlikelyCandidates.test(hint) && !okMaybeItsACandidate.test(hint));
const UNLIKELY_ROLES = new Set(READABILITY_FIRST_PASS.UNLIKELY_ROLES);
/** Readability spares a name match with a table or code element this many levels up. */
const SPARING_ANCESTOR_LEVELS = 4;

function inTableOrCode(el: Element): boolean {
  let up = el.parentElement;
  for (let level = 0; up && level < SPARING_ANCESTOR_LEVELS; level++, up = up.parentElement) {
    if (up.tagName === 'TABLE' || up.tagName === 'CODE') return true;
  }
  return false;
}

/** Whether Readability's first pass removes `el` as an unlikely candidate when it reaches it. */
export function isReadabilityUnlikely(el: Element): boolean {
  const role = el.getAttribute('role');
  if (role !== null && UNLIKELY_ROLES.has(role)) return true;
  return el.tagName !== 'A' && el.tagName !== 'BODY' && isNamedUnlikely(el) && !inTableOrCode(el);
}
