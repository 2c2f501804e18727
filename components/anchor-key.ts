import type { TextAnchor } from '../lib/article-model';

/** A list key for anything anchored in the article: no two items share block and offsets. */
export const anchorKey = (anchor: TextAnchor): string => `${anchor.blockId}:${anchor.start}-${anchor.end}`;
