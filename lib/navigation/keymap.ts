/**
 * In-page keys for moving through the article while focus is in it. All use Alt+Shift with
 * a navigation key, so none is a single-character shortcut (WCAG 2.1.4) and none collides
 * with screen readers' browse-mode keys (plain letters, arrows, Insert/CapsLock or
 * Ctrl+Option combinations) or with the browsers' own Alt+Shift shortcuts:
 *
 *   Alt+Shift+↓ / ↑               next / previous paragraph
 *   Alt+Shift+Page Down / Page Up   next / previous heading
 *   Alt+Shift+. / ,                 next / previous quote  (the keys marked > and < on US keyboards)
 *
 * Keys are matched by physical position (`code`) where the character differs by layout or
 * by the Option key on macOS, which turns Option+Shift+. into "˘".
 */
import type { NavDirection, NavUnit } from './navigator';

export interface KeyLike {
  key: string;
  code: string;
  altKey: boolean;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
}

export interface KeyNavigation {
  unit: NavUnit;
  direction: NavDirection;
}

const BY_KEY: Record<string, KeyNavigation> = {
  ArrowDown: { unit: 'paragraph', direction: 'next' },
  ArrowUp: { unit: 'paragraph', direction: 'previous' },
  PageDown: { unit: 'heading', direction: 'next' },
  PageUp: { unit: 'heading', direction: 'previous' },
};

const BY_CODE: Record<string, KeyNavigation> = {
  Period: { unit: 'quote', direction: 'next' },
  Comma: { unit: 'quote', direction: 'previous' },
};

export function navigationForKey(event: KeyLike): KeyNavigation | null {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return null;
  return BY_KEY[event.key] ?? BY_CODE[event.code] ?? null;
}
