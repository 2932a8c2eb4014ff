// @vitest-environment happy-dom
/** Which selections can be highlighted: text in open shadow roots can; closed roots, our own UI and fields can't. */
import { selectionProblem } from '@/utils/highlight/selection-checks';

function rangeIn(node: Node, from = 0, to = (node as Text).data.length): Range {
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  return range;
}

describe('selectionProblem', () => {
  beforeEach(() => {
    document.body.innerHTML = '<p>Light text.</p><x-open></x-open><x-closed></x-closed><quotemark-ui></quotemark-ui>';
  });

  test('text in the page and in an open shadow root can be highlighted', () => {
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<p>Open component text.</p>';
    expect(selectionProblem(rangeIn(document.querySelector('p')!.firstChild!))).toBeNull();
    expect(selectionProblem(rangeIn(open.querySelector('p')!.firstChild!))).toBeNull();
  });

  test('text in a closed shadow root is refused, saying why', () => {
    const closed = document.querySelector('x-closed')!.attachShadow({ mode: 'closed' });
    closed.innerHTML = '<p>Closed component text.</p>';
    expect(selectionProblem(rangeIn(closed.querySelector('p')!.firstChild!))).toMatch(/closed component/);
  });

  test('our own UI and fields inside a shadow root are refused, as outside one', () => {
    const ui = document.querySelector('quotemark-ui')!.attachShadow({ mode: 'open' });
    ui.innerHTML = '<div>Highlight</div>';
    expect(selectionProblem(rangeIn(ui.querySelector('div')!.firstChild!))).toMatch(/not text inside form fields/);
    const open = document.querySelector('x-open')!.attachShadow({ mode: 'open' });
    open.innerHTML = '<label><select><option>Choice text</option></select></label>';
    expect(selectionProblem(rangeIn(open.querySelector('option')!.firstChild!))).toMatch(/not text inside form fields/);
  });

  test('an empty selection is refused', () => {
    expect(selectionProblem(rangeIn(document.querySelector('p')!.firstChild!, 2, 2))).toMatch(/empty/);
  });
});
