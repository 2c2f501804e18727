/**
 * Read-aloud's keyboard shortcuts. They are single keys, so (WCAG 2.1.4) they work only while
 * focus is on a read-aloud control: typing elsewhere, a screen reader's own keys and the
 * browser's shortcuts are never taken over. Keys with Ctrl, Alt or Meta are left alone, and
 * so is any key while focus is in a control that uses letters itself (the voice list).
 */

export type ReadAloudAction =
  | 'toggle'
  | 'previousSentence'
  | 'nextSentence'
  | 'previousParagraph'
  | 'nextParagraph'
  | 'slower'
  | 'faster'
  | 'stop';

export interface Shortcut {
  action: ReadAloudAction;
  /** `KeyboardEvent.key` values that trigger it. */
  keys: readonly string[];
  /** How the key is written in the list of shortcuts. */
  label: string;
}

/** In the order the page lists them. Shift+J/L read as capitals, so `key` tells them apart. */
export const READ_ALOUD_SHORTCUTS: readonly Shortcut[] = [
  { action: 'toggle', keys: ['k', 'K'], label: 'K' },
  { action: 'previousSentence', keys: ['j'], label: 'J' },
  { action: 'nextSentence', keys: ['l'], label: 'L' },
  { action: 'previousParagraph', keys: ['J'], label: 'Shift + J' },
  { action: 'nextParagraph', keys: ['L'], label: 'Shift + L' },
  { action: 'slower', keys: ['-', '_'], label: '−' },
  { action: 'faster', keys: ['+', '='], label: '+' },
  { action: 'stop', keys: ['Escape'], label: 'Esc' },
];

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
  /** Focus is in a control that takes letters itself: a text field or a list to choose from. */
  inTextEntry: boolean;
}

export function readAloudActionFor(press: KeyPress): ReadAloudAction | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.inTextEntry) return null;
  return READ_ALOUD_SHORTCUTS.find((s) => s.keys.includes(press.key))?.action ?? null;
}

/** Line focus moves by paragraph with the arrow keys while the article text has focus. */
export function lineFocusStep(press: Omit<KeyPress, 'inTextEntry'> & { shiftKey: boolean }): -1 | 1 | null {
  if (press.ctrlKey || press.altKey || press.metaKey || press.shiftKey) return null;
  if (press.key === 'ArrowDown') return 1;
  if (press.key === 'ArrowUp') return -1;
  return null;
}
