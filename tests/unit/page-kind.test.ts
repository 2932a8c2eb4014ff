// @vitest-environment happy-dom
import {
  hasText,
  holdsKeyboardFocus,
  isAnnotatable,
  MIN_FRAME_HEIGHT,
  MIN_FRAME_WIDTH,
  pageSupport,
  presenceIn,
} from '@/utils/page-kind';

const htmlDoc = (body: string) => new DOMParser().parseFromString(`<html><body>${body}</body></html>`, 'text/html');
const svgDoc = () =>
  new DOMParser().parseFromString('<svg xmlns="http://www.w3.org/2000/svg"><text>Chart</text></svg>', 'image/svg+xml');
const top = {
  innerWidth: 1280,
  innerHeight: 800,
  get top() {
    return this;
  },
};
const frame = (w: number, h: number) => ({ innerWidth: w, innerHeight: h, top: {} });

describe('page kind', () => {
  it('an HTML body is annotatable; an SVG document is not', () => {
    expect(isAnnotatable(htmlDoc('<p>x</p>'))).toBe(true);
    expect(isAnnotatable(svgDoc())).toBe(false);
  });

  it('finds text but not script or style source', () => {
    expect(hasText(htmlDoc('<div><span> </span><b>word</b></div>').body)).toBe(true);
    expect(hasText(htmlDoc('<script>var a = 1</script><style>p{}</style><img alt="x">\n ').body)).toBe(false);
  });

  it('the top frame annotates HTML and only answers the popup elsewhere', () => {
    expect(presenceIn(htmlDoc(''), top)).toBe('annotate');
    expect(presenceIn(svgDoc(), top)).toBe('answer');
  });

  it('a frame annotates only when it is big enough and holds text', () => {
    const text = htmlDoc('<p>Embedded report</p>');
    expect(presenceIn(text, frame(MIN_FRAME_WIDTH, MIN_FRAME_HEIGHT))).toBe('annotate');
    expect(presenceIn(text, frame(1, 1))).toBe('none');
    expect(presenceIn(text, frame(728, MIN_FRAME_HEIGHT - 1))).toBe('none');
    expect(presenceIn(htmlDoc('<img><script>x()</script>'), frame(300, 250))).toBe('none');
    expect(presenceIn(svgDoc(), frame(600, 400))).toBe('none');
  });
});

describe('what the popup says about a document type', () => {
  it.each([
    ['text/html', true, true, null],
    ['application/xhtml+xml', true, true, null],
    ['text/plain', true, true, null],
    ['application/json', true, true, /it is a JSON document, not an HTML page\. You can still highlight/],
    ['application/ld+json', true, true, /a JSON document/],
    ['text/csv', true, true, /a document of type text\/csv, not an HTML page/],
    ['image/svg+xml', false, false, /can’t read this page: it is an SVG image, not an HTML article/],
    ['application/xml', false, false, /it is a document of type application\/xml, not an HTML article/],
  ] as const)('%s (annotatable: %s)', (type, annotatable, supported, notice) => {
    const r = pageSupport(type, annotatable);
    expect(r.supported).toBe(supported);
    if (notice === null) expect(r.notice).toBeNull();
    else expect(r.notice).toMatch(notice);
  });
});

describe('which frame answers the keyboard shortcut', () => {
  /** A document whose focus state is set by hand (the test environment has no window focus to give). */
  function focusState(body: string, focused: boolean, activeSelector: string | null, shadowActive?: string) {
    const doc = htmlDoc(body);
    const active: Element | null = activeSelector ? doc.querySelector(activeSelector) : doc.body;
    if (active && shadowActive) {
      const root = active.attachShadow({ mode: 'open' });
      root.innerHTML = shadowActive;
      Object.defineProperty(root, 'activeElement', { get: () => root.firstElementChild });
    }
    Object.defineProperty(doc, 'hasFocus', { value: () => focused });
    Object.defineProperty(doc, 'activeElement', { get: () => active });
    return doc;
  }

  it.each([
    ['focused, the body active', focusState('<p>x</p>', true, null), false, true],
    ['focused, a text field active', focusState('<input>', true, 'input'), false, true],
    ['focused through a child frame', focusState('<iframe></iframe>', true, 'iframe'), true, false],
    [
      'focused through a frame inside a web component',
      focusState('<x-app></x-app>', true, 'x-app', '<iframe></iframe>'),
      true,
      false,
    ],
    ['not focused, top document', focusState('<p>x</p>', false, null), true, true],
    ['not focused, a frame', focusState('<p>x</p>', false, null), false, false],
  ])('%s', (_name, doc, isTop, acts) => {
    expect(holdsKeyboardFocus(doc, isTop)).toBe(acts);
  });
});
