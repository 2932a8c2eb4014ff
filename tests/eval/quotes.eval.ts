/**
 * Evaluation of the quote detector (`npm run eval:quotes`): precision, recall, speaker accuracy and
 * kind agreement per kind over the labeled articles, the misses and false positives, and the time of
 * detectQuotes on the longest corpus article. A report, not a gate: it fails only if it crashes.
 * Targets (quoted speech = direct + partial): precision ≥ 0.95, recall ≥ 0.85, speaker ≥ 0.90 of the
 * quotes found; reported claims: precision ≥ 0.85; time < 20 ms.
 */
import { readdirSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { detectQuotes } from '../../utils/quotes';
import { corpusText, labeledArticles, SHARED } from './quote-fixtures';
import { type KindCounts, ROWS, scoreArticle, total } from './score';

const ratio = (a: number, b: number) => (b === 0 ? '   -' : (a / b).toFixed(2));
const clip = (s: string, n = 70) => JSON.stringify(s.length > n ? `${s.slice(0, n)}…` : s);

function row(name: string, c: KindCounts): string {
  const cells = [
    name.padEnd(10),
    String(c.labels).padStart(6),
    String(c.detections).padStart(6),
    ratio(c.correct, c.detections).padStart(9),
    ratio(c.found, c.labels).padStart(6),
    ratio(c.speakerRight, c.found).padStart(7),
    ratio(c.kindAgrees, c.found).padStart(6),
  ];
  return cells.join(' ');
}

/** Text of every corpus page, longest first. */
function corpusTexts(): { page: string; text: string }[] {
  const dir = `${SHARED}corpus/pages/`;
  return readdirSync(dir)
    .map((page) => ({ page, text: corpusText(page) }))
    .sort((a, b) => b.text.length - a.text.length);
}

/** Runs the detector on every corpus page: no crash, offsets right. */
function sweep(pages: { page: string; text: string }[]): string {
  let items = 0;
  for (const { page, text } of pages) {
    for (const q of detectQuotes(text)) {
      if (text.slice(q.start, q.end) !== q.quote) throw new Error(`bad offsets on ${page}: ${q.quote}`);
      items++;
    }
  }
  return `corpus sweep: ${pages.length} pages, ${items} items, offsets all exact`;
}

/** Wall-clock and CPU time of detectQuotes on `text`: median of 21 runs after 5 warm-up runs. */
function timing(page: string, text: string): string {
  for (let i = 0; i < 5; i++) detectQuotes(text);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 21; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    detectQuotes(text);
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  wall.sort((a, b) => a - b);
  cpu.sort((a, b) => a - b);
  const load = loadavg()[0].toFixed(1);
  return [
    `detectQuotes on the longest corpus article (${page}, ${text.length} chars): median ${wall[10].toFixed(1)} ms`,
    `(min ${wall[0].toFixed(1)}, max ${wall[20].toFixed(1)}; CPU median ${cpu[10].toFixed(1)} ms) over 21 runs after 5 warm-up runs;`,
    `load average ${load} on ${availableParallelism()} cores — other work on the machine inflates these figures`,
  ].join('\n');
}

it('reports how well the quote detector does on the labeled articles', () => {
  const articles = labeledArticles();
  const scores = articles.map((a) => scoreArticle(a, detectQuotes(a.text)));
  const lines: string[] = ['', 'Quote detection — labeled articles', ''];
  lines.push('kind       labels  found precision recall speaker  kind');
  const sum = total(scores);
  for (const r of ROWS) lines.push(row(r, sum[r]));
  const heldOut = scores.filter((_, i) => articles[i].heldOut);
  if (heldOut.length) {
    const held = total(heldOut);
    lines.push(`of which labeled blind (${heldOut.map((s) => s.name).join(', ')}; see their notes):`);
    for (const r of ['quoted', 'reported'] as const) lines.push(row(`  ${r}`, held[r]));
  }
  lines.push('', 'per article (quoted speech: P / R / speaker; reported: P / R)');
  for (const s of scores) {
    const q = s.counts.quoted;
    const rep = s.counts.reported;
    lines.push(
      `  ${s.name.padEnd(22)} quoted ${ratio(q.correct, q.detections)} / ${ratio(q.found, q.labels)} / ${ratio(q.speakerRight, q.found)}   reported ${ratio(rep.correct, rep.detections)} / ${ratio(rep.found, rep.labels)}`,
    );
  }
  lines.push('', 'misses, false positives, wrong speakers');
  for (const s of scores) {
    for (const m of s.misses) lines.push(`  ${s.name}: MISS ${m.kind} ${clip(m.quote)} (${m.speaker})`);
    for (const f of s.falsePositives) lines.push(`  ${s.name}: FP ${f.kind} ${clip(f.quote)} (${f.speaker})`);
    for (const w of s.wrongSpeakers) {
      lines.push(`  ${s.name}: SPEAKER ${clip(w.label.quote, 40)} ${w.detected.speaker} ≠ ${w.label.speaker}`);
    }
  }
  const pages = corpusTexts();
  lines.push('', sweep(pages), timing(pages[0].page, pages[0].text), '');
  console.log(lines.join('\n'));
}, 60_000);
