// @vitest-environment happy-dom
/**
 * Describe on the original page, anchor on a changed copy: one row per kind of change a news page goes through.
 * `lands` is the data-k of the block the anchor must land in (null: must be orphan).
 */
import type { AnchorStatus } from '@/utils/types';
import { ARTICLE } from './article';
import { anchorAfter, blockKey, parse, shown } from './helpers';

const el = (doc: Document, k: string) => doc.querySelector(`[data-k="${k}"]`) as HTMLElement;

function paragraph(doc: Document, k: string, text: string): HTMLElement {
  const p = doc.createElement('p');
  p.dataset.k = k;
  p.textContent = text;
  return p;
}

function replaceText(doc: Document, k: string, from: string | RegExp, to: string): void {
  const walker = doc.createTreeWalker(el(doc, k), 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) (n as Text).data = (n as Text).data.replace(from, to);
}

/** Same visible text, new markup: paragraphs wrapped or turned into divs, words in spans, whitespace reflowed. */
function restructure(doc: Document): void {
  const texts: Text[] = [];
  const walker = doc.createTreeWalker(doc.querySelector('article')!, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) texts.push(n as Text);
  for (const t of texts) {
    t.data = t.data.replace(/ /g, ' \n      ');
    const cut = t.data.indexOf(' ', Math.floor(t.data.length / 2));
    if (cut > 0) {
      const span = doc.createElement('span');
      const tail = t.splitText(cut);
      tail.replaceWith(span);
      span.append(tail);
    }
  }
  for (const p of [...doc.querySelectorAll('article p')]) {
    const div = doc.createElement('div');
    div.className = 'wrapper';
    p.replaceWith(div);
    div.append('\n  ', p, '\n');
  }
}

interface Case {
  name: string;
  passage: string;
  nth?: number;
  change: (doc: Document) => void;
  status: AnchorStatus;
  lands: string | null;
  text?: string;
}

const cases: Case[] = [
  {
    name: 'no change',
    passage: 'urged both sides to end the “bloody war”',
    change: () => {},
    status: 'exact',
    lands: 'p1',
  },
  {
    name: 'content inserted before and after',
    passage: 'has provided drones to Ukraine',
    change: (d) => {
      el(d, 'p1').before(paragraph(d, 'new1', 'Editor’s note: this story has been updated with new details.'));
      el(d, 'p3').after(paragraph(d, 'new2', 'Turkey has hosted several rounds of talks since 2022.'));
    },
    status: 'moved',
    lands: 'p3',
  },
  {
    name: 'markup restructured, whitespace changed',
    passage: 'Kyiv was ready for a full ceasefire',
    change: restructure,
    status: 'exact',
    lands: 'p5',
  },
  {
    name: 'words edited elsewhere, one right next to the passage',
    passage: 'the memorandums exchanged in June',
    change: (d) => {
      replaceText(d, 'p3', 'neighbours', 'neighbors');
      replaceText(d, 'p6', 'headed', 'led');
      replaceText(d, 'p7', 'Analysts', 'Experts');
    },
    status: 'moved',
    lands: 'p6',
  },
  {
    name: 'one word edited inside the passage',
    passage: 'produced humanitarian results but little political progress',
    change: (d) => replaceText(d, 'p7', 'little', 'scant'),
    status: 'changed',
    lands: 'p7',
    text: 'produced humanitarian results but scant political progress',
  },
  {
    name: 'paragraph moved',
    passage: 'Medinsky did not rule out further prisoner exchanges',
    change: (d) => el(d, 'p1').before(el(d, 'p6')),
    status: 'moved',
    lands: 'p6',
  },
  {
    name: 'paragraph moved, passage is the whole paragraph',
    passage: 'Analysts in Istanbul said the talks had produced humanitarian results',
    change: (d) => el(d, 'h1').after(el(d, 'p7')),
    status: 'moved',
    lands: 'p7',
  },
  {
    name: 'sentence duplicated earlier as a pull-quote',
    passage: 'The ultimate aim is a ceasefire',
    change: (d) => {
      const quote = paragraph(d, 'pull', '“The ultimate aim is a ceasefire that paves the way for peace.”');
      el(d, 'p1').before(quote);
    },
    status: 'moved',
    lands: 'p2',
  },
  {
    name: 'paragraph removed',
    passage: 'Medinsky did not rule out',
    change: (d) => el(d, 'p6').remove(),
    status: 'orphan',
    lands: null,
  },
  {
    name: 'repeated name told apart by context after an insertion',
    passage: 'Fidan',
    nth: 3,
    change: (d) => el(d, 'p1').before(paragraph(d, 'new', 'Fidan arrived late. Fidan spoke first.')),
    status: 'moved',
    lands: 'p3',
  },
  {
    name: 'repeated name in a removed paragraph',
    passage: 'Fidan',
    nth: 4,
    change: (d) => el(d, 'p5').remove(),
    status: 'orphan',
    lands: null,
  },
  {
    name: 'repeated name, its paragraph moved',
    passage: 'Fidan',
    nth: 5,
    change: (d) => el(d, 'p2').before(el(d, 'p7')),
    status: 'moved',
    lands: 'p7',
  },
  {
    name: 'typographic variants: straight quotes, hyphens, no-break spaces',
    passage: 'ready for a full ceasefire — and for a meeting',
    change: (d) => {
      replaceText(d, 'p5', /\s—\s/g, '\u00a0-\u00a0');
      replaceText(d, 'p1', /[“”]/g, '"');
    },
    status: 'exact',
    lands: 'p5',
  },
  {
    name: 'script and hidden text changed',
    passage: 'calls for an end to the “bloody war”',
    change: (d) => {
      d.querySelector('script')!.textContent = 'window.config = { story: "something else entirely" };';
      el(d, 'p4').textContent = 'A longer hidden note with more words in it.';
      el(d, 'hidden').remove();
    },
    status: 'exact',
    lands: 'h1',
  },
];

