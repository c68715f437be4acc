// The WordPress plugin's translations: wordpress/languages/*.po against the code's strings
// (scripts/wordpress-i18n.mjs extracts them), the files the build compiles from them
// (dist/wordpress/myocheck/languages: run npm run build first), the library's terms, and CSS
// that stays right to left in an Arabic admin.
//   node --test test/node/wordpress-i18n.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import gettextParser from 'gettext-parser';
import { importTs, ROOT } from './load-ts.mjs';
import {
  DOMAIN,
  EDITOR_HANDLE,
  EDITOR_SCRIPT,
  LANGUAGES,
  extract,
  extractCalls,
  inEditor,
  inPhp,
  jsonName,
  keyOf,
  moName,
  placeholders,
  poFiles,
  potFor,
  problems,
  readPo,
} from '../../scripts/wordpress-i18n.mjs';

/** The locales the plugin ships, and the library's language each speaks. */
const SHIPPED = { ar: 'ar', de_DE: 'de', es_ES: 'es', fr_FR: 'fr', pt_BR: 'pt' };
const ARABIC_PLURALS =
  'nplurals=6; plural=(n == 0) ? 0 : ((n == 1) ? 1 : ((n == 2) ? 2 : ((n % 100 >= 3 && n % 100 <= 10) ? 3 : ((n % 100 >= 11 && n % 100 <= 99) ? 4 : 5))));';

const messages = extract();
const files = poFiles();
const pos = Object.fromEntries(
  Object.entries(files).map(([locale, file]) => [locale, readPo(readFileSync(file, 'utf8'))]),
);
const built = join(ROOT, 'dist/wordpress/myocheck/languages');
const label = message => keyOf(message).replace('\u0004', ' | ');

test('the .pot holds every string of the code, and only those', () => {
  const pot = readFileSync(join(LANGUAGES, 'myocheck.pot'), 'utf8');
  assert.equal(pot, potFor(messages), 'run npm run i18n:wordpress');
  // what the code has: the editor's 87 and the PHP's, the blocks' names, the plugin header
  assert.ok(messages.filter(inEditor).length >= 80, `${messages.filter(inEditor).length}`);
  for (const context of ['block title', 'block description', 'block keyword']) {
    assert.ok(
      messages.some(m => m.msgctxt === context),
      context,
    );
  }
  const ids = new Set(messages.map(keyOf));
  for (const id of [
    'Call-to-action URL',
    'Empty: %s (Settings → myocheck).',
    'Suggested text:',
    'Defaults for every block',
    'block title\u0004Muscle-pain self-check',
  ]) {
    assert.ok(ids.has(id), id);
  }
});

test('one .po for each shipped locale', () => {
  assert.deepEqual(Object.keys(files).sort(), Object.keys(SHIPPED).sort());
});

for (const locale of Object.keys(SHIPPED)) {
  test(`${locale}: every string translated, none stale, the placeholders kept`, () => {
    const po = pos[locale];
    assert.ok(po, `no myocheck-${locale}.po`);
    assert.equal(po.headers.Language, locale);
    const wanted = new Set(messages.map(keyOf));
    assert.deepEqual(
      [...po.entries.keys()].filter(key => !wanted.has(key)),
      [],
      'stale strings: the code no longer has them',
    );
    for (const message of messages) {
      const entry = po.entries.get(keyOf(message));
      assert.ok(entry, `missing: ${label(message)}`);
      assert.ok(
        entry.msgstr.length > 0 && entry.msgstr.every(s => s.trim() !== ''),
        `untranslated: ${label(message)}`,
      );
      assert.doesNotMatch(entry.comments?.flag ?? '', /fuzzy/, `fuzzy: ${label(message)}`);
      for (const translation of entry.msgstr) {
        assert.deepEqual(placeholders(translation), placeholders(message.msgid), label(message));
      }
    }
    // the script's own check (the build runs it) agrees
    assert.deepEqual(problems(locale, po, messages), []);
  });
}

