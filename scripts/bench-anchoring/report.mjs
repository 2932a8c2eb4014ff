/** Aggregates benchmark rows and prints the one comparison table. */

const TOOLS = [
  ['qm', 'Quotemark'],
  ['datq', 'dom-anchor-text-quote'],
  ['aa', 'Apache Annotator'],
];

const quantile = (sorted, q) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] : 0;

function stats(rows, tool) {
  const n = rows.length;
  const c = rows.filter((r) => r[tool].o === 'correct').length;
  const w = rows.filter((r) => r[tool].o === 'wrong').length;
  const ms = rows.map((r) => r[tool].ms).sort((a, b) => a - b);
  return {
    n,
    correct: c / n,
    wrong: w / n,
    orphan: (n - c - w) / n,
    wrongN: w,
    med: quantile(ms, 0.5),
    p95: quantile(ms, 0.95),
    max: ms[ms.length - 1] ?? 0,
  };
}

export function summarize(rows, classes) {
  const out = {};
  for (const cls of [...classes, 'all']) {
    const sub = cls === 'all' ? rows : rows.filter((r) => r.cls === cls);
    if (sub.length === 0) continue;
    out[cls] = Object.fromEntries(TOOLS.map(([t]) => [t, stats(sub, t)]));
    const statuses = {};
    for (const r of sub) statuses[r.qm.status] = (statuses[r.qm.status] ?? 0) + 1;
    out[cls].qmStatuses = statuses;
  }
  return out;
}

const pct = (x) => `${(100 * x).toFixed(1)}`.padStart(5);
const ms = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(1)).padStart(5);

export function printTable(summary, pages, batch, secs) {
  const head = ['change class'.padEnd(17), '   n'];
  for (const [, name] of TOOLS) head.push(`${name.padEnd(33)}`);
  const lines = [head.join(' | ')];
  lines.push(
    ['', '', ...TOOLS.map(() => 'ok%   bad% orph% | med   p95   max ms')]
      .map((s, i) => (i < 2 ? s.padEnd(i ? 4 : 17) : s))
      .join(' | '),
  );
  lines.push('-'.repeat(lines[0].length + 10));
  for (const [cls, s] of Object.entries(summary)) {
    const cells = [cls.padEnd(17), String(s.qm.n).padStart(4)];
    for (const [t] of TOOLS) {
      const x = s[t];
      cells.push(`${pct(x.correct)} ${pct(x.wrong)} ${pct(x.orphan)} | ${ms(x.med)} ${ms(x.p95)} ${ms(x.max)}`);
    }
    lines.push(cells.join(' | '));
  }
  console.log(lines.join('\n'));
  console.log('Targets: Hypothesis 94.2% ok / 5.8% bad, median 1.36 ms; dom-anchor-text-quote 94.1% / 5.4%, 1.26 ms;');
  console.log('         Apache Annotator 67.3% / 12.4%. Quotemark: 0 bad everywhere, ≥99.5% ok (≥98% edited-inside).');
  const builds = pages.flatMap((p) => p.builds).sort((a, b) => a - b);
  console.log(
    `Quotemark text model build (per page load): median ${ms(quantile(builds, 0.5))} ms, max ${ms(builds[builds.length - 1] ?? 0)} ms; ` +
      `pages ${pages.length}, largest text ${Math.max(...pages.map((p) => p.chars))} chars`,
  );
  for (const [cls, b] of Object.entries(batch.batch)) {
    const t = [...b.times].sort((x, y) => x - y);
    console.log(
      `Re-anchor ${b.n} annotations on ${batch.page} (${batch.chars} chars), ${cls}: ${t.length} runs, min ${ms(t[0])}, ` +
        `median ${ms(quantile(t, 0.5))}, max ${ms(t[t.length - 1])} ms total (model build included; first run, code ` +
        `not yet optimised, as on a visit: ${ms(b.times[0])} ms, text model ${ms(b.builds[0])} ms) — ` +
        JSON.stringify(b.statuses),
    );
  }
  const levels = {};
  for (const p of pages) for (const [k, v] of Object.entries(p.levels ?? {})) levels[k] = (levels[k] ?? 0) + v;
  console.log(`Quotemark selectors by repetition level when described: ${JSON.stringify(levels)}`);
  const st = summary.all?.qmStatuses;
  if (st) console.log(`Quotemark statuses: ${JSON.stringify(st)}`);
  console.log(`Bench wall time ${secs.toFixed(0)} s`);
}