describe('anchoring after a change', () => {
  test.each(cases)('$name', ({ passage, nth, change, status, lands, text }) => {
    const result = anchorAfter(() => parse(ARTICLE), passage, nth, change);
    expect(result.status).toBe(status);
    expect(blockKey(result.range)).toBe(lands);
    if (lands) expect(shown(result.range)?.replace(/\u00a0/g, ' ')).toBe(text ?? passage.replace(/ — /, ' - '));
    if (text) expect(result.text).toBe(text);
  });
});

/** A passage whose copy sits inside its own stored context: the copy is its neighbour, not the passage. */
describe('a copy of the passage inside its own context', () => {
  const SIDEBAR = `<body><div class="box">
    <p data-k="state">Not logged in</p><p data-k="login">Log in now</p><p data-k="create">Create an account</p>
    <p data-k="sub">Subscribe to the weekly edition</p></div>
    <article><p data-k="a1">The council met on Monday to discuss the budget for next year.</p>
    <p data-k="a2">Nothing was decided. Nothing was decided.</p>
    <p data-k="a3">Members will meet again in a fortnight to vote on the final plan.</p></article></body>`;

  test.each<[string, string, number, (d: Document) => void, AnchorStatus, string | null]>([
    ['its block cut: the neighbour does not inherit it', ' in', 1, (d) => el(d, 'login').remove(), 'orphan', null],
    ['unchanged: found where it was', ' in', 1, () => {}, 'exact', 'login'],
    [
      'a sentence said twice in a row, its block moved: the moved block keeps it',
      'Nothing was decided.',
      1,
      (d) => el(d, 'a3').after(el(d, 'a2')),
      'moved',
      'a2',
    ],
  ])('%s', (_name, passage, nth, change, status, lands) => {
    const result = anchorAfter(() => parse(SIDEBAR), passage, nth, change);
    expect(result.status).toBe(status);
    expect(blockKey(result.range)).toBe(lands);
  });
});
