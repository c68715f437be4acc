// A content pack is someone else's file: what `myocheck` prints of it reaches a terminal with its
// control characters escaped, an id or version holding one is refused, and a pack nested too
// deep is refused with the limit named (not "Maximum call stack size exceeded").
// Run after `npm run build` (node bin/myocheck.js): node --test test/node/cli-terminal.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { importTs, ROOT } from './load-ts.mjs';

const { defaultPack, validatePack, MAX_PACK_NESTING } = await importTs(`
  export * from './src/core/index.ts';
  export { MAX_PACK_NESTING } from './src/core/validate.ts';
`);
const BIN = join(ROOT, 'bin/myocheck.js');
const dir = mkdtempSync(join(tmpdir(), 'myocheck-cli-terminal-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function myocheck(...args) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [BIN, ...args], {
      cwd: dir,
      maxBuffer: 10_000_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}
const write = (name, text) => (writeFileSync(join(dir, name), text), name);
const packWith = change => {
  const pack = structuredClone(defaultPack);
  change(pack);
  return JSON.stringify(pack, null, 2);
};
/** A control character a terminal would act on: C0 but tab and line feed, DEL, C1. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const ESC = '\x1b[8m';

describe('myocheck prints no raw control character of a pack', () => {
  it('validate: a version with an escape sequence is refused, and printed escaped', async () => {
    const file = write(
      'esc-version.json',
      packWith(p => (p.version = `1.0${ESC}sha256:fake`)),
    );
    const { code, stdout, stderr } = await myocheck('validate', file);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout + stderr, RAW);
    assert.match(stdout, /^esc-version\.json: version: must not hold control characters/m);
  });

  it('validate: a problem that quotes a pack value prints it escaped, line breaks too', async () => {
    const file = write(
      'esc-region.json',
      packWith(p => (p.areas[0].region = `x${ESC}\u009b2J\u007f\nfake.json: valid`)),
    );
    const { code, stdout } = await myocheck('validate', file);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, RAW);
    // describeValue quotes it as JSON (\u001b, \n); what JSON leaves raw is escaped here
    assert.ok(stdout.includes('"x\\u001b[8m\\x9B2J\\x7F\\nfake.json: valid"'), stdout);
    assert.doesNotMatch(stdout, /^fake\.json/m, 'no line of its own');
  });

  it('validate --json: DEL and C1 characters escaped too (JSON.stringify leaves them raw)', async () => {
    const file = write(
      'c1-id.json',
      packWith(p => (p.areas[0].region = 'x\u009b8m\u007f')),
    );
    const { code, stdout } = await myocheck('validate', '--json', file);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout, RAW);
    assert.match(stdout, /\\u009b8m\\u007f/);
    const report = JSON.parse(stdout);
    assert.equal(report.files[0].problems[0].message, 'unknown region "x\u009b8m\u007f"');
  });

  it('review: the sheet on a terminal shows a label’s control characters escaped', async () => {
    const file = write(
      'esc-label.json',
      packWith(p => (p.questions[0].label.en = `Pain${ESC}`)),
    );
    const { code, stdout } = await myocheck('review', file);
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, RAW);
    assert.ok(stdout.includes('Pain\\x1B[8m'));
  });
});

describe('validatePack: id and version', () => {
  for (const [key, value] of [
    ['id', 'my\x1b[2Kpack'],
    ['version', '1.0\x1b[8m'],
    ['version', '1.0\n2.0'],
    ['id', 'pack\u009b'],
    ['version', '1\u007f'],
  ])
    it(`refuses ${JSON.stringify(value)} as ${key}`, () => {
      const pack = structuredClone(defaultPack);
      pack[key] = value;
      assert.deepEqual(validatePack(pack), [
        {
          path: key,
          message: 'must not hold control characters (such as ESC, a tab or a line break)',
        },
      ]);
    });
});

describe('a pack nested too deep', () => {
  const nested = (n, inner = '{}') => '{"a":'.repeat(n) + inner + '}'.repeat(n);
  const LIMIT = `nested more than ${MAX_PACK_NESTING} levels deep (objects and lists inside each other): the limit is ${MAX_PACK_NESTING}`;

  it('validate: 10,000 levels are refused with the limit named', async () => {
    const file = write(
      'deep.json',
      packWith(() => {}).replace(/^\{/, `{"extra":${nested(10_000)},`),
    );
    const { code, stdout, stderr } = await myocheck('validate', file);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout + stderr, /call stack/);
    assert.equal(stdout.split('\n')[0], `deep.json: is ${LIMIT}`);
  });

  it('validate: deep and broken JSON names the limit, not the stack', async () => {
    const file = write('deep-broken.json', '['.repeat(100_000));
    const { code, stdout, stderr } = await myocheck('validate', file);
    assert.equal(code, 1);
    assert.doesNotMatch(stdout + stderr, /call stack/);
    assert.ok(
      stdout.startsWith(
        `deep-broken.json:1:${MAX_PACK_NESTING + 1}: JSON syntax error: ${LIMIT}\n`,
      ),
      stdout,
    );
  });

  it('validatePack: the limit, exactly; the default pack is far inside it', () => {
    const pack = structuredClone(defaultPack);
    pack.extra = JSON.parse(nested(MAX_PACK_NESTING - 2));
    assert.deepEqual(validatePack(pack), [], 'the limit itself is allowed');
    pack.extra = JSON.parse(nested(MAX_PACK_NESTING - 1));
    assert.deepEqual(validatePack(pack), [{ path: '', message: `is ${LIMIT}` }]);
    assert.deepEqual(validatePack(defaultPack), []);
  });
});
