/** Brings the article's own tab (and its window) to the front. */
import { browser } from 'wxt/browser';

/** False when the tab is gone. */
export async function focusTab(tabId: number): Promise<boolean> {
  try {
    const tab = await browser.tabs.update(tabId, { active: true });
    if (tab?.windowId !== undefined) await browser.windows.update(tab.windowId, { focused: true });
    return true;
  } catch {
    return false;
  }
}
