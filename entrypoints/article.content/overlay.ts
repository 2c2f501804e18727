/**
 * Lede's UI inside the page: the skip links (first in the tab order, hidden until focused),
 * the summary / key-quotes panel they open, and a polite live region for announcements.
 * All of it lives in one shadow root on one host element at the start of <body>, so the
 * site's CSS cannot hide or restyle it, and there is only ever one set per page.
 */
import { i18n } from '#i18n';
import { LEDE_UI_ATTR } from '../../lib/navigation/focus-target';
import type { PanelItem, SkipLinkKind, SkipLinkPlan } from '../../lib/navigation/skip-link-plan';
import type { TextDirection } from '../../lib/article-model';
import { OVERLAY_CSS } from './overlay-style';
import { bodyOf, createElementIn, propertyOf, selectAll } from '../../lib/unclobbered';

const HOST_TAG = 'lede-skip-links';
/** A site that keeps prepending to <body> should not be able to make Lede chase it forever. */
const MAX_REPOSITIONS = 20;

export interface OverlayActions {
  skipToArticle(): void;
  /** A summary sentence or key quote chosen in the panel. */
  choose(item: PanelItem): void;
  /** "Listen to article": read it aloud in the page. */
  listen(): void;
}

type PanelKind = Exclude<SkipLinkKind, 'article'>;

export class Overlay {
  private readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly bar: HTMLElement;
  private readonly status: HTMLElement;
  private readonly dialog: HTMLDialogElement;
  private plan: SkipLinkPlan | null = null;
  private articleLang = { lang: '', dir: 'ltr' as TextDirection };
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  private autofocusWatched = false;

  constructor(
    private readonly doc: Document,
    private readonly actions: OverlayActions,
  ) {
    // An earlier Lede (before an extension update) leaves its host behind with no script
    // to drive it: replace it rather than show two sets of links.
    for (const stale of selectAll(doc, HOST_TAG)) stale.remove();
    this.host = createElementIn(doc, HOST_TAG);
    this.host.setAttribute(LEDE_UI_ATTR, '');
    this.host.lang = i18n.t('uiLanguage');
    this.host.dir = i18n.t('uiDirection');
    this.root = this.host.attachShadow({ mode: 'open' });
    const style = createElementIn(doc, 'style');
    style.textContent = OVERLAY_CSS;
    this.bar = createElementIn(doc, 'nav');
    this.bar.className = 'bar';
    this.bar.setAttribute('aria-label', i18n.t('skipLinks.label'));
    this.status = createElementIn(doc, 'div');
    this.status.className = 'visually-hidden';
    this.status.setAttribute('role', 'status');
    this.dialog = createElementIn(doc, 'dialog');
    this.dialog.setAttribute('aria-labelledby', 'lede-panel-title');
    this.root.append(style, this.bar, this.status, this.dialog);
    bodyOf(doc)!.prepend(this.host);
    this.keepFirstInBody();
  }

  /** Shows the links the plan asks for (none when the page no longer has an article). */
  showLinks(plan: SkipLinkPlan | null, article?: { lang: string; dir: TextDirection }): void {
    this.plan = plan;
    if (article) this.articleLang = article;
    if (this.dialog.open) this.dialog.close();
    const links = (plan?.links ?? []).map((kind) => this.linkFor(kind));
    this.bar.replaceChildren(...links, ...(links.length ? [this.listenButton()] : []));
    this.bar.hidden = !plan?.links.length;
    if (plan?.links.length) this.leadFromAutofocus();
  }

