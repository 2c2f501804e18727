/**
 * What the page player draws over the page: the sentence and word being read, and the line
 * focus band. With the CSS Custom Highlight API the words are marked where they are, through
 * a style sheet the document adopts (no element is added to the page); without it, boxes are
 * drawn over the words' rectangles inside the player's shadow root. The line focus band dims
 * the article region above and below it, also inside the shadow root. `clear()` takes all of
 * it away, leaving the page as it was.
 */
import { highlightsSupported, setHighlight, type HighlightName } from '../../lib/read-aloud/highlight';

type Mark = Extract<HighlightName, 'lede-sentence' | 'lede-word'>;

const HIGHLIGHT_CSS = `
::highlight(lede-sentence) { background-color: #fff1a8; color: #111; }
::highlight(lede-word) { background-color: #ffc400; color: #111; text-decoration: underline 2px; }
@media (forced-colors: active) {
  ::highlight(lede-sentence) { background-color: Mark; color: MarkText; }
  ::highlight(lede-word) { background-color: Highlight; color: HighlightText; }
}
`;

export interface Band {
  top: number;
  bottom: number;
}

export class PageMarks {
  private sheet: CSSStyleSheet | null = null;
  private readonly ranges = new Map<Mark, Range | null>();
  private readonly layer: HTMLElement;
  private band: (() => { band: Band; region: DOMRect } | null) | null = null;

  constructor(
    private readonly doc: Document,
    root: ShadowRoot,
  ) {
    this.layer = doc.createElement('div');
    this.layer.className = 'marks';
    root.append(this.layer);
    if (highlightsSupported()) this.sheet = this.adoptSheet();
  }

  /** Whether marks are drawn with the Highlight API (else with boxes). */
  get native(): boolean {
    return this.sheet !== null;
  }

  set(name: Mark, range: Range | null): void {
    this.ranges.set(name, range);
    if (this.sheet) setHighlight(name, range);
    else this.redraw();
  }

  /** The line focus band, measured afresh at every redraw (scroll, resize), or null for none. */
  setBand(measure: (() => { band: Band; region: DOMRect } | null) | null): void {
    this.band = measure;
    this.redraw();
  }

  /** Draws what moves with the page: the fallback boxes and the band. Called on scroll and resize. */
  redraw(): void {
    const boxes: HTMLElement[] = [];
    if (!this.sheet) {
      for (const [name, range] of this.ranges) {
        if (!range) continue;
        for (const rect of range.getClientRects()) boxes.push(this.box(`mark ${name}`, rect.left, rect.top, rect.width, rect.height));
      }
    }
    const measured = this.band?.() ?? null;
    if (measured) {
      const { band, region } = measured;
      const pad = 4;
      const top = Math.max(0, region.top);
      const bottom = Math.min(this.doc.defaultView?.innerHeight ?? region.bottom, region.bottom);
      if (band.top - pad > top) boxes.push(this.box('dim', region.left, top, region.width, band.top - pad - top));
      if (bottom > band.bottom + pad) boxes.push(this.box('dim', region.left, band.bottom + pad, region.width, bottom - band.bottom - pad));
    }
    this.layer.replaceChildren(...boxes);
  }

  /** Takes every mark away: highlights, the adopted style sheet, the drawn boxes. */
  clear(): void {
    for (const name of this.ranges.keys()) if (this.sheet) setHighlight(name, null);
    this.ranges.clear();
    this.band = null;
    this.layer.replaceChildren();
    if (this.sheet) {
      const sheet = this.sheet;
      this.doc.adoptedStyleSheets = this.doc.adoptedStyleSheets.filter((s) => s !== sheet);
      this.sheet = null;
    }
  }

  private box(className: string, left: number, top: number, width: number, height: number): HTMLElement {
    const el = this.doc.createElement('div');
    el.className = className;
    el.style.cssText = `left:${left}px;top:${top}px;width:${width}px;height:${height}px`;
    return el;
  }

  /** The highlight colours as a constructed style sheet the document adopts; null where that is refused. */
  private adoptSheet(): CSSStyleSheet | null {
    try {
      const win = this.doc.defaultView as (Window & typeof globalThis) | null;
      if (!win) return null;
      const sheet = new win.CSSStyleSheet();
      sheet.replaceSync(HIGHLIGHT_CSS);
      this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, sheet];
      return sheet;
    } catch {
      return null;
    }
  }
}
