/**
 * Script payloads shared by the hostile-content tests (page → popup/editor in hostile.test.ts, import → notes page →
 * exports in hostile-library.test.ts). Every payload that could run sets `window.__qmHit` and opens a dialog, so a
 * test sees it fire whichever way it runs.
 */

/** HTML-escapes text for a test page's markup (attributes included). */
export const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const P = {
  img: `<img src=x onerror="window.__qmHit='img';alert('img')">`,
  js: `javascript:window.__qmHit='js';alert('js')`,
  textarea: `</textarea><script>window.__qmHit='textarea';alert('textarea')</script>`,
  svg: `<svg onload="window.__qmHit='svg';alert('svg')"><circle r="9"/></svg>`,
  css: `</style><style>body{background:rgb(255,0,0)!important}</style><b style="background:url(javascript:alert('css'))">`,
  rtl: 'Invoice \u202Efdp.exe',
} as const;

/** 100k characters: the longest note or quote Quotemark stores. */
export const LONG = `${'A'.repeat(99_990)}END`;
