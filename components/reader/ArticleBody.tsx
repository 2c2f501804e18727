/**
 * The article's own text: sanitised (lib/reader/sanitize-article.ts) and put into the page as
 * DOM nodes, never as an HTML string, so nothing is parsed twice. Preact leaves these nodes
 * alone; they are replaced only when the article or the images setting changes.
 * Images: with "show", only the ones the article model lists (lib/reader/image-policy.ts),
 * which the page's own policy is narrowed to before any is asked for, fetched without cookie
 * or Referer (use-article-images.ts); one that cannot be had (a server that refuses anonymous
 * requests, a file that is no raster image) is described in words, as in text only.
 */
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleModel } from '../../lib/article-model';
import { mapBlocksToElements } from '../../lib/reader/block-map';
import { articleImageUrls, readerPolicy } from '../../lib/reader/image-policy';
import { EMBED_CLASS, EMBED_LINK_BLOCK_ATTR, sanitizeArticle } from '../../lib/reader/sanitize-article';
import type { ReaderImages } from '../../lib/settings';
import { articleLang } from '../ui-locale';
import { articleLabels } from './article-labels';
import { useArticleImages } from './use-article-images';

interface ArticleBodyProps {
  article: ArticleModel;
  images: ReaderImages;
  /** The element showing each block, once the text is in place. */
  onMapped: (host: HTMLElement, blocks: Map<string, Element>) => void;
  /** The link an embed became was followed: to the embed's block in the page, when known. */
  onEmbed: (blockId: string | null, href: string) => void;
  /** The shown images as `data:` URLs (by their address), once they have loaded; none in text only. */
  onImages: (images: Map<string, string>) => void;
}

const POLICY_MARK = 'data-lede-images';

/**
 * The reader page's policy, once per page, before any image is asked for: the extension's CSP
 * allows connections to http(s), this one only to the article's images. A policy can only be
 * narrowed, so a later article keeps the first one's (its other images then fail, and are
 * described instead).
 */
function narrowPolicy(urls: Set<string>): void {
  if (document.head.querySelector(`meta[${POLICY_MARK}]`)) return;
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = readerPolicy(urls);
  meta.setAttribute(POLICY_MARK, '');
  document.head.append(meta);
}

export function ArticleBody({ article, images, onMapped, onEmbed, onImages }: ArticleBodyProps) {
  const host = useRef<HTMLDivElement>(null);
  const embedHandler = useRef(onEmbed);
  embedHandler.current = onEmbed;
  const labels = articleLabels();
  // Before the images are asked for (an effect, which runs after this layout effect's first run).
  useLayoutEffect(() => narrowPolicy(articleImageUrls(article)), [article]);
  const loaded = useArticleImages(article, images === 'show');
  useLayoutEffect(() => {
    const el = host.current!;
    el.replaceChildren(
      sanitizeArticle(article.contentHtml, {
        baseUrl: article.url,
        title: article.title,
        ...labels,
        ...(images === 'show'
          ? { imageSource: (url: string) => loaded.get(url)?.blobUrl ?? null, fullSizeImage: (name: string) => i18n.t('reader.imageFullSize', [name]) }
          : {}),
      }),
    );
    onMapped(el, mapBlocksToElements(el, article.blocks));
    onImages(new Map([...loaded].map(([url, image]) => [url, image.dataUrl])));
    // The callbacks are state setters' wrappers: only a new article, setting or images mean new text.
  }, [article, images, loaded]);

  useEffect(() => {
    const el = host.current!;
    const followed = (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.(`a.${EMBED_CLASS}`);
      if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
      event.preventDefault();
      embedHandler.current(link.getAttribute(EMBED_LINK_BLOCK_ATTR), link.getAttribute('href') ?? '');
    };
    el.addEventListener('click', followed);
    return () => {
      el.removeEventListener('click', followed);
    };
  }, []);

  return <div ref={host} class="article-content" lang={articleLang(article.lang)} dir={article.dir} />;
}
