/**
 * The "never run here" list: hostnames where Lede injects nothing. Entries are stored in
 * the form browsers report a page's `location.hostname` (lower case, international names
 * in punycode, no trailing dot), so matching a page against the list is a plain string
 * comparison. An entry covers its subdomains too: `example.com` also means
 * `www.example.com` and `news.example.com`, which is what a person means by "this site".
 */

const MAX_HOSTNAME = 253;
// After the URL parser has lower-cased and punycoded a name, each label is ASCII letters,
// digits, hyphens (and underscores, which real hostnames carry), 1 to 63 of them.
const LABEL = /^(?!-)[a-z0-9_-]{1,63}(?<!-)$/;
const IPV6 = /^\[[0-9a-f:.]+\]$/;

/**
 * The canonical hostname for what a person typed or pasted: a bare name (`Example.COM`),
 * a URL from the address bar (`https://www.example.com/news/1`), a name with a port, or
 * a `*.example.com` pattern (subdomains are covered anyway). `null` when it is not a name
 * a web page could have, including single words such as `news`, which are almost always
 * typos rather than intranet hosts.
 */
export function normalizeHostname(input: string): string | null {
  let text = input.trim();
  if (!text) return null;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) text = `http://${text}`;
  let hostname: string;
  try {
    const url = new URL(text);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    hostname = url.hostname;
  } catch {
    return null;
  }
  hostname = hostname.replace(/^\*\./, '').replace(/\.$/, '');
  if (IPV6.test(hostname) || hostname === 'localhost') return hostname;
  if (hostname.length > MAX_HOSTNAME) return null;
  const labels = hostname.split('.');
  if (labels.length < 2 || !labels.every((label) => LABEL.test(label))) return null;
  return hostname;
}

/** Whether a page on `hostname` is covered by an entry of the list (itself or a parent domain). */
export function isNeverRunHost(hostname: string, neverRunOn: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  return neverRunOn.some((entry) => host === entry || host.endsWith(`.${entry}`));
}

/**
 * The list with every entry canonical, each once, sorted so the options page shows a
 * stable order. Entries that are not hostnames are dropped.
 */
export function normalizeSiteList(entries: readonly unknown[]): string[] {
  const hosts = entries.flatMap((entry) => {
    const host = typeof entry === 'string' ? normalizeHostname(entry) : null;
    return host ? [host] : [];
  });
  return [...new Set(hosts)].sort();
}
