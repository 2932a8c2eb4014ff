import type { BackupController } from '@/entrypoints/background/backup';
import { clearImportMeasures, ImportParts, measureImport, NOTHING_STORED } from '@/entrypoints/background/import-parts';
import { describeStorageError } from '@/utils/db/errors';
import {
  annotationsForPage,
  createAnnotation,
  deleteAnnotation,
  deleteAnnotations,
  importRecords,
  recordAnchors,
  restoreAnnotation,
  restoreAnnotations,
  updateAnnotation,
  upsertPage,
} from '@/utils/db/repo';
import type { QuotemarkDB } from '@/utils/db/schema';
import type { Responses, Result } from '@/utils/messaging/protocol';
import { parseImportPayload, parseRequest, type Request, type UrlHints } from '@/utils/messaging/schema';
import { canonicalUrl, normalizeUrl } from '@/utils/url';

/** Who sent a message, as the background sees it (a subset of runtime.MessageSender, so tests can fake it). */
export interface Sender {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export interface HandlerDeps {
  db: QuotemarkDB;
  extensionId: string;
  /** Origin of our own pages, e.g. `chrome-extension://ID/`. */
  extensionOrigin: string;
  now: () => number;
  /** Tells content scripts and extension pages showing `pageUrl` that its annotations changed. */
  notifyPage: (pageUrl: string, tabsToo?: boolean) => void;
  /** Asks the tab to close its note editor. */
  closeEditor: (tabId: number) => void;
  /** Automatic backup (absent in tests that don't need it). */
  backup?: BackupController;
}

/** Requests a content script may make; everything else needs one of our own extension pages. */
const CONTENT_SCRIPT_REQUESTS = new Set<Request['type']>(['page.load', 'annotation.create', 'anchor.report']);

type Answer = Result<Responses[keyof Responses]>;

/**
 * Builds the background's single message handler: validates the sender and the message's shape, then delegates to
 * the repository. A content script only ever reads and writes the annotations of the page it runs on, whose URL the
 * background works out itself from the sender.
 */
export function createHandler(deps: HandlerDeps): (message: unknown, sender: Sender) => Promise<Answer> {
  const importParts = new ImportParts();
  return async (message, sender) => {
    if (sender.id !== deps.extensionId) return { ok: false, error: 'message from another extension or page' };
    const parsed = parseRequest(message);
    if (!parsed.ok) return parsed;
    const request = parsed.request;
    const fromOwnPage = !!sender.url?.startsWith(deps.extensionOrigin);
    if (!fromOwnPage && !CONTENT_SCRIPT_REQUESTS.has(request.type)) {
      return { ok: false, error: `${request.type} is only allowed from Quotemark's own pages` };
    }
    try {
      return await dispatch(deps, request, sender, importParts);
    } catch (e) {
      return { ok: false, error: describeStorageError(e) };
    }
  };
}

/**
 * The page a content script speaks for: the URL it reports (its page may have navigated client-side since the frame's
 * URL was recorded), accepted only on the sender's own origin.
 */
function pageOf(sender: Sender, claimed: string, hints: UrlHints): { url: string; seenUrl: string } | null {
  const frame = sender.url ?? sender.tab?.url;
  if (!frame || !/^(https?|file):/i.test(frame)) return null;
  const seen = sameOrigin(claimed, frame) ? claimed : frame;
  return { url: canonicalUrl(seen, hints), seenUrl: normalizeUrl(seen) };
}

function sameOrigin(a: string, b: string): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

async function dispatch(
  deps: HandlerDeps,
  request: Request,
  sender: Sender,
  importParts: ImportParts,
): Promise<Answer> {
  const { db } = deps;
  switch (request.type) {
    case 'page.load': {
      const page = pageOf(sender, request.url, request.hints);
      if (!page) return { ok: false, error: 'this page cannot be annotated' };
      return { ok: true, data: { pageUrl: page.url, annotations: await annotationsForPage(db, page.url) } };
    }
    case 'annotation.create': {
      const page = pageOf(sender, request.url, request.hints);
      if (!page) return { ok: false, error: 'this page cannot be annotated' };
      const created = await createAnnotation(db, request.draft, { ...page, meta: request.meta ?? {} }, deps.now());
      deps.notifyPage(page.url);
      return { ok: true, data: created };
    }
    case 'annotation.update': {
      const updated = await updateAnnotation(db, request.id, request.patch, deps.now());
      if (!updated) return { ok: false, error: 'that annotation no longer exists' };
      deps.notifyPage(updated.pageUrl);
      return { ok: true, data: updated };
    }
    case 'annotation.delete': {
      const deleted = await deleteAnnotation(db, request.id);
      if (!deleted) return { ok: false, error: 'that annotation no longer exists' };
      deps.notifyPage(deleted.pageUrl);
      return { ok: true, data: deleted };
    }
    case 'annotation.restore': {
      const restored = await restoreAnnotation(db, request.annotation);
      deps.notifyPage(restored.pageUrl);
      return { ok: true, data: restored };
    }
    case 'anchor.report': {
      const page = pageOf(sender, request.url, request.hints);
      if (!page) return { ok: false, error: 'this page cannot be annotated' };
      const written = await recordAnchors(db, page.url, request.reports, deps.now());
      if (written) deps.notifyPage(page.url, false);
      return { ok: true, data: { written } };
    }
    case 'page.meta': {
      const page = await upsertPage(db, request.pageUrl, request.seenUrl, request.meta, deps.now());
      return { ok: true, data: page };
    }
    case 'annotation.get':
      return { ok: true, data: (await db.annotations.get(request.id)) ?? null };
    case 'page.annotations':
      return { ok: true, data: await annotationsForPage(db, request.pageUrl) };
    case 'snapshot.save':
      await db.snapshots.put(request.snapshot);
      return { ok: true, data: null };
    case 'snapshot.get':
      return { ok: true, data: (await db.snapshots.get(request.pageUrl)) ?? null };
    case 'editor.close': {
      if (sender.tab?.id !== undefined) deps.closeEditor(sender.tab.id);
      return { ok: true, data: null };
    }
    case 'annotations.import': {
      const counts = await importRecords(db, request.annotations, request.pages);
      notifyEach(deps, request.annotations);
      return { ok: true, data: counts };
    }
    case 'annotations.deleteMany': {
      const deleted = await deleteAnnotations(db, request.ids);
      notifyEach(deps, deleted);
      return { ok: true, data: deleted };
    }
    case 'annotations.importJson': {
      if (!request.part) clearImportMeasures();
      const started = performance.now();
      const parsed = parseImportPayload(request.payload);
      measureImport('check', performance.now() - started);
      if (!parsed.ok) return parsed;
      let records = parsed.records;
      if ((request.parts ?? 1) > 1) {
        const held = importParts.add(request.importId ?? '', request.part ?? 0, request.parts ?? 1, records);
        if (!held.ok) return held;
        if (!held.all) return { ok: true, data: { ...NOTHING_STORED, held: true } };
        records = held.all;
      }
      const counts = await importRecords(db, records.annotations, records.pages, measureImport);
      notifyEach(deps, records.annotations);
      return { ok: true, data: counts };
    }
    case 'annotations.restoreMany': {
      const restored = await restoreAnnotations(db, request.annotations);
      notifyEach(deps, request.annotations);
      return { ok: true, data: { restored } };
    }
    case 'backup.get':
    case 'backup.configure':
    case 'backup.run': {
      const backup = deps.backup;
      if (!backup) return { ok: false, error: 'automatic backup is not available here' };
      if (request.type === 'backup.configure') return backup.configure(request.enabled, request.frequency);
      return { ok: true, data: request.type === 'backup.run' ? await backup.run() : await backup.status() };
    }
  }
}

/** Above this many pages a bulk write tells no tab (each notice queries every tab): they refresh on their next load. */
const MAX_NOTIFIED_PAGES = 100;

/** One notification per page touched by a bulk write (after it committed), for up to MAX_NOTIFIED_PAGES pages. */
function notifyEach(deps: HandlerDeps, annotations: readonly { pageUrl: string }[]): void {
  const urls = new Set(annotations.map((a) => a.pageUrl));
  if (urls.size > MAX_NOTIFIED_PAGES) return;
  for (const url of urls) deps.notifyPage(url);
}
