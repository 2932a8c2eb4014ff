/** Open shadow roots and slots: the text model reads the page as rendered, and anchoring round-trips inside them. */
import {
  anchorSelectors,
  buildTextModel,
  describeRange,
  findText,
  offsetsFromRange,
  rangeFromOffsets,
  textOf,
} from '@/utils/anchoring';
import { parse } from './helpers';

/**
 * A page with a component: its open shadow root holds text, a named slot showing a light child, a hidden span, an
 * inline style display:none, and a slot with nothing assigned (showing its fallback). `<b>` is assigned to no slot.
 */
function page(mode: 'open' | 'closed' = 'open') {
  const doc = parse(
    '<!doctype html><html><body><p>Before the component.</p>' +
      '<x-el><span slot="s">Slotted words</span><b>Unslotted light text</b></x-el>' +
      '<p>After the component.</p></body></html>',
  );
  const host = doc.querySelector('x-el')!;
  const shadow = host.attachShadow({ mode });
  shadow.innerHTML =
    '<p>Shadow paragraph one.</p><p>Starts <slot name="s">unused fallback</slot> and ends.</p>' +
    '<span hidden>hidden secret</span><i style="display: none">styled secret</i><slot name="none">Fallback text</slot>';
  return { doc, host, shadow };
}

describe('text model with shadow roots', () => {
  test('an open root is read as rendered: shadow text, slotted nodes, fallbacks; no unslotted or hidden text', () => {
    const { doc, shadow } = page();
    const model = buildTextModel(doc.body);
    expect(model.text).toBe(
      'Before the component. Shadow paragraph one. Starts Slotted words and ends. Fallback text After the component.',
    );
    expect(model.shadowRoots).toEqual([shadow]);
  });

  test('a closed root can’t be read: its host’s light children stand in for it', () => {
    const { doc } = page('closed');
    expect(textOf(doc.body)).toBe('Before the component. Slotted wordsUnslotted light text After the component.');
  });

  test('a page without shadow roots reads no shadow roots', () => {
    const doc = parse('<!doctype html><html><body><p>Plain <slot>page</slot>.</p></body></html>');
    const model = buildTextModel(doc.body);
    expect(model.text).toBe('Plain page.');
    expect(model.shadowRoots).toEqual([]);
  });

  test('every passage inside one tree maps to a Range with its text and back; passages across trees map to null', () => {
    const { doc, shadow } = page();
    const model = buildTextModel(doc.body);
    const words = [...model.text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    let crossing = 0;
    for (let a = 0; a < words.length; a++) {
      for (let b = a; b < words.length; b++) {
        const { start } = words[a];
        const { end } = words[b];
        const range = rangeFromOffsets(model, start, end);
        if (!range) {
          crossing++;
          continue;
        }
        expect(range.startContainer.getRootNode()).toBe(range.endContainer.getRootNode());
        expect(offsetsFromRange(model, range)).toEqual({ start, end });
      }
    }
    // "Before…" to anything in the component, the component to "After…": those can't be one Range.
    expect(crossing).toBeGreaterThan(0);
    const inside = rangeFromOffsets(model, model.text.indexOf('paragraph'), model.text.indexOf('Starts') + 6)!;
    expect(inside.startContainer.getRootNode()).toBe(shadow);
    expect(inside.toString()).toBe('paragraph one.Starts');
    // "Starts" is in the shadow root, the slotted words after it are not.
    expect(rangeFromOffsets(model, model.text.indexOf('Starts'), model.text.indexOf(' words'))).toBeNull();
    // Slotted text is light DOM: a passage inside it is a Range of the document.
    const slotted = rangeFromOffsets(model, model.text.indexOf('Slotted'), model.text.indexOf(' words'))!;
    expect(slotted.startContainer.getRootNode()).toBe(doc);
  });

  test('boundary points on elements in and around the shadow tree map in rendered order', () => {
    const { doc, host, shadow } = page();
    const model = buildTextModel(doc.body);
    const range = doc.createRange();
    range.selectNodeContents(shadow.querySelector('p')!);
    expect(offsetsFromRange(model, range)).toEqual(findText(model, 'Shadow paragraph one.')[0]);
    // Just before the host: the component's first text; just after it: the text after it.
    const at = (container: Node, offset: number) => {
      const r = doc.createRange();
      r.setStart(container, offset);
      return offsetsFromRange(model, r).start;
    };
    const index = [...doc.body.childNodes].indexOf(host);
    expect(at(doc.body, index)).toBe(model.text.indexOf('Shadow'));
    expect(at(doc.body, index + 1)).toBe(model.text.indexOf('After'));
    expect(at(shadow, shadow.childNodes.length)).toBe(model.text.indexOf('After'));
    expect(at(shadow, 1)).toBe(model.text.indexOf('Starts'));
  });

  test('a passage in the shadow root, and one in slotted text, describe and anchor back to the same place', () => {
    const { doc, shadow } = page();
    for (const [node, from, to] of [
      [shadow.querySelector('p')!.firstChild!, 7, 20],
      [doc.querySelector('span[slot]')!.firstChild!, 0, 13],
    ] as const) {
      const range = doc.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      const selectors = describeRange(doc.body, range);
      const result = anchorSelectors(doc.body, selectors);
      expect(result.status).toBe('exact');
      expect(result.range?.startContainer).toBe(node);
      expect([result.range?.startOffset, result.range?.endOffset]).toEqual([from, to]);
    }
  });

  test('stored text that now spans a shadow boundary is an orphan, never a wrong Range', () => {
    const { doc } = page();
    const selectors = [
      {
        type: 'TextQuoteSelector' as const,
        exact: 'Before the component. Shadow paragraph',
        prefix: '',
        suffix: ' one. Starts Slotted words and ends.',
      },
    ];
    expect(anchorSelectors(doc.body, selectors)).toEqual({ range: null, status: 'orphan' });
  });
});
