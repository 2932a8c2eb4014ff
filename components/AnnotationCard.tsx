import { NoteForm } from '@/components/NoteForm';
import type { AnnotationPatch } from '@/utils/db/repo';
import type { Result } from '@/utils/messaging/protocol';
import type { Annotation } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

export interface AnnotationCardProps {
  annotation: Annotation;
  onGo?: () => void;
  onSave: (patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete: () => void;
  /** An extra line under the quote (e.g. "Not found in this copy of the article."). */
  note?: string;
}

const STATUS_TEXT: Record<string, string> = {
  moved: 'Moved on the page',
  changed: 'Text changed since you highlighted it',
  orphan: 'Not found on this page',
};

/** One annotation: its quote (a button that scrolls the page to it), anchoring status, and its note form. */
export function AnnotationCard({ annotation, onGo, onSave, onDelete, note }: AnnotationCardProps) {
  const status = annotation.anchor?.status;
  return (
    <li
      style={{
        listStyle: 'none',
        padding: '8px',
        border: '1px solid var(--line)',
        borderRadius: '8px',
        margin: '8px 0',
      }}
      aria-label={`Annotation: ${annotation.quote.slice(0, 80)}`}
    >
      {onGo ? (
        <button
          type="button"
          onClick={onGo}
          title="Show on the page"
          style={{ all: 'unset', cursor: 'pointer', display: 'block' }}
          aria-label={`Go to “${annotation.quote.slice(0, 60)}”`}
        >
          <blockquote>{annotation.quote}</blockquote>
        </button>
      ) : (
        <blockquote>{annotation.quote}</blockquote>
      )}
      {annotation.kind !== 'highlight' && (
        <p style={{ margin: '4px 0 0', fontSize: '12px' }}>
          <strong>{annotation.kind === 'claim' ? 'Claim' : 'Quote'}</strong>
          {annotation.speaker ? ` · ${annotation.speaker}` : ''}
          {annotation.kind === 'claim' ? ` · Verdict: ${verdictLabel(annotation.verdict)}` : ''}
        </p>
      )}
      {note && (
        <p class="muted" style={{ margin: '4px 0 0', fontSize: '12px' }}>
          {note}
        </p>
      )}
      {status && status !== 'exact' && (
        <p class="muted" style={{ margin: '4px 0 0', fontSize: '12px' }}>
          {STATUS_TEXT[status]}
          {status === 'changed' && annotation.anchor?.text ? (
            <>
              {' — now: '}
              <q>{annotation.anchor.text}</q>
            </>
          ) : null}
        </p>
      )}
      <NoteForm idPrefix={`a-${annotation.id}`} annotation={annotation} onSave={onSave} onDelete={onDelete} />
    </li>
  );
}
