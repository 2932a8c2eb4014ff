/** The text model: what counts as page text, how whitespace folds, and offsets ↔ DOM both ways. */
import { buildTextModel, findText, offsetsFromRange, rangeFromOffsets, textOf } from '@/utils/anchoring';
import { isVirtual } from '@/utils/anchoring/segments';
import { parse } from './helpers';

const body = (html: string) => parse(`<!doctype html><html><body>${html}</body></html>`).body;

describe('textOf', () => {
  test.each([
    [
      'script, style, noscript and template',
      'a<script>x()</script><style>p{}</style><noscript>n</noscript><template>t</template>b',
      'ab',
    ],
    [
      'hidden attribute and inline display:none',
      'a<span hidden>h</span><span style="color:red; display : none">d</span>b',
      'ab',
    ],
    ['our own UI', 'a<div data-quotemark-ui>toolbar</div><quotemark-ui>note</quotemark-ui>b', 'ab'],
    ['whitespace runs, tabs, newlines and no-break spaces', 'a \n\t b\u00a0\u00a0c', 'a b c'],
    ['soft hyphens and zero-width spaces dropped', 'in\u00adcred\u200bible', 'incredible'],
    [
      'block boundaries are spaces, inline ones are not',
      '<p>one</p><p>two<b>three</b></p><div>four<br>five</div>',
      'one twothree four five',
    ],
    ['leading and trailing whitespace dropped', '  <p>  x  </p>  ', 'x'],
    ['typographic characters kept as they are', '<p>“Yes” — it’s</p>', '“Yes” — it’s'],
  ])('%s', (_name, html, expected) => {
    expect(textOf(body(html))).toBe(expected);
  });
});

describe('offsets and ranges', () => {
  const root = body('<p>Hello <b>brave</b>   new</p><p>world<i>!</i></p>');
  const model = buildTextModel(root);

  test('model text and folded text line up', () => {
    expect(model.text).toBe('Hello brave new world!');
    expect(model.folded.length).toBe(model.text.length);
  });

  test('every substring maps to a DOM range with the same text and back', () => {
    for (let s = 0; s < model.text.length; s++) {
      for (let e = s + 1; e <= model.text.length; e++) {
        // Added block-boundary spaces have no DOM character: a range cannot start or end on one.
        let [s2, e2] = [s, e];
        while (e2 > s2 && isVirtual(model, e2 - 1)) e2--;
        while (s2 < e2 && isVirtual(model, s2)) s2++;
        if (s2 === e2) continue;
        const range = rangeFromOffsets(model, s, e)!;
        const real = [...model.text.slice(s2, e2)].filter((_, k) => !isVirtual(model, s2 + k)).join('');
        expect(range.toString().replace(/\s+/g, ' ')).toBe(real);
        expect(offsetsFromRange(model, range)).toEqual({ start: s2, end: e2 });
      }
    }
  });

  test('boundaries in elements and in ignored text map to the nearest model text', () => {
    const other = body('<p>Hello <b>brave</b>   new</p><p>world<script>1</script>!</p>');
    const otherModel = buildTextModel(other);
    const range = other.ownerDocument.createRange();
    const [p1, p2] = other.querySelectorAll('p');
    range.setStart(p1, 1); // before <b>
    range.setEnd(p2.querySelector('script')!.firstChild!, 1); // inside the script
    expect(offsetsFromRange(otherModel, range)).toEqual({ start: 6, end: 21 });
    expect(otherModel.text.slice(6, 21)).toBe('brave new world');
  });

  test('findText matches across whitespace and typographic variants', () => {
    const m = buildTextModel(body('<p>He said “it’s  done” –\nfinally.</p><p>He said "it\'s done" - finally.</p>'));
    expect(findText(m, 'said "it\'s done" - finally')).toHaveLength(2);
    expect(findText(m, '')).toEqual([]);
  });
});
