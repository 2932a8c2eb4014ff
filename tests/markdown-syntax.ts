/** Markdown checks shared by the export unit tests and the real-browser hostile-content tests. */

/** Positions of `ch` that Markdown reads as syntax: not preceded by an odd number of backslashes. */
export function live(text: string, ch: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(ch); i >= 0; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let j = i - 1; j >= 0 && text[j] === '\\'; j--) slashes++;
    if (slashes % 2 === 0) out.push(i);
  }
  return out;
}
