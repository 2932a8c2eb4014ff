/**
 * Bundles the in-page harness (our anchoring code + both peers) into one IIFE string with rolldown (the bundler
 * vite 8 ships; esbuild is not installed). `@apache-annotator/dom` 0.2.0 lists `@apache-annotator/selector` only as a
 * devDependency, so the project installs that real package itself (package.json); no stand-in is used.
 */
import { resolve } from 'node:path';
import { rolldown } from 'rolldown';

export async function buildBundle() {
  const bundle = await rolldown({
    input: resolve(import.meta.dirname, 'entry.mjs'),
    platform: 'browser',
    logLevel: 'silent',
  });
  const { output } = await bundle.generate({ format: 'iife' });
  await bundle.close();
  return output[0].code;
}
