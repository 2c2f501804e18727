import { i18n } from '#i18n';
import type { TextDirection } from '../lib/article-model';
import type { AiKeyPointsState } from './use-ai-key-points';
import { articleLang } from './ui-locale';

interface AiKeyPointsProps {
  state: AiKeyPointsState;
  /** The model is asked to answer in the article's language. */
  lang: string;
  dir: TextDirection;
}

/**
 * The AI's key points as they stream in, or why there are none. Plain text, not buttons:
 * the model's words point at no place in the article. The heading takes focus when the
 * reader asks for the points, so they hear where the answer will appear.
 */
export function AiKeyPoints({ state, lang, dir }: AiKeyPointsProps) {
  if (state.kind === 'off' || state.kind === 'ready') return null;
  return (
    <section class="ai-key-points" aria-labelledby="ai-heading">
      <h2 id="ai-heading" tabIndex={-1}>
        {i18n.t('popup.ai.heading')}
      </h2>
      {state.kind === 'failed' ? (
        <p>{i18n.t('popup.ai.failed')}</p>
      ) : (
        <>
          <p class="hint">{i18n.t('popup.ai.note')}</p>
          <ul class="key-points" lang={articleLang(lang)} dir={dir} aria-busy={state.kind === 'writing'}>
            {state.points.map((point, i) => (
              <li key={i}>{point}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
