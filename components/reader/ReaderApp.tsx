/**
 * reader.html?tab=<id>: the article of that tab, or one clear sentence about why there is
 * none and what to do next. The reader's preferences style the whole page, states included.
 */
import { useEffect, useLayoutEffect, useMemo, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleResponse } from '../../lib/messages';
import { readerStyleVars } from '../../lib/reader/reader-style';
import { requestArticle } from '../lede-client';
import { LiveStatus } from '../LiveStatus';
import { restrictionText } from '../state-text';
import { StatusMessage, type StatusAction } from '../StatusMessage';
import { targetTabId } from '../target-tab';
import { focusTab } from './back-to-page';
import { browserSpeech } from '../../lib/read-aloud/browser-speech';
import { ReaderView } from './ReaderView';
import { useReaderPrefs } from './use-reader-prefs';

type ReaderState = { kind: 'loading' } | { kind: 'no-tab' } | ArticleResponse;

/** The tab named by `?tab=`; unlike the popup, never "the active tab", which is the reader itself. */
async function readerTabId(): Promise<number | null> {
  return new URLSearchParams(location.search).has('tab') ? targetTabId() : null;
}

export function ReaderApp() {
  const { prefs, ready, change } = useReaderPrefs();
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<ReaderState>({ kind: 'loading' });
  const speech = useMemo(() => browserSpeech(), []);

  const read = async (id: number, refresh: boolean) => {
    setState({ kind: 'loading' });
    setState(await requestArticle(id, refresh));
  };

  useEffect(() => {
    void readerTabId().then((id) => {
      setTabId(id);
      if (id === null) setState({ kind: 'no-tab' });
      else void read(id, false);
    });
  }, []);

  useLayoutEffect(() => {
    const root = document.documentElement;
    for (const [name, value] of Object.entries(readerStyleVars(prefs))) root.style.setProperty(name, value);
    root.dataset.theme = prefs.theme;
  }, [prefs]);

  useEffect(() => {
    document.title =
      state.kind === 'article' ? i18n.t('reader.documentTitle', [state.article.title]) : i18n.t('reader.pageTitle');
  }, [state]);

  // Wait for the stored preferences, so the page never flashes in the wrong theme or size.
  if (!ready) return null;

  if (state.kind === 'article' && tabId !== null) {
    return <ReaderView article={state.article} tabId={tabId} prefs={prefs} change={change} speech={speech} />;
  }

  const tryAgain: StatusAction = { label: i18n.t('reader.tryAgain'), onActivate: () => tabId !== null && void read(tabId, true) };
  const back: StatusAction = { label: i18n.t('reader.backToPage'), onActivate: () => tabId !== null && void focusTab(tabId) };
  return (
    <main id="article" class="reader-main reader-state" data-state={state.kind} aria-busy={state.kind === 'loading'}>
      <LiveStatus message={state.kind === 'loading' ? i18n.t('reader.loading') : ''} visible={state.kind === 'loading'} />
      {state.kind === 'no-tab' && (
        <StatusMessage heading={i18n.t('reader.state.noTabHeading')} detail={i18n.t('reader.state.noTabDetail')} actions={[]} />
      )}
      {state.kind === 'no-article' && (
        <StatusMessage
          heading={i18n.t('reader.state.noArticleHeading')}
          detail={i18n.t('reader.state.noArticleDetail')}
          actions={[tryAgain, back]}
        />
      )}
      {state.kind === 'restricted' && (
        <StatusMessage heading={i18n.t('reader.state.restrictedHeading')} detail={restrictionText(state.reason)} actions={[back]} />
      )}
      {state.kind === 'error' && (
        <StatusMessage heading={i18n.t('reader.state.errorHeading')} detail={i18n.t('reader.state.errorDetail')} actions={[tryAgain, back]} />
      )}
    </main>
  );
}
