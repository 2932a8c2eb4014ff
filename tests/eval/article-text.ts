/**
 * Test helper: an article's plain text from HTML, as the extractor gives it to the quote detector —
 * block elements become paragraphs joined by "\n\n", whitespace inside a paragraph collapsed.
 * `readabilityText` runs Mozilla Readability first (for a whole page); `htmlToArticleText` takes
 * HTML that is already an article (a corpus page's expected.html).
 */
import { Readability } from '@mozilla/readability';
import { Window } from 'happy-dom';

const BLOCKS = new Set(
  'P DIV H1 H2 H3 H4 H5 H6 LI UL OL BLOCKQUOTE PRE FIGCAPTION FIGURE TABLE TR TD TH SECTION ARTICLE HEADER FOOTER ASIDE BR HR DL DT DD'.split(
    ' ',
  ),
);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** Plain text of a DOM subtree, one paragraph per block element. */
export function blockText(root: DomNode): string {
  const parts: string[] = [];
  const walk = (n: DomNode) => {
    if (n.nodeType === 3) {
      parts.push(n.textContent ?? '');
      return;
    }
    if (n.nodeType !== 1 || n.nodeName === 'SCRIPT' || n.nodeName === 'STYLE') return;
    const block = BLOCKS.has(n.nodeName);
    if (block) parts.push('\n\n');
    for (let i = 0; i < n.childNodes.length; i++) walk(n.childNodes[i]);
    if (block) parts.push('\n\n');
  };
  walk(root);
  return parts
    .join('')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

/** Article text of HTML that is already the article (e.g. Readability's output). */
export function htmlToArticleText(html: string): string {
  const window = new Window();
  try {
    window.document.body.innerHTML = html;
    return blockText(window.document.body as unknown as DomNode);
  } finally {
    window.close();
  }
}

/** Article text of a whole page: Readability's content, then `htmlToArticleText`. */
export function readabilityText(html: string, url = 'https://example.test/article'): string {
  const window = new Window({ url });
  try {
    window.document.write(html);
    const article = new Readability(window.document as unknown as Document).parse();
    if (!article?.content) throw new Error('Readability found no article');
    return htmlToArticleText(article.content);
  } finally {
    window.close();
  }
}
