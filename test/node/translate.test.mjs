// Languages in packs: `myocheck translate export|import` (XLIFF 2.0), each language's review
// status, and the warnings `validate` gives for texts missing in a declared language. Runs the
// command's `run()` from the sources (no build needed).
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { importTs } from './load-ts.mjs';

const { run, defaultPack, forEachPackText, packFingerprint, packTexts, UI_TEXTS, readXliff } =
  await importTs(`
  export { run, packFingerprint } from './src/cli/index.ts';
  export { defaultPack } from './src/core/index.ts';
  export { forEachPackText } from './src/core/locale.ts';
  export { packTexts, UI_TEXTS } from './src/cli/texts.ts';
  export { readXliff } from './src/cli/xliff.ts';
`);
const dir = mkdtempSync(join(tmpdir(), 'myocheck-translate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the command in the temporary folder: { code, stdout, stderr }. */
async function myocheck(...args) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: t => (stdout += t), stderr: t => (stderr += t), cwd: dir };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
const write = (name, value) => {
  writeFileSync(
    join(dir, name),
    typeof value === 'string' ? value : JSON.stringify(value, null, 2),
  );
  return name;
};
const read = name => readFileSync(join(dir, name), 'utf8');
const readPack = name => JSON.parse(read(name));
const escapeRe = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The XLIFF with `<target>` of unit `id` set to `target` (XML). */
function setTarget(xml, id, target) {
  const unit = new RegExp(
    `(<unit id="${escapeRe(id)}"[\\s\\S]*?</source>)(\\s*<target>[\\s\\S]*?</target>)?`,
  );
  assert.match(xml, unit, `unit ${id} is in the file`);
  return xml.replace(unit, (_, head) => `${head}<target>${target}</target>`);
}

describe('myocheck translate export', () => {
  it('has a unit for every text a language can give the pack (the short names and notes too)', () => {
    const keys = [];
    forEachPackText(defaultPack, key => keys.push(key));
    assert.deepEqual(
      packTexts(defaultPack)
        .map(t => t.key)
        .sort(),
      keys.sort(),
    );
  });

  it('writes XLIFF 2.0: one unit per pack text and per interface string, with notes', async () => {
    const { code, stderr } = await myocheck(
      'translate',
      'export',
      '--lang',
      'pl',
      '--out',
      'pl.xlf',
    );
    assert.equal(code, 0, stderr);
    const xml = read('pl.xlf');
    assert.match(
      xml,
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="pl">/,
    );
    const doc = readXliff(xml);
    const ids = doc.files.pack.map(u => u.id);
    // a plain text: one unit; a plural message: one unit per Polish plural form
    for (const t of packTexts(defaultPack)) {
      const plural = typeof t.text.en === 'object';
      if (!plural) assert.ok(ids.includes(t.key), t.key);
      else
        for (const form of ['one', 'few', 'many', 'other'])
          assert.ok(ids.includes(`${t.key}:${form}`));
    }
    const uiIds = doc.files.ui.map(u => u.id);
    for (const t of UI_TEXTS) if (typeof t.en === 'string') assert.ok(uiIds.includes(t.key), t.key);
    assert.ok(uiIds.includes('areasCount:few'));
    const fatigue = doc.files.pack.find(u => u.id === 'q.fatigue.label');
    assert.deepEqual(fatigue.source, ['Fatigue and low energy']);
    assert.equal(fatigue.target, undefined, 'no Polish yet');
    assert.match(fatigue.note, /question “fatigue”/);
  });

  it('keeps placeholders as inline codes a CAT tool protects', async () => {
    await myocheck('translate', 'export', '--lang', 'es', '--out', 'es.xlf');
    const xml = read('es.xlf');
    const unit = xml.match(/<unit id="rule\.red-flags\.emergency"[\s\S]*?<\/unit>/)[0];
    assert.match(
      unit,
      /<ph id="1" canDelete="no" disp="\{emergencyNumber\}" equiv="\{emergencyNumber\}"\/>/,
    );
    assert.match(unit, /Keep \{emergencyNumber\} as they are/);
    // the current Spanish is the target, its code paired with the source's
    assert.match(unit, /<target>[^<]*<ph id="1"[^>]*\/>[^<]*<\/target>/);
    const duration = xml.match(/<unit id="rule\.duration:one"[\s\S]*?<\/unit>/)[0];
    assert.match(
      duration,
      /<source>pain for more than <ph id="1" canDelete="no" disp="#" equiv="#"\/> month<\/source>/,
    );
    assert.match(duration, /Plural form “one”, for 1/);
  });

  it('gives Arabic its six plural forms', async () => {
    await myocheck('translate', 'export', '--lang', 'ar', '--out', 'ar.xlf');
    const ids = readXliff(read('ar.xlf')).files.ui.map(u => u.id);
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other'])
      assert.ok(ids.includes(`areasCount:${form}`), form);
  });

  it('needs --lang, and a language other than English', async () => {
    assert.equal((await myocheck('translate', 'export')).code, 2);
    assert.equal((await myocheck('translate', 'export', '--lang', 'en')).code, 2);
    assert.equal((await myocheck('translate', 'frobnicate')).code, 2);
  });
});

describe('myocheck translate import', () => {
  it('export then import with nothing changed gives the same pack (same fingerprint)', async () => {
    write('pack.json', defaultPack);
    for (const lang of ['es', 'pl']) {
      await myocheck('translate', 'export', '--lang', lang, 'pack.json', '--out', `${lang}.xlf`);
      const { code, stderr } = await myocheck(
        'translate',
        'import',
        `${lang}.xlf`,
        'pack.json',
        '--out',
        `back-${lang}.json`,
      );
      assert.equal(code, 0, stderr);
      assert.equal(
        packFingerprint(readPack(`back-${lang}.json`)),
        packFingerprint(defaultPack),
        lang,
      );
      assert.match(stderr, /with 0 .* texts merged/);
    }
  });

  it("merges a translator's edits: pack texts, plural forms and the interface text", async () => {
    write('pack.json', defaultPack);
    await myocheck('translate', 'export', '--lang', 'pl', 'pack.json', '--out', 'pl.xlf');
    let xml = read('pl.xlf');
    xml = setTarget(xml, 'q.fatigue.label', 'Zmęczenie i brak energii');
    xml = setTarget(xml, 'rule.red-flags.emergency', 'znak ostrzegawczy: zadzwoń pod <ph id="1"/>');
    xml = setTarget(xml, 'rule.duration:one', 'ból dłużej niż <ph id="1"/> miesiąc');
    xml = setTarget(xml, 'rule.duration:few', 'ból dłużej niż <ph id="1"/> miesiące');
    xml = setTarget(xml, 'rule.duration:many', 'ból dłużej niż <ph id="1"/> miesięcy');
    xml = setTarget(xml, 'rule.duration:other', 'ból dłużej niż <ph id="1"/> miesiąca');
    xml = setTarget(xml, 'next', 'Dalej');
    xml = setTarget(xml, 'areasCount:other', '<ph id="1"/> z <ph id="2"/> obszaru');
    write('pl.xlf', xml);
    const { code, stderr } = await myocheck('translate', 'import', 'pl.xlf', 'pack.json');
    assert.equal(code, 0, stderr);
    const pack = readPack('pack.json');
    assert.equal(pack.questions.find(q => q.id === 'fatigue').label.pl, 'Zmęczenie i brak energii');
    assert.equal(
      pack.rules.find(r => r.id === 'red-flags').emergencyMessage.pl,
      'znak ostrzegawczy: zadzwoń pod {emergencyNumber}',
    );
    assert.deepEqual(pack.rules.find(r => r.id === 'duration').message.pl, {
      one: 'ból dłużej niż # miesiąc',
      few: 'ból dłużej niż # miesiące',
      many: 'ból dłużej niż # miesięcy',
      other: 'ból dłużej niż # miesiąca',
    });
    assert.deepEqual(pack.ui, {
      pl: { next: 'Dalej', areasCount: { other: '# z {total} obszaru' } },
    });
    assert.ok(pack.languages.includes('pl'));
    assert.deepEqual(pack.translations.pl, { status: 'draft' });
    // the pack validates; what is still English is listed, one line per text
    const validated = await myocheck('validate', 'pack.json');
    assert.equal(validated.code, 0, validated.stdout);
    assert.match(validated.stdout, /^pack\.json: valid/);
    assert.doesNotMatch(validated.stdout, /warning: q\.fatigue\.label:/);
    assert.match(
      validated.stdout,
      /^pack\.json: warning: q\.fatigue\.description: no Polish \(pl\) text: the widgets show the English$/m,
    );
    assert.match(
      validated.stdout,
      /^pack\.json: warning: ui\.pl\.previous: no Polish \(pl\) interface text/m,
    );
    assert.doesNotMatch(validated.stdout, /warning: ui\.pl\.next:/);
    // a second round trip of the merged pack changes nothing
    await myocheck('translate', 'export', '--lang', 'pl', 'pack.json', '--out', 'pl2.xlf');
    await myocheck('translate', 'import', 'pl2.xlf', 'pack.json', '--out', 'pack2.json');
    assert.equal(packFingerprint(readPack('pack2.json')), packFingerprint(pack));
  });

  it('refuses a target that drops or adds a placeholder, and writes nothing', async () => {
    write('pack.json', defaultPack);
    await myocheck('translate', 'export', '--lang', 'pl', 'pack.json', '--out', 'pl.xlf');
    let xml = read('pl.xlf');
    xml = setTarget(xml, 'rule.red-flags.emergency', 'zadzwoń pod numer alarmowy');
    xml = setTarget(xml, 'rule.red-flags', 'zadzwoń pod {emergencyNumber}');
    xml = setTarget(xml, 'rule.duration:few', 'ból dłużej niż kilka miesięcy');
    write('pl.xlf', xml);
    const { code, stderr } = await myocheck(
      'translate',
      'import',
      'pl.xlf',
      'pack.json',
      '--out',
      'bad.json',
    );
    assert.equal(code, 1);
    assert.match(stderr, /rule\.red-flags\.emergency: the target drops \{emergencyNumber\}/);
    assert.match(stderr, /rule\.red-flags: the target adds \{emergencyNumber\}/);
    assert.match(stderr, /rule\.duration:few: the target drops #/);
    assert.ok(!existsSync(join(dir, 'bad.json')), 'nothing written');
  });

  it('lets the form of one number leave out #', async () => {
    write('pack.json', defaultPack);
    await myocheck('translate', 'export', '--lang', 'pl', 'pack.json', '--out', 'pl.xlf');
    let xml = setTarget(read('pl.xlf'), 'rule.duration:one', 'ból dłużej niż miesiąc');
    xml = setTarget(xml, 'rule.duration:other', 'ból dłużej niż <ph id="1"/> miesiąca');
    write('pl.xlf', xml);
    const { code, stderr } = await myocheck(
      'translate',
      'import',
      'pl.xlf',
      'pack.json',
      '--out',
      'one.json',
    );
    assert.equal(code, 0, stderr);
  });

  it('names unknown ids', async () => {
    write('pack.json', defaultPack);
    await myocheck('translate', 'export', '--lang', 'pl', 'pack.json', '--out', 'pl.xlf');
    const xml = read('pl.xlf')
      .replace('<unit id="q.fatigue.label"', '<unit id="q.tiredness.label"')
      .replace('<unit id="next"', '<unit id="nextStep"')
      .replace('<unit id="q.duration.label"', '<unit id="q.duration.label:few"');
    write('pl.xlf', xml);
    const { code, stderr } = await myocheck(
      'translate',
      'import',
      'pl.xlf',
      'pack.json',
      '--out',
      'x.json',
    );
    assert.equal(code, 1);
    assert.match(stderr, /q\.tiredness\.label \(file "pack"\): no such text/);
    assert.match(stderr, /nextStep \(file "ui"\): no such text/);
    assert.match(stderr, /q\.duration\.label:few \(file "pack"\): no such text/);
  });

  it('refuses a file that is not XLIFF 2.0 from English', async () => {
    write('pack.json', defaultPack);
    write('bad.xlf', '<xliff version="1.2"><file/></xliff>');
    assert.equal((await myocheck('translate', 'import', 'bad.xlf', 'pack.json')).code, 1);
    write(
      'de.xlf',
      '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="pl"><file id="pack"></file></xliff>',
    );
    const { code, stderr } = await myocheck('translate', 'import', 'de.xlf', 'pack.json');
    assert.equal(code, 1);
    assert.match(stderr, /source language is "de"/);
  });

  it('does not merge interface text of a language myocheck ships, and says so', async () => {
    write('pack.json', defaultPack);
    await myocheck('translate', 'export', '--lang', 'es', 'pack.json', '--out', 'es.xlf');
    write('es.xlf', setTarget(read('es.xlf'), 'next', 'Continuar'));
    const { code, stderr } = await myocheck(
      'translate',
      'import',
      'es.xlf',
      'pack.json',
      '--out',
      'es.json',
    );
    assert.equal(code, 0, stderr);
    assert.match(stderr, /not merged: myocheck ships its own es interface text.*\(next\)/);
    assert.equal(readPack('es.json').ui, undefined);
  });

  it('a reviewed language whose texts change is draft again, its reviews kept', async () => {
    const pack = structuredClone(defaultPack);
    const review = { name: 'Dr. Ana Ruiz', role: 'Medical translator', date: '2026-11-02' };
    pack.translations = { es: { status: 'reviewed', reviews: [review] } };
    write('pack.json', pack);
    await myocheck('translate', 'export', '--lang', 'es', 'pack.json', '--out', 'es.xlf');
    write('es.xlf', setTarget(read('es.xlf'), 'q.fatigue.label', 'Cansancio'));
    const { code, stderr } = await myocheck('translate', 'import', 'es.xlf', 'pack.json');
    assert.equal(code, 0, stderr);
    assert.deepEqual(readPack('pack.json').translations.es, { status: 'draft', reviews: [review] });
    assert.match(stderr, /"draft" again/);
  });
});

describe('languages: review status and missing texts', () => {
  it('the default pack records its Spanish as a draft', () => {
    assert.deepEqual(defaultPack.translations.es, { status: 'draft' });
  });

  it('validate checks each language’s review status', async () => {
    const bad = [
      [{ es: { status: 'approved' } }, /translations\.es\.status: must be one of draft, reviewed/],
      [{ es: { status: 'reviewed' } }, /translations\.es\.reviews: must name who reviewed it/],
      [
        { es: { status: 'reviewed', reviews: [{ name: 'A', role: 'B', date: '2026-13-01' }] } },
        /reviews\[0\]\.date: must be a date/,
      ],
      [{ fr: { status: 'draft' } }, /translations\.fr: must be a language of "languages"/],
      [{ en: { status: 'draft' } }, /translations\.en: must be a language of "languages"/],
    ];
    for (const [translations, message] of bad) {
      const { code, stdout } = await myocheck(
        'validate',
        write('t.json', { ...defaultPack, translations }),
      );
      assert.equal(code, 1, JSON.stringify(translations));
      assert.match(stdout, message);
    }
    const reviewed = {
      es: { status: 'reviewed', reviews: [{ name: 'A', role: 'B', date: '2026-11-30' }] },
    };
    assert.equal(
      (await myocheck('validate', write('t.json', { ...defaultPack, translations: reviewed })))
        .code,
      0,
    );
  });

  it('validate warns (exit 0), one line per text, about every text missing in a declared language', async () => {
    const pack = structuredClone(defaultPack);
    pack.languages.push('pl');
    pack.title.pl = 'Samoocena bólu mięśni';
    pack.ui = { pl: { next: 'Dalej' } };
    const { code, stdout } = await myocheck('validate', write('pl.json', pack));
    assert.equal(code, 0);
    const lines = stdout.trim().split('\n');
    assert.match(lines[0], /^pl\.json: valid/);
    const warnings = lines.slice(1);
    assert.ok(
      warnings.every(l => l.startsWith('pl.json: warning: ')),
      warnings.join('\n'),
    );
    assert.equal(warnings.length, packTexts(pack).length - 1 + UI_TEXTS.length - 1);
    const json = JSON.parse((await myocheck('validate', 'pl.json', '--json')).stdout);
    assert.equal(json.files[0].warnings.length, warnings.length);
    assert.equal(json.valid, true);
  });

  it('the review sheet shows every language and its status beside its column', async () => {
    const pack = structuredClone(defaultPack);
    pack.languages.push('pl');
    pack.title.pl = 'Samoocena bólu mięśni';
    pack.translations = {
      es: { status: 'draft' },
      pl: {
        status: 'reviewed',
        reviews: [{ name: 'Dr. Jan Nowak', role: 'Medical translator', date: '2026-11-30' }],
      },
    };
    const { code, stdout } = await myocheck('review', write('review.json', pack));
    assert.equal(code, 0);
    assert.match(
      stdout,
      /<th scope="col">es <span class="status status-draft">draft<\/span><\/th>/,
    );
    assert.match(
      stdout,
      /<th scope="col">pl <span class="status status-reviewed">reviewed<\/span><\/th>/,
    );
    assert.match(stdout, /<th scope="col">en <span class="status">source<\/span><\/th>/);
    assert.match(stdout, /Dr\. Jan Nowak, Medical translator, 2026-11-30/);
    assert.match(stdout, /⚠ Missing \(pl\)/);
    // a language the pack records nothing for is a draft
    const { stdout: plain } = await myocheck('review');
    assert.match(plain, /<th scope="col">es <span class="status status-draft">draft<\/span><\/th>/);
  });
});
