import { useState } from 'preact/hooks';
import type { AnnotationPatch } from '@/utils/db/repo';
import { COLOR_LABELS, HIGHLIGHT_CSS } from '@/utils/highlight/colors';
import type { Result } from '@/utils/messaging/protocol';
import { type Annotation, COLORS, type Color } from '@/utils/types';

export interface NoteFormProps {
  annotation: Annotation;
  /** Saves the patch; the form says "Saved" only once this resolves ok (the write committed). */
  onSave: (patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete?: () => void;
  /** Prefix for element ids, unique per form on the page. */
  idPrefix: string;
}

/** Splits "a, b,  c" into trimmed, de-duplicated tags. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** Presentational form for an annotation's note, tags and colour. Keyboard-usable, every control labelled. */
export function NoteForm({ annotation, onSave, onDelete, idPrefix }: NoteFormProps) {
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [color, setColor] = useState<Color>(annotation.color);
  const [status, setStatus] = useState('');

  const save = async (e?: Event) => {
    e?.preventDefault();
    setStatus('Saving…');
    const r = await onSave({ note, tags: parseTags(tags), color });
    setStatus(r.ok ? 'Saved' : r.error);
  };

  return (
    <form
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
    >
      <label for={`${idPrefix}-note`}>Note</label>
      <textarea id={`${idPrefix}-note`} rows={4} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={`${idPrefix}-tags`}>Tags (comma-separated)</label>
      <input id={`${idPrefix}-tags`} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      <fieldset style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
        <legend class="muted" style={{ fontSize: '12px' }}>
          Color
        </legend>
        <div class="row" style={{ marginTop: '2px' }}>
          {COLORS.map((c) => (
            <label key={c} style={{ display: 'inline-flex', gap: '4px', alignItems: 'center', margin: 0 }}>
              <input
                type="radio"
                name={`${idPrefix}-color`}
                value={c}
                checked={color === c}
                onChange={() => setColor(c)}
                style={{ width: 'auto', display: 'inline' }}
              />
              <span style={{ background: HIGHLIGHT_CSS[c], padding: '0 4px', color: 'var(--fg)' }}>
                {COLOR_LABELS[c]}
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="row">
        <button type="submit" class="primary">
          Save
        </button>
        {onDelete && (
          <button type="button" class="danger" onClick={onDelete}>
            Delete
          </button>
        )}
        <span role="status" class="muted">
          {status}
        </span>
      </div>
    </form>
  );
}
