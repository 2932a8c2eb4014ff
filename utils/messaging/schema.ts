import * as v from 'valibot';
import { MAX_TWINS } from '@/utils/anchoring/twins';
import { FREQUENCIES } from '@/utils/backup/schedule';
import { wellFormed } from '@/utils/export/import-schema';
import { COLORS, KINDS, STANCES, VERDICTS } from '@/utils/types';

/**
 * Valibot schemas for everything that crosses a message boundary. The background parses every message with these
 * before acting: a message of any other shape is answered with `{ ok: false }` and changes nothing.
 */

const MAX_TEXT = 100_000;
const text = (max = MAX_TEXT) => v.pipe(v.string(), v.maxLength(max));
const id = v.pipe(v.string(), v.minLength(1), v.maxLength(100), v.check(wellFormed, 'id is not well-formed text'));
const offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const httpUrl = v.pipe(
  v.string(),
  v.maxLength(4000),
  v.check((s) => /^https?:\/\//i.test(s), 'only http(s) links are allowed'),
);

export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(text(), v.minLength(1)),
    prefix: v.optional(text(2000)),
    suffix: v.optional(text(2000)),
    twins: v.optional(v.pipe(v.array(v.object({ before: text(200), after: text(200) })), v.maxLength(MAX_TWINS))),
  }),
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.object({ type: v.literal('CssSelector'), value: text(2000) }),
]);

export const EvidenceSchema = v.object({
  url: httpUrl,
  stance: v.picklist(STANCES),
  title: v.optional(text(1000)),
});

const tags = v.pipe(v.array(v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(100))), v.maxLength(100));

export const PatchSchema = v.object({
  kind: v.optional(v.picklist(KINDS)),
  color: v.optional(v.picklist(COLORS)),
  note: v.optional(text()),
  tags: v.optional(tags),
  speaker: v.optional(v.nullable(text(300))),
  verdict: v.optional(v.picklist(VERDICTS)),
  evidence: v.optional(v.pipe(v.array(EvidenceSchema), v.maxLength(50))),
});

export const DraftSchema = v.object({
  ...PatchSchema.entries,
  kind: v.picklist(KINDS),
  quote: v.pipe(
    text(),
    v.check((s) => s.trim().length > 0, 'the quote is empty'),
  ),
  selectors: v.pipe(v.array(SelectorSchema), v.minLength(1), v.maxLength(10)),
});

export const UrlHintsSchema = v.object({
  canonical: v.optional(v.nullable(text(4000))),
  ogUrl: v.optional(v.nullable(text(4000))),
});

export const PageMetaSchema = v.object({
  title: v.optional(text(2000)),
  byline: v.optional(v.nullable(text(1000))),
  siteName: v.optional(v.nullable(text(500))),
  publishedTime: v.optional(v.nullable(text(100))),
  lang: v.optional(v.nullable(text(50))),
  excerpt: v.optional(v.nullable(text(5000))),
});

const AnnotationSchema = v.object({
  ...DraftSchema.entries,
  id,
  pageUrl: text(4000),
  color: v.picklist(COLORS),
  note: text(),
  tags,
  createdAt: v.number(),
  updatedAt: v.number(),
  anchor: v.optional(
    v.object({
      status: v.picklist(['exact', 'moved', 'changed', 'orphan']),
      text: v.optional(text()),
      score: v.optional(v.number()),
      at: v.number(),
    }),
  ),
});

/** A page record as the notes page's import sends it (the background merges it with what it has). */
const PageRecordSchema = v.object({
  url: text(4000),
  urls: v.pipe(v.array(text(4000)), v.maxLength(100)),
  title: text(2000),
  byline: v.nullable(text(1000)),
  siteName: v.nullable(text(500)),
  publishedTime: v.nullable(text(100)),
  lang: v.nullable(text(50)),
  excerpt: v.nullable(text(5000)),
  firstSeen: v.number(),
  lastSeen: v.number(),
});

/** Bulk requests of the notes page: at most this many records per message. */
const MAX_BULK = 100_000;

/** A reader-view snapshot of an article (its HTML was sanitised by the reader page and is sanitised again on show). */
const SnapshotSchema = v.object({
  pageUrl: text(4000),
  url: text(4000),
  title: text(2000),
  byline: v.nullable(text(1000)),
  siteName: v.nullable(text(500)),
  publishedTime: v.nullable(text(100)),
  lang: v.nullable(text(50)),
  html: text(10_000_000),
  text: text(5_000_000),
  savedAt: v.number(),
});

/**
 * Every request the background answers. Content scripts send the page's current `url` (client-side navigation changes
 * it after the frame's URL was recorded) and `hints`, from which the background works out the canonical URL itself.
 */
