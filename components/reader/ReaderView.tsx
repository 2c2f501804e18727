/**
 * The reader view of one article. Reading order: skip links, the actions bar, the controls
 * (read aloud, display), then <main> with the title as <h1>, the summary and key quotes
 * (collapsible) and the article under its rebuilt heading outline.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { ArticleModel, TextAnchor } from '../../lib/article-model';
import { singleBlockElements } from '../../lib/reader/block-map';
import type { SpeechTarget } from '../../lib/read-aloud/speech-plan';
import { isWideScriptLanguage } from '../../lib/reader/reader-style';
import { hostOf, isWebUrl } from '../../lib/reader/web-url';
import type { ReaderPrefs } from '../../lib/settings';
import { rangeForOffsets } from '../../lib/navigation/text-range';
import { focusElement } from '../../lib/navigation/focus-target';
import { ArticleHeader } from '../ArticleHeader';
import { LiveStatus } from '../LiveStatus';
import { QuoteList } from '../QuoteList';
import { SummaryList } from '../SummaryList';
import { requestJump } from '../lede-client';
import { ArticleBody } from './ArticleBody';
import { focusTab } from './back-to-page';
import { ReaderActions } from './ReaderActions';
import type { BrowserSpeech } from '../../lib/read-aloud/browser-speech';
import { Disclosure } from './Disclosure';
import { DisplaySettings } from './DisplaySettings';
import { ReadAloudPanel } from './ReadAloudPanel';
import { keepInView, prefersReducedMotion, setHighlight, spokenRanges } from '../../lib/read-aloud/highlight';
import { useLineFocus } from './use-line-focus';
import { useReadAloud } from './use-read-aloud';

interface ReaderViewProps {
  article: ArticleModel;
  tabId: number;
  prefs: ReaderPrefs;
  change: (change: Partial<ReaderPrefs>) => void;
  speech: BrowserSpeech | null;
}

interface Mapped {
  host: HTMLElement;
  blocks: Map<string, Element>;
}

/** How long the sentence a summary item led to stays marked. */
const TARGET_MARK_MS = 4000;

