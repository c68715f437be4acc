// Bytes shipped: minified, gzip -9 (node:zlib level 9, no file name, like `gzip -9 -n`) and
// brotli at quality 11 (like `brotli -q 11`).
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

export function sizesOf(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Sizes of each file and their sum, split into JS and CSS. */
export function sizesOfFiles(files) {
  const zero = () => ({ min: 0, gzip: 0, brotli: 0 });
  const total = { js: zero(), css: zero() };
  const each = files.map(({ path, label }) => {
    const kind = path.endsWith('.css') ? 'css' : 'js';
    const s = sizesOf(readFileSync(path));
    for (const k of Object.keys(s)) total[kind][k] += s[k];
    return { file: label, kind, ...s };
  });
  return { files: each, js: total.js, css: total.css };
}
