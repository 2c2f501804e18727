import type { SummarySentence, TextDirection } from '../lib/article-model';
import { anchorKey } from './anchor-key';
import { articleLang } from './ui-locale';

interface SummaryListProps {
  items: SummarySentence[];
  /** The article's language and direction: the sentences are the article's own words. */
  lang: string;
  dir: TextDirection;
  /** Called on click, Enter or Space: each sentence is a native button. */
  onActivate: (item: SummarySentence) => void;
}

/** The summary sentences, each a button that takes the reader to its place in the article. */
export function SummaryList({ items, lang, dir, onActivate }: SummaryListProps) {
  return (
    <ul class="jump-list" lang={articleLang(lang)} dir={dir}>
      {items.map((item) => (
        <li key={anchorKey(item)}>
          <button type="button" class="jump-item" onClick={() => onActivate(item)}>
            {item.text}
          </button>
        </li>
      ))}
    </ul>
  );
}
