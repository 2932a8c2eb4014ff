// A virtual X display (Xvfb) and real X input (xdotool) for what only the browser's own UI can do: the context menu,
// extension keyboard shortcuts, permission dialogs. DevTools-protocol input goes straight to the page and never
// reaches them.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const need = ['Xvfb', 'xdotool'];

/** Starts Xvfb on a free display number. Throws a clear message when Xvfb or xdotool is missing. */
export async function startXDisplay() {
  for (const tool of need) {
    try {
      execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    } catch {
      throw new Error(`${tool} is missing: install it with \`apt-get install -y xvfb xdotool\` (.ci/run does).`);
    }
  }
  const child = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1000x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  const number = await new Promise((ok, fail) => {
    let out = '';
    child.stdio[3].on('data', (d) => {
      out += d;
      if (out.includes('\n')) ok(out.trim());
    });
    child.once('exit', (code) => fail(new Error(`Xvfb exited (${code}): ${stderr}`)));
  });
  const display = `:${number}`;
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    /** Runs xdotool on this display; returns its output. */
    xdotool: (...args) => execFileSync('xdotool', args.map(String), { env }).toString(),
    close: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill();
      }),
  };
}

/** Screen coordinates of a point given in the page's viewport CSS pixels (window position + browser chrome). */
export async function toScreen(page, x, y) {
  return page.evaluate(
    ([cx, cy]) => ({
      x: Math.round(screenX + (outerWidth - innerWidth) / 2 + cx),
      y: Math.round(screenY + outerHeight - innerHeight + cy),
    }),
    [x, y],
  );
}

/** A free TCP port on 127.0.0.1, for a debugging server the browser is about to open (e.g. UI DevTools). */
export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * Chromium's own UI (its views) as its UI DevTools server shows them: launch a headed Chromium with
 * `--enable-ui-devtools=PORT`. Browser dialogs such as the extension permission prompt are drawn inside the browser's
 * X window (no window of their own for xdotool to find); this finds them, their buttons and where those are on screen.
 * Read-only: it never presses anything — answer with real X input.
 */
export async function connectBrowserUi(port, timeout = 15_000) {
  // Node ≥ 22 has WebSocket; on Node 20 use the `ws` that playwright-core ships (an exported subpath).
  const Socket = globalThis.WebSocket ?? (await import('playwright-core/lib/utilsBundle')).ws;
  const until = Date.now() + timeout;
  let ws;
  for (;;) {
    ws = new Socket(`ws://127.0.0.1:${port}/0`);
    const opened = await new Promise((ok) => {
      ws.onopen = () => ok(true);
      ws.onerror = () => ok(false);
    });
    if (opened) break;
    if (Date.now() > until) throw new Error(`UI DevTools did not answer on port ${port}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
  let last = 0;
  const waiting = new Map();
  ws.onmessage = (e) => {
    const m = JSON.parse(String(e.data));
    waiting.get(m.id)?.(m);
    waiting.delete(m.id);
  };
  ws.onclose = () => {
    for (const answer of waiting.values()) answer({ error: { message: 'UI DevTools closed' } });
    waiting.clear();
  };
  const call = (method, params = {}) =>
    new Promise((ok, fail) => {
      const id = ++last;
      waiting.set(id, (m) => (m.error ? fail(new Error(`${method}: ${m.error.message}`)) : ok(m.result)));
      ws.send(JSON.stringify({ id, method, params }));
    });
  /** A node's properties (bounds relative to its parent, Text, Enabled, State…) as one name → value map. */
  const props = async (nodeId) => {
    const { matchedCSSRules = [] } = await call('CSS.getMatchedStylesForNode', { nodeId });
    return Object.fromEntries(matchedCSSRules.flatMap((r) => r.rule.style.cssProperties.map((p) => [p.name, p.value])));
  };
  const attr = (node, name) => {
    const a = node.attributes ?? [];
    const i = a.findIndex((v, k) => k % 2 === 0 && v === name);
    return i < 0 ? undefined : a[i + 1];
  };
  return {
    /**
     * The buttons of each open widget named `widget` (a views class such as 'ExtensionInstallDialogView'), in screen
     * pixels (UI DevTools gives DIPs: the same at Xvfb's scale 1); an empty list while there is none. `hovered`: the
     * mouse is over it, which proves a point really hits the button.
     */
    async buttons(widget) {
      const { root } = await call('DOM.getDocument');
      const widgets = [];
      const find = (n) => {
        if (n.nodeName === 'Widget' && attr(n, 'name') === widget) widgets.push(n);
        else for (const c of n.children ?? []) find(c);
      };
      find(root);
      const out = [];
      const walk = async (n, x, y) => {
        const p = await props(n.nodeId);
        const at = { x: x + Number(p.X ?? 0), y: y + Number(p.Y ?? 0) };
        if (/Button$/.test(attr(n, 'class') ?? '') && 'Text' in p) {
          const [width, height] = [Number(p.Width), Number(p.Height)];
          out.push({
            text: p.Text,
            enabled: p.Enabled === 'true',
            hovered: p.State === 'STATE_HOVERED',
            ...at,
            width,
            height,
          });
        }
        for (const c of n.children ?? []) if (c.nodeName === 'View') await walk(c, at.x, at.y);
      };
      for (const w of widgets) {
        const p = await props(w.nodeId);
        if (p.Visible !== 'true') continue;
        for (const c of w.children ?? []) if (c.nodeName === 'View') await walk(c, Number(p.X), Number(p.Y));
      }
      return out;
    },
    close: () => ws.close(),
  };
}
