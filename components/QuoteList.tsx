import { i18n } from '#i18n';
import type { Quote, TextDirection } from '../lib/article-model';
import { anchorKey } from './anchor-key';
import { articleLang, uiDir, uiLocale } from './ui-locale';

interface QuoteListProps {
  /** The quotes to show, already chosen by the caller (the popup shows the `key` ones). */
  items: Quote[];
  lang: string;
  dir: TextDirection;
  onActivate: (item: Quote) => void;
}

/**
 * Quotes with who said them, each a button that takes the reader to the quote in the page.
 * `<q>` adds the quotation marks of the article's language; the speaker follows as plain
 * text after a space, so the button's accessible name is "quote, speaker".
 */
export function QuoteList({ items, lang, dir, onActivate }: QuoteListProps) {
  const quoteLang = articleLang(lang);
  return (
    <ul class="jump-list" lang={quoteLang} dir={dir}>
      {items.map((quote) => (
        <li key={anchorKey(quote)}>
          <button type="button" class="jump-item quote" onClick={() => onActivate(quote)}>
            <q>{quote.text}</q>{' '}
            {quote.speaker ? (
              <span class="quote-speaker">{quote.speaker}</span>
            ) : (
              // "Unattributed" is Lede's word, not the article's.
              <span class="quote-speaker unattributed" lang={uiLocale()} dir={uiDir()}>
                {i18n.t('popup.unattributed')}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