  /**
   * A page that focuses a field as it loads (`autofocus`) puts the reader's first Tab after
   * that field, past the skip links at the start of the page. Until the reader does anything
   * else, a Tab forward from that field goes to the skip links first; Shift+Tab, typing,
   * clicking and every later Tab are left to the page.
   */
  private leadFromAutofocus(): void {
    const win = propertyOf<Window | null>(this.doc, 'defaultView');
    if (this.autofocusWatched || !win) return;
    this.autofocusWatched = true;
    const stop = () => {
      win.removeEventListener('keydown', onKeyDown, true);
      win.removeEventListener('pointerdown', stop, true);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      stop();
      if (event.key !== 'Tab' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
      const active = propertyOf<Element | null>(this.doc, 'activeElement');
      const first = this.bar.hidden ? null : this.bar.querySelector<HTMLElement>('a, button');
      if (!first || !active || this.contains(active) || !active.hasAttribute('autofocus')) return;
      event.preventDefault();
      first.focus();
    };
    win.addEventListener('keydown', onKeyDown, true);
    win.addEventListener('pointerdown', stop, true);
  }

  /** Says `text` once through the polite live region (cleared first so a repeat is spoken again). */
  announce(text: string): void {
    clearTimeout(this.announceTimer);
    this.status.textContent = '';
    this.announceTimer = setTimeout(() => {
      this.status.textContent = text;
    }, 100);
  }

  contains(node: Node | null): boolean {
    return Boolean(node && (node === this.host || this.host.contains(node)));
  }

  private linkFor(kind: SkipLinkKind): HTMLElement {
    if (kind === 'article') {
      const link = createElementIn(this.doc, 'a');
      // A real link (it moves the reader within the page); the script does the moving,
      // because the headline usually has no id for a fragment to point at.
      link.href = '#';
      link.textContent = i18n.t('skipLinks.article');
      link.addEventListener('click', (event) => {
        event.preventDefault();
        this.actions.skipToArticle();
      });
      return link;
    }
    const button = createElementIn(this.doc, 'button');
    button.type = 'button';
    button.setAttribute('aria-haspopup', 'dialog');
    button.textContent = i18n.t(kind === 'summary' ? 'skipLinks.summary' : 'skipLinks.keyQuotes');
    button.addEventListener('click', () => this.openPanel(kind, button));
    return button;
  }

  private listenButton(): HTMLElement {
    const button = this.doc.createElement('button');
    button.type = 'button';
    button.textContent = i18n.t('skipLinks.listen');
    // A person's click or key only: the page's own script can reach into this open shadow root.
    button.addEventListener('click', (event) => {
      if (event.isTrusted) this.actions.listen();
    });
    return button;
  }

  private openPanel(kind: PanelKind, opener: HTMLElement): void {
    const items = (kind === 'summary' ? this.plan?.summary : this.plan?.keyQuotes) ?? [];
    const heading = createElementIn(this.doc, 'h2');
    heading.id = 'lede-panel-title';
    heading.textContent = i18n.t(kind === 'summary' ? 'skipLinks.summaryTitle' : 'skipLinks.keyQuotesTitle');
    const list = createElementIn(this.doc, 'ol');
    // The sentences are the article's own words: announce and lay them out in its language.
    if (this.articleLang.lang && this.articleLang.lang !== 'und') list.lang = this.articleLang.lang;
    list.dir = this.articleLang.dir;
    let chosen: PanelItem | null = null;
    for (const item of items) {
      const button = createElementIn(this.doc, 'button');
      button.type = 'button';
      button.append(kind === 'summary' ? item.text : `“${item.text}”`);
      if (item.speaker) {
        const speaker = createElementIn(this.doc, 'span');
        speaker.className = 'speaker';
        speaker.textContent = item.speaker;
        button.append(' ', speaker);
      }
      button.addEventListener('click', () => {
        chosen = item;
        this.dialog.close();
      });
      const li = createElementIn(this.doc, 'li');
      li.append(button);
      list.append(li);
    }
    const close = createElementIn(this.doc, 'button');
    close.type = 'button';
    close.textContent = i18n.t('skipLinks.close');
    close.addEventListener('click', () => this.dialog.close());
    this.dialog.replaceChildren(heading, list, close);
    // Escape closes a modal dialog natively; either way focus goes back to the link that
    // opened it, unless an item was chosen, which moves focus into the article instead.
    this.dialog.addEventListener(
      'close',
      () => {
        if (chosen) this.actions.choose(chosen);
        else if (opener.isConnected) opener.focus();
      },
      { once: true },
    );
    this.dialog.showModal();
  }

  /**
   * Skip links only help while they are the first stop in the tab order; cookie banners and
   * app shells often prepend to <body> after load, so Lede's host moves back in front (never
   * while it holds focus, which moving would drop).
   */
  private keepFirstInBody(): void {
    let moves = 0;
    const observer = new MutationObserver(() => {
      const body = bodyOf(this.doc);
      if (!body || body.firstElementChild === this.host || this.root.activeElement || this.dialog.open) return;
      if (++moves > MAX_REPOSITIONS) {
        observer.disconnect();
        return;
      }
      body.prepend(this.host);
    });
    observer.observe(bodyOf(this.doc)!, { childList: true });
  }
}
