import { useState } from 'preact/hooks';
import type { AnnotationPatch } from '@/utils/db/repo';
import type { Ghost } from '@/utils/library';
import { send } from '@/utils/messaging/client';
import type { Result } from '@/utils/messaging/protocol';
import type { Annotation, PageRecord } from '@/utils/types';

/** Deleted annotations kept for Undo at most (the oldest Undo goes first). */
const MAX_GHOSTS = 50;

/**
 * Edits from the notes page, all through the background's messages: save, delete (kept in place as a ghost with
 * Undo), undo, and the bulk "delete shown" with its own Undo. Tell it (`settle`) which ghosts are stored again.
 */
export function useEdits() {
  const [ghosts, setGhosts] = useState<Ghost[]>([]);
  const [bulk, setBulk] = useState<Annotation[] | null>(null);
  const [error, setError] = useState('');

  const report = (r: Result<unknown>) => setError(r.ok ? '' : r.error);
  return {
    ghosts,
    bulk,
    error,
    /** Drops undone ghosts whose annotation is back (a just-deleted one may still read as stored: it stays). */
    settle: (alive: readonly string[]) => {
      const back = new Set(alive);
      setGhosts((list) =>
        list.some((g) => g.undone && back.has(g.annotation.id))
          ? list.filter((g) => !(g.undone && back.has(g.annotation.id)))
          : list,
      );
    },
    save: async (a: Annotation, patch: AnnotationPatch) => {
      const r = await send({ type: 'annotation.update', id: a.id, patch });
      report(r);
      return r;
    },
    remove: async (a: Annotation, page: PageRecord, position: number) => {
      const r = await send({ type: 'annotation.delete', id: a.id });
      report(r);
      if (r.ok) setGhosts((list) => [...list, { annotation: r.data, page, position }].slice(-MAX_GHOSTS));
    },
    undo: async (a: Annotation) => {
      const r = await send({ type: 'annotation.restore', annotation: a });
      report(r);
      if (r.ok) setGhosts((list) => list.map((g) => (g.annotation.id === a.id ? { ...g, undone: true } : g)));
    },
    removeMany: async (ids: string[]) => {
      const r = await send({ type: 'annotations.deleteMany', ids });
      report(r);
      if (r.ok) setBulk(r.data);
    },
    undoMany: async () => {
      if (!bulk) return;
      const r = await send({ type: 'annotations.restoreMany', annotations: bulk });
      report(r);
      if (r.ok) setBulk(null);
    },
  };
}