export const RequestSchema = v.variant('type', [
  v.object({ type: v.literal('page.load'), url: text(4000), hints: UrlHintsSchema }),
  v.object({
    type: v.literal('annotation.create'),
    url: text(4000),
    hints: UrlHintsSchema,
    draft: DraftSchema,
    meta: v.optional(PageMetaSchema),
  }),
  v.object({ type: v.literal('annotation.update'), id, patch: PatchSchema }),
  v.object({ type: v.literal('annotation.delete'), id }),
  v.object({ type: v.literal('annotation.restore'), annotation: AnnotationSchema }),
  v.object({
    type: v.literal('anchor.report'),
    url: text(4000),
    hints: UrlHintsSchema,
    reports: v.pipe(
      v.array(
        v.object({
          id,
          status: v.picklist(['exact', 'moved', 'changed', 'orphan']),
          text: v.optional(text()),
          score: v.optional(v.number()),
        }),
      ),
      v.maxLength(10_000),
    ),
  }),
  v.object({ type: v.literal('page.meta'), pageUrl: text(4000), seenUrl: text(4000), meta: PageMetaSchema }),
  v.object({ type: v.literal('editor.close') }),
  v.object({ type: v.literal('annotation.get'), id }),
  v.object({ type: v.literal('page.annotations'), pageUrl: text(4000) }),
  v.object({ type: v.literal('snapshot.save'), snapshot: SnapshotSchema }),
  v.object({ type: v.literal('snapshot.get'), pageUrl: text(4000) }),
  v.object({
    type: v.literal('annotations.import'),
    annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_BULK)),
    pages: v.pipe(v.array(PageRecordSchema), v.maxLength(MAX_BULK)),
  }),
  v.object({ type: v.literal('annotations.deleteMany'), ids: v.pipe(v.array(id), v.maxLength(MAX_BULK)) }),
  v.object({
    type: v.literal('annotations.restoreMany'),
    annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_BULK)),
  }),
  // The same import with its records as one JSON text: a big file crosses the message boundary as one string
  // (cheap to pass) instead of 100,000 objects (slow to convert on the sending page).
  // A big import comes in parts (`importId`, `part` of `parts`), stored together when the last arrives.
  v.object({
    type: v.literal('annotations.importJson'),
    payload: v.pipe(v.string(), v.maxLength(60_000_000)),
    importId: v.optional(text(100)),
    part: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(0), v.maxValue(9_999))),
    parts: v.optional(v.pipe(v.number(), v.safeInteger(), v.minValue(1), v.maxValue(10_000))),
  }),
  // Automatic backup (the notes page's Backup section; extension pages only, like every request above but three).
  v.object({ type: v.literal('backup.get') }),
  v.object({ type: v.literal('backup.configure'), enabled: v.boolean(), frequency: v.picklist(FREQUENCIES) }),
  v.object({ type: v.literal('backup.run') }),
]);

export type Request = v.InferOutput<typeof RequestSchema>;
export type UrlHints = v.InferOutput<typeof UrlHintsSchema>;

/** Parses an unknown message; returns the typed request or a one-line reason. */
export function parseRequest(input: unknown): { ok: true; request: Request } | { ok: false; error: string } {
  const r = v.safeParse(RequestSchema, input);
  if (r.success) return { ok: true, request: r.output };
  const first = r.issues[0];
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `invalid message${path ? ` at ${path}` : ''}: ${first.message}` };
}

/** The records an `annotations.importJson` payload must hold. */
const ImportPayloadSchema = v.object({
  annotations: v.pipe(v.array(AnnotationSchema), v.maxLength(MAX_BULK)),
  pages: v.pipe(v.array(PageRecordSchema), v.maxLength(MAX_BULK)),
});

/** Parses and validates an `annotations.importJson` payload; a bad one yields a one-line reason with its place. */
export function parseImportPayload(
  payload: string,
): { ok: true; records: v.InferOutput<typeof ImportPayloadSchema> } | { ok: false; error: string } {
  let data: unknown;
  try {
    data = JSON.parse(payload);
  } catch {
    return { ok: false, error: 'invalid import: not JSON' };
  }
  const r = v.safeParse(ImportPayloadSchema, data);
  if (r.success) return { ok: true, records: r.output };
  const first = r.issues[0];
  const path = first.path?.map((p) => String(p.key)).join('.') ?? '';
  return { ok: false, error: `invalid import${path ? ` at ${path}` : ''}: ${first.message}` };
}

/** The one request Chrome's service worker sends its offscreen document: build the backup file as a blob URL. */
export const OffscreenRequestSchema = v.object({
  type: v.literal('offscreen.backup'),
  target: v.literal('offscreen'),
  now: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export type OffscreenRequest = v.InferOutput<typeof OffscreenRequestSchema>;

/** The offscreen request, or null for any other message (other messages are not for the offscreen document). */
export function parseOffscreenRequest(input: unknown): OffscreenRequest | null {
  const r = v.safeParse(OffscreenRequestSchema, input);
  return r.success ? r.output : null;
}
