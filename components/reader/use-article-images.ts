/**
 * The article's images for the reader view, when it shows them: each one the article model
 * lists is fetched once (lib/reader/fetch-image.ts: no cookie, no Referer, raster only) and
 * shown from a `blob:` URL; the saved file gets the same bytes as `data:` URLs. The article's
 * text does not wait: the images are put in at once when they have all arrived or failed.
 */
import { useEffect, useState } from 'preact/hooks';
import type { ArticleModel } from '../../lib/article-model';
import { dataUrlOf, fetchArticleImage } from '../../lib/reader/fetch-image';
import { articleImageUrls } from '../../lib/reader/image-policy';

export interface LoadedImage {
  /** Where the reader shows it from. */
  blobUrl: string;
  /** The same image inside the saved file. */
  dataUrl: string;
}

const NONE: ReadonlyMap<string, LoadedImage> = new Map();

/** Original URL → the loaded image, for every image that could be had; empty until all are settled, and with images off. */
export function useArticleImages(article: ArticleModel, enabled: boolean): ReadonlyMap<string, LoadedImage> {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, LoadedImage>>(NONE);
  useEffect(() => {
    setLoaded(NONE);
    if (!enabled) return;
    let current = true;
    const made: string[] = [];
    void Promise.all(
      [...articleImageUrls(article)].map(async (url): Promise<[string, LoadedImage] | null> => {
        const blob = await fetchArticleImage(url);
        if (!blob || !current) return null;
        const blobUrl = URL.createObjectURL(blob);
        made.push(blobUrl);
        return [url, { blobUrl, dataUrl: await dataUrlOf(blob) }];
      }),
    ).then((entries) => {
      if (current) setLoaded(new Map(entries.filter((e): e is [string, LoadedImage] => e !== null)));
    });
    return () => {
      current = false;
      for (const url of made) URL.revokeObjectURL(url);
    };
  }, [article, enabled]);
  return loaded;
}
