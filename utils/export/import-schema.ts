import * as v from 'valibot';
import { MAX_TWINS } from '@/utils/anchoring/twins';
import { isHttpUrl } from '@/utils/export/text';
import { COLORS, KINDS, STANCES, VERDICTS } from '@/utils/types';

/**
 * Valibot schemas every imported record must pass before it reaches the caller. Limits match (or are tighter
 * than) utils/messaging/schema.ts, so an imported record is also a valid `annotation.restore` message. The
 * schemas never transform: what passes is returned exactly as written (export → import is lossless).
 */

export const LIMITS = {
  /**
   * Whole file, in UTF-16 units. Our own JSON export of the 50,000 annotations the notes page is built for is about
   * 85 million; this leaves room for twice that. Beyond it, reading the file as one string and parsing it (in the
   * import worker) would need gigabytes, and V8 cannot hold a string over ~536 million units at all.
   */
  input: 200_000_000,
  /** Annotations (and pages) read from one file: twice the notes page's design size of 50,000. */
  records: 100_000,
  text: 100_000,
  context: 2000,
  url: 4000,
  id: 100,
  speaker: 300,
  tags: 100,
  tag: 100,
  evidence: 50,
  selectors: 10,
  twins: MAX_TWINS,
  twinContext: 200,
  title: 2000,
  evidenceTitle: 1000,
  pageUrls: 100,
} as const;

/** A picklist whose error names the allowed values. */
export const oneOf = <const T extends readonly string[]>(list: T) => v.picklist(list, `not one of ${list.join(', ')}`);

const capped = (max: number) =>
  v.pipe(
    v.string(),
    v.maxLength(max, (i) => `too long (${i.received.replace(/\D/g, '')} characters, limit ${max})`),
  );
const nonBlank = (max: number) =>
  v.pipe(
    capped(max),
    v.check((s) => s.trim().length > 0, 'empty'),
  );
/** No lone surrogate (half of a UTF-16 pair). */
export const wellFormed = (s: string) =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
const offset = v.pipe(v.number(), v.safeInteger('not a whole number'), v.minValue(0, 'negative'));
const time = v.pipe(v.number(), v.safeInteger('not a time in milliseconds'));
const httpUrl = v.pipe(
  capped(LIMITS.url),
  v.check((s) => isHttpUrl(s), 'not an http(s) URL'),
);

/** Where a block twin of the passage stood (utils/anchoring/twins.ts). */
const TwinSchema = v.object({ before: capped(LIMITS.twinContext), after: capped(LIMITS.twinContext) });

/** A stored selector: quote (non-empty exact), position (start ≤ end) or CSS. */
export const SelectorSchema = v.variant('type', [
  v.object({
    type: v.literal('TextQuoteSelector'),
    exact: v.pipe(capped(LIMITS.text), v.minLength(1, 'empty')),
    prefix: v.optional(capped(LIMITS.context)),
    suffix: v.optional(capped(LIMITS.context)),
    twins: v.optional(v.pipe(v.array(TwinSchema), v.maxLength(LIMITS.twins, `more than ${LIMITS.twins} twins`))),
  }),
  v.pipe(
    v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
    v.check((s) => s.start <= s.end, 'start after end'),
  ),
  v.object({ type: v.literal('CssSelector'), value: nonBlank(LIMITS.context) }),
]);

/** The selector types we store; others (RangeSelector, XPathSelector…) are dropped on import, not errors. */
export const SELECTOR_TYPES = ['TextQuoteSelector', 'TextPositionSelector', 'CssSelector'] as const;

/** An evidence link: http(s) only, so `javascript:` and `data:` never reach a link in the UI. */
export const EvidenceSchema = v.object({
  url: httpUrl,
  stance: oneOf(STANCES),
  title: v.optional(capped(LIMITS.evidenceTitle)),
});

/** The last anchoring result; score is a similarity in 0..1. */
export const AnchorSchema = v.object({
  status: oneOf(['exact', 'moved', 'changed', 'orphan']),
  text: v.optional(capped(LIMITS.text)),
  score: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  at: time,
});

/** A whole Annotation (utils/types.ts); times are integer epoch milliseconds. */
export const AnnotationSchema = v.object({
  // An id ends up in URLs (the editor frame's address): half of a surrogate pair can't be encoded there.
  id: v.pipe(nonBlank(LIMITS.id), v.check(wellFormed, 'id is not well-formed text')),
  pageUrl: httpUrl,
  kind: oneOf(KINDS),
  quote: nonBlank(LIMITS.text),
  selectors: v.pipe(
    v.array(SelectorSchema),
    v.minLength(1, 'selector missing'),
    v.maxLength(LIMITS.selectors, `more than ${LIMITS.selectors} selectors`),
  ),
  color: oneOf(COLORS),
  note: capped(LIMITS.text),
  tags: v.pipe(v.array(nonBlank(LIMITS.tag)), v.maxLength(LIMITS.tags, `more than ${LIMITS.tags} tags`)),
  speaker: v.optional(v.nullable(capped(LIMITS.speaker))),
  verdict: v.optional(oneOf(VERDICTS)),
  evidence: v.optional(
    v.pipe(v.array(EvidenceSchema), v.maxLength(LIMITS.evidence, `more than ${LIMITS.evidence} links`)),
  ),
  createdAt: time,
  updatedAt: time,
  anchor: v.optional(AnchorSchema),
});

const nullableText = (max: number) => v.nullable(capped(max));

/** A whole PageRecord (utils/types.ts); its canonical URL must be http(s). */
export const PageSchema = v.object({
  url: httpUrl,
  urls: v.pipe(v.array(capped(LIMITS.url)), v.maxLength(LIMITS.pageUrls, `more than ${LIMITS.pageUrls} URLs`)),
  title: capped(LIMITS.title),
  byline: nullableText(1000),
  siteName: nullableText(500),
  publishedTime: nullableText(100),
  lang: nullableText(50),
  excerpt: nullableText(5000),
  firstSeen: time,
  lastSeen: time,
});

/**
 * Valibot issues as one readable line: the field path, then the problem (`selectors.0.exact: too long (…)`).
 * At most three issues, so a badly broken record does not drown the list.
 */
export function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  const parts = issues.slice(0, 3).map((issue) => {
    const path = v.getDotPath(issue);
    const message = issue.message.startsWith('Invalid key') ? 'missing' : issue.message;
    return path ? `${path}: ${message}` : message;
  });
  if (issues.length > 3) parts.push(`and ${issues.length - 3} more`);
  return parts.join('; ');
}
