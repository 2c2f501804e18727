/**
 * The toolbar popup: which state the tab's article is in, and what to show for it. Each
 * state has one clear sentence and a next step; see useStateAnnouncement for how changes
 * reach screen-reader users.
 */
import { useRef } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { LiveStatus } from '../../components/LiveStatus';
import { StatusMessage, type StatusAction } from '../../components/StatusMessage';
import { notRespondingText, restrictionText, tooSlowText } from '../../components/state-text';
import { ArticleView } from './ArticleView';
import { useDelayedFlag } from './use-delayed-flag';
import { useStateAnnouncement } from './use-state-announcement';
import { useTabArticle, type TabArticleState } from './use-tab-article';

/** Long enough that a cached answer never flashes "Reading the page…", short enough to reassure. */
const LOADING_DELAY_MS = 150;
/** A page that has not answered by now may never (a hung script): offer to ask again. */
const STALLED_MS = 8000;

interface StatusContent {
  heading: string;
  detail: string;
  actions: StatusAction[];
}

/** The sentence and next steps for every state but loading and article. */
function statusContent(state: Exclude<TabArticleState, { kind: 'loading' | 'article' }>, read: (refresh: boolean) => void): StatusContent {
  const tryAgain: StatusAction = { label: i18n.t('popup.tryAgain'), onActivate: () => read(true) };
  switch (state.kind) {
    case 'no-tab':
      return { heading: i18n.t('popup.error.heading'), detail: i18n.t('popup.noTab'), actions: [tryAgain] };
    case 'no-article':
      return { heading: i18n.t('popup.noArticle.heading'), detail: i18n.t('popup.noArticle.detail'), actions: [tryAgain] };
    case 'error':
      if (state.reason === 'not-responding') return { heading: i18n.t('popup.notResponding.heading'), detail: notRespondingText(), actions: [tryAgain] };
      if (state.reason === 'too-slow') return { heading: i18n.t('popup.tooSlow.heading'), detail: tooSlowText(), actions: [tryAgain] };
      return { heading: i18n.t('popup.error.heading'), detail: i18n.t('popup.error.detail'), actions: [tryAgain] };
    case 'page-changed':
      return {
        heading: i18n.t('popup.changed.heading'),
        detail: i18n.t('popup.changed.detail'),
        actions: [{ label: i18n.t('popup.readAgain'), onActivate: () => read(true) }],
      };
    case 'restricted':
      return {
        heading: i18n.t('popup.restricted.heading'),
        detail: restrictionText(state.reason),
        // Chrome lets an extension open its own settings page; Firefox keeps about:addons to itself.
        actions: state.reason === 'file-access' && !import.meta.env.FIREFOX ? [openExtensionSettings(), tryAgain] : [tryAgain],
      };
  }
}

function openExtensionSettings(): StatusAction {
  return {
    label: i18n.t('popup.openExtensionSettings'),
    onActivate: () => void browser.tabs.create({ url: `chrome://extensions/?id=${browser.runtime.id}` }),
  };
}

export function PopupApp() {
  const { state, tabId, read, markChanged } = useTabArticle();
  const loadingShown = useDelayedFlag(state.kind === 'loading', LOADING_DELAY_MS);
  const stalled = useDelayedFlag(state.kind === 'loading', STALLED_MS);
  const main = useRef<HTMLElement>(null);
  const status = state.kind === 'loading' || state.kind === 'article' ? null : statusContent(state, read);
  const sentence = state.kind === 'loading' ? null : (status?.heading ?? i18n.t('popup.ready'));
  const announcement = useStateAnnouncement(state, sentence, loadingShown, i18n.t('popup.loading'), main);

  return (
    // No aria-busy here: screen readers hold back live regions inside a busy element, and
    // "Reading the page…" must be heard while the page is being read.
    // data-state: which state is shown, for the e2e suite and the sweep (scripts/sweep.ts).
    <main ref={main} class="popup" data-state={state.kind}>
      {/* Shown while loading; afterwards it only speaks, since each state shows its own sentence. */}
      <LiveStatus message={announcement} visible={loadingShown} />
      {state.kind === 'article' && tabId !== null && (
        <ArticleView
          article={state.article}
          tabId={tabId}
          openedAsTab={new URLSearchParams(location.search).has('tab')}
          onPageChanged={markChanged}
        />
      )}
      {status && <StatusMessage {...status} />}
      {stalled && (
        <div class="action-row">
          <button type="button" class="action" onClick={() => read(true)}>
            {i18n.t('popup.tryAgain')}
          </button>
        </div>
      )}
    </main>
  );
}
