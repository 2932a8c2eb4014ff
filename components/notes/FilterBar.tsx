import type { Facet, Filters, SortKey } from '@/utils/library';
import { SORT_LABELS, SORTS } from '@/utils/library';
import { KINDS, VERDICTS } from '@/utils/types';
import { verdictLabel } from '@/utils/verdicts';

/** Props of FilterBar. */
export interface FilterBarProps {
  filters: Filters;
  sort: SortKey;
  facets: { sites: Facet[]; tags: Facet[]; speakers: Facet[] };
  onFilters: (next: Filters) => void;
  onSort: (sort: SortKey) => void;
}

const KIND_LABELS = { highlight: 'Highlights', quote: 'Quotes', claim: 'Claims' } as const;

interface PickProps {
  label: string;
  value: string;
  options: { value: string; label: string }[];
  onChange: (value: string) => void;
}

/** A labelled select with an "Any" choice first. */
function Pick({ label, value, options, onChange }: PickProps) {
  const id = `filter-${label.toLowerCase()}`;
  return (
    <div class="filter">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">Any</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

const fromFacets = (list: Facet[]) => list.map((f) => ({ value: f.value, label: `${f.label} (${f.count})` }));

/** Filters (site, tag, kind, verdict, speaker, date range) and the sort order; every control labelled. */
export function FilterBar({ filters, sort, facets, onFilters, onSort }: FilterBarProps) {
  const set = (patch: Partial<Filters>) => onFilters({ ...filters, ...patch });
  const any = Object.values(filters).some(Boolean);
  return (
    <fieldset class="filters">
      <legend class="sr-only">Filters</legend>
      <Pick
        label="Site"
        value={filters.site ?? ''}
        options={fromFacets(facets.sites)}
        onChange={(site) => set({ site })}
      />
      <Pick label="Tag" value={filters.tag ?? ''} options={fromFacets(facets.tags)} onChange={(tag) => set({ tag })} />
      <Pick
        label="Kind"
        value={filters.kind ?? ''}
        options={KINDS.map((k) => ({ value: k, label: KIND_LABELS[k] }))}
        onChange={(kind) => set({ kind: kind as Filters['kind'] })}
      />
      <Pick
        label="Verdict"
        value={filters.verdict ?? ''}
        options={VERDICTS.map((v) => ({ value: v, label: verdictLabel(v) }))}
        onChange={(verdict) => set({ verdict: verdict as Filters['verdict'] })}
      />
      <Pick
        label="Speaker"
        value={filters.speaker ?? ''}
        options={fromFacets(facets.speakers)}
        onChange={(speaker) => set({ speaker })}
      />
      <div class="filter">
        <label for="filter-from">From</label>
        <input
          id="filter-from"
          type="date"
          value={filters.from ?? ''}
          onInput={(e) => set({ from: e.currentTarget.value })}
        />
      </div>
      <div class="filter">
        <label for="filter-to">To</label>
        <input
          id="filter-to"
          type="date"
          value={filters.to ?? ''}
          onInput={(e) => set({ to: e.currentTarget.value })}
        />
      </div>
      <div class="filter">
        <label for="filter-sort">Sort</label>
        <select id="filter-sort" value={sort} onChange={(e) => onSort(e.currentTarget.value as SortKey)}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
      </div>
      {any && (
        <button type="button" class="filter-clear" onClick={() => onFilters({})}>
          Clear filters
        </button>
      )}
    </fieldset>
  );
}
