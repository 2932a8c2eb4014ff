/**
 * In-page benchmark harness (bundled for the browser). Quotemark and the two peers describe passages on the
 * original page, then anchor them on a changed copy; each result is scored against the passage's true place.
 */
import { createTextQuoteSelectorMatcher, describeTextQuote } from '@apache-annotator/dom';
import * as datp from 'dom-anchor-text-position';
import * as datq from 'dom-anchor-text-quote';
import { blockAgreement } from '../../utils/anchoring/block-agreement.ts';
import { contextScore } from '../../utils/anchoring/context.ts';
import { repetitionOf } from '../../utils/anchoring/context-rule.ts';
import * as qm from '../../utils/anchoring/index.ts';
import {
  duplicateSentence,
  editElsewhere,
  editInside,
  insertContent,
  moveBlock,
  placeMarkers,
  removeBlock,
  restructure,
  truthRange,
} from './changes.mjs';
import { mulberry32 } from './prng.mjs';
import { samplePassages } from './sample.mjs';

const now = () => performance.now();

function modelInfo() {
  const t0 = now();
  const model = qm.buildTextModel(document.body);
  return { chars: model.text.length, nodes: model.nodes.length, buildMs: now() - t0 };
}

/** Some pages hide <html>/<body> until their own scripts run (which we stop): show them as a reader would. */
function unhide() {
  if (document.getElementById('qm-bench-unhide')) return;
  const style = document.createElement('style');
  style.id = 'qm-bench-unhide';
  style.textContent = 'html, body { display: block !important; visibility: visible !important; opacity: 1 !important }';
  document.head.append(style);
}

/** Samples passages and describes each with the three tools. */
async function describe(seed, n) {
  unhide();
  const body = document.body;
  const model = qm.buildTextModel(body);
  const passages = samplePassages(qm, model, mulberry32(seed), n);
  const out = [];
  for (const p of passages) {
    const range = qm.rangeFromOffsets(model, p.start, p.end);
    let t0 = now();
    const ours = qm.describeRange(body, range);
    const qmMs = now() - t0;
    t0 = now();
    const quote = datq.fromRange(body, range);
    const hint = datp.fromRange(body, range).start;
    const datqMs = now() - t0;
    let aa = null;
    t0 = now();
    try {
      aa = await describeTextQuote(range, body);
    } catch {}
    const aaMs = now() - t0;
    const q = ours[0];
    const level = repetitionOf(...[q.exact, q.prefix, q.suffix].map(qm.normalize));
    out.push({ ...p, qm: ours, level, datq: { quote, hint }, aa, ms: { qm: qmMs, datq: datqMs, aa: aaMs } });
  }
  return out;
}

function outcome(model, truth, range) {
  if (!truth) return range ? 'wrong' : 'correct';
  if (!range) return 'orphan';
  const t = qm.offsetsFromRange(model, truth);
  const r = qm.offsetsFromRange(model, range);
  const inter = Math.max(0, Math.min(t.end, r.end) - Math.max(t.start, r.start));
  return inter >= 0.5 * (t.end - t.start) && inter >= 0.5 * Math.max(1, r.end - r.start) ? 'correct' : 'wrong';
}

async function anchorPeers(d) {
  const body = document.body;
  let t0 = now();
  let datqRange = null;
  try {
    datqRange = datq.toRange(body, d.datq.quote, { hint: d.datq.hint });
  } catch {}
  const datqMs = now() - t0;
  let aaRange = null;
  t0 = now();
  if (d.aa) {
    try {
      const first = await createTextQuoteSelectorMatcher(d.aa)(body).next();
      aaRange = first.done ? null : first.value;
    } catch {}
  }
  const aaMs = now() - t0;
  return { datqRange, datqMs, aaRange, aaMs };
}

