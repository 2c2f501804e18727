/**
 * Moving through the article by paragraph, heading and quote, from the in-page keys (see
 * lib/navigation/keymap.ts) or from the background's shortcut commands. Each move takes
 * focus there, highlights it and tells screen readers what it landed on.
 */
import { i18n } from '#i18n';
import type { NavigateResponse } from '../../lib/messages';
import { isInArticle } from '../../lib/navigation/article-region';
import { navigationForKey } from '../../lib/navigation/keymap';
import { snippet, step, targetsFor, type NavDirection, type NavTarget, type NavUnit } from '../../lib/navigation/navigator';
import { rangeForOffsets } from '../../lib/navigation/text-range';
import { formatUiNumber } from '../../components/ui-locale';
import { layoutOf, type ArticleLayout } from './article-layout';
import type { ArticleSession } from './article-session';
import { bodyOf, invoke, propertyOf } from '../../lib/unclobbered';

const POSITION = {
  paragraph: 'navigation.paragraph',
  heading: 'navigation.heading',
  quote: 'navigation.quote',
  'key-quote': 'navigation.keyQuote',
} as const;
const AT_END = {
  next: {
    paragraph: 'navigation.noNextParagraph',
    heading: 'navigation.noNextHeading',
    quote: 'navigation.noNextQuote',
    'key-quote': 'navigation.noNextKeyQuote',
  },
  previous: {
    paragraph: 'navigation.noPreviousParagraph',
    heading: 'navigation.noPreviousHeading',
    quote: 'navigation.noPreviousQuote',
    'key-quote': 'navigation.noPreviousKeyQuote',
  },
} as const;

function isEditable(el: Element | null): boolean {
  return Boolean(el?.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

export class KeyboardNavigation {
  /** The target Lede last moved to, so repeated presses step from it (two quotes in one paragraph). */
  private last: { unit: NavUnit; index: number; element: Element } | null = null;

  constructor(
    private readonly doc: Document,
    private readonly session: ArticleSession,
    private readonly announce: (text: string) => void,
    private readonly isOwnUi: (node: Node | null) => boolean,
  ) {}

  /** The in-page keys act only while the reader is in the article and not typing. */
  readonly onKeyDown = (event: KeyboardEvent): void => {
    const wanted = navigationForKey(event);
    if (!wanted || event.defaultPrevented || isEditable(propertyOf<Element | null>(this.doc, 'activeElement'))) return;
    const built = this.session.current();
    if (!built) return;
    const layout = layoutOf(this.doc, built);
    if (!isInArticle(this.readingPoint(), layout.region, layout.headline)) return;
    event.preventDefault();
    event.stopPropagation();
    this.move(layout, wanted.unit, wanted.direction);
  };

  navigate(unit: NavUnit, direction: NavDirection): NavigateResponse {
    const built = this.session.current();
    if (!built) {
      const message = i18n.t('navigation.noArticle');
      this.announce(message);
      return { ok: false, message };
    }
    return this.move(layoutOf(this.doc, built), unit, direction);
  }

  private move(layout: ArticleLayout, unit: NavUnit, direction: NavDirection): NavigateResponse {
    const targets = targetsFor(unit, layout);
    const last = this.last;
    const lastIndex = last && last.unit === unit && targets[last.index]?.element === last.element ? last.index : null;
    const index = targets.length ? step(targets, { focus: this.readingPoint(), lastIndex }, direction) : null;
    const target = index === null ? undefined : targets[index];
    if (index === null || !target) {
      const message = !targets.length && unit === 'quote' ? i18n.t('navigation.noQuotes')
        : !targets.length && unit === 'key-quote' ? i18n.t('navigation.noKeyQuotes')
        : i18n.t(AT_END[direction][unit]);
      this.announce(message);
      return { ok: false, message };
    }
    this.session.moveTo(target.element, this.rangeOf(layout, target));
    this.last = { unit, index, element: target.element };
    const announcement = i18n.t(POSITION[unit], [formatUiNumber(index + 1), formatUiNumber(targets.length), this.describe(target)]);
    this.announce(announcement);
    return { ok: true, announcement };
  }

  private rangeOf(layout: ArticleLayout, target: NavTarget): Range | null {
    if (!target.anchor) return null;
    const block = layout.article.blocks.find((b) => b.id === target.anchor!.blockId);
    return block ? rangeForOffsets(target.element, block.text, target.anchor.start, target.anchor.end) : null;
  }

  private describe(target: NavTarget): string {
    const words = snippet(target.text);
    if (!target.anchor) return words;
    return target.speaker ? i18n.t('navigation.quotedBy', [target.speaker, words]) : i18n.t('navigation.quoted', [words]);
  }

  /**
   * Where the reader is: the focused element, or, when nothing is focused (they clicked
   * into the text), where the text selection or caret is. Focus on Lede's own links counts
   * as the top of the page.
   */
  private readingPoint(): Node | null {
    const active = propertyOf<Element | null>(this.doc, 'activeElement');
    if (this.isOwnUi(active)) return null;
    if (active && active !== bodyOf(this.doc)) return active;
    return invoke<Selection | null>(this.doc, 'getSelection')?.focusNode ?? active;
  }
}
