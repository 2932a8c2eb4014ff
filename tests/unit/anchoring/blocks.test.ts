// @vitest-environment happy-dom
/**
 * The failure shapes the benchmark's moved-paragraph and duplicated-sentence classes showed, one row each: a block
 * whose neighbours changed is found by what its own block still says; a block copied whole is told apart by its
 * markup; and when the text cannot say which copy is which, the answer is orphan, never the other copy.
 */
import type { AnchorStatus } from '@/utils/types';
import { anchorAfter, blockKey, parse, shown } from './helpers';

/** Other paragraphs that name "Hori Parata" in different words, so the name alone proves nothing. */
const FILLER = [
  'Whale expert Hori Parata has led recoveries on the east coast for thirty years, often at night.',
  'Locals say Hori Parata knows every beach between the harbour and the cape by its old name.',
  'The council asked Hori Parata to advise on the new marine reserve, which opens next spring.',
  'Hori Parata said the tide tables alone could not explain why the pods came ashore so often.',
];

const page = (body: string) => parse(`<!doctype html><html><body><article>${body}</article></body></html>`);
const p = (k: string, text: string, cls = '') => `<p data-k="${k}"${cls ? ` class="${cls}"` : ''}>${text}</p>`;
const el = (doc: Document, k: string) => doc.querySelector(`[data-k="${k}"]`) as HTMLElement;

/** A caption-sized block with a repeated name, between paragraphs that also use the name. */
const CAPTION = 'Hori Parata at his farm, the place where he was born and grew up';
const CAPTIONED = [p('f0', FILLER[0]), p('f1', FILLER[1]), p('cap', CAPTION), p('f2', FILLER[2]), p('f3', FILLER[3])];

/** Two link lists with the same headline, marked up differently (a ribbon and a "most read" list). */
const HEADLINE = 'Comey Letter on Clinton Email Is Subject of Justice Dept. Inquiry';
const LISTS =
  '<nav><h2 class="story-heading" data-k="ribbon">' +
  HEADLINE +
  '</h2><h2 class="story-heading" data-k="r2">Mediator: As Trump Berates News Media, a New Strategy Is Needed</h2></nav>' +
  p('a1', 'The first paragraph of the article says what happened in Khartoum on Thursday morning.') +
  p('a2', 'Officials said sanctions would be eased over six months, subject to a review of progress.') +
  p('a3', 'Critics said the deal rewarded a government still accused of abuses in Darfur and beyond.') +
  '<ol><li data-k="most"><a href="/x">' +
  HEADLINE +
  '</a></li><li data-k="m2"><a href="/y">Amazon to Add 100,000 Jobs as Bricks-and-Mortar Stores Close</a></li></ol>';

/** LISTS with both copies of the headline in the same markup: only where each stood tells them apart. */
const TWIN_LISTS = LISTS.replace('<ol><li data-k="most"><a href="/x">', '<nav><h2 class="story-heading" data-k="most">')
  .replace('</a></li><li data-k="m2"><a href="/y">', '</h2><h2 class="story-heading" data-k="m2">')
  .replace('</a></li></ol>', '</h2></nav>');

/**
 * A paragraph, then a shorter one that repeats its end (as a page's summary box might): the copy's block agrees with
 * the passage's context all the way, and the text recorded around the copy is the end of the passage's own paragraph.
 */
const TAIL =
  'incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris ' +
  'nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum ' +
  'dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in culpa qui officia ' +
  'deserunt mollit anim id est laborum.';
const SIDE_BY_SIDE =
  p('intro', 'Lorem ipsum dolor sit amet.') +
  p('long', `Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor ${TAIL}`) +
  p('short', `Tempor ${TAIL}`);

/** A paragraph that is one sentence (a standfirst), and the article after it. */
const DEK = 'The once-ubiquitous form of lighting was novel when it first emerged in the early 1900s.';
const STANDFIRST =
  '<h1 data-k="h1">How neon lost its glow</h1>' +
  p('dek', DEK, 'dek') +
  p('b1', 'In the summer of 1898, a Scottish chemist made a discovery that would light up cities for decades.') +
  p('b2', 'By the 1930s the signs hung over every main street; by the 1980s they were being pulled down.');

