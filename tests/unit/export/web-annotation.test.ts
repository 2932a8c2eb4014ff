import { ANNO_CONTEXT, toWebAnnotation, toWebAnnotationCollection, toWebAnnotationJson } from '@/utils/export';
import { make, NOW, PAGE_A, PAGE_B, RICH } from './fixtures';

describe('toWebAnnotation', () => {
  it('maps a claim onto W3C fields plus the quotemark extension', () => {
    const claim = RICH.find((a) => a.verdict === 'false')!;
    expect(toWebAnnotation({ ...claim, note: 'Checked.' })).toStrictEqual({
      id: `urn:uuid:${claim.id}`,
      type: 'Annotation',
      motivation: 'assessing',
      created: '2025-03-02T12:00:00.000Z',
      modified: '2025-03-02T12:00:00.000Z',
      body: [
        { type: 'TextualBody', purpose: 'commenting', value: 'Checked.', format: 'text/plain' },
        { type: 'TextualBody', purpose: 'tagging', value: 'economy' },
        { type: 'TextualBody', purpose: 'assessing', value: 'False' },
      ],
      target: { source: PAGE_A.url, selector: claim.selectors },
      quotemark: {
        kind: 'claim',
        quote: claim.quote,
        color: 'pink',
        speaker: 'Minister Jane Doe',
        verdict: 'false',
        evidence: claim.evidence,
        anchor: claim.anchor,
      },
    });
  });

  it.each([
    ['highlight without note', make(), 'highlighting'],
    ['highlight with note', make({ note: 'n' }), 'commenting'],
    ['quote with note', make({ kind: 'quote', note: 'n' }), 'commenting'],
    ['claim', make({ kind: 'claim' }), 'assessing'],
  ])('motivation for a %s', (_name, a, motivation) => {
    expect(toWebAnnotation(a).motivation).toBe(motivation);
  });

  it('moves block twins into the extension: the selectors stay plain W3C', () => {
    const withTwins = RICH[0];
    const w = toWebAnnotation(withTwins);
    expect(w.target.selector[0]).toStrictEqual({
      type: 'TextQuoteSelector',
      exact: 'the budget passed',
      prefix: 'Yesterday ',
      suffix: ' by a wide margin',
    });
    expect(w.quotemark.twins).toStrictEqual([{ before: 'Most read ', after: ' Weather' }]);
    expect(withTwins.selectors[0]).toHaveProperty('twins');
  });

  it('has no body when there is no note, tag or verdict, and omits absent optional fields', () => {
    const w = toWebAnnotation(make());
    expect(w.body).toBeUndefined();
    expect(Object.keys(w.quotemark)).toEqual(['kind', 'quote', 'color']);
  });

  it('keeps null speakers distinct from absent ones, and non-UUID ids in the extension', () => {
    expect(toWebAnnotation(make({ speaker: null })).quotemark.speaker).toBeNull();
    const w = toWebAnnotation(make({ id: 'legacy id/1' }));
    expect(w.id).toBe('urn:quotemark:annotation:legacy%20id%2F1');
    expect(w.quotemark.id).toBe('legacy id/1');
  });

  it('does not throw on invalid times (the importer reports them instead)', () => {
    const w = toWebAnnotation(make({ createdAt: Number.NaN, updatedAt: 1e20 }));
    expect(w.created).toBeUndefined();
    expect(w.modified).toBeUndefined();
  });
});

describe('toWebAnnotationCollection', () => {
  it('is a JSON-LD AnnotationCollection with one page of items and the page records', () => {
    const doc = toWebAnnotationCollection(RICH, [PAGE_A, PAGE_B], { now: NOW });
    expect(doc['@context'][0]).toBe(ANNO_CONTEXT);
    expect(doc['@context'][1]).toMatchObject({ '@version': 1.1, quotemark: { '@type': '@json' } });
    expect(doc).toMatchObject({
      type: 'AnnotationCollection',
      total: RICH.length,
      generated: '2025-03-04T05:06:07.089Z',
    });
    expect(doc.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 });
    expect(doc.first.items).toHaveLength(RICH.length);
    expect(doc.quotemark).toStrictEqual({ version: 1, pages: [PAGE_A, PAGE_B] });
  });

  it('does not share arrays with the input (the caller may mutate either)', () => {
    const a = make({ tags: ['x'] });
    const doc = toWebAnnotationCollection([a], [PAGE_A], { now: NOW });
    doc.first.items[0].target.selector.pop();
    doc.quotemark.pages[0].urls.pop();
    expect(a.selectors).toHaveLength(1);
    expect(PAGE_A.urls).toHaveLength(2);
  });

  it('serialises as JSON text, lone surrogates escaped, hostile text untouched', () => {
    const text = toWebAnnotationJson([make({ note: '</textarea><img onerror=x> \uD800' })], [], { now: NOW });
    expect(text).toContain('"value": "</textarea><img onerror=x> \\ud800"');
    expect(text.endsWith('}\n')).toBe(true);
  });
});
