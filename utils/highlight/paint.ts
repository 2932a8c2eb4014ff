import { highlightName, PAINT_CSS, type Paint } from '@/utils/highlight/colors';

/** One thing to paint: a range and its paint (colour, or verdict for claims). */
export interface Paintable {
  range: Range;
  paint: Paint;
}

export interface Painter {
  /** Replaces everything painted with `items` (one Highlight per paint). */
  paint(items: readonly Paintable[]): void;
  /** Marks one range as focused (scrolled to, being edited), or clears the focus with null. */
  focus(range: Range | null): void;
  /** Removes our highlights and stylesheet from the document. */
  dispose(): void;
  /** False when the browser has no CSS Custom Highlight API (nothing is drawn; anchoring still works). */
  readonly supported: boolean;
}

function styleText(): string {
  const rules = Object.entries(PAINT_CSS).map(
    ([paint, bg]) => `::highlight(${highlightName(paint as Paint)}) { background-color: ${bg}; }`,
  );
  rules.push(
    `::highlight(${highlightName('focus')}) { background-color: rgba(255, 140, 0, 0.55); text-decoration: underline; }`,
  );
  return rules.join('\n');
}

/** The shadow root holding a range, or null when it is in the document's own tree. */
function shadowRootOf(range: Range): ShadowRoot | null {
  const root = range.startContainer.getRootNode();
  return root.nodeType === 11 && 'host' in root ? (root as ShadowRoot) : null;
}

/**
 * Paints ranges with the CSS Custom Highlight API, leaving the page's DOM untouched: the `::highlight()` rules go in a
 * constructed stylesheet adopted by the document (no <style> element), and the ranges into `CSS.highlights`.
 * Ranges in open shadow roots: the sheet is also adopted by each root holding one (after the component's own sheets;
 * taken out on dispose). Chromium paints them without it, by highlight inheritance from the host; a browser that
 * applies only the shadow tree's own sheets there would not.
 * Trade-off: page CSS could restyle `::highlight(quotemark-*)`; we accept that for never touching the DOM.
 */
export function createPainter(doc: Document): Painter {
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  const registry = win?.CSS && 'highlights' in win.CSS ? win.CSS.highlights : null;
  const HighlightCtor = win && 'Highlight' in win ? win.Highlight : null;
  const supported = !!registry && !!HighlightCtor;
  let sheet: CSSStyleSheet | null = null;
  const names = new Set<string>();
  const roots = new Set<ShadowRoot>();

  const install = () => {
    if (sheet || !supported || !win) return;
    sheet = new win.CSSStyleSheet();
    sheet.replaceSync(styleText());
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  };
  const reach = (range: Range) => {
    const root = shadowRootOf(range);
    if (!root || !sheet || roots.has(root)) return;
    roots.add(root);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  };
  const set = (name: string, ranges: Range[]) => {
    if (!registry || !HighlightCtor) return;
    if (ranges.length === 0) {
      registry.delete(name);
      names.delete(name);
      return;
    }
    registry.set(name, new HighlightCtor(...ranges));
    names.add(name);
  };

  return {
    supported,
    paint(items) {
      install();
      const byPaint = new Map<Paint, Range[]>();
      for (const item of items) {
        reach(item.range);
        const list = byPaint.get(item.paint) ?? [];
        list.push(item.range);
        byPaint.set(item.paint, list);
      }
      for (const paint of Object.keys(PAINT_CSS) as Paint[]) set(highlightName(paint), byPaint.get(paint) ?? []);
    },
    focus(range) {
      install();
      if (range) reach(range);
      set(highlightName('focus'), range ? [range] : []);
    },
    dispose() {
      for (const name of names) registry?.delete(name);
      names.clear();
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
      roots.clear();
      sheet = null;
    },
  };
}
