/**
 * Character normalisation shared by the text model and the matcher (pure, no DOM).
 * Two levels: `collapse` decides what the text model *shows* (whitespace runs → one space, invisible
 * characters dropped), `foldChar` maps typographic variants onto one code unit so matching treats them as
 * equal. Folding is 1:1 per UTF-16 unit, so offsets into folded text are offsets into the model text.
 */

/** True for code units the model treats as whitespace (collapsed into one space). */
export function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/** True for invisible code units the model drops (soft hyphen, zero-width space/joiners, word joiner, BOM). */
export function isInvisible(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff;
}

/** Maps one code unit to its matching form: curly quotes → straight, dash variants → '-', else unchanged. */
export function foldChar(c: number): number {
  if (c < 0x2010) return c === 0xb4 || c === 0x60 ? 39 : c;
  if (c <= 0x2015) return 45; // ‐ ‑ ‒ – — ―
  if (c === 0x2212) return 45; // minus sign
  if (c >= 0x2018 && c <= 0x201b) return 39; // ‘ ’ ‚ ‛
  if (c >= 0x201c && c <= 0x201f) return 34; // “ ” „ ‟
  if (c === 0x2032) return 39; // prime
  if (c === 0x2033) return 34; // double prime
  return c;
}

/** Whitespace other than a single plain space, or an invisible character: collapse has work to do. */
const UNCOLLAPSED = /[^\S ]| {2}|[\u00ad\u200b-\u200d\u2060]/;

/** Collapses each whitespace run (edges included) to one space and drops invisible characters. */
export function collapse(s: string): string {
  // Selectors we wrote hold model text, already collapsed: skip the character loop for them.
  if (!UNCOLLAPSED.test(s)) return s;
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isInvisible(c)) continue;
    if (isSpace(c)) {
      space = true;
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += s[i];
  }
  return space ? `${out} ` : out;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const SINGLE_QUOTES = /[\u0060\u00b4\u2018-\u201b\u2032]/g;
const DOUBLE_QUOTES = /[\u201c-\u201f\u2033]/g;

/** Folds every code unit of a string as foldChar does (same length, same offsets), in three native replaces. */
export function fold(s: string): string {
  return s.replace(DASHES, '-').replace(SINGLE_QUOTES, "'").replace(DOUBLE_QUOTES, '"');
}

/** The matching form of a selector string: collapsed then folded. Leading/trailing spaces are kept as one space. */
export function normalize(s: string): string {
  return fold(collapse(s));
}
