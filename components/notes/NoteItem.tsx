import { useState } from 'preact/hooks';
import { NoteForm } from '@/components/NoteForm';
import { formatDay } from '@/components/notes/format';
import type { AnnotationPatch } from '@/utils/db/repo';
import { passageUrl } from '@/utils/export';
import type { Result } from '@/utils/messaging/protocol';
import type { Annotation } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

/** Props of NoteItem. */
export interface NoteItemProps {
  annotation: Annotation;
  onSave: (patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete: () => void;
}

const KIND_LABEL = { highlight: 'Highlight', quote: 'Quote', claim: 'Claim' } as const;
const STATUS_TEXT = {
  moved: 'Moved on the page',
  changed: 'Text changed on the page',
  orphan: 'Not found on the page',
};
const isHttp = (url: string | null): url is string => !!url && /^https?:\/\//i.test(url);

/**
 * One annotation on the notes page: quote, who said it, verdict, evidence, note and tags as plain text (page content
 * is hostile: only http(s) links), with Edit (the shared NoteForm, in place) and Delete.
 */
export function NoteItem({ annotation: a, onSave, onDelete }: NoteItemProps) {
  const [editing, setEditing] = useState(false);
  const link = passageUrl(a.pageUrl, a.selectors, a.quote);
  const status = a.anchor?.status;
  const meta = [
    KIND_LABEL[a.kind],
    a.speaker?.trim() ? `— ${a.speaker}` : '',
    a.kind === 'claim' ? `Verdict: ${verdictLabel(a.verdict)}` : '',
    formatDay(a.createdAt),
    status && status !== 'exact' ? STATUS_TEXT[status] : '',
  ].filter(Boolean);
  return (
    <li class="note-item" aria-label={`Annotation: ${a.quote.slice(0, 80)}`}>
      <blockquote class={`note-quote note-${a.color}`}>{a.quote}</blockquote>
      <p class="muted note-meta">{meta.join(' · ')}</p>
      {a.note.trim() && <p class="note-text">{a.note}</p>}
      {a.evidence && a.evidence.length > 0 && (
        <ul class="note-evidence" aria-label="Evidence">
          {a.evidence.map((e) => (
            <li key={e.url}>
              {e.stance}:{' '}
              {isHttp(e.url) ? (
                <a href={e.url} target="_blank" rel="noopener noreferrer">
                  {e.title || e.url}
                </a>
              ) : (
                e.title || e.url
              )}
            </li>
          ))}
        </ul>
      )}
      {a.tags.length > 0 && (
        <ul class="note-tags" aria-label="Tags">
          {a.tags.map((t) => (
            <li key={t}>{t}</li>
          ))}
        </ul>
      )}
      <div class="row">
        <button type="button" aria-expanded={editing} onClick={() => setEditing(!editing)}>
          {editing ? 'Done' : 'Edit'}
        </button>
        <button type="button" class="danger" onClick={onDelete}>
          Delete
        </button>
        {isHttp(link) && (
          <a href={link} target="_blank" rel="noopener noreferrer">
            Open passage
          </a>
        )}
      </div>
      {editing && <NoteForm idPrefix={`n-${a.id}`} annotation={a} onSave={onSave} />}
    </li>
  );
}
