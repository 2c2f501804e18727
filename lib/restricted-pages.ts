/**
 * Pages no extension may read (browser pages, the web stores, the PDF viewer, view-source,
 * the browser's own page for a page that failed to load) or that need a permission the user
 * has not given (file:// without "Allow access to file URLs"). The popup explains these instead of failing, in words from `components/state-text.ts`
 * (they are UI text, so they live in the locale files).
 */

export type Restriction = 'browser-page' | 'web-store' | 'pdf' | 'view-source' | 'file-access' | 'load-failed' | 'no-permission';

const BROWSER_SCHEMES = /^(chrome|chrome-extension|chrome-untrusted|chrome-search|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|data|blob|javascript):/i;
/** What a tab shows when its page failed to load: Chrome's error page, Firefox's. */
const ERROR_PAGES = /^(chrome-error:|about:(neterror|certerror)\b)/i;
const WEB_STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
  /^https:\/\/addons\.mozilla\.org\//i,
];

/** Why Lede cannot read a tab's URL, or null when it may try. */
export function restrictionFor(url: string | undefined, options: { fileAccess: boolean }): Restriction | null {
  if (!url) return 'no-permission';
  if (/^view-source:/i.test(url)) return 'view-source';
  if (ERROR_PAGES.test(url)) return 'load-failed';
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (WEB_STORES.some((re) => re.test(url))) return 'web-store';
  if (/^file:/i.test(url) && !options.fileAccess) return 'file-access';
  if (!/^(https?|file):/i.test(url)) return 'browser-page';
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    // Not a URL the browser would navigate to (it canonicalises tab URLs): nothing to read.
    return 'browser-page';
  }
  return /\.pdf$/i.test(path) ? 'pdf' : null;
}

/**
 * What kind of page refused Lede's script, from the browser's refusal. Chrome names the
 * scheme ("Cannot access a chrome:// URL") or the store ("The extensions gallery cannot be
 * scripted."), and says when the tab shows its error page instead of the page (whose URL the
 * tab still gives); anything else is a missing permission.
 */
export function restrictionFromRefusal(message: string): Restriction {
  if (/showing error page|chrome-error:/i.test(message)) return 'load-failed';
  if (/extensions gallery cannot be scripted/i.test(message)) return 'web-store';
  const scheme = /cannot access a ([a-z][a-z0-9+.-]*):/i.exec(message)?.[1];
  return scheme ? (restrictionFor(`${scheme}://`, { fileAccess: false }) ?? 'no-permission') : 'no-permission';
}
