import type { Annotation, TextPositionSelector } from '@/utils/types';

/** Where an annotation starts in its page's text (TextPositionSelector), or +Infinity when it has none. */
export function startOf(a: Pick<Annotation, 'selectors'>): number {
  const pos = a.selectors.find((s): s is TextPositionSelector => s.type === 'TextPositionSelector');
  return pos ? pos.start : Number.POSITIVE_INFINITY;
}

/** Sorts annotations into reading order (by position on the page, then creation time); returns a new array. */
export function inReadingOrder<T extends Pick<Annotation, 'selectors' | 'createdAt'>>(list: readonly T[]): T[] {
  // Each start is looked up once, not once per comparison (exports sort 50,000 annotations).
  const keyed = list.map((a) => ({ a, start: startOf(a) }));
  keyed.sort((x, y) => x.start - y.start || x.a.createdAt - y.a.createdAt);
  return keyed.map((k) => k.a);
}
