/**
 * The visual lines of a paragraph as the browser laid it out, for line focus: word boxes, in
 * text order, grouped by where they sit on screen. Pure over measured boxes, so the grouping
 * is tested without a layout engine; the measuring is in line-focus.ts.
 */

export interface Box {
  top: number;
  bottom: number;
}

export interface VisualLine<T extends Box> {
  first: T;
  last: T;
  top: number;
  bottom: number;
}

/**
 * A word opens a new line when its top lies below the middle of the line so far. Boxes on
 * one line differ in height (a superscript, a larger inline code span), so a plain "same
 * top" test would break a line in two.
 */
export function groupIntoLines<T extends Box>(boxes: readonly T[]): VisualLine<T>[] {
  const lines: VisualLine<T>[] = [];
  for (const box of boxes) {
    const line = lines.at(-1);
    if (line && box.top < (line.top + line.bottom) / 2) {
      line.last = box;
      line.top = Math.min(line.top, box.top);
      line.bottom = Math.max(line.bottom, box.bottom);
    } else {
      lines.push({ first: box, last: box, top: box.top, bottom: box.bottom });
    }
  }
  return lines;
}

/** The line at height `y` (the nearest one above or below when `y` falls between lines). */
export function lineIndexAt(lines: readonly Box[], y: number): number {
  if (lines.length === 0) return -1;
  const below = lines.findIndex((line) => y < line.bottom);
  return below < 0 ? lines.length - 1 : below;
}
