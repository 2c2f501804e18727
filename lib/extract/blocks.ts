/**
 * Turns Readability's cleaned article element into Lede's ordered blocks. Each block
 * remembers the live element it came from (through the clone's source marks) so surfaces
 * can scroll to it and move focus there.
 */
import type { Block, BlockKind } from '../article-model';
import { normalizeSpace } from '../text/normalize';
import { liveElementFor } from './source-map';

const HEADING = /^H[1-6]$/;
const LEAF_KINDS: Record<string, BlockKind> = {
  P: 'paragraph',
  LI: 'list-item',
  DT: 'list-item',
  DD: 'list-item',
  BLOCKQUOTE: 'blockquote',
  PRE: 'preformatted',
  FIGURE: 'figure',
  TR: 'paragraph',
};
const BLOCK_CONTAINERS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TR', 'TD', 'TH', 'UL', 'CENTER',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'INPUT', 'SVG', 'MATH']);

export interface BlockWithSource {
  block: Block;
  /** The element in the live page this block came from (null in the CLI's detached runs). */
  live: Element | null;
}

function hasBlockChild(el: Element): boolean {
  for (const child of el.children) if (BLOCK_CONTAINERS.has(child.tagName)) return true;
  return false;
}

function figureBlock(el: Element, baseUrl: string | null): Omit<Block, 'id'> | null {
  const img = el.tagName === 'IMG' ? el : el.querySelector('img');
  const captionEl = el.querySelector('figcaption');
  const caption = captionEl ? normalizeSpace(captionEl.textContent ?? '') : '';
  const src = img?.getAttribute('src') ?? '';
  if (!src && !caption) return null;
  let absolute = src;
  try {
    absolute = src ? new URL(src, baseUrl ?? undefined).href : '';
  } catch {
    /* keep the raw value: a broken URL must not drop the caption */
  }
  const block: Omit<Block, 'id'> = { kind: 'figure', text: caption };
  if (img && absolute) block.image = { src: absolute, alt: img.getAttribute('alt') };
  if (caption) block.caption = caption;
  return block;
}

export function collectBlocks(root: Element, liveElements: Element[], baseUrl: string | null): BlockWithSource[] {
  const out: BlockWithSource[] = [];
  const push = (partial: Omit<Block, 'id'>, from: Element) => {
    if (!partial.text && partial.kind !== 'figure') return;
    out.push({ block: { id: `b${out.length}`, ...partial }, live: liveElementFor(from, liveElements) });
  };

  const visit = (el: Element, inQuote = false): void => {
    const tag = el.tagName.toUpperCase();
    const quoted = inQuote || tag === 'BLOCKQUOTE';
    if (SKIP.has(tag)) return;
    if (HEADING.test(tag)) {
      push({ kind: 'heading', level: Number(tag[1]), text: normalizeSpace(el.textContent ?? '') }, el);
      return;
    }
    if (tag === 'FIGURE' || (tag === 'IMG' && !el.closest('figure'))) {
      const fig = figureBlock(el, baseUrl);
      if (fig) push(fig, el);
      return;
    }
    const leafKind = LEAF_KINDS[tag];
    if (leafKind && !hasBlockChild(el)) {
      const text = tag === 'TR'
        ? [...el.children].map((c) => normalizeSpace(c.textContent ?? '')).filter(Boolean).join(' | ')
        : normalizeSpace(el.textContent ?? '');
      const partial: Omit<Block, 'id'> = { kind: quoted && leafKind === 'paragraph' ? 'blockquote' : leafKind, text };
      if (leafKind === 'list-item' && el.parentElement?.tagName === 'OL') partial.ordered = true;
      push(partial, el);
      return;
    }
    // A container: inline runs between block children become anonymous paragraphs.
    let run = '';
    const flush = () => {
      const text = normalizeSpace(run);
      if (text) push({ kind: quoted ? 'blockquote' : 'paragraph', text }, el);
      run = '';
    };
    for (const child of el.childNodes) {
      if (child.nodeType === 3) run += child.textContent ?? '';
      else if (child.nodeType === 1) {
        const c = child as Element;
        if (BLOCK_CONTAINERS.has(c.tagName) || c.tagName === 'IMG') {
          flush();
          visit(c, quoted);
        } else if (!SKIP.has(c.tagName.toUpperCase())) run += c.textContent ?? '';
      }
    }
    flush();
  };
  visit(root);
  return out;
}
