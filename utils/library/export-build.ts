import {
  articlesToMarkdown,
  articleToMarkdown,
  type ExportFormat,
  exportFilename,
  toClaimReviewJson,
  toCsv,
  toWebAnnotationJson,
} from '@/utils/export';
import { inReadingOrder } from '@/utils/position';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * One export of the notes page (pure): the chosen annotations in the order the page shows them, as one file of one
 * format. Used by the export worker and, where no worker runs, on the page itself.
 */

/** The formats offered, with the names the controls carry. */
export const EXPORT_FORMATS: readonly { format: ExportFormat; label: string; mime: string }[] = [
  { format: 'markdown', label: 'Markdown', mime: 'text/markdown;charset=utf-8' },
  { format: 'csv', label: 'CSV', mime: 'text/csv;charset=utf-8' },
  { format: 'json', label: 'JSON (Web Annotation)', mime: 'application/json;charset=utf-8' },
  { format: 'claim-review', label: 'ClaimReview', mime: 'application/ld+json;charset=utf-8' },
];

/** A built export, ready to download or copy. */
export interface BuiltExport {
  text: string;
  filename: string;
  mime: string;
  /** Annotations written (ClaimReview: reviewed claims only). */
  count: number;
}

/**
 * The whole library in the notes page's default order: articles by their latest annotation (newest first, ties by
 * URL), each article's annotations in reading order.
 */
export function libraryOrder(annotations: readonly Annotation[]): Annotation[] {
  const byPage = new Map<string, Annotation[]>();
  const latest = new Map<string, number>();
  for (const a of annotations) {
    const list = byPage.get(a.pageUrl);
    if (list) list.push(a);
    else byPage.set(a.pageUrl, [a]);
    latest.set(a.pageUrl, Math.max(latest.get(a.pageUrl) ?? Number.NEGATIVE_INFINITY, a.createdAt));
  }
  const urls = [...byPage.keys()].sort((x, y) => latest.get(y)! - latest.get(x)! || (x < y ? -1 : x > y ? 1 : 0));
  return urls.flatMap((url) => inReadingOrder(byPage.get(url)!));
}

/**
 * Builds one file. One article gives that article's note (its front matter, its title as the file name); more give
 * a collection named `quotemark-<date>`. Only the pages of the chosen annotations are written (JSON carries them).
 */
export function buildExport(
  format: ExportFormat,
  annotations: readonly Annotation[],
  allPages: readonly PageRecord[],
  now: number,
): BuiltExport {
  const urls = new Set(annotations.map((a) => a.pageUrl));
  const pages = allPages.filter((p) => urls.has(p.url));
  const single = urls.size === 1 ? pages[0] : undefined;
  const mime = EXPORT_FORMATS.find((f) => f.format === format)?.mime ?? 'text/plain;charset=utf-8';
  const filename = exportFilename(single?.title ?? null, format, now);
  let text: string;
  let count = annotations.length;
  switch (format) {
    case 'markdown':
      text = single
        ? articleToMarkdown(single, annotations, { now })
        : articlesToMarkdown(annotations, pages, { now, title: 'Quotemark notes' });
      break;
    case 'csv':
      text = toCsv(annotations, pages, { bom: true });
      break;
    case 'json':
      text = toWebAnnotationJson(annotations, pages, { now });
      break;
    case 'claim-review': {
      text = toClaimReviewJson(annotations, pages);
      count = (JSON.parse(text) as { '@graph': unknown[] })['@graph'].length;
      break;
    }
  }
  return { text, filename, mime, count };
}
