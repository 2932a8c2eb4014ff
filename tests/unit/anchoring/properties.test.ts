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
const RUNS = 8;
/** Passages checked per changed copy of a page (changing a whole page in happy-dom is the slow part). */
const PER_RUN = 4;
const TIMEOUT = 60_000;
const BLOCKS = 'p, li, h1, h2, h3, h4, blockquote, dd, td, figcaption';

const pages = PAGES.map((name) => {
  const html = readFileSync(`${__dirname}/../../../../shared/corpus/pages/${name}/source.html`, 'utf8');
  // One untouched copy to describe on, one working copy to change (its body is reset before each run).
  const original = parse(html);
  const work = parse(html);
  return { name, original, model: buildTextModel(original.body), work };
});

/** Puts a fresh copy of the original body into the working document and returns it. */
function reset(page: (typeof pages)[number]): HTMLElement {
  const fresh = page.work.importNode(page.original.body, true) as HTMLElement;
  page.work.documentElement.replaceChild(fresh, page.work.body);
  return fresh;
}

const passages = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 3, max: 300 })), {
  minLength: PER_RUN,
  maxLength: PER_RUN,
});

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
  const { model } = page;

  test(
    'describe → anchor round-trips any range exactly',
    () => {
      const root = page.original.body;
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
        { numRuns: RUNS * PER_RUN },
      );
    },
    TIMEOUT,
  );

  test(
    'markup and whitespace changes never change the result',
    () => {
      fc.assert(
        fc.property(passages, fc.nat(), (list, seed) => {
          const changed = reset(page);
          restructure(changed, seeded(seed));
          const anchorer = createAnchorer(changed);
          for (const [a, len] of list) {
            const p = passage(model, a, len);
            if (!p) continue;
            const given = offsetsFromRange(model, rangeFromOffsets(model, p.start, p.end)!);
            const result = anchorer.anchor(describeOffsets(model, given.start, given.end));
            expect(result.status).toBe('exact');
            expect(offsetsFromRange(anchorer.model, result.range!)).toEqual(given);
          }
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
          const p = passage(model, a, len);
          if (!p) return;
          const range = rangeFromOffsets(model, p.start, p.end)!;
          const common = range.commonAncestorContainer;
          const block = (common.nodeType === 1 ? (common as Element) : common.parentElement)?.closest(BLOCKS);
          // Only passages inside one text block, and only if passage + 64 characters of context are unique.
          if (!block?.contains(range.endContainer)) return;
          const window = model.folded.slice(Math.max(0, p.start - 64), p.end + 64);
          if (model.folded.indexOf(window) !== model.folded.lastIndexOf(window)) return;
          const selectors = describeOffsets(model, p.start, p.end);
          const path: number[] = [];
          for (let n: Node = block; n !== page.original.body; n = n.parentNode!) {
            path.unshift([...n.parentNode!.childNodes].indexOf(n as ChildNode));
          }
          let target: Node = reset(page);
          for (const i of path) target = target.childNodes[i];
          (target as Element).remove();
          expect(createAnchorer(page.work.body).anchor(selectors).status).toBe('orphan');
        }),
        { numRuns: RUNS * 2 },
      );
    },
    TIMEOUT,
  );
});
