import * as v from 'valibot';
import { describeIssues } from '@/utils/export/import-schema';
import { type Candidate, parseTime, pickSelectors } from '@/utils/export/import-web-annotation';
import { stableUuid } from '@/utils/export/stable-id';

/**
 * Hypothesis annotations (the client's JSON export `{ export_date, annotations: [...] }`, an API search
 * response `{ rows: [...] }`, or a bare list of rows) turned into candidate Annotations. Rows carry `uri`,
 * `text` (the note, Markdown), `tags`, `created`, `updated`, `id`, `document.title` and `target[].selector` in
 * W3C shape. Every row becomes a highlight (Hypothesis has no kinds) in yellow; its id becomes a stable UUID,
 * so importing the same export twice gives the same ids. Replies and page notes (no quoted text) are reported,
 * not imported.
 */

const HypothesisRowShape = v.looseObject({
  id: v.optional(v.string()),
  uri: v.string(),
  text: v.optional(v.string()),
  tags: v.optional(v.array(v.unknown())),
  created: v.optional(v.string()),
  updated: v.optional(v.string()),
  references: v.optional(v.array(v.unknown())),
  target: v.array(v.looseObject({ source: v.optional(v.string()), selector: v.optional(v.unknown()) })),
  document: v.optional(v.looseObject({ title: v.optional(v.unknown()) })),
});

/** Does this parsed row look like a Hypothesis annotation (not a W3C one)? Used for format detection. */
export function isHypothesisRow(x: unknown): boolean {
  if (!x || typeof x !== 'object') return false;
  const row = x as Record<string, unknown>;
  return typeof row.uri === 'string' && Array.isArray(row.target) && !('quotemark' in row);
}

/** The document title of a row (`document.title` is a list in the API, a string in some exports). */
export function hypothesisTitle(row: unknown): string {
  const doc = (row as { document?: { title?: unknown } } | null)?.document;
  const title = Array.isArray(doc?.title) ? doc.title[0] : doc?.title;
  return typeof title === 'string' ? title : '';
}

/** One row to a candidate annotation; `ok: false` with the reason when it cannot become one. */
export function hypothesisCandidate(input: unknown): Candidate {
  const shape = v.safeParse(HypothesisRowShape, input);
  if (!shape.success) return { ok: false, message: describeIssues(shape.issues) };
  const row = shape.output;
  if (row.references && row.references.length > 0) return { ok: false, message: 'a reply, not imported' };
  const target = row.target.find((t) => pickSelectors(t.selector).length > 0);
  const selectors = target ? pickSelectors(target.selector) : [];
  const quote = selectors.find((s) => (s as { type: string }).type === 'TextQuoteSelector') as
    | { exact?: unknown }
    | undefined;
  if (!quote) return { ok: false, message: 'selector missing (a page note or an annotation without quoted text)' };
  const created = parseTime(row.created) ?? parseTime(row.updated);
  if (created === null) return { ok: false, message: 'created: missing or not a date' };
  const name = row.id ?? JSON.stringify([row.uri, row.created, quote.exact]);
  return {
    ok: true,
    value: {
      id: stableUuid('hypothesis', name),
      pageUrl: target?.source ?? row.uri,
      kind: 'highlight',
      quote: quote.exact,
      selectors,
      color: 'yellow',
      note: row.text ?? '',
      tags: row.tags ?? [],
      createdAt: created,
      updatedAt: parseTime(row.updated) ?? created,
    },
  };
}
