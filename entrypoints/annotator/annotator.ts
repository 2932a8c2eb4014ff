import { openEditor } from '@/entrypoints/annotator/editor-frame';
import { uiHost } from '@/entrypoints/annotator/ui-host';
import { type AnchorResult, createAnchorer, describeRange } from '@/utils/anchoring';
import { readUrlHints } from '@/utils/extract/url-hints';
import { paintOf } from '@/utils/highlight/colors';
import { rangeAtPoint } from '@/utils/highlight/hit-test';
import { createPainter, type Painter } from '@/utils/highlight/paint';
import { CROSSING_PROBLEM, selectionCrosses, selectionProblem } from '@/utils/highlight/selection-checks';
import type { Lifetime } from '@/utils/lifetime';
import { send } from '@/utils/messaging/client';
import type { Result } from '@/utils/messaging/protocol';
import { readCheapMeta } from '@/utils/page-hints';
import type { Annotation, Kind, TextQuoteSelector } from '@/utils/types';

/** Extra fields for a new annotation made on the page. */
export interface NewAnnotationOptions {
  kind?: Kind;
  speaker?: string | null;
  openEditor?: boolean;
}

/**
 * The page's annotation state: what is stored for this page, where each annotation was placed, and the painter.
 * All ranges are computed first (one anchoring pass for the whole page), then painted together.
 */
export class Annotator {
  pageUrl: string | null = null;
  readonly annotations = new Map<string, Annotation>();
  readonly ranges = new Map<string, Range>();
  private painter: Painter | null = null;
  private observer: MutationObserver | null = null;
  private pending: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly lifetime: Lifetime) {}

  root(): Element {
    return document.body ?? document.documentElement;
  }

  /** Shows `annotations` as the page's annotations: anchors them all, paints them and watches for late content. */
  show(pageUrl: string, annotations: Annotation[]): void {
    this.pageUrl = pageUrl;
    this.annotations.clear();
    for (const a of annotations) this.annotations.set(a.id, a);
    this.place();
  }

  /** Anchors every annotation in one pass, paints them, reports changed statuses and watches for late content. */
  place(): void {
    const list = [...this.annotations.values()];
    this.ranges.clear();
    if (list.length === 0 && !this.painter) {
      this.watch(false);
      return;
    }
    const started = performance.now();
    const anchorer = createAnchorer(this.root());
    const results = anchorer.anchorAll(list.map((a) => a.selectors));
    performance.measure('quotemark:anchor', { start: started });
    list.forEach((a, i) => {
      const r = results[i];
      if (r?.range) this.ranges.set(a.id, r.range);
    });
    this.paint();
    // Visible in DevTools' performance panel and read by `npm run bench`; carries no page or note content.
    performance.measure('quotemark:place', { start: started });
    void this.report(list, results);
    this.watch(
      results.some((r) => !r.range),
      anchorer.model.shadowRoots,
    );
  }

  paint(): void {
    this.painter ??= createPainter(document);
    this.painter.paint(
      [...this.ranges].map(([id, range]) => {
        const a = this.annotations.get(id);
        return { range, paint: a ? paintOf(a) : 'yellow' };
      }),
    );
  }

  private async report(list: Annotation[], results: AnchorResult[]): Promise<void> {
    const reports = list
      .map((a, i) => ({ a, r: results[i] }))
      .filter(({ a, r }) => r && (a.anchor?.status !== r.status || a.anchor?.text !== r.text))
      .map(({ a, r }) => ({
        id: a.id,
        status: r.status,
        ...(r.text !== undefined ? { text: r.text } : {}),
        ...(r.score !== undefined ? { score: r.score } : {}),
      }));
    if (reports.length === 0) return;
    // Remember what was reported, so the next pass only reports what changes again.
    for (const { id, status, text } of reports) {
      const a = this.annotations.get(id);
      if (a) a.anchor = { status, at: Date.now(), ...(text !== undefined ? { text } : {}) };
    }
    await send({ type: 'anchor.report', url: location.href, hints: readUrlHints(document), reports });
  }

  /** While some annotation is unplaced, re-anchors (throttled) when the page's content (or a shadow tree read) changes. */
  private watch(on: boolean, shadowRoots: readonly ShadowRoot[] = []): void {
    if (!on) {
      this.observer?.disconnect();
      this.observer = null;
      return;
    }
    const options = { childList: true, subtree: true, characterData: true };
    if (!this.observer) {
      this.observer = new MutationObserver(() => {
        if (this.pending !== undefined) return;
        this.pending = setTimeout(() => {
          this.pending = undefined;
          if (this.lifetime.isValid) this.place();
        }, 300);
      });
      this.observer.observe(this.root(), options);
      this.lifetime.onInvalidated(() => this.observer?.disconnect());
    }
    // The page's observer doesn't see into shadow trees: a component that fills its own in late is watched too.
    for (const root of shadowRoots) this.observer.observe(root, options);
  }

  /** Stores the selection (or `range`) as a new annotation; answers failures as data for the caller to show. */
  async create(range: Range, options: NewAnnotationOptions = {}): Promise<Result<Annotation>> {
    const problem = selectionProblem(range);
    if (problem) return { ok: false, error: problem };
    const selectors = describeRange(this.root(), range);
    const quote = selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector')?.exact ?? '';
    if (!quote.trim()) return { ok: false, error: 'Select some text first.' };
    const answer = await send({
      type: 'annotation.create',
      url: location.href,
      hints: readUrlHints(document),
      draft: {
        kind: options.kind ?? 'highlight',
        quote,
        selectors,
        ...(options.speaker ? { speaker: options.speaker } : {}),
      },
      meta: readCheapMeta(document),
    });
    if (!answer.ok) return answer;
    const a = answer.data;
    this.pageUrl = a.pageUrl;
    this.annotations.set(a.id, a);
    this.ranges.set(a.id, range.cloneRange());
    this.paint();
    document.getSelection()?.removeAllRanges();
    if (options.openEditor) openEditor(a.id, range.getBoundingClientRect());
    return answer;
  }

  /** Highlights the page's current selection, telling the reader what happened. */
  async createFromSelection(options: NewAnnotationOptions = {}): Promise<Result<Annotation>> {
    const sel = document.getSelection();
    const active = document.activeElement;
    const result = active?.matches('input, textarea')
      ? ({ ok: false, error: 'Quotemark highlights the page’s text, not text inside form fields or editors.' } as const)
      : selectionCrosses(sel)
        ? ({ ok: false, error: CROSSING_PROBLEM } as const)
        : sel && sel.rangeCount > 0 && !sel.isCollapsed
          ? await this.create(sel.getRangeAt(0), options)
          : ({ ok: false, error: 'Select some text on the page first.' } as const);
    uiHost(document).toast(result.ok ? 'Highlighted.' : result.error);
    return result;
  }

  /** Opens the editor when a click (viewport coordinates) lands on a highlight. */
  clickAt(x: number, y: number): void {
    if (this.ranges.size === 0) return;
    const id = rangeAtPoint(document, x, y, this.ranges);
    if (id === null) return;
    const range = this.ranges.get(id);
    if (range) {
      this.painter?.focus(range);
      openEditor(id, range.getBoundingClientRect());
    }
  }

  /** Scrolls an annotation into view and marks it briefly. */
  scrollTo(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    const el = range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.painter?.focus(range);
    setTimeout(() => this.painter?.focus(null), 2500);
    return true;
  }

  dispose(): void {
    this.observer?.disconnect();
    this.painter?.dispose();
  }
}
