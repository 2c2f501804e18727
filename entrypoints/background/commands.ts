/**
 * Lede's keyboard shortcuts (manifest `commands`; `_execute_action`, which opens the popup,
 * is handled by the browser itself). A shortcut grants activeTab for the tab it is pressed
 * in, like a click on the toolbar button, so each handler can inject the article script
 * there when it is not yet present.
 */
import { browser, type Browser } from 'wxt/browser';
import type { ContentRequest, JumpResponse, NavigateResponse } from '../../lib/messages';
import type { NavDirection } from '../../lib/navigation/navigator';
import { restrictionText } from '../../components/state-text';
import { ensureArticleScript, jumpInTab, listenInTab } from './article-service';

/** The shortcuts declared in wxt.config.ts `manifest.commands`, besides `_execute_action`. */
export type LedeCommand = 'toggle-reader' | 'jump-to-article' | 'next-quote' | 'previous-quote' | 'listen';

export type CommandResult = JumpResponse | NavigateResponse;

const readerUrl = () => new URL('reader.html', browser.runtime.getURL('/')).href;

/** The tab a reader view shows, when `url` is one of Lede's reader views. */
function readerSourceTab(url: string | undefined): number | null {
  if (!url?.startsWith(readerUrl())) return null;
  const tab = new URL(url).searchParams.get('tab');
  return tab && /^\d+$/.test(tab) ? Number(tab) : null;
}

async function focusTab(tab: Browser.tabs.Tab): Promise<void> {
  if (tab.id === undefined) return;
  await browser.tabs.update(tab.id, { active: true });
  if (tab.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
}

/**
 * From a page: to its reader view (the one already open, else a new tab beside it). From a
 * reader view: back, closing the reader tab and returning to the page it shows.
 */
async function toggleReader(tab: Browser.tabs.Tab): Promise<CommandResult> {
  const source = readerSourceTab(tab.url);
  if (source !== null && tab.id !== undefined) {
    const page = await browser.tabs.get(source).catch(() => null);
    await browser.tabs.remove(tab.id);
    if (page) await focusTab(page);
    return { ok: true };
  }
  if (tab.id === undefined) return { ok: false, reason: 'unreachable', message: 'That tab is no longer open.' };
  const open = (await browser.tabs.query({ windowId: tab.windowId })).find((t) => readerSourceTab(t.url) === tab.id);
  if (open) await focusTab(open);
  else await browser.tabs.create({ url: `${readerUrl()}?tab=${tab.id}`, index: tab.index + 1, openerTabId: tab.id, windowId: tab.windowId });
  return { ok: true };
}

async function navigateInTab(tabId: number, direction: NavDirection): Promise<NavigateResponse> {
  if (!(await ensureArticleScript(tabId))) return { ok: false, message: restrictionText('no-permission') };
  const request: ContentRequest = { type: 'lede/navigate', unit: 'key-quote', direction };
  try {
    return ((await browser.tabs.sendMessage(tabId, request)) as NavigateResponse | undefined) ?? { ok: false, message: 'The page gave no answer.' };
  } catch {
    return { ok: false, message: 'The page stopped answering. Reload it and try again.' };
  }
}

/**
 * Runs a shortcut's action for a tab: the one it was pressed in, or the active tab of the
 * focused window when none is given.
 */
export async function runCommand(command: string, tabId?: number): Promise<CommandResult> {
  const tab = tabId === undefined
    ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
    : await browser.tabs.get(tabId).catch(() => undefined);
  if (tab?.id === undefined) return { ok: false, reason: 'unreachable', message: 'There is no tab for Lede to act on.' };
  switch (command as LedeCommand) {
    case 'toggle-reader':
      return toggleReader(tab);
    case 'jump-to-article':
      return jumpInTab(tab.id);
    case 'next-quote':
      return navigateInTab(tab.id, 'next');
    case 'previous-quote':
      return navigateInTab(tab.id, 'previous');
    case 'listen':
      return listenInTab(tab.id);
    default:
      return { ok: false, reason: 'unreachable', message: `Lede has no shortcut called “${command}”.` };
  }
}
