/**
 * Plain text of an element, one paragraph per block (DOM, no extension APIs).
 */

/** Elements that start and end a paragraph of their own. Table rows are blocks; their cells are joined by spaces. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HGROUP',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TR',
  'UL',
]);

/** Elements whose content is never read as text. */
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'svg', 'SVG', 'math', 'MATH']);

const CELLS = new Set(['TD', 'TH']);

/**
 * The text of `root` as paragraphs separated by "\n\n".
 *
 * Every block element (p, h1–h6, li, blockquote, pre, figcaption, div, tr…) makes its own paragraph; inside a
 * paragraph runs of whitespace collapse to one space and a `<br>` becomes a single "\n" (line breaks in verse and
 * addresses stay visible without splitting the paragraph). `<pre>` keeps its spacing but not its blank lines, so
 * "\n\n" always means a paragraph break. Table cells in a row are joined by a space. Scripts, styles, SVG and
 * MathML are skipped.
 * Trade-off: CSS is not consulted (the input is Readability's detached output), so `display` overrides and
 * hidden elements are not seen.
 */
export function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  let holdsPre = false;

  const flush = (): void => {
    const lines = current
      .replace(/\r\n?/g, '\n')
      .split('\n')
      .map((line) => (holdsPre ? line.replace(/\s+$/, '') : line.trim()))
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
    holdsPre = false;
  };

  const addInline = (text: string): void => {
    const collapsed = text.replace(/[ \t\n\r\f]+/g, ' ');
    current += current.endsWith(' ') || current.endsWith('\n') ? collapsed.replace(/^ /, '') : collapsed;
  };

  const walk = (node: Node, pre: boolean): void => {
    if (node.nodeType === 3) {
      if (pre) {
        current += node.nodeValue ?? '';
        holdsPre = true;
      } else addInline(node.nodeValue ?? '');
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const tag = (node as Element).tagName ?? '';
    if (SKIPPED.has(tag)) return;
    if (tag === 'BR') {
      current = `${current.replace(/ $/, '')}\n`;
      return;
    }
    const block = BLOCKS.has(tag);
    if (block) flush();
    if (CELLS.has(tag)) addInline(' ');
    const inPre = pre || tag === 'PRE';
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inPre);
    if (block) flush();
    else if (CELLS.has(tag)) addInline(' ');
  };

  walk(root, false);
  flush();
  return paragraphs.join('\n\n');
}
