import { fold } from '@/utils/library/fold';
import type { IndexedNote, LibraryIndex } from '@/utils/library/search-index';
import type { Kind, Verdict } from '@/utils/types';

/**
 * Facet filters of the notes page (pure). Empty fields mean "any". Tags and speakers compare folded (case and
 * accents ignored), exactly; dates are calendar days in the reader's time zone, both ends included, against the
 * annotation's creation time.
 */

export interface Filters {
  site?: string;
  /** A tag, folded (as `facets` gives it). */
  tag?: string;
  kind?: Kind | '';
  verdict?: Verdict | '';
  /** A speaker, folded (as `facets` gives it). */
  speaker?: string;
  /** First day, `YYYY-MM-DD`. */
  from?: string;
  /** Last day, `YYYY-MM-DD`. */
  to?: string;
}

/** One value of a facet with how many annotations carry it. */
export interface Facet {
  /** What the filter compares (folded for tags and speakers). */
  value: string;
  /** How it reads (the first spelling met). */
  label: string;
  count: number;
}

/** True when any filter is set. */
export function isFiltered(f: Filters): boolean {
  return Object.values(f).some((v) => v !== undefined && v !== '');
}

/** Local midnight starting the day `YYYY-MM-DD`, or null when the text is not such a day. */
export function dayStart(day: string | undefined): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day ?? '');
  if (!m) return null;
  const t = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])).getTime();
  return Number.isNaN(t) ? null : t;
}

/** The filters as one predicate (fields compiled once, not per note). */
export function compileFilters(f: Filters): (n: IndexedNote) => boolean {
  const tests: ((n: IndexedNote) => boolean)[] = [];
  if (f.site) tests.push((n) => n.site === f.site);
  if (f.kind) tests.push((n) => n.annotation.kind === f.kind);
  if (f.verdict)
    tests.push((n) => n.annotation.kind === 'claim' && (n.annotation.verdict ?? 'unverified') === f.verdict);
  const folded = new Map<string, string>();
  const foldOnce = (raw: string) => {
    let v = folded.get(raw);
    if (v === undefined) {
      v = fold(raw.trim());
      folded.set(raw, v);
    }
    return v;
  };
  if (f.tag) {
    const tag = f.tag;
    tests.push((n) => n.annotation.tags.some((t) => foldOnce(t) === tag));
  }
  if (f.speaker) {
    const speaker = f.speaker;
    tests.push((n) => !!n.annotation.speaker && foldOnce(n.annotation.speaker) === speaker);
  }
  const from = dayStart(f.from);
  if (from !== null) tests.push((n) => n.annotation.createdAt >= from);
  const to = dayStart(f.to);
  if (to !== null) {
    const end = new Date(to).setDate(new Date(to).getDate() + 1);
    tests.push((n) => n.annotation.createdAt < end);
  }
  return (n) => tests.every((t) => t(n));
}

/** Counts values into facets; `fold` runs once per distinct spelling. */
class Tally {
  private map = new Map<string, Facet>();
  private folded = new Map<string, string>();
  constructor(private readonly key: (raw: string) => string) {}
  add(raw: string, times = 1): void {
    let value = this.folded.get(raw);
    if (value === undefined) {
      value = this.key(raw);
      this.folded.set(raw, value);
    }
    const f = this.map.get(value);
    if (f) f.count += times;
    else this.map.set(value, { value, label: raw, count: times });
  }
  sorted(): Facet[] {
    return [...this.map.values()].sort((a, b) => a.label.localeCompare(b.label));
  }
}

/** The values each facet can take in the whole library, alphabetically, with their counts. */
export function facets(index: LibraryIndex): { sites: Facet[]; tags: Facet[]; speakers: Facet[] } {
  const sites = new Tally((s) => s);
  const tags = new Tally(fold);
  const speakers = new Tally(fold);
  const seenPages = new Set<string>();
  for (const n of index.notes) {
    const a = n.annotation;
    if (!seenPages.has(a.pageUrl)) {
      seenPages.add(a.pageUrl);
      sites.add(n.site, index.counts.get(a.pageUrl) ?? 1);
    }
    for (let i = 0; i < a.tags.length; i++) {
      const t = a.tags[i].trim();
      if (t && a.tags.findIndex((x) => x.trim() === t) === i) tags.add(t);
    }
    const s = a.speaker?.trim();
    if (s) speakers.add(s);
  }
  return { sites: sites.sorted(), tags: tags.sorted(), speakers: speakers.sorted() };
}
