/**
 * Lede's in-page aids on an article page: the skip links and the in-page navigation keys.
 * Set up once per page; kept right when a single-page app swaps in another article or the
 * article arrives after load; never takes focus unless the reader asks.
 */
import { planSkipLinks } from '../../lib/navigation/skip-link-plan';
import { retryOnMutation } from '../../lib/navigation/retry-on-mutation';
import { watchUrl } from '../../lib/navigation/url-watch';
import { layoutOf } from './article-layout';
import type { ArticleSession } from './article-session';
import { KeyboardNavigation } from './keyboard-navigation';
import { Overlay } from './overlay';
import { bodyOf, propertyOf } from '../../lib/unclobbered';

/** How long the page may stay busy before Lede reads it anyway (ms). */
const IDLE_TIMEOUT = 2000;

function whenIdle(win: Window, run: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(run, { timeout: IDLE_TIMEOUT });
  else setTimeout(run, 200);
}

export class PageUi {
  private overlay: Overlay | null = null;
  private stopRetry: () => void = () => {};
  readonly navigation: KeyboardNavigation;

  constructor(
    private readonly doc: Document,
    private readonly session: ArticleSession,
    /** Opens the page player ("Listen to article"). */
    private readonly listen: () => void = () => {},
  ) {
    this.navigation = new KeyboardNavigation(
      doc,
      session,
      (text) => this.ensureOverlay().announce(text),
      (node) => this.overlay?.contains(node) ?? false,
    );
  }

  /** Skip links once the page is idle, kept up to date; the in-page keys from now on. */
  start(): void {
    const win = propertyOf<Window | null>(this.doc, 'defaultView');
    // Framesets and bare XML documents have no <body> to put links in.
    if (!win || !bodyOf(this.doc)) return;
    whenIdle(win, () => this.settle(false));
    watchUrl(win, () => {
      // The old article's targets are gone: hide the links until the new page is read.
      this.overlay?.showLinks(null);
      whenIdle(win, () => this.settle(true));
    });
    win.addEventListener('keydown', this.navigation.onKeyDown, { capture: true });
  }

  /** The overlay, made on first need (a page without an article never gets one unless asked). */
  ensureOverlay(): Overlay {
    this.overlay ??= new Overlay(this.doc, {
      skipToArticle: () => this.session.jumpToArticle(),
      choose: (item) => this.session.jumpTo(item.anchor),
      listen: this.listen,
    });
    return this.overlay;
  }

  /**
   * Reads the page and shows its skip links, then keeps re-reading after bursts of DOM
   * changes while the article may still be arriving: until one is found on first load, or,
   * after a single-page-app navigation (the old article may still be on screen for a
   * moment), until two readings in a row agree.
   */
  private settle(afterNavigation: boolean): void {
    this.stopRetry();
    let previous: string | null = null;
    let fresh = afterNavigation;
    const attempt = async (): Promise<boolean> => {
      const signature = await this.refresh(fresh);
      fresh = true;
      const done = signature !== null && (!afterNavigation || signature === previous);
      previous = signature;
      return done;
    };
    void attempt().then((done) => {
      if (!done) this.stopRetry = retryOnMutation(bodyOf(this.doc)!, attempt);
    });
  }

  /**
   * Plans and shows the skip links; returns a signature of the article read, or null for none.
   * The page is read paced (the main thread given back between phases), as for the popup.
   */
  private async refresh(fresh: boolean): Promise<string | null> {
    const read = fresh || !this.session.isCurrent() ? await this.session.extractPaced() : null;
    const built = read && read.kind !== 'article' ? null : this.session.current();
    if (!built) {
      this.overlay?.showLinks(null);
      return null;
    }
    const layout = layoutOf(this.doc, built);
    const plan = planSkipLinks({ doc: this.doc, article: built.article, liveElements: built.liveElements, headline: layout.headline });
    if (plan.links.length || this.overlay) {
      this.ensureOverlay().showLinks(plan, { lang: built.article.lang, dir: built.article.dir });
    }
    return `${built.article.title}\n${built.article.blocks.length}`;
  }
}
