// Paints findings over the page without rewriting its text: the CSS Custom Highlight API where the browser has it,
// else outline boxes in one overlay element of our own.
import type { Mark } from './protocol.ts';
import { rangeFor, type Segment } from './extract-blocks.ts';

const SEVERITY_COLOURS: Record<Mark['severity'], string> = {
  high: 'rgba(220, 38, 38, 0.35)',
  medium: 'rgba(234, 138, 0, 0.35)',
  low: 'rgba(234, 200, 0, 0.35)',
  info: 'rgba(59, 130, 246, 0.2)',
};
const FOCUS_COLOUR = 'rgba(124, 58, 237, 0.55)';
const OVERLAY_ID = 'clearance-highlight-overlay';

export type PaintMethod = 'highlight-api' | 'overlay';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): boolean;
}
type HighlightConstructor = new (...ranges: Range[]) => unknown;

/** The page's Highlight API, when it has one. */
function highlightApi(document: Document): { registry: HighlightRegistry; Highlight: HighlightConstructor } | undefined {
  const view = document.defaultView as (Window & { CSS?: { highlights?: HighlightRegistry }; Highlight?: HighlightConstructor }) | null;
  const registry = view?.CSS?.highlights;
  return registry && view?.Highlight ? { registry, Highlight: view.Highlight } : undefined;
}

export class PageHighlighter {
  private readonly ranges = new Map<string, Range>();
  private styleSheet: CSSStyleSheet | HTMLStyleElement | undefined;

  constructor(private readonly document: Document, private readonly segments: () => Segment[][]) {}

  paint(marks: Mark[]): { painted: number; method: PaintMethod } {
    this.clear();
    const bySeverity = new Map<Mark['severity'], Range[]>();
    for (const mark of marks) {
      const blockSegments = this.segments()[mark.block];
      const range = blockSegments && rangeFor(this.document, blockSegments, mark.start, mark.end);
      if (!range) continue;
      this.ranges.set(mark.id, range);
      bySeverity.set(mark.severity, [...(bySeverity.get(mark.severity) ?? []), range]);
    }
    const api = highlightApi(this.document);
    if (api) {
      this.installStyles();
      for (const [severity, ranges] of bySeverity) api.registry.set(`clearance-${severity}`, new api.Highlight(...ranges));
    } else {
      for (const [severity, ranges] of bySeverity) this.drawBoxes(ranges, SEVERITY_COLOURS[severity]);
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
      this.drawBoxes([range], FOCUS_COLOUR, `${OVERLAY_ID}-focus`);
    }
    return true;
  }

  clear(): void {
    this.ranges.clear();
    const api = highlightApi(this.document);
    if (api) for (const name of [...Object.keys(SEVERITY_COLOURS), 'focus']) api.registry.delete(`clearance-${name}`);
    this.document.getElementById(OVERLAY_ID)?.remove();
    this.document.getElementById(`${OVERLAY_ID}-focus`)?.remove();
  }

  private installStyles(): void {
    if (this.styleSheet) return;
    const rules = [
      ...Object.entries(SEVERITY_COLOURS).map(([severity, colour]) => `::highlight(clearance-${severity}) { background-color: ${colour}; }`),
      `::highlight(clearance-focus) { background-color: ${FOCUS_COLOUR}; }`,
    ];
    // A constructed sheet leaves the page's DOM untouched; a <style> element is the fallback.
    if ('adoptedStyleSheets' in this.document && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
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

  private drawBoxes(ranges: Range[], colour: string, id = OVERLAY_ID): void {
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
        box.style.cssText = `position:absolute;left:${rect.left + (view?.scrollX ?? 0)}px;top:${rect.top + (view?.scrollY ?? 0)}px;`
          + `width:${rect.width}px;height:${rect.height}px;background:${colour};`;
        overlay.append(box);
      }
    }
  }
}
