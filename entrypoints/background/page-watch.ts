/**
 * Skip links on every site: keeps the always-on page watcher registered exactly while the
 * setting says "every site" and host access is granted (re-checked whenever either changes,
 * and at each service-worker start), and injects the article script into a page the
 * watcher reports as an article.
 */
import { browser, type Browser } from 'wxt/browser';
import { loadSettings, watchSettings } from '../../components/settings-store';
import { PAGE_WATCH_ID, pageWatchRegistration, sameRegistration } from '../../lib/navigation/page-watch-registration';
import { isNeverRunHost } from '../../lib/site-list';
import { ensureArticleScript } from './article-service';

let pending: Promise<void> = Promise.resolve();

async function applyRegistration(): Promise<void> {
  const [settings, permissions] = await Promise.all([loadSettings(), browser.permissions.getAll()]);
  const wanted = pageWatchRegistration(settings, permissions.origins ?? []);
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [PAGE_WATCH_ID] });
  if (current && wanted && sameRegistration(current, wanted)) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [PAGE_WATCH_ID] });
  if (wanted) await browser.scripting.registerContentScripts([wanted]);
}

/** Brings the registration in line with settings and permissions; calls run one at a time. */
export function syncPageWatch(): Promise<void> {
  pending = pending.then(applyRegistration).catch((error: unknown) => {
    console.error('Lede could not update its page watcher', error);
  });
  return pending;
}

export function keepPageWatchInSync(): void {
  void syncPageWatch();
  watchSettings(() => void syncPageWatch());
  browser.permissions.onAdded.addListener(() => void syncPageWatch());
  browser.permissions.onRemoved.addListener(() => void syncPageWatch());
}

/**
 * The watcher in a tab's top frame says its page is an article. The request is checked
 * against the settings again (they may have changed since the page loaded) before the
 * article script, and with it the skip links, goes in.
 */
export async function injectForWatchedPage(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined || sender.frameId !== 0 || !sender.url) return;
  let hostname: string;
  try {
    hostname = new URL(sender.url).hostname;
  } catch {
    return;
  }
  const settings = await loadSettings();
  if (settings.skipLinks !== 'every-site' || isNeverRunHost(hostname, settings.neverRunOn)) return;
  await ensureArticleScript(tabId);
}
