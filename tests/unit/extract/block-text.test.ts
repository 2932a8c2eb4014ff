import { blockText } from '@/utils/extract';
import { parsePage } from './load-page';

const text = (body: string) => blockText(parsePage(`<html><body>${body}</body></html>`).body);

test.each([
  ['paragraphs split by a blank line', '<p>One</p><p>Two</p>', 'One\n\nTwo'],
  ['whitespace collapsed inside a block', '<p>  a \n\t b   <em> c </em>d </p>', 'a b c d'],
  ['inline elements do not split', '<p>a<b>b</b><a href="#">c</a> d</p>', 'abc d'],
  [
    'every block kind is a paragraph',
    '<h2>H</h2><ul><li>A</li><li>B</li></ul><blockquote>Q</blockquote><figure><img><figcaption>Cap</figcaption></figure>',
    'H\n\nA\n\nB\n\nQ\n\nCap',
  ],
  ['nested blocks do not leave empty paragraphs', '<div><div><p>a</p></div>tail</div>', 'a\n\ntail'],
  [
    '<br> is a line break inside the paragraph',
    '<p>Roses are red, <br>  violets blue</p>',
    'Roses are red,\nviolets blue',
  ],
  ['<pre> keeps its spacing, drops blank lines', '<pre>  x = 1\n\n  y = 2  </pre>', '  x = 1\n  y = 2'],
  [
    'table rows are paragraphs, cells joined by spaces',
    '<table><tr><th>a</th><td>b</td></tr><tr><td>c</td></tr></table>',
    'a b\n\nc',
  ],
  [
    'scripts, styles and svg are skipped',
    '<p>a<script>x()</script><style>p{}</style><svg><text>s</text></svg>b</p>',
    'ab',
  ],
  ['blank blocks vanish', '<p> </p><p>\n</p><div></div><p>x</p>', 'x'],
  ['non-breaking spaces are text', '<p>a&nbsp;b</p>', 'a\u00a0b'],
])('%s', (_, html, want) => {
  expect(text(html)).toBe(want);
});
