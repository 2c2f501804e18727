/** The words the sanitised article is given in the UI's language: for images and embeds, in the reader and in a saved file alike. */
import { i18n } from '#i18n';
import type { EmbedKind } from '../../lib/article-model';
import type { SanitizeOptions } from '../../lib/reader/sanitize-article';

const EMBED_KINDS: Record<EmbedKind, () => string> = {
  video: () => i18n.t('reader.embed.video'),
  audio: () => i18n.t('reader.embed.audio'),
  post: () => i18n.t('reader.embed.post'),
  frame: () => i18n.t('reader.embed.frame'),
};

export function articleLabels(): Pick<SanitizeOptions, 'describeImage' | 'undescribedImage' | 'describeEmbed'> {
  return {
    describeImage: (alt) => i18n.t('reader.imageDescribed', [alt]),
    undescribedImage: i18n.t('reader.imageUndescribed'),
    describeEmbed: (kind, title) =>
      title ? i18n.t('reader.embed.titled', [EMBED_KINDS[kind](), title]) : i18n.t('reader.embed.untitled', [EMBED_KINDS[kind]()]),
  };
}
