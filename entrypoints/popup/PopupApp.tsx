import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { requestArticle } from '../../components/lede-client';
import { targetTabId } from '../../components/target-tab';
import type { ArticleResponse } from '../../lib/messages';
import { i18n } from '#i18n';

type State = { kind: 'loading' } | ArticleResponse;

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      setState(tabId === null ? { kind: 'error', message: i18n.t('popup.noTab') } : await requestArticle(tabId));
    })();
  }, []);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && <p class="status">{i18n.t('popup.loading')}</p>}
      {state.kind === 'article' && <ArticleHeader article={state.article} />}
      {state.kind !== 'loading' && state.kind !== 'article' && (
        <p class="status" role="status">
          {state.message}
        </p>
      )}
    </main>
  );
}
