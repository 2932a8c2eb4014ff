import { useMemo, useState } from 'preact/hooks';
import { formatPublished } from '@/components/notes/format';
import { NoteItem } from '@/components/notes/NoteItem';
import { UndoBar } from '@/components/UndoBar';
import type { AnnotationPatch } from '@/utils/db/repo';
import { toWellFormed } from '@/utils/export/text';
import type { GhostedGroup } from '@/utils/library';
import type { Result } from '@/utils/messaging/protocol';
import { inReadingOrder } from '@/utils/position';
import type { Annotation } from '@/utils/types';

/** Props of ArticleSection. */
export interface ArticleSectionProps {
  group: GhostedGroup;
  onSave: (a: Annotation, patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete: (a: Annotation) => void;
  onUndo: (a: Annotation) => void;
}

/**
 * The heading's element id, from the page URL. An imported URL may hold lone surrogates (the URL parser accepts them),
 * on which `encodeURIComponent` throws: they become U+FFFD first.
 */
export function articleHeadingId(url: string): string {
  return `article-${encodeURIComponent(toWellFormed(url)).replace(/%/g, '_')}`;
}

/** Annotations shown per article before "Show all". */
export const ARTICLE_CAP = 20;

/**
 * One article: title (a link to it, http(s) only), outlet, byline, date, how many notes match, and its annotations
 * in reading order — deleted ones stay in their place as an Undo bar.
 */
export function ArticleSection({ group, onSave, onDelete, onUndo }: ArticleSectionProps) {
  const [all, setAll] = useState(false);
  const { page } = group;
  const items = useMemo(() => {
    const deleted = new Set(group.deleted);
    return inReadingOrder([...group.annotations, ...group.deleted]).map((a) => ({ a, deleted: deleted.has(a) }));
  }, [group.annotations, group.deleted]);
  const shown = all ? items : items.slice(0, ARTICLE_CAP);
  const title = page.title.trim() || page.url;
  const headingId = articleHeadingId(page.url);
  const count =
    group.annotations.length === group.total
      ? `${group.total} note${group.total === 1 ? '' : 's'}`
      : `${group.annotations.length} of ${group.total} notes`;
  const meta = [group.site, page.byline, formatPublished(page.publishedTime), count].filter(Boolean).join(' · ');
  return (
    <article class="article" aria-labelledby={headingId}>
      <h2 id={headingId} class="article-title" lang={page.lang ?? undefined}>
        {/^https?:\/\//i.test(page.url) ? (
          <a href={page.url} target="_blank" rel="noopener noreferrer">
            {title}
          </a>
        ) : (
          title
        )}
      </h2>
      <p class="muted article-meta">{meta}</p>
      <ul class="note-list">
        {shown.map(({ a, deleted }) =>
          deleted ? (
            <li key={a.id} class="note-item" aria-label={`Deleted annotation: ${a.quote.slice(0, 80)}`}>
              <UndoBar message="Annotation deleted." onUndo={() => onUndo(a)} />
            </li>
          ) : (
            <NoteItem key={a.id} annotation={a} onSave={(patch) => onSave(a, patch)} onDelete={() => onDelete(a)} />
          ),
        )}
      </ul>
      {items.length > shown.length && (
        <button type="button" onClick={() => setAll(true)}>
          Show all {items.length} notes
        </button>
      )}
    </article>
  );
}
