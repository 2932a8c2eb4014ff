// A virtual X display (Xvfb) and real X input (xdotool) for what only the browser's own UI can do: the context menu
// and extension keyboard shortcuts. DevTools-protocol input goes straight to the page and never reaches them.
import { execFileSync, spawn } from 'node:child_process';

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
