import DOMPurify from 'dompurify';

/** Elements an article never needs in a reader view, and that could act or load something if kept. */
const FORBID_TAGS = [
  'style',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'iframe',
  'frame',
  'object',
  'embed',
  'link',
  'meta',
  'base',
  'video',
  'audio',
  'source',
  'track',
  'svg',
  'math',
];
const FORBID_ATTR = ['style', 'srcset', 'ping', 'formaction', 'background', 'poster'];

/**
 * Sanitises Readability's article HTML for the reader view with DOMPurify: no scripts, handlers, forms, frames,
 * styles or media; links only http(s) and open in a new tab without referrer; images are kept only as http(s) or data:
 * and load lazily (the reader page's CSP allows nothing else to load). `win` is the window whose DOM parses it (the
 * reader page). Throws rather than return unsanitised HTML where DOMPurify reports it cannot run. Tested in real Chromium only: on happy-dom DOMPurify runs but does not sanitise correctly.
 */
export function sanitizeArticleHtml(html: string, win: Window & typeof globalThis = window): string {
  const purify = DOMPurify(win);
  // DOMPurify hands back its input untouched on a DOM it can't work with: refuse rather than render that.
  if (!purify.isSupported) throw new Error('This browser cannot sanitise the article, so it is not shown.');
  purify.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href') ?? '';
      if (!/^https?:/i.test(href)) node.removeAttribute('href');
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
    if (node.nodeName === 'IMG') {
      const src = node.getAttribute('src') ?? '';
      if (!/^(https?:|data:image\/)/i.test(src)) node.removeAttribute('src');
      node.setAttribute('loading', 'lazy');
      node.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  return purify.sanitize(html, { FORBID_TAGS, FORBID_ATTR, ALLOW_DATA_ATTR: false });
}
