import { useEffect, useState } from 'preact/hooks';
import { NoteForm } from '@/components/NoteForm';
import { UndoBar } from '@/components/UndoBar';
import { useChanges } from '@/components/use-changes';
import { send } from '@/utils/messaging/client';
import type { Annotation } from '@/utils/types';

const close = () => void send({ type: 'editor.close' });

/** The in-page note editor (shown in an extension-origin iframe): note, tags, colour, delete with undo. */
export function EditorApp({ id }: { id: string }) {
  const [annotation, setAnnotation] = useState<Annotation | null | undefined>(undefined);
  const [deleted, setDeleted] = useState<Annotation | null>(null);
  const [error, setError] = useState('');
  const version = useChanges(annotation?.pageUrl ?? null);
  useEffect(() => {
    void send({ type: 'annotation.get', id }).then((r) => (r.ok ? setAnnotation(r.data) : setError(r.error)));
  }, [id, version]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && close();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const remove = async () => {
    const r = await send({ type: 'annotation.delete', id });
    if (r.ok) setDeleted(r.data);
    else setError(r.error);
  };
  const undo = async () => {
    if (!deleted) return;
    const r = await send({ type: 'annotation.restore', annotation: deleted });
    if (r.ok) setDeleted(null);
    else setError(r.error);
  };

  return (
    <main style={{ padding: '10px 12px' }} aria-label="Quotemark note editor">
      <div class="row" style={{ marginTop: 0, justifyContent: 'space-between' }}>
        <h1 style={{ fontSize: '14px', margin: 0 }}>Note</h1>
        <button type="button" onClick={close} aria-label="Close editor">
          ✕
        </button>
      </div>
      {deleted ? (
        <UndoBar message="Highlight deleted." onUndo={undo} />
      ) : annotation ? (
        <>
          <blockquote style={{ maxHeight: '90px', overflow: 'auto', marginTop: '6px' }}>{annotation.quote}</blockquote>
          <NoteForm
            key={annotation.id}
            idPrefix="editor"
            annotation={annotation}
            onSave={(patch) => send({ type: 'annotation.update', id, patch })}
            onDelete={remove}
          />
        </>
      ) : (
        <p class="muted">{annotation === undefined ? 'Loading…' : 'This annotation no longer exists.'}</p>
      )}
      {error && <p role="alert">{error}</p>}
    </main>
  );
}