test('Plural-Forms: six forms in Arabic, the right rule for each language', () => {
  assert.equal(pos.ar.headers['Plural-Forms'], ARABIC_PLURALS);
  const rule = header => new Function('n', `return ${/plural=(.*);$/.exec(header)[1]};`);
  const arabic = rule(pos.ar.headers['Plural-Forms']);
  // zero, one, two, few (3–10), many (11–99), other (100, 101, 102)
  assert.deepEqual(
    [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111].map(n => Number(arabic(n))),
    [0, 1, 2, 3, 3, 4, 4, 5, 5, 3, 4],
  );
  // French and Brazilian Portuguese count 0 as singular; Spanish and German do not
  for (const [locale, zero] of Object.entries({ fr_FR: 0, pt_BR: 0, es_ES: 1, de_DE: 1 })) {
    const forms = pos[locale].headers['Plural-Forms'];
    assert.match(forms, /^nplurals=2;/, locale);
    assert.equal(Number(rule(forms)(0)), zero, locale);
    assert.equal(Number(rule(forms)(1)), 0, locale);
    assert.equal(Number(rule(forms)(2)), 1, locale);
  }
});

test('the plugin asks WordPress for the files the build writes', () => {
  const php = readFileSync(join(ROOT, 'wordpress/myocheck.php'), 'utf8');
  assert.match(php, /Text Domain:\s+myocheck\b/);
  assert.match(php, /Domain Path:\s+\/languages\b/);
  assert.match(
    php,
    /load_plugin_textdomain\( 'myocheck', false, dirname\( plugin_basename\( __FILE__ \) \) \. '\/languages' \)/,
  );
  assert.match(
    php,
    new RegExp(`wp_register_script\\(\\s*'${EDITOR_HANDLE}',\\s*plugins_url\\( '${EDITOR_SCRIPT}'`),
  );
  assert.match(
    php,
    new RegExp(
      `wp_set_script_translations\\( '${EDITOR_HANDLE}', '${DOMAIN}', MYOCHECK_LANGUAGES \\)`,
    ),
  );
  assert.match(php, /define\( 'MYOCHECK_LANGUAGES', __DIR__ \. '\/languages' \)/);
  // WordPress 6.5's load_script_textdomain(): "$domain-$locale" . '-' . $handle . '.json'
  assert.equal(jsonName('fr_FR'), 'myocheck-fr_FR-myocheck-editor.json');
  assert.equal(moName('fr_FR'), 'myocheck-fr_FR.mo');
  for (const file of readdirSync(join(ROOT, 'wordpress/blocks'))) {
    const block = JSON.parse(
      readFileSync(join(ROOT, 'wordpress/blocks', file, 'block.json'), 'utf8'),
    );
    assert.equal(block.textdomain, DOMAIN, file);
    assert.equal(block.editorScript, EDITOR_HANDLE, file);
  }
});

test('the build: each .mo and editor JSON holds the .po translations, each where it is used', () => {
  assert.ok(existsSync(built), 'no dist/wordpress/myocheck/languages: run npm run build');
  assert.deepEqual(
    readdirSync(built).sort(),
    [
      'myocheck.pot',
      ...Object.keys(SHIPPED).flatMap(locale => [jsonName(locale), moName(locale)]),
    ].sort(),
  );
  for (const [locale, po] of Object.entries(pos)) {
    const translation = message => po.entries.get(keyOf(message)).msgstr;

    const mo = gettextParser.mo.parse(readFileSync(join(built, moName(locale))));
    assert.equal(mo.headers.Language, locale);
    assert.equal(mo.headers['Plural-Forms'], po.headers['Plural-Forms']);
    const fromMo = {};
    for (const context of Object.values(mo.translations)) {
      for (const entry of Object.values(context)) {
        if (entry.msgid) fromMo[keyOf(entry)] = entry.msgstr;
      }
    }
    assert.deepEqual(
      fromMo,
      Object.fromEntries(messages.filter(inPhp).map(m => [keyOf(m), translation(m)])),
      `${moName(locale)}: the strings of the PHP and block.json`,
    );

    const json = JSON.parse(readFileSync(join(built, jsonName(locale)), 'utf8'));
    // what wp_set_script_translations() prints: locale_data[domain] || locale_data.messages
    const data = json.locale_data[DOMAIN] ?? json.locale_data.messages;
    const { '': header, ...strings } = data;
    assert.equal(header.lang, locale);
    assert.equal(header['plural-forms'], po.headers['Plural-Forms']);
    assert.deepEqual(
      strings,
      Object.fromEntries(messages.filter(inEditor).map(m => [keyOf(m), translation(m)])),
      `${jsonName(locale)}: the strings of ${EDITOR_SCRIPT}`,
    );
  }
});

