import { ArticleSection } from '@/components/notes/ArticleSection';
import type { AnnotationPatch } from '@/utils/db/repo';
import type { GhostedGroup } from '@/utils/library';
import type { Result } from '@/utils/messaging/protocol';
import type { Annotation } from '@/utils/types';

/** Props of ArticleList. */
export interface ArticleListProps {
  groups: GhostedGroup[];
  /** Articles after the ones shown. */
  remaining: number;
  onMore: () => void;
  onSave: (a: Annotation, patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete: (a: Annotation) => void;
  onUndo: (a: Annotation) => void;
}

/** The page of articles shown, then "Load more" while more match: the list never renders the whole library. */
export function ArticleList({ groups, remaining, onMore, ...handlers }: ArticleListProps) {
  return (
    <>
      {groups.map((g) => (
        <ArticleSection key={g.page.url} group={g} {...handlers} />
      ))}
      {remaining > 0 && (
        <button type="button" class="load-more" onClick={onMore}>
          Load more ({remaining} more article{remaining === 1 ? '' : 's'})
        </button>
      )}
    </>
  );
}
