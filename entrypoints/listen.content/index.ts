/**
 * The page player, injected only when someone asks to listen (the popup's Listen button, the
 * Listen shortcut, "Listen to article" in the skip links), always after the article script,
 * whose article it reads (lib/read-aloud/page-source.ts). Injected again while open, it
 * gives the player keyboard focus instead of opening a second one.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { i18n } from '#i18n';
import { loadSettings } from '../../components/settings-store';
import { browserSpeech } from '../../lib/read-aloud/browser-speech';
import { listenSource } from '../../lib/read-aloud/page-source';
import { PagePlayer } from './page-player';

const OPEN = Symbol.for('lede.page-player');

export default defineContentScript({
  registration: 'runtime',
  noScriptStartedPostMessage: true,
  async main() {
    if (window.top !== window) return;
    const scope = globalThis as { [OPEN]?: PagePlayer | 'opening' };
    const open = scope[OPEN];
    if (open) {
      if (open !== 'opening') open.focus();
      return;
    }
    const source = listenSource();
    const found = source?.current();
    if (!source || !found) {
      source?.announce(i18n.t('listen.nothing'));
      return;
    }
    scope[OPEN] = 'opening';
    try {
      const settings = await loadSettings();
      scope[OPEN] = new PagePlayer(document, found, browserSpeech(), settings, () => {
        delete scope[OPEN];
      });
    } catch (error) {
      delete scope[OPEN];
      throw error;
    }
  },
});