test('the build: the advice without JavaScript is in every language the plugin speaks', () => {
  const fallback = join(ROOT, 'dist/wordpress/myocheck/fallback.json');
  assert.ok(existsSync(fallback), 'no dist/wordpress/myocheck: run npm run build');
  const { languages } = JSON.parse(readFileSync(fallback, 'utf8'));
  assert.deepEqual(Object.keys(languages).sort(), ['en', ...Object.values(SHIPPED)].sort());
  assert.equal(languages.ar.dir, 'rtl');
  assert.equal(languages.fr.dir, undefined);
});

test("the editor uses the library's words: symptoms, areas, levels, the quiz's name", async () => {
  const library = await importTs(
    Object.values(SHIPPED)
      .map(lang => `export * from './src/core/locales/${lang}.ts';`)
      .join('\n'),
  );
  const editor = readFileSync(join(ROOT, 'wordpress', EDITOR_SCRIPT), 'utf8');
  /** The [id, English] pairs of one of blocks.js's lists, e.g. AREAS. */
  const list = name => {
    const body = new RegExp(`const ${name} = \\[([\\s\\S]*?)\\n  \\];`).exec(editor)[1];
    return [...body.matchAll(/\['([a-z-]*)', __\('([^']+)', 'myocheck'\)\]/g)].map(m => [
      m[1],
      m[2],
    ]);
  };
  const areas = list('AREAS');
  const symptoms = list('SYMPTOMS');
  assert.equal(areas.length, 19);
  assert.equal(symptoms.length, 6);
  const prefix = { ar: 'ar', de: 'de', es: 'es', fr: 'fr', pt: 'pt' };
  for (const [locale, lang] of Object.entries(SHIPPED)) {
    const pack = library[`${prefix[lang]}Pack`];
    const ui = library[`${prefix[lang]}Ui`];
    assert.ok(pack && ui, lang);
    const said = msgid => pos[locale].entries.get(msgid)?.msgstr[0];
    const same = {
      ...Object.fromEntries(areas.map(([id, en]) => [en, pack[`area.${id}`]])),
      ...Object.fromEntries(symptoms.map(([id, en]) => [en, pack[`q.${id}.label`]])),
      'Get medical care now': pack['level.urgent.title'],
      'block title\u0004Muscle-pain self-check': pack.title,
      'Where it hurts': ui.stepAreas,
      Front: ui.front,
      Back: ui.back,
    };
    for (const [msgid, words] of Object.entries(same)) {
      assert.equal(said(msgid), words, `${locale}: "${msgid.replace('\u0004', ' | ')}"`);
    }
    // the button the visitor sees, named in the editor's help
    assert.ok(said(KEEPS).includes(ui.clearAnswers), `${locale}: ${ui.clearAnswers}`);
    assert.ok(said(FIND).includes(ui.ctaDefault), `${locale}: ${ui.ctaDefault}`);
  }
});
const KEEPS =
  'Keeps only the answers, in the visitor’s browser (never sent to this site), with a visible “Clear my answers”. Off: nothing is stored.';
const FIND = 'Empty: “Find a doctor”.';

