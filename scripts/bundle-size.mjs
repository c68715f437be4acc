// How the size tests and scripts/size-parts.mjs measure an entry of dist/: bundled with what it
// imports (Lit included) and minified by esbuild, as an app would ship it, then gzip -9.
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../', import.meta.url));

/** Bytes after gzip -9 (node:zlib level 9). */
export const gzip9 = bytes => gzipSync(bytes, { level: 9 }).length;

/**
 * `entry` (absolute, or relative to the repository root) bundled and minified: the code, its
 * gzip -9 size and esbuild's inputs (`bytesInOutput` per module). `plugins` go to esbuild.
 */
export async function bundleMinified(entry, plugins = []) {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    write: false,
    metafile: true,
    absWorkingDir: root, // lit resolves from the root node_modules
    logLevel: 'silent',
    plugins,
  });
  const code = Buffer.from(result.outputFiles[0].contents);
  return { code, gzip: gzip9(code), inputs: Object.values(result.metafile.outputs)[0].inputs };
}
