import {
  blockquote,
  escapeInline,
  escapeMarkdown,
  markdownLink,
  safeLinkTarget,
  yamlString,
} from '@/utils/export/markdown-escape';
import { groupByPage, type PageGroup, pageTitle } from '@/utils/export/pages';
import { isoDay, isoTime } from '@/utils/export/text';
import { passageBase, passageDirective } from '@/utils/export/text-fragment';
import { inReadingOrder } from '@/utils/position';
import type { Annotation, Evidence, PageRecord } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

/**
 * Markdown notes for Obsidian and Logseq: YAML front matter with the article's metadata, then one block per
 * annotation (blockquote, speaker, kind, verdict, evidence, note, tags, a text-fragment link to the passage).
 * All page-derived text is escaped (see markdown-escape.ts): only http(s) URLs ever become links.
 */

export interface MarkdownOptions {
  /** Export time (epoch ms), written to the front matter as `exported`. */
  now: number;
}

const KIND_LABEL = { highlight: 'Highlight', quote: 'Quote', claim: 'Claim' } as const;
const STANCE_LABEL = { supports: 'Supports', refutes: 'Refutes', context: 'Context' } as const;
const ANCHOR_WARNING = {
  changed: 'The passage was edited on the page since it was saved.',
  orphan: 'The passage was not found on the page at the last visit.',
} as const;

/**
 * Tags for the front matter, in Obsidian's tag form: no leading `#`, whitespace runs become `-` (a tag with a
 * space is not a tag there). Deduplicated after that normalisation.
 */
const frontMatterTags = (annotations: readonly Annotation[]): string[] => [
  ...new Set(
    annotations
      .flatMap((a) => a.tags)
      .map((t) => t.trim().replace(/^#+/, '').replace(/\s+/g, '-'))
      .filter((t) => t !== ''),
  ),
];

function frontMatter(fields: [string, string | null | undefined][], tags: string[]): string {
  const lines = ['---'];
  for (const [key, value] of fields) if (value) lines.push(`${key}: ${yamlString(value)}`);
  if (tags.length > 0) lines.push('tags:', ...tags.map((t) => `  - ${yamlString(t)}`));
  lines.push('---');
  return lines.join('\n');
}

function evidenceLine(e: Evidence): string {
  const stance = STANCE_LABEL[e.stance] ?? escapeInline(String(e.stance));
  return `- ${stance}: ${markdownLink(e.title ?? '', e.url)}`;
}

/** Recent link targets of pages without a fragment (see passageTarget). */
const baseTargets = new Map<string, string | null>();

/**
 * `safeLinkTarget(passageUrl(…))`, with the page's part worked out once per page: the directive is percent-encoded
 * ASCII that neither the URL parser nor cleanText changes, so only its parentheses need encoding here.
 */
function passageTarget(a: Annotation): string | null {
  const base = passageBase(a.pageUrl);
  if (base === null) return null;
  let safeBase = baseTargets.get(base);
  if (safeBase === undefined) {
    safeBase = safeLinkTarget(base);
    if (baseTargets.size >= 2000) baseTargets.clear();
    baseTargets.set(base, safeBase);
  }
  const directive = passageDirective(a.selectors, a.quote);
  if (safeBase === null || !directive) return safeBase;
  return `${safeBase}#:~:${directive.replace(/\(/g, '%28').replace(/\)/g, '%29')}`;
}

/** One annotation as Markdown blocks (no trailing newline). */
export function annotationToMarkdown(a: Annotation): string {
  const blocks: string[] = [];
  const quote = escapeMarkdown(a.quote);
  const speaker = a.speaker?.trim() ? `\n>\n> — **${escapeInline(a.speaker)}**` : '';
  blocks.push(blockquote(quote) + speaker);

  const meta = [`**${KIND_LABEL[a.kind] ?? 'Highlight'}**`];
  if (a.kind === 'claim' || a.verdict) meta.push(`Verdict: **${escapeInline(verdictLabel(a.verdict))}**`);
  const day = isoDay(a.createdAt);
  if (day) meta.push(day);
  const target = passageTarget(a);
  if (target) meta.push(`[Open passage](${target})`);
  blocks.push(meta.join(' · '));

  if (a.anchor && (a.anchor.status === 'changed' || a.anchor.status === 'orphan')) {
    blocks.push(`*${ANCHOR_WARNING[a.anchor.status]}*`);
  }
  if (a.evidence && a.evidence.length > 0) blocks.push(['Evidence:', ...a.evidence.map(evidenceLine)].join('\n'));
  if (a.note.trim()) blocks.push(`Note:\n${escapeMarkdown(a.note.trim())}`);
  if (a.tags.length > 0) blocks.push(`Tags: ${a.tags.map((t) => escapeInline(t)).join(', ')}`);
  return blocks.join('\n\n');
}

function articleHeader(page: PageRecord, level: '#' | '##'): string {
  const title = escapeInline(pageTitle(page));
  const source = [markdownLink(page.siteName?.trim() || hostOf(page.url), page.url)];
  if (page.byline?.trim()) source.push(`By ${escapeInline(page.byline)}`);
  if (page.publishedTime?.trim()) source.push(`Published ${escapeInline(page.publishedTime)}`);
  return `${level} ${title}\n\n${source.join(' · ')}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

function groupBody(group: PageGroup, level: '#' | '##'): string {
  const items = group.annotations.map(annotationToMarkdown);
  return [articleHeader(group.page, level), ...items].join('\n\n---\n\n');
}

/**
 * One article's note: front matter (title, url, site, author, published, tags, exported) and every annotation
 * in reading order. `annotations` should belong to `page`; the builder does not filter them.
 */
export function articleToMarkdown(
  page: PageRecord,
  annotations: readonly Annotation[],
  options: MarkdownOptions,
): string {
  const body = groupBody({ page, annotations: inReadingOrder(annotations) }, '#');
  const fm = frontMatter(
    [
      ['title', pageTitle(page)],
      ['url', page.url],
      ['site', page.siteName],
      ['author', page.byline],
      ['published', page.publishedTime],
      ['exported', isoTime(options.now)],
    ],
    frontMatterTags(annotations),
  );
  return `${fm}\n\n${body}\n`;
}

/**
 * Many articles in one note: front matter (title, exported, tags), then a `##` section per article, pages in
 * the order their first annotation appears. Annotations whose page is missing from `pages` get a bare section.
 */
export function articlesToMarkdown(
  annotations: readonly Annotation[],
  pages: readonly PageRecord[],
  options: MarkdownOptions & { title?: string },
): string {
  const title = options.title ?? 'Quotemark notes';
  const fm = frontMatter(
    [
      ['title', title],
      ['exported', isoTime(options.now)],
    ],
    frontMatterTags(annotations),
  );
  const sections = groupByPage(annotations, pages).map((g) => groupBody(g, '##'));
  return `${fm}\n\n# ${escapeInline(title)}\n\n${sections.join('\n\n')}\n`;
}
