import { describe, expect, it } from 'vitest';
import { normaliseHeadingLevels } from '../../lib/reader/outline';

describe('normaliseHeadingLevels', () => {
  it('starts under the page title and never skips a level', () => {
    expect(normaliseHeadingLevels([4, 5, 3, 2, 6])).toEqual([2, 3, 2, 2, 3]);
  });

  it('keeps siblings siblings and nesting nesting', () => {
    expect(normaliseHeadingLevels([2, 3, 3, 4, 2])).toEqual([2, 3, 3, 4, 2]);
    expect(normaliseHeadingLevels([1, 1, 2])).toEqual([2, 2, 3]);
  });

  it('never goes deeper than h6', () => {
    expect(normaliseHeadingLevels([1, 2, 3, 4, 5, 6], 3)).toEqual([3, 4, 5, 6, 6, 6]);
  });

  it('handles an article without headings', () => {
    expect(normaliseHeadingLevels([])).toEqual([]);
  });
});
