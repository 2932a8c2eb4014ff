import type { ArticleGroup } from '@/utils/library/query';
import type { Annotation, PageRecord } from '@/utils/types';

/**
 * Deleted annotations shown in place, with Undo (pure). A ghost keeps the annotation and the article's position at
 * the time of deletion; when its article has no other annotation left, the article is put back at that position,
 * so the Undo button does not jump away from under the reader's pointer.
 */

export interface Ghost {
  annotation: Annotation;
  /** Its article, to show it again if no other annotation of it is listed. */
  page: PageRecord;
  /** Index of its article in the list when it was deleted. */
  position: number;
  /** Undo was sent: the ghost can go once the annotation is stored again. */
  undone?: boolean;
}

/** An article's list entries: live annotations and ghosts (marked `deleted`). */
export interface GhostedGroup extends ArticleGroup {
  deleted: Annotation[];
}

/**
 * Merges ghosts into the article list. Ghosts whose annotation is stored again (undone) are ignored; ghosts of
 * articles not in `articles` come back as articles of their own at their old position.
 */
export function withGhosts(
  articles: readonly ArticleGroup[],
  ghosts: readonly Ghost[],
  live: (id: string) => boolean,
): GhostedGroup[] {
  const out: GhostedGroup[] = articles.map((g) => ({ ...g, deleted: [] }));
  const byUrl = new Map(out.map((g) => [g.page.url, g]));
  for (const ghost of ghosts) {
    const a = ghost.annotation;
    if (live(a.id)) continue;
    let group = byUrl.get(a.pageUrl);
    if (!group) {
      const { page } = ghost;
      group = { page, site: '', annotations: [], total: 0, latest: a.createdAt, earliest: a.createdAt, deleted: [] };
      out.splice(Math.min(Math.max(0, ghost.position), out.length), 0, group);
      byUrl.set(a.pageUrl, group);
    }
    group.deleted.push(a);
  }
  return out;
}
