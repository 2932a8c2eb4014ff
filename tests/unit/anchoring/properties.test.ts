/**
 * Property tests on real corpus pages (happy-dom): any range round-trips exactly; markup- and whitespace-only
 * changes never move an anchor; a passage whose block is removed is never anchored anywhere else.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import {
  buildTextModel,
  createAnchorer,
  describeOffsets,
  describeRange,
  offsetsFromRange,
  rangeFromOffsets,
  type TextModel,
} from '@/utils/anchoring';
import { parse } from './helpers';

const PAGES = ['lwn-1', 'medicalnewstoday', 'wapo-1'];
const RUNS = 20;
const TIMEOUT = 60_000;
const BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, dd, td, figcaption';

const pages = PAGES.map((name) => {
  const doc = parse(readFileSync(`${__dirname}/../../../../shared/corpus/pages/${name}/source.html`, 'utf8'));
  return { name, doc, pristine: doc.body.cloneNode(true) as HTMLElement };
});

/** Puts a pristine copy of the page's body back (each run starts from the original page). */
function reset(page: (typeof pages)[number]): HTMLElement {
  const fresh = page.pristine.cloneNode(true) as HTMLElement;
  page.doc.documentElement.replaceChild(fresh, page.doc.body);
  return fresh;
}

/** A passage [start, end) of the model from two random numbers; null if it is blank. */
function passage(model: TextModel, a: number, len: number): { start: number; end: number } | null {
  const start = a % Math.max(1, model.text.length - 1);
  const end = Math.min(model.text.length, start + len);
  return model.text.slice(start, end).trim() ? { start, end } : null;
}

/** A small seeded PRNG: random(n) is an integer in [0, n). */
function seeded(seed: number): (n: number) => number {
  let a = seed >>> 0;
  return (n) => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

/** Seeded same-text restructure: split text nodes into spans, reflow spaces, wrap paragraphs in divs. */
function restructure(root: HTMLElement, random: (n: number) => number): void {
  const doc = root.ownerDocument;
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    if (t.parentElement?.closest('pre, textarea, script, style')) continue;
    if (random(3) === 0) t.data = t.data.replace(/ (?=\S)/g, ' \n   ');
    const cut = t.data.indexOf(' ', random(t.data.length));
    if (cut > 0 && random(2) === 0) {
      const span = doc.createElement('span');
      const tail = t.splitText(cut);
      tail.replaceWith(span);
      span.append(tail);
    }
  }
  for (const p of [...root.querySelectorAll('p')]) {
    if (random(3) !== 0) continue;
    const div = doc.createElement('div');
    p.replaceWith(div);
    div.append('\n', p, '\n');
  }
}

describe.each(pages)('$name', (page) => {
  test(
    'describe → anchor round-trips any range exactly',
    () => {
      const root = reset(page);
      const model = buildTextModel(root);
      const anchorer = createAnchorer(root);
      fc.assert(
        fc.property(fc.nat(), fc.integer({ min: 1, max: 400 }), (a, len) => {
          const p = passage(model, a, len);
          if (!p) return;
          const range = rangeFromOffsets(model, p.start, p.end)!;
          const given = offsetsFromRange(model, range);
          const result = anchorer.anchor(JSON.parse(JSON.stringify(describeRange(root, range))));
          expect(result.status).toBe('exact');
          expect(offsetsFromRange(anchorer.model, result.range!)).toEqual(given);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'markup and whitespace changes never change the result',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.integer({ min: 3, max: 300 }), fc.nat(), (a, len, seed) => {
          const root = reset(page);
          const model = buildTextModel(root);
          const p = passage(model, a, len);
          if (!p) return;
          const range = rangeFromOffsets(model, p.start, p.end)!;
          const given = offsetsFromRange(model, range);
          const selectors = describeOffsets(model, given.start, given.end);
          const changed = reset(page);
          restructure(changed, seeded(seed));
          const result = createAnchorer(changed).anchor(selectors);
          expect(result.status).toBe('exact');
          expect(offsetsFromRange(buildTextModel(changed), result.range!)).toEqual(given);
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  test(
    'a passage whose block was removed is never anchored',
    () => {
      fc.assert(
        fc.property(fc.nat(), fc.integer({ min: 3, max: 300 }), (a, len) => {
          const root = reset(page);
          const model = buildTextModel(root);
          const p = passage(model, a, len);
          if (!p) return;
          const range = rangeFromOffsets(model, p.start, p.end)!;
          const block =
            (range.commonAncestorContainer as Element).parentElement?.closest(BLOCKS) ??
            (range.commonAncestorContainer as Element).closest?.(BLOCKS);
          // Only passages inside one text block, and only if passage + 64 characters of context are unique.
          if (!block?.contains(range.endContainer)) return;
          const window = model.folded.slice(Math.max(0, p.start - 64), p.end + 64);
          if (model.folded.indexOf(window) !== model.folded.lastIndexOf(window)) return;
          const selectors = describeOffsets(model, p.start, p.end);
          const path: number[] = [];
          for (let n: Node = block; n !== root; n = n.parentNode!)
            path.unshift([...n.parentNode!.childNodes].indexOf(n as ChildNode));
          const changed = reset(page);
          let target: Node = changed;
          for (const i of path) target = target.childNodes[i];
          (target as Element).remove();
          expect(createAnchorer(changed).anchor(selectors).status).toBe('orphan');
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
