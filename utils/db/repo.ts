import type { QuotemarkDB } from '@/utils/db/schema';
import { inReadingOrder } from '@/utils/position';
import type { AnchorStatus, Annotation, PageRecord } from '@/utils/types';

/** What a caller supplies to create an annotation; the repository fills id, page and times. */
export type AnnotationDraft = Pick<Annotation, 'kind' | 'quote' | 'selectors'> &
  Partial<Pick<Annotation, 'color' | 'note' | 'tags' | 'speaker' | 'verdict' | 'evidence'>>;

/** Fields a caller may change on an existing annotation. */
export type AnnotationPatch = Partial<
  Pick<Annotation, 'kind' | 'color' | 'note' | 'tags' | 'speaker' | 'verdict' | 'evidence'>
>;

/** Page metadata as extraction reports it (every field optional: a page with no article still gets a record). */
export type PageMeta = Partial<
  Pick<PageRecord, 'title' | 'byline' | 'siteName' | 'publishedTime' | 'lang' | 'excerpt'>
>;

/** One anchoring outcome the content script reports back. */
export interface AnchorReport {
  id: string;
  status: AnchorStatus;
  text?: string;
  score?: number;
}

/** Annotations of one page in reading order. */
export async function annotationsForPage(db: QuotemarkDB, pageUrl: string): Promise<Annotation[]> {
  return inReadingOrder(await db.annotations.where('pageUrl').equals(pageUrl).toArray());
}

/** Creates the page record if missing, adds `seenUrl` to its URLs and merges any non-empty metadata. */
export async function upsertPage(
  db: QuotemarkDB,
  pageUrl: string,
  seenUrl: string,
  meta: PageMeta,
  now: number,
): Promise<PageRecord> {
  return db.transaction('rw', db.pages, async () => {
    const old = await db.pages.get(pageUrl);
    const filled = Object.fromEntries(Object.entries(meta).filter(([, v]) => v != null && v !== '')) as PageMeta;
    const page: PageRecord = {
      url: pageUrl,
      urls: [],
      title: '',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      excerpt: null,
      firstSeen: now,
      ...old,
      ...filled,
      lastSeen: now,
    };
    page.urls = [...new Set([...(old?.urls ?? []), pageUrl, seenUrl])];
    await db.pages.put(page);
    return page;
  });
}

/** Stores a new annotation (and its page) in one transaction; resolves only after the commit. */
export async function createAnnotation(
  db: QuotemarkDB,
  draft: AnnotationDraft,
  page: { url: string; seenUrl: string; meta: PageMeta },
  now: number,
  id: string = crypto.randomUUID(),
): Promise<Annotation> {
  const annotation: Annotation = {
    color: 'yellow',
    note: '',
    tags: [],
    ...draft,
    id,
    pageUrl: page.url,
    createdAt: now,
    updatedAt: now,
    anchor: { status: 'exact', at: now },
  };
  if (annotation.kind === 'highlight') delete annotation.speaker;
  else annotation.speaker ??= null;
  if (annotation.kind === 'claim') {
    annotation.verdict ??= 'unverified';
    annotation.evidence ??= [];
  }
  await db.transaction('rw', db.annotations, db.pages, async () => {
    await upsertPage(db, page.url, page.seenUrl, page.meta, now);
    await db.annotations.add(annotation);
  });
  return annotation;
}

/** Applies a patch; resolves to the stored result, or null when the annotation does not exist. */
export async function updateAnnotation(
  db: QuotemarkDB,
  id: string,
  patch: AnnotationPatch,
  now: number,
): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (!old) return null;
    const next: Annotation = { ...old, ...patch, id, pageUrl: old.pageUrl, updatedAt: now };
    await db.annotations.put(next);
    return next;
  });
}

/** Deletes and returns the deleted record (the caller keeps it for undo), or null when there was none. */
export async function deleteAnnotation(db: QuotemarkDB, id: string): Promise<Annotation | null> {
  return db.transaction('rw', db.annotations, async () => {
    const old = await db.annotations.get(id);
    if (old) await db.annotations.delete(id);
    return old ?? null;
  });
}

/** Puts a previously deleted record back unchanged (undo). */
export async function restoreAnnotation(db: QuotemarkDB, annotation: Annotation): Promise<Annotation> {
  await db.annotations.put(annotation);
  return annotation;
}

/** Stores the outcome of the latest anchoring, writing only records whose status or found text changed. */
export async function recordAnchors(
  db: QuotemarkDB,
  pageUrl: string,
  reports: AnchorReport[],
  now: number,
): Promise<number> {
  return db.transaction('rw', db.annotations, async () => {
    let written = 0;
    for (const r of reports) {
      const a = await db.annotations.get(r.id);
      if (!a || a.pageUrl !== pageUrl) continue;
      if (a.anchor?.status === r.status && a.anchor?.text === r.text) continue;
      a.anchor = { status: r.status, at: now, ...(r.text !== undefined ? { text: r.text } : {}) };
      if (r.score !== undefined) a.anchor.score = r.score;
      await db.annotations.put(a);
      written++;
    }
    return written;
  });
}

// Bulk import lives in its own module; re-exported here, where callers look for the repository's writes.
export { type ImportCounts, importRecords } from '@/utils/db/import';

/** Deletes many annotations in one transaction; returns the deleted records (for undo), skipping unknown ids. */
export async function deleteAnnotations(db: QuotemarkDB, ids: readonly string[]): Promise<Annotation[]> {
  return db.transaction('rw', db.annotations, async () => {
    const found = (await db.annotations.bulkGet([...ids])).filter((a): a is Annotation => !!a);
    await db.annotations.bulkDelete(found.map((a) => a.id));
    return found;
  });
}

/** Puts many previously deleted records back unchanged, in one transaction (bulk undo). */
export async function restoreAnnotations(db: QuotemarkDB, annotations: readonly Annotation[]): Promise<number> {
  await db.transaction('rw', db.annotations, () => db.annotations.bulkPut([...annotations]));
  return annotations.length;
}
