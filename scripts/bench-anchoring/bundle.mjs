/**
 * Bundles the in-page harness (our anchoring code + both peers) into one IIFE string with rolldown (the bundler
 * vite 8 ships; esbuild is not installed). `@apache-annotator/selector` resolves to the real package when present,
 * else to our documented-behaviour stand-in (apache-selector-shim.mjs).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

export async function buildBundle(root) {
  const shim = resolve(import.meta.dirname, 'apache-selector-shim.mjs');
  let real = null;
  try {
    real = createRequire(resolve(root, 'node_modules/@apache-annotator/dom/package.json')).resolve(
      '@apache-annotator/selector',
    );
  } catch {}
  const bundle = await rolldown({
    input: resolve(import.meta.dirname, 'entry.mjs'),
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'apache-selector',
        resolveId: (id) => (id === '@apache-annotator/selector' ? (real ?? shim) : null),
      },
    ],
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  if (!real) console.error('note: @apache-annotator/selector is not installed; using the stand-in shim');
  return output[0].code;
}
