/** Article URLs come from the page: only http(s) ones are ever linked to. */

export function isWebUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    return /^https?:$/.test(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** "example.com" for "https://www.example.com/news/1". */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || url;
  } catch {
    return url;
  }
}
