/** Times a step as a `performance.measure` entry, keeping only the latest (scripts/bench-library.mjs reads them). */
export function measure(name: string, start: number, end = performance.now()): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end });
}

/** Marks a moment once per page load (first render, everything indexed). */
export function markOnce(name: string): void {
  if (performance.getEntriesByName(name).length === 0) performance.mark(name);
}
