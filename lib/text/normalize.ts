/** Collapse runs of white space (including NBSP and zero-width joiners' neighbours) to one space. */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Whether `normalizeSpace` would leave anything of the text. */
export function hasNonSpace(text: string): boolean {
  return /[^\s\u00a0\u200b\ufeff]/.test(text);
}
