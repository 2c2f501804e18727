import { useEffect, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { requestArticle } from '../../components/lede-client';
import { targetTabId } from '../../components/target-tab';
import type { ArticleResponse } from '../../lib/messages';

type State = { kind: 'loading' } | ArticleResponse;

export function PopupApp() {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    void (async () => {
      const tabId = await targetTabId();
      setState(tabId === null ? { kind: 'error', message: 'There is no tab to read.' } : await requestArticle(tabId));
    })();
  }, []);

  return (
    <main class="popup" aria-busy={state.kind === 'loading'}>
      {state.kind === 'loading' && <p class="status">Reading the page…</p>}
      {state.kind === 'article' && <ArticleHeader article={state.article} />}
      {state.kind !== 'loading' && state.kind !== 'article' && (
        <p class="status" role="status">
          {state.message}
        </p>
      )}
    </main>
  );
}
