/**
 * Key points from the browser's built-in AI, offered only when the reader turned them on in
 * the options and the on-device model is ready: otherwise nothing is shown, and the
 * extractive summary (always there) is the answer. Checked after the article is on screen,
 * so the popup never waits for it.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { ArticleModel } from '../lib/article-model';
import type { SummaryLength } from '../lib/settings';
import { aiKeyPointsAvailable, streamAiKeyPoints } from '../lib/summary/ai-summarizer';
import { loadSettings } from './settings-store';

export type AiKeyPointsState =
  | { kind: 'off' }
  | { kind: 'ready' }
  | { kind: 'writing'; points: string[] }
  | { kind: 'done'; points: string[] }
  | { kind: 'failed' };

export function useAiKeyPoints(article: Pick<ArticleModel, 'lang' | 'text' | 'title'>): {
  state: AiKeyPointsState;
  start: () => void;
} {
  const [state, setState] = useState<AiKeyPointsState>({ kind: 'off' });
  const length = useRef<SummaryLength>('medium');
  const abort = useRef<AbortController | null>(null);

  useEffect(() => {
    let live = true;
    void (async () => {
      const settings = await loadSettings().catch(() => null);
      if (!settings?.aiKeyPoints) return;
      length.current = settings.summaryLength;
      if (live && (await aiKeyPointsAvailable(article.lang, settings.summaryLength))) setState({ kind: 'ready' });
    })();
    return () => {
      live = false;
      abort.current?.abort();
    };
  }, [article]);

  const start = useCallback(() => {
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setState({ kind: 'writing', points: [] });
    streamAiKeyPoints(article.text, {
      lang: article.lang,
      length: length.current,
      context: article.title,
      signal: controller.signal,
      onChunk: (points) => setState({ kind: 'writing', points }),
    }).then(
      (points) => setState({ kind: 'done', points }),
      () => {
        if (!controller.signal.aborted) setState({ kind: 'failed' });
      },
    );
  }, [article]);

  return { state, start };
}
