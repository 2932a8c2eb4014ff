/**
 * Whether two stored records hold the same data: plain JSON-like values (objects, arrays, strings, numbers,
 * booleans, null) compared deeply, key order ignored, and a key whose value is `undefined` counted as absent (a
 * structured clone keeps such keys; JSON drops them). Pure. Used to skip writing what an import would leave as it
 * is: an IndexedDB write costs far more than this comparison.
 */
export function sameRecord(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  // NaN never reaches a record (valibot and JSON refuse it), so `===` decides everything but objects.
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const list = Array.isArray(a);
  if (list !== Array.isArray(b)) return false;
  if (list) {
    const x = a as unknown[];
    const y = b as unknown[];
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (!sameRecord(x[i], y[i])) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  let defined = 0;
  for (const key of Object.keys(x)) {
    if (x[key] === undefined) continue;
    if (!Object.hasOwn(y, key) || !sameRecord(x[key], y[key])) return false;
    defined++;
  }
  for (const key of Object.keys(y)) if (y[key] !== undefined) defined--;
  return defined === 0;
}