interface Case {
  name: string;
  html: string;
  passage: string;
  nth?: number;
  change: (doc: Document) => void;
  status: AnchorStatus;
  lands: string | null;
}

/** A pull-quote box holding `text`, put right before block `k` (where the passage used to start). */
function pullQuote(doc: Document, k: string, text: string): void {
  const aside = doc.createElement('aside');
  const quote = doc.createElement('p');
  quote.dataset.k = 'pull';
  quote.textContent = text;
  aside.append(quote);
  el(doc, k).before(aside);
}

const cases: Case[] = [
  {
    name: 'a short block with a repeated name, moved: its own block still agrees with the stored context',
    html: CAPTIONED.join(''),
    passage: 'Hori Parata',
    nth: 2,
    change: (d) => el(d, 'f3').after(el(d, 'cap')),
    status: 'moved',
    lands: 'cap',
  },
  {
    name: 'the same, its block removed: the name elsewhere does not take the highlight',
    html: CAPTIONED.join(''),
    passage: 'Hori Parata',
    nth: 2,
    change: (d) => el(d, 'cap').remove(),
    status: 'orphan',
    lands: null,
  },
  {
    name: 'a sentence copied into a pull-quote set right where its paragraph starts: the paragraph says more',
    html: CAPTIONED.join(''),
    passage: 'he was born',
    change: (d) => pullQuote(d, 'cap', CAPTION),
    status: 'moved',
    lands: 'cap',
  },
  {
    name: 'a one-sentence paragraph copied whole into a pull-quote before it: its markup tells them apart',
    html: STANDFIRST,
    passage: 'form of lighting was novel',
    change: (d) => pullQuote(d, 'dek', DEK),
    status: 'moved',
    lands: 'dek',
  },
  {
    name: 'a headline in two lists, the ribbon item moved: the other list keeps its own markup',
    html: LISTS,
    passage: 'Email Is Subject of',
    change: (d) => el(d, 'a2').after(el(d, 'ribbon')),
    status: 'moved',
    lands: 'ribbon',
  },
  {
    name: 'the same, the ribbon item removed: the copy in the other list is not taken',
    html: LISTS,
    passage: 'Email Is Subject of',
    change: (d) => el(d, 'ribbon').remove(),
    status: 'orphan',
    lands: null,
  },
  {
    name: 'a headline in two lists with the same markup, one item moved: its twin still stands where it stood',
    html: TWIN_LISTS,
    passage: 'Email Is Subject of',
    change: (d) => el(d, 'a2').after(el(d, 'ribbon')),
    status: 'moved',
    lands: 'ribbon',
  },
  {
    name: 'the same, the item removed: its twin is accounted for, nothing is left, so orphan',
    html: TWIN_LISTS,
    passage: 'Email Is Subject of',
    change: (d) => el(d, 'ribbon').remove(),
    status: 'orphan',
    lands: null,
  },
  {
    name: 'the same, the item removed and its twin moved: the twin is not where it stood, so orphan',
    html: TWIN_LISTS,
    passage: 'Email Is Subject of',
    change: (d) => {
      el(d, 'ribbon').remove();
      el(d, 'a1').after(el(d, 'most'));
    },
    status: 'orphan',
    lands: null,
  },
  {
    name: 'the same, the item moved and a third copy added: two copies left, so orphan',
    html: TWIN_LISTS,
    passage: 'Email Is Subject of',
    change: (d) => {
      el(d, 'a2').after(el(d, 'ribbon'));
      const copy = el(d, 'most').cloneNode(true) as HTMLElement;
      copy.dataset.k = 'copy';
      el(d, 'a3').before(copy);
    },
    status: 'orphan',
    lands: null,
  },
  {
    name: 'a paragraph and its shorter twin side by side, the first moved after the second: orphan, never the twin',
    html: SIDE_BY_SIDE,
    passage: 'nt,',
    change: (d) => el(d, 'long').before(el(d, 'short')),
    status: 'orphan',
    lands: null,
  },
];

describe('blocks that moved or were copied', () => {
  test.each(cases)('$name', ({ html, passage, nth, change, status, lands }) => {
    const result = anchorAfter(() => page(html), passage, nth, change);
    expect(result.status).toBe(status);
    expect(blockKey(result.range)).toBe(lands);
    if (lands) expect(shown(result.range)).toBe(passage);
  });
});
