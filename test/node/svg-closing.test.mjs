// The template minifier must keep SVG shapes self-closed: in Lit's svg`` templates an
// unclosed `<circle …>` makes the next shape its child, and that shape is never drawn.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const files = dir =>
  readdirSync(dir, { withFileTypes: true }).flatMap(d =>
    d.isDirectory() ? files(join(dir, d.name)) : d.name.endsWith('.js') ? [join(dir, d.name)] : [],
  );
// an empty SVG shape opened but neither self-closed nor closed right after
const UNCLOSED = /<(circle|ellipse|line|path|polygon|polyline|rect|use)\b[^<>]*[^/<>]>(?!<\/\1>)/g;

test(
  'every SVG shape in dist/ is closed',
  { skip: !existsSync(dist) && 'dist/ is not built' },
  () => {
    const bad = [];
    for (const file of files(dist)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(UNCLOSED))
        bad.push(`${file.replace(dist, '')}: ${m[0].slice(0, 60)}`);
    }
    assert.deepEqual(bad, []);
  },
);
