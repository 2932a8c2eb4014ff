import * as v from 'valibot';
import { hypothesisCandidate, hypothesisTitle, isHypothesisRow } from '@/utils/export/import-hypothesis';
import { AnnotationSchema, describeIssues, LIMITS, PageSchema } from '@/utils/export/import-schema';
import { type Candidate, webAnnotationCandidate } from '@/utils/export/import-web-annotation';
import { stubPage } from '@/utils/export/pages';
import { truncate } from '@/utils/export/text';
import { FORMAT_VERSION } from '@/utils/export/web-annotation';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * Import of our JSON export (lossless round trip), any W3C Web Annotation JSON (a collection, a page, a list or
 * one annotation) and Hypothesis exports. Never throws: a partly valid file gives the good records plus one
 * error per bad record, a wholly malformed file gives errors only. Every record is validated with valibot;
 * only http(s) page and evidence URLs pass; the output objects are built fresh by the schemas, so keys like
 * `__proto__` in the file have no effect. Ids are stable (ours kept, others hashed), so importing twice
 * yields the same ids and the caller can upsert by id.
 */

export type ImportFormat = 'quotemark' | 'web-annotation' | 'hypothesis';

/** One problem found, placed so the reader can find it in the file. */
export interface ImportError {
  /** Where: `file`, `annotation 12` (1-based position in the file) or `page 3`. */
  where: string;
  message: string;
  /** `where: message`, ready to show. */
  text: string;
}

/** What an import yields: valid records (deduplicated by id) and every problem met on the way. */
export interface ImportResult {
  /** The format recognised, or null when the file was not recognised at all. */
  format: ImportFormat | null;
  annotations: Annotation[];
  /** Page records from the file, plus a stub for every annotation page the file has no record for. */
  pages: PageRecord[];
  errors: ImportError[];
}

const error = (where: string, message: string): ImportError => ({ where, message, text: `${where}: ${message}` });
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

interface Located {
  format: ImportFormat;
  items: unknown[];
  pages: unknown[];
  /** A bare list: pick the converter per item (Hypothesis row or W3C annotation). */
  mixed?: boolean;
  /** `quotemark.version` of our own files. */
  version?: unknown;
}

/** Finds the list of annotations inside a parsed file, or null when the shape is unknown. */
function locate(data: unknown): Located | null {
  if (Array.isArray(data)) {
    const hypothesis = data.length > 0 && data.some(isHypothesisRow);
    return { format: hypothesis ? 'hypothesis' : 'web-annotation', items: data, pages: [], mixed: true };
  }
  if (!isObject(data)) return null;
  if (Array.isArray(data.annotations)) return { format: 'hypothesis', items: data.annotations, pages: [] };
  if (Array.isArray(data.rows)) return { format: 'hypothesis', items: data.rows, pages: [] };
  const first = isObject(data.first) ? data.first : data;
  if (Array.isArray(first.items)) {
    const ours = isObject(data.quotemark) && Array.isArray(data.quotemark.pages);
    const pages = ours ? (data.quotemark as { pages: unknown[] }).pages : [];
    const version = ours ? (data.quotemark as { version?: unknown }).version : undefined;
    return { format: ours ? 'quotemark' : 'web-annotation', items: first.items, pages, version };
  }
  if (data.type === 'Annotation' || 'target' in data) return { format: 'web-annotation', items: [data], pages: [] };
  return null;
}

function safeJsonParse(text: string): { ok: true; data: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (e) {
    const detail = e instanceof Error ? e.message.slice(0, 200) : 'unreadable';
    return { ok: false, message: `not valid JSON (${detail})` };
  }
}

