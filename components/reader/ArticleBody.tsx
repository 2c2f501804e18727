/**
 * The article's own text: sanitised (lib/reader/sanitize-article.ts) and put into the page as
 * DOM nodes, never as an HTML string, so nothing is parsed twice. Preact leaves these nodes
 * alone; they are replaced only when the article changes.
 */
import { useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleModel } from '../../lib/article-model';
import { mapBlocksToElements } from '../../lib/reader/block-map';
import { sanitizeArticle } from '../../lib/reader/sanitize-article';
import { articleLang } from '../ui-locale';

interface ArticleBodyProps {
  article: ArticleModel;
  /** The element showing each block, once the text is in place. */
  onMapped: (host: HTMLElement, blocks: Map<string, Element>) => void;
}

export function ArticleBody({ article, onMapped }: ArticleBodyProps) {
  const host = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = host.current!;
    el.replaceChildren(
      sanitizeArticle(article.contentHtml, {
        baseUrl: article.url,
        title: article.title,
        describeImage: (alt) => i18n.t('reader.imageDescribed', [alt]),
        undescribedImage: i18n.t('reader.imageUndescribed'),
      }),
    );
    onMapped(el, mapBlocksToElements(el, article.blocks));
    // onMapped is a state setter's wrapper: only a new article means new text.
  }, [article]);
  return <div ref={host} class="article-content" lang={articleLang(article.lang)} dir={article.dir} />;
}
