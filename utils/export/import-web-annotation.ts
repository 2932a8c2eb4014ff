import * as v from 'valibot';
import { describeIssues, EvidenceSchema, LIMITS, oneOf, SELECTOR_TYPES } from '@/utils/export/import-schema';
import { stableUuid } from '@/utils/export/stable-id';
import { ID_PREFIX } from '@/utils/export/web-annotation';
import { COLORS, KINDS, VERDICTS, type Verdict } from '@/utils/types';
import { VERDICT_INFO } from '@/utils/verdicts';

/**
 * One W3C Web Annotation (ours, with its `quotemark` extension, or any other tool's) turned into a candidate
 * Annotation object for the final schema check in import.ts. Structure is checked here with loose schemas;
 * values are checked there. Never throws.
 */

export type Candidate = { ok: true; value: Record<string, unknown> } | { ok: false; message: string };

const str = v.string();
const bodyItem = v.looseObject({
  type: v.optional(v.unknown()),
  purpose: v.optional(v.unknown()),
  value: v.optional(v.unknown()),
});
const targetObject = v.looseObject({ source: v.optional(str), selector: v.optional(v.unknown()) });

const WebAnnotationShape = v.looseObject({
  id: v.optional(str),
  motivation: v.optional(v.unknown()),
  created: v.optional(str),
  modified: v.optional(str),
  body: v.optional(v.unknown()),
  target: v.union([str, targetObject, v.array(v.union([str, targetObject]))], 'target missing'),
  quotemark: v.optional(
    v.object({
      id: v.optional(str),
      kind: oneOf(KINDS),
      quote: str,
      color: oneOf(COLORS),
      speaker: v.optional(v.unknown()),
      verdict: v.optional(v.unknown()),
      evidence: v.optional(v.array(EvidenceSchema)),
      anchor: v.optional(v.unknown()),
      twins: v.optional(v.unknown()),
    }),
  ),
});

const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);

/** Selectors of the types we store, from a `selector` that may be one object or a list; others are dropped. */
export function pickSelectors(selector: unknown): unknown[] {
  return asArray(selector)
    .slice(0, 100)
    .filter((s) => {
      const type = s && typeof s === 'object' ? (s as { type?: unknown }).type : undefined;
      return typeof type === 'string' && (SELECTOR_TYPES as readonly string[]).includes(type);
    });
}

/** Epoch ms from an ISO date string, or null. */
export function parseTime(value: unknown): number | null {
  if (typeof value !== 'string' || value.length > 100) return null;
  const ms = Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}

/** Our id back from the annotation IRI; foreign IRIs get a stable UUID. */
function idFromIri(iri: string | undefined, fallback: string): string {
  if (iri?.startsWith('urn:uuid:')) return iri.slice('urn:uuid:'.length);
  if (iri?.startsWith(ID_PREFIX)) {
    try {
      return decodeURIComponent(iri.slice(ID_PREFIX.length));
    } catch {
      /* fall through to a stable id */
    }
  }
  return stableUuid('web-annotation', iri ?? fallback);
}

/** Verdicts by lower-cased label and by key, to read a foreign tool's `assessing` body. */
const verdictByLabel = new Map<string, Verdict>();
for (const key of VERDICTS) {
  verdictByLabel.set(key, key);
  verdictByLabel.set(VERDICT_INFO[key].label.toLowerCase(), key);
}

/** Converts one parsed JSON value; `ok: false` carries a short reason for the error list. */
export function webAnnotationCandidate(input: unknown): Candidate {
  const shape = v.safeParse(WebAnnotationShape, input);
  if (!shape.success) return { ok: false, message: describeIssues(shape.issues) };
  const w = shape.output;
  const targets = asArray(w.target).map((t) => (typeof t === 'string' ? { source: t } : t)) as v.InferOutput<
    typeof targetObject
  >[];
  const target = targets.find((t) => pickSelectors(t.selector).length > 0) ?? targets[0];
  if (!target?.source) return { ok: false, message: 'target source missing' };
  const picked = pickSelectors(target.selector);
  if (picked.length === 0) return { ok: false, message: 'selector missing' };
  // Our block twins travel in the extension (the selectors stay W3C): back onto the quote selector, checked with it.
  const twins = w.quotemark?.twins;
  const selectors =
    twins === undefined
      ? picked
      : picked.map((s) => ((s as { type: string }).type === 'TextQuoteSelector' ? { ...(s as object), twins } : s));

  const bodies = asArray(w.body).flatMap((b) => {
    const parsed = v.safeParse(bodyItem, b);
    return parsed.success && typeof parsed.output.value === 'string' ? [parsed.output] : [];
  });
  const valuesFor = (purpose: string | undefined) =>
    bodies.filter((b) => b.purpose === purpose).map((b) => b.value as string);
  const notes = [...valuesFor('commenting'), ...valuesFor(undefined)];
  if (notes.join('').length > LIMITS.text) return { ok: false, message: `note too long (limit ${LIMITS.text})` };

  const created = parseTime(w.created) ?? parseTime(w.modified);
  if (created === null) return { ok: false, message: 'created: missing or not a date' };
  const exact = selectors.find((s) => (s as { type: string }).type === 'TextQuoteSelector') as
    | { exact?: unknown }
    | undefined;
  const ext = w.quotemark;
  const value: Record<string, unknown> = {
    id: ext?.id ?? idFromIri(w.id, JSON.stringify([target.source, exact?.exact, w.created])),
    pageUrl: target.source,
    kind: ext?.kind ?? 'highlight',
    quote: ext?.quote ?? exact?.exact ?? '',
    selectors,
    color: ext?.color ?? 'yellow',
    note: notes.join('\n\n'),
    tags: valuesFor('tagging'),
    createdAt: created,
    updatedAt: parseTime(w.modified) ?? created,
  };
  if (ext) {
    for (const key of ['speaker', 'verdict', 'evidence', 'anchor'] as const) {
      if (ext[key] !== undefined) value[key] = ext[key];
    }
  } else {
    const label = valuesFor('assessing')[0]?.trim().toLowerCase();
    const verdict = label ? verdictByLabel.get(label) : undefined;
    if (verdict) Object.assign(value, { kind: 'claim', verdict });
  }
  return { ok: true, value };
}
