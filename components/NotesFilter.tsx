import { type Annotation, KINDS, type Kind, VERDICTS, type Verdict } from '@/utils/types';
import { VERDICT_INFO } from '@/utils/verdicts';

export interface KindVerdictFilter {
  kind: Kind | 'all';
  verdict: Verdict | 'all';
}

/** True when `a` passes the filter (a verdict filter keeps only claims with that verdict). */
export function matchesFilter(a: Pick<Annotation, 'kind' | 'verdict'>, f: KindVerdictFilter): boolean {
  if (f.kind !== 'all' && a.kind !== f.kind) return false;
  if (f.verdict !== 'all' && (a.kind !== 'claim' || (a.verdict ?? 'unverified') !== f.verdict)) return false;
  return true;
}

const KIND_LABELS: Record<Kind, string> = { highlight: 'Highlights', quote: 'Quotes', claim: 'Claims' };

/** Two selects: show notes of one kind and/or claims of one verdict. */
export function NotesFilter({
  value,
  onChange,
}: {
  value: KindVerdictFilter;
  onChange: (f: KindVerdictFilter) => void;
}) {
  return (
    <div class="row">
      <label style={{ margin: 0 }}>
        Show{' '}
        <select
          value={value.kind}
          onChange={(e) => onChange({ ...value, kind: e.currentTarget.value as Kind | 'all' })}
        >
          <option value="all">All kinds</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label style={{ margin: 0 }}>
        Verdict{' '}
        <select
          value={value.verdict}
          onChange={(e) => onChange({ ...value, verdict: e.currentTarget.value as Verdict | 'all' })}
        >
          <option value="all">Any verdict</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_INFO[v].label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
