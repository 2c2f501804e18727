/** Collapse runs of white space (including NBSP and zero-width joiners' neighbours) to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}
