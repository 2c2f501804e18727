/**
 * The one message protocol between Lede's contexts. Every message that arrives is checked
 * with `parse*` before use: the content script lives in hostile pages and nothing from a
 * web page or another extension may be trusted.
 */
import type { ArticleModel, NoArticle, TextAnchor } from './article-model';
import type { Restriction } from './restricted-pages';
import { NAV_UNITS, type NavDirection, type NavUnit } from './navigation/navigator';
import { QUOTE_LANGUAGE_CODES } from './quotes/languages/codes';

/** What the popup, reader view and options page ask the background. */
export type BackgroundRequest =
  | { type: 'lede/get-article'; tabId: number; refresh?: boolean }
  | { type: 'lede/jump-to'; tabId: number; anchor: TextAnchor }
  | { type: 'lede/jump-to-article'; tabId: number }
  /** Read the tab's article aloud on the page itself (the popup's Listen button). */
  | { type: 'lede/listen'; tabId: number };

/** What the background asks the content script in a tab. */
export type ContentRequest =
  | { type: 'lede/ping' }
  | { type: 'lede/extract' }
  | { type: 'lede/jump-to'; anchor: TextAnchor }
  /** To the article's headline (or its first block), as "Skip to article" does. */
  | { type: 'lede/jump-to-article' }
  /** To the next or previous paragraph, heading, quote or key quote (keyboard shortcuts). */
  | { type: 'lede/navigate'; unit: NavUnit; direction: NavDirection };

/**
 * What the content script tells the background about its page. `page-is-article` comes from
 * the always-on page watcher (skip links on every site): please inject the article script.
 */
export type ContentEvent =
  | { type: 'lede/page-changed'; url: string }
  | { type: 'lede/page-is-article' }
  /** "Listen to article" in the skip links: please load the page player here. */
  | { type: 'lede/listen' }
  /** The article is in this language: please load its quote file into this frame (answered when loaded). */
  | { type: 'lede/quote-language'; code: string };

export type ArticleResponse =
  | { kind: 'article'; article: ArticleModel; cached: boolean }
  | NoArticle
  | { kind: 'restricted'; reason: Restriction; message: string }
  /**
   * `not-responding`: the page's own script keeps it too busy to answer (a hung page);
   * `too-slow`: Lede gave up reading it past its time budget, to keep the page responsive.
   */
  | { kind: 'error'; message: string; reason?: 'not-responding' | 'too-slow' };

/**
 * Why a jump failed: the page no longer holds what Lede read (so the reader should read it
 * again), or the page could not be reached at all.
 */
export type JumpFailure = 'page-changed' | 'unreachable';

export type JumpResponse = { ok: true } | { ok: false; reason: JumpFailure; message: string };

/** What a navigation step landed on, or why it did not move; either way, what was announced. */
export type NavigateResponse = { ok: true; announcement: string } | { ok: false; message: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

/** `-0` passes the checks above but becomes `0` in transit: parse to the value that arrives. */
const unsigned = (n: number): number => (Object.is(n, -0) ? 0 : n);

export function isTextAnchor(value: unknown): value is TextAnchor {
  return (
    isRecord(value) &&
    typeof value.blockId === 'string' &&
    /^b\d{1,6}$/.test(value.blockId) &&
    Number.isInteger(value.start) &&
    Number.isInteger(value.end) &&
    (value.start as number) >= 0 &&
    (value.end as number) >= (value.start as number)
  );
}

/** The anchor's own fields only: a parsed message carries nothing its type does not name. */
function anchorOf(value: TextAnchor): TextAnchor {
  return { blockId: value.blockId, start: unsigned(value.start), end: unsigned(value.end) };
}

export function parseBackgroundRequest(value: unknown): BackgroundRequest | null {
  if (!isRecord(value) || !isTabId(value.tabId)) return null;
  const tabId = unsigned(value.tabId);
  switch (value.type) {
    case 'lede/get-article':
      return { type: value.type, tabId, refresh: value.refresh === true };
    case 'lede/jump-to':
      return isTextAnchor(value.anchor) ? { type: value.type, tabId, anchor: anchorOf(value.anchor) } : null;
    case 'lede/jump-to-article':
    case 'lede/listen':
      return { type: value.type, tabId };
    default:
      return null;
  }
}

export function parseContentRequest(value: unknown): ContentRequest | null {
  if (!isRecord(value)) return null;
  switch (value.type) {
    case 'lede/ping':
    case 'lede/extract':
    case 'lede/jump-to-article':
      return { type: value.type };
    case 'lede/jump-to':
      return isTextAnchor(value.anchor) ? { type: value.type, anchor: anchorOf(value.anchor) } : null;
    case 'lede/navigate':
      return NAV_UNITS.includes(value.unit as NavUnit) && (value.direction === 'next' || value.direction === 'previous')
        ? { type: value.type, unit: value.unit as NavUnit, direction: value.direction }
        : null;
    default:
      return null;
  }
}

export function parseContentEvent(value: unknown): ContentEvent | null {
  if (!isRecord(value)) return null;
  if (value.type === 'lede/page-is-article' || value.type === 'lede/listen') return { type: value.type };
  if (value.type === 'lede/quote-language') {
    return typeof value.code === 'string' && QUOTE_LANGUAGE_CODES.includes(value.code) ? { type: value.type, code: value.code } : null;
  }
  if (value.type !== 'lede/page-changed' || typeof value.url !== 'string') return null;
  return { type: value.type, url: value.url };
}
