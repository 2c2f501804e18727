/**
 * Sites number their headings for looks (an <h4> straight under the title, an <h2> for a
 * sidebar), but screen-reader users move by heading level. The reader view rebuilds the
 * outline: the same nesting, starting just under the page's own <h1>, without skipped levels.
 */

/**
 * Each heading's level in the rebuilt outline. A heading nests under the nearest earlier
 * heading with a smaller original level, one level deeper than it; headings with no such
 * parent sit at `top`. Levels never exceed 6.
 */
export function normaliseHeadingLevels(levels: readonly number[], top = 2): number[] {
  const open: { original: number; level: number }[] = [];
  return levels.map((original) => {
    while (open.length && open[open.length - 1]!.original >= original) open.pop();
    const parent = open[open.length - 1];
    const level = Math.min(6, parent ? parent.level + 1 : top);
    open.push({ original, level });
    return level;
  });
}
