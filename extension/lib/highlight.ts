// Paints findings over the page without rewriting its text: the CSS Custom Highlight API where the browser has it,
// else outline boxes in one overlay element of our own.
import type { Mark } from './protocol.ts';
import { rangeFor, type Segment } from './extract-blocks.ts';
import { FOCUS_COLOUR, MARK_STYLES, type MarkStyle } from './mark-styles.ts';
const OVERLAY_ID = 'clearance-highlight-overlay';

export type PaintMethod = 'highlight-api' | 'overlay';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** The page's Highlight API, when it has one. */
function highlightApi(
  document: Document,
): { registry: HighlightRegistry; Highlight: HighlightConstructor } | undefined {
  const view = document.defaultView as
    (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor }) | null;
  const registry = view?.CSS?.highlights;
  return registry && view?.Highlight ? { registry, Highlight: view.Highlight } : undefined;
}

export class PageHighlighter {
  private readonly ranges = new Map<string, Range>();
  private styleSheet: CSSStyleSheet | HTMLStyleElement | undefined;

  constructor(
    private readonly document: Document,
    private readonly segments: () => Segment[][],
  ) {}

  paint(marks: Mark[]): { painted: number; method: PaintMethod } {
    this.clear();
    const byDisposition = new Map<Mark['disposition'], Range[]>();
    for (const mark of marks) {
      const blockSegments = this.segments()[mark.block];
      const range = blockSegments && rangeFor(this.document, blockSegments, mark.start, mark.end);
      if (!range) continue;
      this.ranges.set(mark.id, range);
      byDisposition.set(mark.disposition, [...(byDisposition.get(mark.disposition) ?? []), range]);
    }
    const api = highlightApi(this.document);
    if (api) {
      this.installStyles();
      for (const [disposition, ranges] of byDisposition)
        api.registry.set(`clearance-${disposition}`, new api.Highlight(...ranges));
    } else {
      for (const [disposition, ranges] of byDisposition) this.drawBoxes(ranges, MARK_STYLES[disposition]);
    }
    return { painted: this.ranges.size, method: api ? 'highlight-api' : 'overlay' };
  }

  /** Scrolls the finding into view and marks it as the one selected. */
  focus(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    const element = range.startContainer.parentElement;
    element?.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
    const api = highlightApi(this.document);
    if (api) api.registry.set('clearance-focus', new api.Highlight(range));
    else {
      this.document.getElementById(`${OVERLAY_ID}-focus`)?.remove();
      this.drawBoxes(
        [range],
        {
          background: FOCUS_COLOUR,
          line: FOCUS_COLOUR,
          lineStyle: 'solid',
          colourWords: 'purple',
          lineWords: 'solid underline',
        },
        `${OVERLAY_ID}-focus`,
      );
    }
    return true;
  }

  clear(): void {
    this.ranges.clear();
    const api = highlightApi(this.document);
    if (api) for (const name of [...Object.keys(MARK_STYLES), 'focus']) api.registry.delete(`clearance-${name}`);
    this.document.getElementById(OVERLAY_ID)?.remove();
    this.document.getElementById(`${OVERLAY_ID}-focus`)?.remove();
  }

  private installStyles(): void {
    if (this.styleSheet) return;
    const rules = [
      ...Object.entries(MARK_STYLES).map(
        ([disposition, style]) =>
          `::highlight(clearance-${disposition}) { background-color: ${style.background}; ` +
          `text-decoration: underline ${style.lineStyle} ${style.line} 2px; }`,
      ),
      `::highlight(clearance-focus) { background-color: ${FOCUS_COLOUR}; }`,
    ];
    // A constructed sheet leaves the page's DOM untouched; a <style> element is the fallback.
    if (
      'adoptedStyleSheets' in this.document &&
      typeof CSSStyleSheet === 'function' &&
      'replaceSync' in CSSStyleSheet.prototype
    ) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(rules.join('\n'));
      this.document.adoptedStyleSheets = [...this.document.adoptedStyleSheets, sheet];
      this.styleSheet = sheet;
    } else {
      const style = this.document.createElement('style');
      style.textContent = rules.join('\n');
      this.document.head.append(style);
      this.styleSheet = style;
    }
  }

  private drawBoxes(ranges: Range[], style: MarkStyle, id = OVERLAY_ID): void {
    let overlay = this.document.getElementById(id);
    if (!overlay) {
      overlay = this.document.createElement('div');
      overlay.id = id;
      overlay.setAttribute('aria-hidden', 'true');
      overlay.style.cssText = 'position:absolute;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483647;';
      this.document.body.append(overlay);
    }
    const view = this.document.defaultView;
    for (const range of ranges) {
      const rects = typeof range.getClientRects === 'function' ? [...range.getClientRects()] : [];
      for (const rect of rects) {
        const box = this.document.createElement('div');
        box.className = 'clearance-box';
        box.style.cssText =
          `position:absolute;left:${rect.left + (view?.scrollX ?? 0)}px;top:${rect.top + (view?.scrollY ?? 0)}px;` +
          `width:${rect.width}px;height:${rect.height}px;background:${style.background};border-bottom:2px ${style.lineStyle} ${style.line};`;
        overlay.append(box);
      }
    }
  }
}
