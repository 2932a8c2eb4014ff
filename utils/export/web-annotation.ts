import { isoTime, toWellFormed } from '@/utils/export/text';
import type { Annotation, BlockTwin, Evidence, Kind, PageRecord, Selector, Verdict } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

/**
 * JSON export as W3C Web Annotations (JSON-LD). Shape chosen: one `AnnotationCollection` whose `first` page holds
 * every annotation (the model's own container, so the file is a single object that can also carry page metadata
 * and a format version); the importer also accepts a plain array of annotations or a single one.
 *
 * Standard fields carry what they can (id, motivation, created/modified, TextualBody note, tagging bodies, an
 * assessing body with the verdict label, target source + selectors); everything else that is ours (kind, exact
 * quote, colour, speaker, verdict, evidence, anchoring status) sits under a `quotemark` key, declared in the
 * context as a JSON literal (`@type: @json`) so JSON-LD processors keep it intact. This is the lossless format:
 * strings are written as they are, export → import gives back equal records.
 */

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Quotemark's vocabulary IRI. No published vocabulary yet: `.invalid` (RFC 2606) so nothing dereferences it. */
export const QUOTEMARK_NS = 'https://quotemark.invalid/ns#';
/** Bumped when the `quotemark` extension changes incompatibly; the importer reads this version and older. */
export const FORMAT_VERSION = 1;

/** The `@context`: the W3C annotation context plus our extension key as a JSON literal (JSON-LD 1.1). */
export const JSONLD_CONTEXT = [
  ANNO_CONTEXT,
  { '@version': 1.1, quotemark: { '@id': `${QUOTEMARK_NS}data`, '@type': '@json' } },
] as const;

/** Our fields on one annotation, under its `quotemark` key. */
export interface QuotemarkAnnotationExtension {
  /** Only for ids that are not UUIDs (a UUID is in the annotation's `id` IRI). */
  id?: string;
  kind: Kind;
  quote: string;
  color: Annotation['color'];
  speaker?: string | null;
  verdict?: Verdict;
  evidence?: Evidence[];
  anchor?: Annotation['anchor'];
  /** The TextQuoteSelector's block twins (ours, not W3C), kept here so the selectors stay plain W3C. */
  twins?: BlockTwin[];
}

/** The bodies we write: the note (commenting), one per tag (tagging), the verdict label (assessing). */
export interface WebAnnotationBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'tagging' | 'assessing';
  value: string;
  format?: 'text/plain';
}

/** One annotation as written (without `@context`: the collection carries it). */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'highlighting' | 'commenting' | 'assessing';
  created?: string;
  modified?: string;
  body?: WebAnnotationBody[];
  target: { source: string; selector: Selector[] };
  quotemark: QuotemarkAnnotationExtension;
}

/** The whole export document. */
export interface WebAnnotationCollection {
  '@context': typeof JSONLD_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generated?: string;
  total: number;
  first: { type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
  quotemark: { version: number; pages: PageRecord[] };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** IRI prefix for annotation ids that are not UUIDs. */
export const ID_PREFIX = 'urn:quotemark:annotation:';

/** Is `id` a UUID (any version)? Those travel as `urn:uuid:` IRIs. */
export const isUuid = (id: string): boolean => UUID.test(id);

/**
 * The annotation's IRI: `urn:uuid:` for UUIDs, otherwise our own URN with the id percent-encoded (a non-UUID id
 * is also copied verbatim into the extension, so even an id with lone surrogates survives the trip).
 */
export function annotationIri(id: string): string {
  return isUuid(id) ? `urn:uuid:${id}` : ID_PREFIX + encodeURIComponent(toWellFormed(id));
}

/** Claims are assessments, annotations with a note are comments, the rest are highlights. */
function motivationOf(a: Annotation): WebAnnotation['motivation'] {
  if (a.kind === 'claim') return 'assessing';
  return a.note !== '' ? 'commenting' : 'highlighting';
}

/** One annotation as a W3C Web Annotation (without `@context`; the collection carries it). */
export function toWebAnnotation(a: Annotation): WebAnnotation {
  const body: WebAnnotationBody[] = [];
  if (a.note !== '') body.push({ type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' });
  for (const tag of a.tags) body.push({ type: 'TextualBody', purpose: 'tagging', value: tag });
  if (a.verdict !== undefined) body.push({ type: 'TextualBody', purpose: 'assessing', value: verdictLabel(a.verdict) });
  const ext: QuotemarkAnnotationExtension = { kind: a.kind, quote: a.quote, color: a.color };
  if (!isUuid(a.id)) ext.id = a.id;
  if (a.speaker !== undefined) ext.speaker = a.speaker;
  if (a.verdict !== undefined) ext.verdict = a.verdict;
  if (a.evidence !== undefined) ext.evidence = a.evidence.map((e) => ({ ...e }));
  if (a.anchor !== undefined) ext.anchor = { ...a.anchor };
  const selector = a.selectors.map((s) => {
    if (s.type !== 'TextQuoteSelector' || !s.twins) return { ...s };
    const { twins, ...w3c } = s;
    ext.twins = twins.map((t) => ({ ...t }));
    return w3c;
  });
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    created: isoTime(a.createdAt),
    modified: isoTime(a.updatedAt),
    ...(body.length > 0 ? { body } : {}),
    target: { source: a.pageUrl, selector },
    quotemark: ext,
  };
}

/** The export document as an object: an AnnotationCollection with the pages under `quotemark.pages`. */
export function toWebAnnotationCollection(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: { now: number },
): WebAnnotationCollection {
  const items = annotations.map(toWebAnnotation);
  return {
    '@context': JSONLD_CONTEXT,
    id: `urn:quotemark:export:${Number.isFinite(options.now) ? options.now : 0}`,
    type: 'AnnotationCollection',
    label: 'Quotemark export',
    generated: isoTime(options.now),
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
    quotemark: { version: FORMAT_VERSION, pages: pages.map((p) => ({ ...p, urls: [...p.urls] })) },
  };
}

/** The export document as pretty-printed JSON text (UTF-8 safe: lone surrogates are written as `\u` escapes). */
export function toWebAnnotationJson(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: { now: number },
): string {
  return `${JSON.stringify(toWebAnnotationCollection(annotations, pages, options), null, 2)}\n`;
}
