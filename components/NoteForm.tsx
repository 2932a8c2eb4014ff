import { useState } from 'preact/hooks';
import { cleanEvidence, EvidenceList, evidenceProblem } from '@/components/EvidenceList';
import type { AnnotationPatch } from '@/utils/db/repo';
import { COLOR_LABELS, HIGHLIGHT_CSS } from '@/utils/highlight/colors';
import type { Result } from '@/utils/messaging/protocol';
import {
  type Annotation,
  COLORS,
  type Color,
  type Evidence,
  KINDS,
  type Kind,
  VERDICTS,
  type Verdict,
} from '@/utils/types';
import { VERDICT_INFO } from '@/utils/verdicts';

export interface NoteFormProps {
  annotation: Annotation;
  /** Saves the patch; the form says "Saved" only once this resolves ok (the write committed). */
  onSave: (patch: AnnotationPatch) => Promise<Result<unknown>>;
  onDelete?: () => void;
  /** Prefix for element ids, unique per form on the page. */
  idPrefix: string;
}

const KIND_LABELS: Record<Kind, string> = { highlight: 'Highlight', quote: 'Quote', claim: 'Claim' };

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

/**
 * Presentational form for an annotation: kind, speaker (quotes and claims), verdict and evidence (claims), note, tags
 * and colour. Keyboard-usable, every control labelled; Ctrl/⌘+Enter saves.
 */
export function NoteForm({ annotation, onSave, onDelete, idPrefix }: NoteFormProps) {
  const [kind, setKind] = useState<Kind>(annotation.kind);
  const [speaker, setSpeaker] = useState(annotation.speaker ?? '');
  const [verdict, setVerdict] = useState<Verdict>(annotation.verdict ?? 'unverified');
  const [evidence, setEvidence] = useState<Evidence[]>(annotation.evidence ?? []);
  const [note, setNote] = useState(annotation.note);
  const [tags, setTags] = useState(annotation.tags.join(', '));
  const [color, setColor] = useState<Color>(annotation.color);
  const [status, setStatus] = useState('');
  const id = (name: string) => `${idPrefix}-${name}`;

  const save = async (e?: Event) => {
    e?.preventDefault();
    const problem = kind === 'claim' ? evidenceProblem(evidence) : null;
    if (problem) return setStatus(problem);
    setStatus('Saving…');
    const patch: AnnotationPatch = { kind, note, tags: parseTags(tags), color };
    if (kind !== 'highlight') patch.speaker = speaker.trim() || null;
    if (kind === 'claim') Object.assign(patch, { verdict, evidence: cleanEvidence(evidence) });
    const r = await onSave(patch);
    setStatus(r.ok ? 'Saved' : r.error);
  };

  return (
    <form
      onSubmit={save}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save(e);
      }}
    >
      <div class="row" style={{ marginTop: '4px' }}>
        <label for={id('kind')} style={{ margin: 0 }}>
          Kind
        </label>
        <select id={id('kind')} value={kind} onChange={(e) => setKind(e.currentTarget.value as Kind)}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
        {kind === 'claim' && (
          <>
            <label for={id('verdict')} style={{ margin: 0 }}>
              Verdict
            </label>
            <select id={id('verdict')} value={verdict} onChange={(e) => setVerdict(e.currentTarget.value as Verdict)}>
              {VERDICTS.map((v) => (
                <option key={v} value={v} title={VERDICT_INFO[v].description}>
                  {VERDICT_INFO[v].label}
                </option>
              ))}
            </select>
          </>
        )}
      </div>
      {kind !== 'highlight' && (
        <>
          <label for={id('speaker')}>Speaker</label>
          <input id={id('speaker')} value={speaker} onInput={(e) => setSpeaker(e.currentTarget.value)} />
        </>
      )}
      {kind === 'claim' && <EvidenceList items={evidence} onChange={setEvidence} idPrefix={idPrefix} />}
      <label for={id('note')}>Note</label>
      <textarea id={id('note')} rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <label for={id('tags')}>Tags (comma-separated)</label>
      <input id={id('tags')} value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      {kind !== 'claim' && (
        <fieldset style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
          <legend class="muted" style={{ fontSize: '12px' }}>
            Color
          </legend>
          <div class="row" style={{ marginTop: '2px' }}>
            {COLORS.map((c) => (
              <label key={c} style={{ display: 'inline-flex', gap: '4px', alignItems: 'center', margin: 0 }}>
                <input
                  type="radio"
                  name={id('color')}
                  value={c}
                  checked={color === c}
                  onChange={() => setColor(c)}
                  style={{ width: 'auto', display: 'inline' }}
                />
                {/* The swatch shows the highlight as it looks on a white page, dark text on it in either theme. */}
                <span style={{ background: '#fff', color: '#1f2328', borderRadius: '3px' }}>
                  <span style={{ background: HIGHLIGHT_CSS[c], padding: '0 4px', display: 'inline-block' }}>
                    {COLOR_LABELS[c]}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
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
