import { describe, expect, it } from 'vitest';
import { lineFocusStep, READ_ALOUD_SHORTCUTS, readAloudActionFor, type KeyPress } from '../../lib/reader/shortcuts';

const press = (key: string, extra: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  inTextEntry: false,
  ...extra,
});

describe('read-aloud shortcuts', () => {
  it('maps single keys to actions, Shift for paragraphs', () => {
    expect(readAloudActionFor(press('k'))).toBe('toggle');
    expect(readAloudActionFor(press('j'))).toBe('previousSentence');
    expect(readAloudActionFor(press('L'))).toBe('nextParagraph');
    expect(readAloudActionFor(press('='))).toBe('faster');
    expect(readAloudActionFor(press('Escape'))).toBe('stop');
    expect(readAloudActionFor(press('x'))).toBeNull();
  });

  it('leaves browser, system and screen-reader combinations alone', () => {
    expect(readAloudActionFor(press('k', { ctrlKey: true }))).toBeNull();
    expect(readAloudActionFor(press('k', { altKey: true }))).toBeNull();
    expect(readAloudActionFor(press('l', { metaKey: true }))).toBeNull();
  });

  it('stays out of controls that take letters', () => {
    expect(readAloudActionFor(press('k', { inTextEntry: true }))).toBeNull();
    expect(readAloudActionFor(press('Escape', { inTextEntry: true }))).toBeNull();
  });

  it('lists every action once, with a label', () => {
    const actions = READ_ALOUD_SHORTCUTS.map((s) => s.action);
    expect(new Set(actions).size).toBe(actions.length);
    for (const s of READ_ALOUD_SHORTCUTS) expect(s.label).not.toBe('');
    const keys = READ_ALOUD_SHORTCUTS.flatMap((s) => s.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('moves line focus with plain Up and Down only', () => {
    const base = { ctrlKey: false, altKey: false, metaKey: false, shiftKey: false };
    expect(lineFocusStep({ ...base, key: 'ArrowDown' })).toBe(1);
    expect(lineFocusStep({ ...base, key: 'ArrowUp' })).toBe(-1);
    expect(lineFocusStep({ ...base, key: 'ArrowDown', shiftKey: true })).toBeNull();
    expect(lineFocusStep({ ...base, key: 'PageDown' })).toBeNull();
  });
});
