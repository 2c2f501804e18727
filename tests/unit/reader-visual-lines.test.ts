import { describe, expect, it } from 'vitest';
import { bandAround } from '../../lib/read-aloud/line-focus';
import { groupIntoLines, lineIndexAt } from '../../lib/read-aloud/visual-lines';

const word = (id: string, top: number, height = 20) => ({ id, top, bottom: top + height });

describe('groupIntoLines', () => {
  it('groups word boxes into the lines they were laid out on, in order', () => {
    const lines = groupIntoLines([word('a', 0), word('b', 0), word('c', 30), word('d', 30), word('e', 60)]);
    expect(lines.map((l) => [l.first.id, l.last.id])).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'e'],
    ]);
    expect(lines.map((l) => [l.top, l.bottom])).toEqual([
      [0, 20],
      [30, 50],
      [60, 80],
    ]);
  });

  it('keeps a taller or raised box on the line it sits on', () => {
    // A superscript sits a little higher; inline code is taller: still one line.
    const lines = groupIntoLines([word('a', 10), word('sup', 4, 12), word('code', 6, 28), word('b', 10), word('c', 40)]);
    expect(lines.map((l) => [l.first.id, l.last.id])).toEqual([
      ['a', 'b'],
      ['c', 'c'],
    ]);
    expect(lines[0]).toMatchObject({ top: 4, bottom: 34 });
  });

  it('has no lines without boxes', () => {
    expect(groupIntoLines([])).toEqual([]);
  });
});

describe('lineIndexAt', () => {
  const lines = [
    { top: 0, bottom: 20 },
    { top: 30, bottom: 50 },
    { top: 60, bottom: 80 },
  ];

  it('finds the line at a height, or the next one down between lines', () => {
    expect(lineIndexAt(lines, 10)).toBe(0);
    expect(lineIndexAt(lines, 25)).toBe(1);
    expect(lineIndexAt(lines, 79)).toBe(2);
  });

  it('takes the nearest line beyond either end, and none without lines', () => {
    expect(lineIndexAt(lines, -50)).toBe(0);
    expect(lineIndexAt(lines, 500)).toBe(2);
    expect(lineIndexAt([], 10)).toBe(-1);
  });
});

describe('bandAround', () => {
  const lines = [0, 30, 60, 90, 120].map((top) => ({ top, bottom: top + 20 }));

  it('centres a band of 1, 3 or 5 lines on the line, shifting rather than shrinking at a paragraph’s ends', () => {
    expect(bandAround(lines, 2, 1)).toEqual({ top: 60, bottom: 80 });
    expect(bandAround(lines, 2, 3)).toEqual({ top: 30, bottom: 110 });
    expect(bandAround(lines, 0, 3)).toEqual({ top: 0, bottom: 80 });
    expect(bandAround(lines, 4, 3)).toEqual({ top: 60, bottom: 140 });
    expect(bandAround(lines, 1, 5)).toEqual({ top: 0, bottom: 140 });
  });

  it('covers a short paragraph whole and gives nothing for an empty one', () => {
    expect(bandAround(lines.slice(0, 2), 1, 5)).toEqual({ top: 0, bottom: 50 });
    expect(bandAround([], 0, 3)).toBeNull();
  });
});
