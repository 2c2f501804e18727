/**
 * Page text Lede shows in a line of its own (titles, names, alt text) has a length cap: a page
 * can put tens of thousands of characters in a site name or byline, which would swamp the
 * popup, and a regular expression built from such text can overflow. Text past the cap is cut
 * (never inside a surrogate pair) and marked with an ellipsis.
 */
export const MAX_TITLE_CHARS = 500;
/** Site names, bylines and speakers' names. */
export const MAX_NAME_CHARS = 200;
/** Alt text and the excerpt. */
export const MAX_DESCRIPTION_CHARS = 2000;

export function bounded(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}
