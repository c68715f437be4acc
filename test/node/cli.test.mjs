// The `myocheck` command, run as a user runs it (node bin/myocheck.js): validate, review, init,
// schema, help. Run after `npm run build`.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { importTs, ROOT } from './load-ts.mjs';

const { defaultPack, validatePack, SYMPTOM_IDS, renderReviewSheet, escapeHtml } = await importTs(`
  export * from './src/core/index.ts';
  export { renderReviewSheet, escapeHtml } from './src/cli/review-sheet.ts';
`);
const BIN = join(ROOT, 'bin/myocheck.js');
const dir = mkdtempSync(join(tmpdir(), 'myocheck-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in the temporary folder: { code, stdout, stderr }. */
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

/** Writes a pack (an object as JSON, or text as it is) to the temporary folder. */
function write(name, pack) {
  writeFileSync(join(dir, name), typeof pack === 'string' ? pack : JSON.stringify(pack, null, 2));
  return name;
}
const clone = () => structuredClone(defaultPack);
/** The tags of a page with its attribute values emptied (escaped text inside them is no tag). */
const markup = html => html.replace(/"[^"]*"/g, '""');
const changed = change => {
  const pack = clone();
  change(pack);
  return pack;
};

describe('myocheck --help and --version', () => {
  it('--help lists every command, exit 0', async () => {
    const { code, stdout } = await myocheck('--help');
    assert.equal(code, 0);
    for (const command of ['validate', 'review', 'init', 'schema'])
      assert.match(stdout, new RegExp(`^  ${command} `, 'm'));
  });

  it('each command has its own help', async () => {
    for (const command of ['validate', 'review', 'init', 'schema']) {
      const { code, stdout } = await myocheck(command, '--help');
      assert.equal(code, 0);
      assert.match(stdout, new RegExp(`^Usage: myocheck ${command}`));
    }
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(await myocheck('--version'), { code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('bad usage exits 2 with a hint', async () => {
    for (const args of [[], ['lint'], ['validate'], ['validate', '--yaml', 'x.json']]) {
      const { code, stderr } = await myocheck(...args);
      assert.equal(code, 2, args.join(' '));
      if (args.length) assert.match(stderr, /See "myocheck --help"/);
    }
  });
});

describe('myocheck validate', () => {
  it('a valid pack: exit 0, its id, version and fingerprint', async () => {
    const file = write('valid.json', defaultPack);
    const { code, stdout } = await myocheck('validate', file);
    assert.equal(code, 0);
    assert.match(stdout, /^valid\.json: valid \(inomyalgia 1\.0\.0, sha256:[0-9a-f]{64}\)\n$/);
  });

  // One row per kind of problem validatePack reports.
  const kinds = [
    ['not an object', () => [1, 2]],
    ['a missing field', p => delete p.id],
    ['a text without English', p => (p.questions[0].label = { es: 'x' })],
    ['a text that is not a string', p => (p.rules[2].message = { en: 42 })],
    ['a list that is not a list', p => (p.areas = {})],
    ['an empty list', p => (p.regions = [])],
    ['a duplicate id', p => (p.questions[1].id = p.questions[0].id)],
    ['an unknown enumerated value', p => (p.questions[0].section = 'feelings')],
    ['an unknown reference', p => (p.rules[2].when = { any: [{ question: 'sleep', equals: 1 }] })],
    ['an unknown option', p => (p.rules[5].when.in = ['fainting'])],
    ['an unknown parameter', p => (p.rules[1].when.atLeast = { param: 'months' })],
    ['a condition without an operator', p => (p.rules[2].when = { foo: 1 })],
    ['a number that is not finite', p => (p.params.thresholdMonths = 'three')],
    ['a bad url', p => (p.sources[0].url = 'javascript:alert(1)')],
    ['a bad whole number', p => (p.widespread.minRegions = 0)],
    ['English missing from languages', p => (p.languages = ['es'])],
  ];
  for (const [kind, change] of kinds)
    it(`${kind}: exit 1, every problem as file: path: message`, async () => {
      const pack = kind === 'not an object' ? change() : changed(change);
      const problems = validatePack(pack);
      assert.ok(problems.length, 'the fixture is invalid');
      const { code, stdout } = await myocheck('validate', write('bad.json', pack));
      assert.equal(code, 1);
      const expected = problems.map(p => `bad.json: ${p.path ? `${p.path}: ` : ''}${p.message}`);
      const n = problems.length;
      assert.equal(
        stdout,
        `${expected.join('\n')}\n\n${n} problem${n === 1 ? '' : 's'} in 1 of 1 file\n`,
      );
    });

  it('reports every problem of several files, and which files are fine', async () => {
    const a = write('a.json', defaultPack);
    const b = write(
      'b.json',
      changed(p => {
        delete p.id;
        p.areas[0].region = 'head';
      }),
    );
    const { code, stdout } = await myocheck('validate', a, b, 'missing.json');
    assert.equal(code, 1);
    assert.match(stdout, /^a\.json: valid/m);
    assert.match(stdout, /^b\.json: id: must be a non-empty string$/m);
    assert.match(stdout, /^b\.json: areas\[0\]\.region: unknown region "head"$/m);
    assert.match(stdout, /^missing\.json: could not read the file: no such file$/m);
    assert.match(stdout, /\n3 problems in 2 of 3 files\n$/);
  });

  const syntax = [
    ['a missing comma', '{\n  "id": "x",\n  "version": "1"\n  "url": "u"\n}', 4, 3, /',' or '}'/],
    ['a trailing comma', '{\n  "languages": ["en",]\n}', 2, 22, /a value/],
    ['a cut-off file', '{\n  "id": "x",\n  "title": {"en": "Muscle', 3, 26, /closing quote/],
    ['a single-quoted key', "{\n\t'id': 1 }", 2, 2, /property name in double quotes/],
    ['text after the pack', '{}\n{}', 2, 1, /end of the file/],
    ['an empty file', '', 1, 1, /a value/],
    ['a byte-order mark, then an error', '\uFEFF{\n  x\n}', 2, 3, /property name/],
    ['a line break inside a string', '{"id": "a\nb"}', 1, 10, /control character/],
  ];
  for (const [name, text, line, column, message] of syntax)
    it(`a syntax error (${name}): file:line:column`, async () => {
      const { code, stdout } = await myocheck('validate', write('syntax.json', text));
      assert.equal(code, 1);
      const first = stdout.split('\n')[0];
      assert.match(first, new RegExp(`^syntax\\.json:${line}:${column}: JSON syntax error: `));
      assert.match(first, message);
    });

  it('a byte-order mark before a valid pack is fine', async () => {
    const file = write('bom.json', `\uFEFF${JSON.stringify(defaultPack)}`);
    assert.equal((await myocheck('validate', file)).code, 0);
  });

  it('--json: one machine-readable report, same exit codes', async () => {
    const good = write('good.json', defaultPack);
    const bad = write(
      'bad.json',
      changed(p => (p.rules[0].level = 'none')),
    );
    const broken = write('broken.json', '{\n  "id": }');
    const { code, stdout } = await myocheck('validate', '--json', good, bad, broken);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.equal(report.valid, false);
    assert.deepEqual(
      report.files.map(f => [f.file, f.valid]),
      [
        ['good.json', true],
        ['bad.json', false],
        ['broken.json', false],
      ],
    );
    assert.equal(report.files[0].id, 'inomyalgia');
    assert.match(report.files[0].fingerprint, /^sha256:[0-9a-f]{64}$/);
    assert.deepEqual(report.files[0].problems, []);
    assert.deepEqual(
      report.files[1].problems,
      validatePack(changed(p => (p.rules[0].level = 'none'))),
    );
    const [syntaxError] = report.files[2].problems;
    assert.deepEqual([syntaxError.path, syntaxError.line, syntaxError.column], ['', 2, 9]);
    const ok = await myocheck('validate', good, '--json');
    assert.equal(ok.code, 0);
    assert.equal(JSON.parse(ok.stdout).valid, true);
  });

  it('the fingerprint ignores layout, key order and "$schema", and changes with any text', async () => {
    const fingerprint = async pack => {
      const { stdout } = await myocheck('validate', '--json', write('f.json', pack));
      return JSON.parse(stdout).files[0].fingerprint;
    };
    const base = await fingerprint(JSON.stringify(defaultPack));
    const reordered = Object.fromEntries(Object.entries(clone()).reverse());
    assert.equal(await fingerprint(JSON.stringify(reordered, null, 4)), base);
    assert.equal(await fingerprint({ $schema: 'x.json', ...clone() }), base);
    assert.notEqual(await fingerprint(changed(p => (p.questions[3].label.es += '.'))), base);
  });
});

describe('myocheck review', () => {
  let sheet;
  it('prints the default pack’s sheet, exit 0, the same every time', async () => {
    const first = await myocheck('review');
    assert.equal(first.code, 0);
    sheet = first.stdout;
    assert.match(sheet, /^<!doctype html>/);
    assert.equal((await myocheck('review')).stdout, sheet);
  });

  const has = (text, what) =>
    assert.ok(sheet.includes(escapeHtml(text)), `missing ${what}: ${text}`);
  const texts = value =>
    typeof value === 'string' ? [value] : Object.values(value ?? {}).flatMap(texts);

  it('has every question and option, in every language', () => {
    for (const q of defaultPack.questions) {
      has(q.id, 'question id');
      for (const text of [...texts(q.label), ...texts(q.description)]) has(text, q.id);
      for (const o of q.options ?? []) for (const text of texts(o.label)) has(text, o.id);
    }
    assert.deepEqual(defaultPack.languages, ['en', 'es']);
    assert.ok(!sheet.includes('⚠ Missing'), 'the default pack is fully translated');
  });

  it('has every rule in plain words, with its level and messages in every language', () => {
    for (const r of defaultPack.rules) {
      has(r.id, 'rule id');
      for (const text of [...texts(r.message), ...texts(r.emergencyMessage)]) has(text, r.id);
    }
    assert.match(
      sheet,
      /See a doctor when:<\/strong> the answer to “How long have you had this pain\?” has a value of 3 \(the threshold thresholdMonths, which a page can change with its threshold-months attribute\) or more: “More than 3 months, up to 6”, “6 to 12 months” or “More than 12 months”/,
    );
    assert.match(
      sheet,
      /See a doctor when:<\/strong> the answer to “Does the pain disrupt your sleep\?” is “yes”/,
    );
    assert.match(
      sheet,
      /Get medical care now when:<\/strong> the answers to “Along with the muscle pain, do you have any of these\?” include “Trouble breathing or dizziness”, “Extreme muscle weakness” or “A high fever and a stiff neck”/,
    );
    assert.match(
      sheet,
      /Self-care when:<\/strong> any of these:<ul><li>at least 1 of the 6 symptoms is reported<\/li><li>at least 1 painful body area is chosen<\/li><\/ul>/,
    );
  });

  it('has the body areas, regions and how “pain in many areas” is counted', () => {
    for (const item of [...defaultPack.areas, ...defaultPack.regions]) {
      has(item.id, 'id');
      for (const text of texts(item.label)) has(text, item.id);
    }
    assert.match(
      sheet,
      /painful areas in at least 4 of the 5 regions, not counting “<bdi>Left jaw<\/bdi>”, “<bdi>Right jaw<\/bdi>”, “<bdi>Chest<\/bdi>” or “<bdi>Abdomen<\/bdi>”/,
    );
  });

  it('has every source with what cites it, and what is from the article', () => {
    for (const s of defaultPack.sources) {
      has(s.title, 'source title');
      has(s.publisher, 'source publisher');
      assert.ok(sheet.includes(`<a href="${s.url}" rel="noreferrer">${s.url}</a>`), s.url);
    }
    assert.match(
      sheet,
      /Cited by: question “<bdi>Along with the muscle pain[^]*?rule <span class="id">red-flags<\/span>\./,
    );
    assert.match(
      sheet,
      /From the article<\/strong> \(no source named\): question “<bdi>Widespread muscle pain<\/bdi>”/,
    );
  });

  it('has the fingerprint, a blank sign-off block, the intended use and the disclaimer', async () => {
    const { stdout } = await myocheck('validate', '--json', write('d.json', defaultPack));
    has(JSON.parse(stdout).files[0].fingerprint, 'fingerprint');
    assert.match(
      sheet,
      /<th scope="col">Name<\/th><th scope="col">Role<\/th><th scope="col">Date<\/th><th scope="col">Signature<\/th>/,
    );
    assert.match(sheet, /<h2 id="intended-use">Intended use<\/h2>/);
    assert.match(sheet, /not a diagnosis, not triage and not for emergencies/);
    for (const text of texts(defaultPack.disclaimer)) has(text, 'disclaimer');
    assert.doesNotMatch(sheet, /\b20\d\d-\d\d-\d\d\b/, 'no date: the reviewer writes it');
  });

  it('runs no script and loads nothing: the only external addresses are the sources’ links', () => {
    assert.doesNotMatch(
      markup(sheet),
      /<script|<iframe|<object|<embed|<img|<link|<base|<[^>]*\son\w+=|javascript:|@import|url\(/i,
    );
    assert.match(
      sheet,
      /http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-/,
    );
    const sourceUrls = defaultPack.sources.map(s => s.url);
    const urls = sheet.match(/https?:\/\/[^\s"'<>)]+/g);
    assert.deepEqual(
      [...new Set(urls)].filter(u => !sourceUrls.includes(u)),
      [],
    );
    for (const [, href] of sheet.matchAll(/href="([^"]*)"/g))
      assert.ok(href.startsWith('#') || sourceUrls.includes(href), href);
  });

  // The build rewrites docs/content-review.html, so after `npm run build` the file on disk is
  // always current: the copy in git (the index, so `git add` is enough) must match it too.
  it('docs/content-review.html is what review prints, on disk and in git', async () => {
    const fix = 'run `npm run build`, review the changes in docs/content-review.html and commit it';
    const onDisk = readFileSync(join(ROOT, 'docs/content-review.html'), 'utf8');
    assert.ok(
      onDisk === sheet,
      `docs/content-review.html differs from \`myocheck review\`: ${fix}`,
    );
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const fromSource = renderReviewSheet(defaultPack, { version });
    assert.ok(fromSource === sheet, `the sources give another sheet than the build: ${fix}`);
    let inGit;
    try {
      ({ stdout: inGit } = await promisify(execFile)('git', ['show', ':docs/content-review.html'], {
        cwd: ROOT,
        maxBuffer: 10_000_000,
      }));
    } catch {
      return; // not a git checkout (an unpacked tarball): nothing more to compare
    }
    assert.ok(inGit === sheet, `the committed docs/content-review.html is out of date: ${fix}`);
  });

  it('escapes every text of a hostile pack', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const pack = clone();
    pack.id = `id${evil}`;
    pack.version = evil;
    pack.title = { en: evil, es: evil };
    pack.languages = ['en', 'es', `x"><script>alert(3)</script>`];
    pack.questions[0].label = { en: evil, es: evil };
    pack.questions[0].id = `q${evil}`;
    pack.questions[7].options[0].label.en = evil;
    pack.questions[7].options[0].id = `o${evil}`;
    pack.rules[1].message = { en: { one: evil, other: evil }, [evil]: evil };
    pack.rules[1].id = `r${evil}`;
    pack.areas[0].label.en = evil;
    pack.regions[0].label.en = evil;
    pack.sources[0].title = evil;
    pack.sources[0].publisher = evil;
    pack.sources[0].url = `https://example.org/"><script>alert(4)</script>`;
    pack.selfCare.tips[0].en = evil;
    pack.disclaimer.en = evil;
    pack.params[evil] = 1;
    assert.deepEqual(validatePack(pack), [], 'the hostile pack is valid');
    const { code, stdout } = await myocheck(
      'review',
      write('evil.json', pack),
      '--lang',
      `en,es,${evil}`,
    );
    assert.equal(code, 0);
    assert.doesNotMatch(markup(stdout), /<script|<img|<[^>]*\son\w+=/i);
    assert.ok(
      stdout.includes(
        '&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;',
      ),
    );
    assert.ok(
      stdout.includes('href="https://example.org/&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"'),
    );
  });

  it('marks a missing translation, and warns about a language the pack lacks', async () => {
    const pack = changed(p => delete p.questions[2].label.es);
    const { code, stdout, stderr } = await myocheck(
      'review',
      write('gap.json', pack),
      '--lang',
      'en,es,fr',
    );
    assert.equal(code, 0);
    assert.match(
      stdout,
      /<th scope="row">Question<\/th><td lang="en" dir="auto">Stiffness and tender points<\/td><td class="missing">⚠ Missing \(es\): the widgets show the English text\.<\/td>/,
    );
    // each language's review status beside its column (a language with none recorded: draft)
    assert.match(
      stdout,
      /<th scope="col">fr <span class="status status-draft">draft<\/span><\/th>/,
    );
    assert.match(stderr, /no "fr" texts/);
  });

  it('--lang picks and orders the columns', async () => {
    const { stdout } = await myocheck('review', '--lang', 'es');
    assert.match(
      stdout,
      /<thead><tr><th scope="col">Text<\/th><th scope="col">es <span class="status status-draft">draft<\/span><\/th><\/tr><\/thead>/,
    );
    assert.doesNotMatch(stdout, /lang="en" dir="auto"/);
  });

  it('--out writes the same sheet', async () => {
    const { code, stdout, stderr } = await myocheck('review', '--out', 'sheet.html');
    assert.equal(code, 0);
    assert.equal(stdout, '');
    assert.match(stderr, /Wrote the review sheet of inomyalgia 1\.0\.0 \(sha256:/);
    assert.equal(readFileSync(join(dir, 'sheet.html'), 'utf8'), sheet);
  });

  it('refuses an invalid pack: exit 1, its problems, no sheet', async () => {
    const { code, stdout, stderr } = await myocheck(
      'review',
      write(
        'bad.json',
        changed(p => delete p.id),
      ),
    );
    assert.equal(code, 1);
    assert.equal(stdout, '');
    assert.match(stderr, /^bad\.json: id: must be a non-empty string$/m);
  });
});

describe('myocheck init and schema', () => {
  it('init writes the default pack with "$schema"; it validates and keeps the fingerprint', async () => {
    const { code } = await myocheck('init', 'mine.json');
    assert.equal(code, 0);
    const written = JSON.parse(readFileSync(join(dir, 'mine.json'), 'utf8'));
    assert.equal(typeof written.$schema, 'string');
    assert.deepEqual(
      SYMPTOM_IDS.map(id => written.questions.find(q => q.id === id)?.label.es),
      SYMPTOM_IDS.map(id => defaultPack.questions.find(q => q.id === id).label.es),
    );
    const mine = await myocheck('validate', 'mine.json');
    const original = await myocheck('validate', write('orig.json', defaultPack));
    assert.equal(mine.code, 0);
    assert.equal(mine.stdout.split(' valid ')[1], original.stdout.split(' valid ')[1]);
  });

  it('init does not overwrite a file unless --force', async () => {
    write('taken.json', '{}');
    assert.equal((await myocheck('init', 'taken.json')).code, 1);
    assert.equal(readFileSync(join(dir, 'taken.json'), 'utf8'), '{}');
    assert.equal((await myocheck('init', 'taken.json', '--force')).code, 0);
    assert.notEqual(readFileSync(join(dir, 'taken.json'), 'utf8'), '{}');
  });

  it('schema prints dist/pack.schema.json', async () => {
    const { code, stdout } = await myocheck('schema');
    assert.equal(code, 0);
    assert.equal(stdout, readFileSync(join(ROOT, 'dist/pack.schema.json'), 'utf8'));
  });
});