test('the extractor: _x, _n, translators comments, escapes; a call without the domain fails', () => {
  const js = `
    // __( 'in a comment', 'myocheck' ) is not a call
    const a = __( 'Plain', 'myocheck' );
    const b = sprintf(
      /* translators: %d: a number of months */
      _n( '%d month', '%d months', n, 'myocheck' ),
      n,
    );
    const c = _x( 'Back', 'body view', 'myocheck' );
    const d = __( "It's \\"quoted\\"", 'myocheck' );
    const e = "__( 'in a string', 'myocheck' )";`;
  assert.deepEqual(
    extractCalls(js).map(({ line: _line, ...m }) => m),
    [
      { msgid: 'Plain' },
      {
        msgid: '%d month',
        msgid_plural: '%d months',
        comment: 'translators: %d: a number of months',
      },
      { msgid: 'Back', msgctxt: 'body view' },
      { msgid: 'It\'s "quoted"' },
    ],
  );
  const php = `<?php
    # esc_html__( 'in a comment', 'myocheck' )
    echo esc_html__( 'The visitor\\'s browser', 'myocheck' ) . esc_attr_x( 'Front', 'body view', 'myocheck' );
    function __( $text ) {}`;
  assert.deepEqual(
    extractCalls(php, { php: true }).map(({ line: _line, ...m }) => m),
    [{ msgid: "The visitor's browser" }, { msgid: 'Front', msgctxt: 'body view' }],
  );
  assert.throws(() => extractCalls(`__( 'No domain' )`), /without the text domain/);
  assert.throws(() => extractCalls(`__( 'Core', 'default' )`), /without the text domain/);
  assert.throws(() => extractCalls(`__( text, 'myocheck' )`), /not a literal/);
});

test('the check finds a missing, stale, empty, fuzzy or placeholder-changing translation', () => {
  const code = [
    { msgid: 'Empty: %s (Settings → myocheck).', comments: [], references: [EDITOR_SCRIPT] },
    { msgid: 'Heading', comments: [], references: [EDITOR_SCRIPT] },
    { msgid: 'Group', comments: [], references: [EDITOR_SCRIPT] },
    { msgid: 'View', comments: [], references: [EDITOR_SCRIPT] },
  ];
  const po = readPo(`msgid ""
msgstr ""
"Language: fr_FR\\n"
"Plural-Forms: nplurals=2; plural=(n > 1);\\n"

msgid "Empty: %s (Settings → myocheck)."
msgstr "Vide (Réglages → myocheck)."

msgid "Heading"
msgstr ""

#, fuzzy
msgid "Group"
msgstr "Groupe"

msgid "Gone"
msgstr "Parti"
`);
  assert.deepEqual(problems('fr_FR', po, code), [
    'stale: "Gone" is no longer in the code',
    '"Empty: %s (Settings → myocheck).": placeholders "" in the translation, "%s" in the source',
    'untranslated: "Heading"',
    'untranslated (fuzzy): "Group"',
    'missing: "View"',
  ]);
  assert.deepEqual(problems('ar', readPo('msgid ""\nmsgstr ""\n"Language: ar\\n"\n'), []), [
    'no Plural-Forms header',
  ]);
});

test('right to left: the CSS the plugin ships for the editor and the page has no left or right', () => {
  const physical =
    /\b(?:margin|padding|border|inset)-(?:left|right)\b|(?<![-\w])(?:left|right)\s*:|\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b|\b(?:margin|padding|border)(?:Left|Right)\b|\btextAlign\s*:\s*['"](?:left|right)/;
  const plugin = join(ROOT, 'wordpress');
  const sources = {
    // the inline style of myocheck.php
    'myocheck.php': [
      ...readFileSync(join(plugin, 'myocheck.php'), 'utf8').matchAll(
        /wp_add_inline_style\([\s\S]*?\);/g,
      ),
    ].join('\n'),
    // inline styles of the editor script, if any
    [EDITOR_SCRIPT]: readFileSync(join(plugin, EDITOR_SCRIPT), 'utf8').replace(
      /__\(\s*'(?:[^'\\]|\\.)*'/g,
      '__(',
    ),
  };
  for (const file of readdirSync(plugin, { recursive: true }).map(String)) {
    if (file.endsWith('.css')) sources[file] = readFileSync(join(plugin, file), 'utf8');
  }
  const loaderCss = join(ROOT, 'dist/wordpress/myocheck/js/cdn/myocheck.css');
  if (existsSync(loaderCss)) sources['js/cdn/myocheck.css'] = readFileSync(loaderCss, 'utf8');
  for (const [file, css] of Object.entries(sources)) {
    assert.doesNotMatch(css, physical, `${file}: use logical properties (margin-inline-start …)`);
  }
  // the check itself sees what it must
  for (const bad of ['margin-left: 1em', 'right: 0', 'text-align:left', "{ marginRight: '4px' }"]) {
    assert.match(bad, physical, bad);
  }
  assert.doesNotMatch('margin-inline-start: 1em; inset-inline-end: 0', physical);
});
