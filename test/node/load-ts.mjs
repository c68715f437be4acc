// Node tests import the DOM-free TypeScript (the core, the CLI, the shared fast-check
// generators) by bundling it in memory with esbuild: no build step, one copy of each module.
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Bundles `source` (module code with paths relative to the repo root) and imports it. */
export async function importTs(source) {
  const bundled = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
  });
  const code = bundled.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}