/** One result row per passage and tool: outcome, ms, and our status. */
async function anchorOne(anchorer, d, i, scoreModel) {
  const t0 = now();
  const r = anchorer.anchor(d.qm);
  const qmMs = now() - t0;
  const peers = await anchorPeers(d);
  const truth = truthRange(document, i);
  const o = outcome(scoreModel, truth, r.range);
  let debug;
  if (o !== 'correct') {
    const at = r.range ? qm.offsetsFromRange(scoreModel, r.range) : null;
    const t = truth ? qm.offsetsFromRange(scoreModel, truth) : null;
    const around = (x) =>
      x &&
      scoreModel.text.slice(Math.max(0, x.start - 150), x.start) +
        '[[' +
        scoreModel.text.slice(x.start, x.end) +
        ']]' +
        scoreModel.text.slice(x.end, x.end + 150);
    const q = d.qm[0];
    const [ex, pre, suf] = [q.exact, q.prefix, q.suffix].map(qm.normalize);
    const occ = [];
    for (let k = scoreModel.folded.indexOf(ex); k !== -1 && occ.length < 20; k = scoreModel.folded.indexOf(ex, k + 1)) {
      const c = contextScore(scoreModel.folded, pre, suf, k, k + ex.length);
      const b = blockAgreement(scoreModel.folded, scoreModel.blockStarts, pre, suf, k, k + ex.length);
      occ.push({ at: k, pre: c.pre, suf: c.suf, block: b.chars, complete: b.complete, truth: t?.start === k });
    }
    debug = { found: around(at), truth: around(t), sel: d.qm, occ, repeated: repetitionOf(ex, pre, suf) };
  }
  return {
    i,
    kind: d.kind,
    qm: { o, ms: qmMs, status: r.status, score: r.score, debug },
    datq: { o: outcome(scoreModel, truth, peers.datqRange), ms: peers.datqMs },
    aa: { o: outcome(scoreModel, truth, peers.aaRange), ms: peers.aaMs },
  };
}

const GLOBAL = {
  none: () => {},
  inserted: (rng) => insertContent(document, rng),
  restructured: (rng) => restructure(document, rng),
  'edited-elsewhere': (rng, n) => editElsewhere(qm, document, rng, n),
};
const PER_PASSAGE = {
  'edited-inside': (rng, i) => editInside(qm, document, rng, i),
  moved: (rng, i) => moveBlock(document, rng, i),
  duplicated: (rng, i) => duplicateSentence(qm, document, rng, i),
  removed: (_rng, i) => removeBlock(document, i),
};

/**
 * Anchors every described passage on this page under each change class in `classes` (seeds per class). A global
 * class changes the whole page once, so it must be alone on its page load; per-passage classes share one load,
 * each change undone before the next.
 */
async function run(classes, seeds, described) {
  unhide();
  placeMarkers(qm, qm.buildTextModel(document.body), described);
  const out = {};
  for (const cls of classes) {
    const rng = mulberry32(seeds[cls]);
    const rows = [];
    const builds = [];
    if (GLOBAL[cls]) {
      GLOBAL[cls](rng, described.length);
      const t0 = now();
      const anchorer = qm.createAnchorer(document.body);
      builds.push(now() - t0);
      for (let i = 0; i < described.length; i++) rows.push(await anchorOne(anchorer, described[i], i, anchorer.model));
    } else {
      for (let i = 0; i < described.length; i++) {
        const undo = PER_PASSAGE[cls](rng, i);
        if (!undo) continue;
        const t0 = now();
        const anchorer = qm.createAnchorer(document.body);
        builds.push(now() - t0);
        rows.push(await anchorOne(anchorer, described[i], i, anchorer.model));
        undo();
      }
    }
    out[cls] = { rows, builds };
  }
  return out;
}

/** Re-anchors many annotations at once (model build included), as the content script does on a visit. */
function timeBatch(described, repeat = 9) {
  const list = described.map((d) => d.qm);
  const times = [];
  const builds = [];
  let results = [];
  for (let k = 0; k < repeat; k++) {
    // What anchorAll does, timed in two parts: the text model, then the anchoring.
    const t0 = now();
    const anchorer = qm.createAnchorer(document.body);
    builds.push(now() - t0);
    results = anchorer.anchorAll(list);
    times.push(now() - t0);
  }
  const statuses = {};
  for (const r of results) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  return { times, builds, statuses, n: list.length };
}

/** Our anchoring module, for ad-hoc checks from page.evaluate while investigating a result. */
window.__qm = qm;
window.__bench = {
  modelInfo,
  describe,
  run,
  timeBatch,
  applyGlobal: (cls, seed, n) => GLOBAL[cls](mulberry32(seed), n),
};
