// Packs the built library as npm would publish it, into tmp/myocheck.tgz (a fixed name, whatever
// the version), and returns that path. Used by the SSR test and scripts/test-examples.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TARBALL = join(ROOT, 'tmp/myocheck.tgz');

/** `npm pack` of the current dist/ (build first) into tmp/myocheck.tgz; returns its path. */
export function pack() {
  mkdirSync(dirname(TARBALL), { recursive: true });
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', dirname(TARBALL)], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const [{ filename }] = JSON.parse(out);
  renameSync(join(dirname(TARBALL), filename), TARBALL);
  return TARBALL;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) console.log(pack());
