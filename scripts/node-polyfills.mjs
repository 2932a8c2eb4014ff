// Node 20 lacks Map.groupBy / Object.groupBy, which Vitest 5's failure reporter calls: without this, a failing test
// crashes the reporter instead of printing the failure. (Node ≥ 21 has both; this does nothing there.)
if (!Map.groupBy) {
  Map.groupBy = (items, key) => {
    const out = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      if (!out.has(k)) out.set(k, []);
      out.get(k).push(item);
    }
    return out;
  };
}
if (!Object.groupBy) {
  Object.groupBy = (items, key) => Object.fromEntries(Map.groupBy(items, key));
}
