import { type Evidence, STANCES, type Stance } from '@/utils/types';

const STANCE_LABELS: Record<Stance, string> = { supports: 'Supports', refutes: 'Refutes', context: 'Context' };

export interface EvidenceListProps {
  items: Evidence[];
  onChange: (items: Evidence[]) => void;
  idPrefix: string;
}

/** Editable list of evidence links, each marked as supporting, refuting or giving context. */
export function EvidenceList({ items, onChange, idPrefix }: EvidenceListProps) {
  const set = (i: number, patch: Partial<Evidence>) =>
    onChange(items.map((e, j) => (j === i ? { ...e, ...patch } : e)));
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '6px 0 0' }}>
      <legend class="muted" style={{ fontSize: '12px' }}>
        Evidence
      </legend>
      {items.map((e, i) => (
        <div key={i} class="row" style={{ marginTop: '2px' }}>
          <input
            aria-label={`Evidence ${i + 1} link`}
            id={`${idPrefix}-ev-${i}`}
            type="url"
            placeholder="https://…"
            value={e.url}
            onInput={(ev) => set(i, { url: ev.currentTarget.value })}
            style={{ flex: '1 1 140px' }}
          />
          <select
            aria-label={`Evidence ${i + 1} stance`}
            value={e.stance}
            onChange={(ev) => set(i, { stance: ev.currentTarget.value as Stance })}
          >
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {STANCE_LABELS[s]}
              </option>
            ))}
          </select>
          <input
            aria-label={`Evidence ${i + 1} title`}
            placeholder="Title (optional)"
            value={e.title ?? ''}
            onInput={(ev) => set(i, { title: ev.currentTarget.value })}
            style={{ flex: '1 1 100px' }}
          />
          <button
            type="button"
            aria-label={`Remove evidence ${i + 1}`}
            onClick={() => onChange(items.filter((_, j) => j !== i))}
          >
            ✕
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...items, { url: '', stance: 'supports' }])}>
        Add evidence
      </button>
    </fieldset>
  );
}

/** Drops empty rows and empty titles before saving. */
export function cleanEvidence(items: Evidence[]): Evidence[] {
  return items
    .filter((e) => e.url.trim())
    .map((e) => ({ url: e.url.trim(), stance: e.stance, ...(e.title?.trim() ? { title: e.title.trim() } : {}) }));
}

/** Why the evidence can't be saved (a link that isn't http(s), e.g. `javascript:`), or null. The background refuses
 * such links too; this says it in the reader's words before the round trip. */
export function evidenceProblem(items: Evidence[]): string | null {
  const bad = items.findIndex((e) => e.url.trim() && !/^https?:\/\//i.test(e.url.trim()));
  return bad < 0 ? null : `Not saved: evidence link ${bad + 1} must start with http:// or https://.`;
}