/** Parses an export file's text into annotations, pages and errors (see the module note). Never throws. */
export function importAnnotations(text: string): ImportResult {
  const result: ImportResult = { format: null, annotations: [], pages: [], errors: [] };
  try {
    if (typeof text !== 'string') {
      result.errors.push(error('file', 'not text'));
      return result;
    }
    if (text.length > LIMITS.input) {
      result.errors.push(error('file', `too large (${text.length} characters, limit ${LIMITS.input})`));
      return result;
    }
    const parsed = safeJsonParse(text);
    if (!parsed.ok) {
      result.errors.push(error('file', parsed.message));
      return result;
    }
    const located = locate(parsed.data);
    if (!located) {
      result.errors.push(error('file', 'not a Quotemark, W3C Web Annotation or Hypothesis export'));
      return result;
    }
    result.format = located.format;
    collect(located, result);
  } catch (e) {
    // Defensive: nothing above should throw, but an import must never take the page down.
    result.errors.push(error('file', `could not be read (${e instanceof Error ? e.message : 'unknown error'})`));
  }
  return result;
}

/** One record through its format's converter and the final schema check. */
function readAnnotation(
  item: unknown,
  hypothesis: boolean,
): { ok: true; annotation: Annotation } | { ok: false; message: string } {
  const candidate: Candidate = hypothesis ? hypothesisCandidate(item) : webAnnotationCandidate(item);
  if (!candidate.ok) return candidate;
  const checked = v.safeParse(AnnotationSchema, candidate.value);
  if (!checked.success) return { ok: false, message: describeIssues(checked.issues) };
  return { ok: true, annotation: checked.output as Annotation };
}

function collect(located: Located, result: ImportResult): void {
  let items = located.items;
  if (items.length === 0) result.errors.push(error('file', 'no annotations found'));
  if (typeof located.version === 'number' && located.version > FORMAT_VERSION) {
    result.errors.push(
      error('file', `written by a newer Quotemark (format ${located.version}); fields it added are lost`),
    );
  }
  if (items.length > LIMITS.records) {
    result.errors.push(
      error('file', `more than ${LIMITS.records} annotations; only the first ${LIMITS.records} were read`),
    );
    items = items.slice(0, LIMITS.records);
  }
  const byId = new Map<string, Annotation>();
  const titles = new Map<string, string>();
  for (const [i, item] of items.entries()) {
    const where = `annotation ${i + 1}`;
    const hypothesis = located.mixed ? isHypothesisRow(item) : located.format === 'hypothesis';
    const read = readAnnotation(item, hypothesis);
    if (!read.ok) {
      result.errors.push(error(where, read.message));
      continue;
    }
    const annotation = read.annotation;
    const previous = byId.get(annotation.id);
    if (previous) {
      result.errors.push(error(where, `duplicate id ${annotation.id}; kept the more recently updated copy`));
      if (previous.updatedAt > annotation.updatedAt) continue;
      byId.delete(annotation.id);
    }
    byId.set(annotation.id, annotation);
    if (hypothesis && !titles.has(annotation.pageUrl)) {
      titles.set(annotation.pageUrl, hypothesisTitle(item));
    }
  }
  result.annotations = [...byId.values()];
  result.pages = collectPages(located.pages.slice(0, LIMITS.records), result, titles);
}

function collectPages(raw: unknown[], result: ImportResult, titles: Map<string, string>): PageRecord[] {
  const pages = new Map<string, PageRecord>();
  for (const [i, item] of raw.entries()) {
    const checked = v.safeParse(PageSchema, item);
    if (!checked.success) result.errors.push(error(`page ${i + 1}`, describeIssues(checked.issues)));
    else if (!pages.has(checked.output.url)) pages.set(checked.output.url, checked.output as PageRecord);
  }
  const byPage = new Map<string, Annotation[]>();
  for (const a of result.annotations) {
    const list = byPage.get(a.pageUrl);
    if (list) list.push(a);
    else byPage.set(a.pageUrl, [a]);
  }
  for (const [url, list] of byPage) {
    if (pages.has(url)) continue;
    const stub = stubPage(url, list);
    stub.title = truncate(titles.get(url) ?? '', LIMITS.title);
    stub.lastSeen = list.reduce((max, a) => Math.max(max, a.updatedAt), stub.lastSeen);
    pages.set(url, stub);
  }
  return [...pages.values()];
}