export function ReaderView({ article, tabId, prefs, change, speech }: ReaderViewProps) {
  const [mapped, setMapped] = useState<Mapped | null>(null);
  const [summaryOpen, setSummaryOpen] = useState(true);
  const [quotesOpen, setQuotesOpen] = useState(true);
  const [displayOpen, setDisplayOpen] = useState(false);
  const [notice, setNotice] = useState('');
  const [savedImages, setSavedImages] = useState<Map<string, string>>(() => new Map());
  const summaryBox = useRef<HTMLDivElement>(null);
  const readAloud = useReadAloud(article, prefs, speech);
  const lineElements = useMemo(() => (mapped ? singleBlockElements(mapped.blocks) : []), [mapped]);
  const keyQuotes = article.quotes.filter((q) => q.key);

  const elementFor = (target: SpeechTarget): Element | null => {
    if (target.kind === 'summary') return summaryBox.current?.querySelectorAll('li')[target.index] ?? null;
    // A block the article's markup did not give its own element is still searched for in the whole text.
    return mapped ? (mapped.blocks.get(target.blockId) ?? mapped.host) : null;
  };

  // The sentence (and word) being read aloud: highlighted and kept in view.
  const { state, plan } = readAloud;
  const item = state.status === 'stopped' ? undefined : plan[state.index];
  const spokenElement = item ? elementFor(item.target) : null;
  useEffect(() => {
    if (!item || !spokenElement) {
      setHighlight('lede-sentence', null);
      setHighlight('lede-word', null);
      return;
    }
    if (item.target.kind === 'summary') setSummaryOpen(true);
    const { sentence, word } = spokenRanges(spokenElement, item, state.word);
    setHighlight('lede-sentence', sentence);
    setHighlight('lede-word', word);
    // A summary sentence in a section that was collapsed shows after this render; the next word scrolls to it.
    if (spokenElement.getClientRects().length) keepInView((word ?? sentence ?? spokenElement).getBoundingClientRect());
  }, [item, spokenElement, state.word]);

  const lineFocus = useLineFocus(prefs.lineFocus, mapped?.host ?? null, lineElements, spokenElement);

  /** An embed's link: to the embed's place in the article's own tab, or the page in a new tab when that tab is gone. */
  const openEmbed = useCallback(
    async (blockId: string | null, href: string) => {
      if (await focusTab(tabId)) {
        if (blockId) await requestJump(tabId, { blockId, start: 0, end: 0 });
      } else if (href) {
        open(href, '_blank', 'noopener,noreferrer');
      }
    },
    [tabId],
  );

  /** A summary sentence or quote: to its place in the article below, focused and marked. */
  const showInArticle = (anchor: TextAnchor) => {
    const el = mapped?.blocks.get(anchor.blockId);
    const block = article.blocks.find((b) => b.id === anchor.blockId);
    if (!el || !block || !(el instanceof HTMLElement)) return;
    focusElement(el, { scroll: true, smooth: !prefersReducedMotion() });
    setHighlight('lede-target', rangeForOffsets(el, block.text, anchor.start, anchor.end));
    setTimeout(() => setHighlight('lede-target', null), TARGET_MARK_MS);
  };

  return (
    <>
      <div class="skip-links">
        <a href="#article">{i18n.t('reader.skipToArticle')}</a>
        <a href="#controls">{i18n.t('reader.skipToControls')}</a>
      </div>
      <div class="reader-layout">
        <aside id="controls" class="reader-controls" tabIndex={-1} aria-label={i18n.t('reader.controlsLabel')}>
          <ReaderActions article={article} tabId={tabId} images={savedImages} onNotice={setNotice} />
          <ReadAloudPanel readAloud={readAloud} supported={speech !== null} prefs={prefs} change={change} />
          <div class="panel">
            <Disclosure id="display" heading={i18n.t('reader.display.heading')} open={displayOpen} onToggle={setDisplayOpen}>
              <DisplaySettings prefs={prefs} change={change} />
            </Disclosure>
          </div>
          <LiveStatus message={notice} visible />
        </aside>
        <main
          id="article"
          tabIndex={-1}
          class={prefs.lineFocus ? 'reader-main line-focus' : 'reader-main'}
          data-wide-script={isWideScriptLanguage(article.lang) ? '' : undefined}
        >
          <ArticleHeader article={article} />
          {isWebUrl(article.url) && (
            <p class="source-link">
              <a href={article.url} target="_blank" rel="noopener noreferrer">
                {i18n.t('reader.original', [hostOf(article.url)])}
              </a>
            </p>
          )}
          {article.summary.length > 0 && (
            <Disclosure id="summary" heading={i18n.t('reader.summaryHeading')} open={summaryOpen} onToggle={setSummaryOpen}>
              <p class="hint">{i18n.t('reader.summaryHint')}</p>
              <div ref={summaryBox}>
                <SummaryList items={article.summary} lang={article.lang} dir={article.dir} onActivate={showInArticle} />
              </div>
            </Disclosure>
          )}
          {keyQuotes.length > 0 && (
            <Disclosure id="quotes" heading={i18n.t('reader.quotesHeading')} open={quotesOpen} onToggle={setQuotesOpen}>
              <QuoteList items={keyQuotes} lang={article.lang} dir={article.dir} onActivate={showInArticle} />
            </Disclosure>
          )}
          <div
            class="article-text"
            // With line focus on, the text takes focus so the arrow keys can move it.
            {...(prefs.lineFocus
              ? { role: 'region', tabIndex: 0, 'aria-label': i18n.t('reader.articleText'), onKeyDown: lineFocus.onKeyDown }
              : {})}
          >
            <ArticleBody
              article={article}
              images={prefs.images}
              onMapped={(host, blocks) => setMapped({ host, blocks })}
              onEmbed={(blockId, href) => void openEmbed(blockId, href)}
              onImages={setSavedImages}
            />
          </div>
        </main>
      </div>
    </>
  );
}
