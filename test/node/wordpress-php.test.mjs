// The WordPress plugin's PHP helpers, run by php-cli against small stand-ins for the WordPress
// functions they call (no WordPress: milliseconds). The plugin in a real WordPress is
// test/wordpress/e2e.test.mjs (npm run test:wordpress).
//   node --test test/node/wordpress-php.test.mjs
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs, ROOT } from './load-ts.mjs';
import { fallbackText } from '../../scripts/wordpress-fallback.mjs';
import { jsonName, moName, poFiles } from '../../scripts/wordpress-i18n.mjs';

const hasPhp = spawnSync('php', ['-v']).status === 0;
// the core with every language the library ships, as the build gives fallback.json (export *:
// package.json's sideEffects would let the bundler drop a bare import of src/)
const core = await importTs(
  ['index', 'locales/fr', 'locales/de', 'locales/pt', 'locales/ar']
    .map(file => `export * from './src/core/${file}.ts';`)
    .join('\n'),
);

/** WordPress's functions the plugin calls, recording what it registers, prints and deletes. */
const STUBS = String.raw`<?php
define( 'ABSPATH', '/' );
define( 'WP_UNINSTALL_PLUGIN', 'myocheck/myocheck.php' );
$GLOBALS['log'] = array( 'errors' => array(), 'inline_scripts' => array(), 'inline_styles' => array(), 'deleted' => array() );
$GLOBALS['options'] = array();
$GLOBALS['blog'] = 1;
$GLOBALS['multisite'] = false;
function add_action() {}
function add_filter() {}
function __( $text ) { return $text; }
function esc_html__( $text ) { return $text; }
function esc_html( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function esc_attr( $text ) { return htmlspecialchars( (string) $text, ENT_QUOTES, 'UTF-8' ); }
function tag_escape( $tag ) { return strtolower( preg_replace( '/[^a-zA-Z0-9-_:]/', '', $tag ) ); }
function wp_strip_all_tags( $text ) { return strip_tags( $text ); }
function add_settings_error( $setting, $code, $message ) { $GLOBALS['log']['errors'][] = $code; }
function get_option( $name, $default = false ) { return $GLOBALS['options'][ $GLOBALS['blog'] ][ $name ] ?? $default; }
function delete_option( $name ) { $GLOBALS['log']['deleted'][] = array( $GLOBALS['blog'], $name ); }
function is_multisite() { return $GLOBALS['multisite']; }
function get_sites( $args ) { return array( 1, 2, 3 ); }
function switch_to_blog( $id ) { $GLOBALS['blog'] = $id; }
function restore_current_blog() { $GLOBALS['blog'] = 1; }
function get_bloginfo( $what ) { return $GLOBALS['site_lang'] ?? 'en-US'; }
function load_plugin_textdomain() {}
function plugin_basename( $file ) { return 'myocheck/myocheck.php'; }
function plugins_url( $path ) { return '/wp-content/plugins/myocheck/' . $path; }
function wp_register_script_module() {}
function wp_enqueue_script_module() {}
function wp_register_style() {}
function wp_add_inline_style( $handle, $css ) { $GLOBALS['log']['inline_styles'][] = $css; }
function wp_register_script() {}
function wp_add_inline_script( $handle, $js ) { $GLOBALS['log']['inline_scripts'][] = $js; }
function wp_set_script_translations() {}
function register_block_type() {}
function register_setting() {}
function add_settings_section() {}
function add_settings_field( $id, $title, $callback, $page, $section, $args ) { $GLOBALS['log']['fields'][ $args['key'] ] = $args; }
function wp_json_encode( $data, $flags = 0 ) { return json_encode( $data, $flags ); }
function get_block_wrapper_attributes( $attrs ) {
	$out = array();
	foreach ( $attrs as $k => $v ) { $out[] = $k . '="' . esc_attr( $v ) . '"'; }
	return implode( ' ', $out );
}
`;

/**
 * Runs `code` after the stubs and the plugin's main file (from wordpress/, with fallback.json
 * written as the build writes it); `code` echoes JSON, returned parsed.
 */
function php(code) {
  const dir = mkdtempSync(join(tmpdir(), 'myocheck-php-'));
  try {
    cpSync(join(ROOT, 'wordpress'), join(dir, 'myocheck'), { recursive: true });
    writeFileSync(join(dir, 'myocheck/fallback.json'), JSON.stringify(fallbackText(core)));
    // the compiled translations' names, as the build writes them (empty: the names are what
    // the regional fallback looks at)
    for (const locale of Object.keys(poFiles())) {
      writeFileSync(join(dir, 'myocheck/languages', moName(locale)), '');
      writeFileSync(join(dir, 'myocheck/languages', jsonName(locale)), '{}');
    }
    writeFileSync(join(dir, 'stubs.php'), STUBS);
    writeFileSync(
      join(dir, 'run.php'),
      `<?php require __DIR__ . '/stubs.php'; require __DIR__ . '/myocheck/myocheck.php';\n${code}`,
    );
    return JSON.parse(execFileSync('php', [join(dir, 'run.php')], { encoding: 'utf8' }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const opts = { skip: hasPhp ? false : 'no php-cli (apt-get install php-cli)' };

test(
  'links: an entity-encoded, control-padded or split scheme is refused; good links pass',
  opts,
  () => {
    const refused = [
      'javascript:alert(1)',
      'javascript&#58;alert(document.domain)',
      'javascript&#058;alert(document.domain)',
      'javascript&#x3A;alert(1)',
      'javascript&#58alert(1)',
      'javascript&colon;alert(1)',
      'javascript&amp;#58;alert(1)',
      '\x01javascript:alert(1)',
      '\x0Cjavascript:alert(1)',
      ' \x00javascript:alert(1)',
      'java\tscr\nipt:alert(1)',
      'java&Tab;script:alert(1)',
      'JaVaScRiPt:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '/find\x01-a-doctor',
    ];
    const kept = {
      '/find-a-doctor': '/find-a-doctor',
      'https://example.org/doctors?a=1&b=2': 'https://example.org/doctors?a=1&b=2',
      'https://example.org/doctors?a=1&amp;b=2': 'https://example.org/doctors?a=1&b=2',
      'tel:112': 'tel:112',
      'mailto:care@example.org': 'mailto:care@example.org',
      '  /find-a-doctor\n': '/find-a-doctor',
      '/find<!--<script>': '/find<!--<script>',
    };
    const out = php(
      `echo json_encode( array_map( 'myocheck_sanitize_href', json_decode( ${JSON.stringify(
        JSON.stringify([...refused, ...Object.keys(kept)]),
      ).replace(/\$/g, '\\$')}, true ) ) );`,
    );
    assert.deepEqual(
      out.slice(0, refused.length),
      refused.map(() => ''),
      JSON.stringify(out),
    );
    assert.deepEqual(out.slice(refused.length), Object.values(kept));
  },
);

test(
  'Settings: a refused URL is dropped with a settings error; a path on the site is kept',
  opts,
  () => {
    const out = php(`
    $bad  = myocheck_sanitize_settings( array( 'ctaHref' => "\\x01javascript:alert(1)" ) );
    $errors = $GLOBALS['log']['errors'];
    $good = myocheck_sanitize_settings( array( 'ctaHref' => '/find-a-doctor' ) );
    echo json_encode( array( 'bad' => $bad['ctaHref'], 'errors' => $errors, 'good' => $good['ctaHref'], 'after' => $GLOBALS['log']['errors'] ) );`);
    assert.deepEqual(out, {
      bad: '',
      errors: ['ctaHref'],
      good: '/find-a-doctor',
      after: ['ctaHref'],
    });
  },
);

test('Settings: the URL field takes a relative path (type="text" inputmode="url")', opts, () => {
  const out = php(`
    $GLOBALS['options'][1]['myocheck_settings'] = array( 'ctaHref' => '/find-a-doctor' );
    myocheck_register_settings();
    ob_start(); myocheck_settings_field( $GLOBALS['log']['fields']['ctaHref'] );
    echo json_encode( ob_get_clean() );`);
  assert.match(out, /type="text"/);
  assert.match(out, /inputmode="url"/);
  assert.doesNotMatch(out, /type="url"/);
  assert.match(out, /value="\/find-a-doctor"/);
});

test('the editor: Settings values in the inline script have no raw <, > or &', opts, () => {
  const out = php(`
    $GLOBALS['options'][1]['myocheck_settings'] = array( 'ctaHref' => '/find<!--<script>', 'ctaLabel' => 'A & B </script>' );
    myocheck_register();
    echo json_encode( $GLOBALS['log']['inline_scripts'] );`);
  assert.equal(out.length, 1);
  assert.match(out[0], /^window\.myocheckEditor = \{/);
  assert.doesNotMatch(out[0], /[<>&]/, out[0]);
  // the same values, once the script runs
  const value = JSON.parse(out[0].replace(/^window\.myocheckEditor = /, '').replace(/;$/, ''));
  assert.equal(value.defaults.ctaHref, '/find<!--<script>');
  assert.equal(value.defaults.ctaLabel, 'A & B </script>');
});

test('uninstall deletes the option on every site of a multisite network', opts, () => {
  const out = php(`
    $GLOBALS['multisite'] = true;
    require __DIR__ . '/myocheck/uninstall.php';
    echo json_encode( $GLOBALS['log']['deleted'] );`);
  assert.deepEqual(out, [
    [1, 'myocheck_settings'],
    [2, 'myocheck_settings'],
    [3, 'myocheck_settings'],
  ]);
  assert.deepEqual(
    php(
      `require __DIR__ . '/myocheck/uninstall.php'; echo json_encode( $GLOBALS['log']['deleted'] );`,
    ),
    [[1, 'myocheck_settings']],
  );
});

test('each block holds the advice without JavaScript, from the pack, in its language', opts, () => {
  const text = fallbackText(core).languages;
  const out = php(`
    $block = (object) array( 'block_type' => (object) array( 'attributes' => array( 'lang' => 1, 'thresholdMonths' => 1, 'ctaHref' => 1 ) ) );
    $GLOBALS['site_lang'] = 'es-ES';
    $es = myocheck_render_element( 'myo-self-check', array(), $block );
    $GLOBALS['site_lang'] = 'en-US';
    $en6 = myocheck_render_element( 'myo-referral-banner', array( 'thresholdMonths' => 6 ), $block );
    $odd = myocheck_render_element( 'myo-body-map', array( 'thresholdMonths' => 4, 'lang' => '"><x>' ), $block );
    $GLOBALS['site_lang'] = 'fr-CA';
    $fr = myocheck_render_element( 'myo-symptom-checklist', array(), $block );
    $ar = myocheck_render_element( 'myo-referral-banner', array( 'lang' => 'ar' ), $block );
    echo json_encode( array( $es, $en6, $odd, $fr, $ar ) );`);
  const [es, en6, odd, fr, ar] = out;
  // every language the library ships, Arabic right to left
  assert.deepEqual(Object.keys(text).sort(), ['ar', 'de', 'en', 'es', 'fr', 'pt']);
  assert.match(
    fr,
    /^<myo-symptom-checklist lang="fr-CA"><div class="myocheck-fallback" lang="fr">/,
  );
  assert.ok(fr.includes(text.fr.title) && fr.includes(text.fr.disclaimer), fr);
  assert.match(ar, /<div class="myocheck-fallback" lang="ar" dir="rtl">/);
  assert.ok(ar.includes(text.ar.disclaimer), ar);
  assert.doesNotMatch(es + fr, /dir=/);
  assert.match(es, /^<myo-self-check lang="es-ES"><div class="myocheck-fallback" lang="es">/);
  for (const phrase of [text.es.title, text.es.duration[3], ...text.es.reasons, text.es.disclaimer])
    assert.ok(es.includes(phrase), `${phrase} in ${es}`);
  assert.match(
    en6,
    /<myo-referral-banner lang="en-US" threshold-months="6"><div class="myocheck-fallback" lang="en">/,
  );
  assert.ok(en6.includes(`<li>${text.en.duration[6]}</li>`), en6);
  // a threshold the pack does not offer: the pack's own, as the element does; a language it
  // does not have: English
  assert.ok(odd.includes(`<li>${text.en.duration[3]}</li>`), odd);
  assert.match(
    odd,
    /lang="&quot;&gt;&lt;x&gt;" threshold-months="4"><div class="myocheck-fallback" lang="en">/,
  );
  assert.ok(
    odd.endsWith('</ul><p><small>' + text.en.disclaimer + '</small></p></div></myo-body-map>'),
  );
});

test('a regional locale gets the shipped translations of its language', opts, () => {
  const locales = [
    ...['fr_FR', 'fr_CA', 'fr_BE', 'de_DE', 'de_AT', 'de_CH', 'de_DE_formal', 'de_CH_informal'],
    ...['es_ES', 'es_MX', 'es_AR', 'pt_BR', 'pt_PT', 'pt_PT_ao90', 'pt_AO', 'ar', 'ar_EG'],
    ...['ary', 'en_US', 'en_GB', 'it_IT', ''],
  ];
  const out = php(`
    $dir = __DIR__ . '/myocheck/languages';
    $out = array();
    foreach ( json_decode( '${JSON.stringify(locales)}', true ) as $locale ) {
      $out[ $locale ] = array(
        myocheck_shipped_locale( $locale ),
        basename( myocheck_regional_mofile( "$dir/myocheck-$locale.mo", 'myocheck' ) ),
        basename( (string) myocheck_regional_script_translations( "$dir/myocheck-$locale-myocheck-editor.json", 'myocheck-editor', 'myocheck' ) ),
      );
    }
    // untouched: another domain, another handle, a file outside the plugin (a language pack's)
    $same = function ( $filter, $file, ...$args ) { return $file === $filter( $file, ...$args ); };
    $out['untouched'] = array(
      $same( 'myocheck_regional_mofile', "$dir/other-fr_CA.mo", 'other' ),
      $same( 'myocheck_regional_mofile', '/wp-content/languages/plugins/myocheck-fr_CA.mo', 'myocheck' ),
      $same( 'myocheck_regional_script_translations', "$dir/myocheck-fr_CA-wp-blocks.json", 'wp-blocks', 'myocheck' ),
      $same( 'myocheck_regional_script_translations', "$dir/other-fr_CA-myocheck-editor.json", 'myocheck-editor', 'other' ),
      $same( 'myocheck_regional_script_translations', false, 'myocheck-editor', 'myocheck' ),
    );
    // a language pack of the exact locale for the editor script (WordPress reads it after the
    // plugin's folder): the plugin's fr_FR does not take its place
    define( 'WP_LANG_DIR', __DIR__ . '/wp-lang' );
    mkdir( WP_LANG_DIR . '/plugins', 0777, true );
    file_put_contents( WP_LANG_DIR . '/plugins/myocheck-fr_BE-' . md5( 'editor/blocks.js' ) . '.json', '{}' );
    $out['untouched'][] = $same( 'myocheck_regional_script_translations', "$dir/myocheck-fr_BE-myocheck-editor.json", 'myocheck-editor', 'myocheck' );
    echo json_encode( $out );`);
  const expected = {
    fr_FR: 'fr_FR',
    fr_CA: 'fr_FR',
    fr_BE: 'fr_FR',
    de_DE: 'de_DE',
    de_AT: 'de_DE',
    de_CH: 'de_DE',
    de_DE_formal: 'de_DE',
    de_CH_informal: 'de_DE',
    es_ES: 'es_ES',
    es_MX: 'es_ES',
    es_AR: 'es_ES',
    pt_BR: 'pt_BR',
    pt_PT: 'pt_BR',
    pt_PT_ao90: 'pt_BR',
    pt_AO: 'pt_BR',
    ar: 'ar',
    ar_EG: 'ar',
  };
  for (const locale of locales) {
    const shipped = expected[locale];
    // no translation of its language (English shows): the file asked for, unchanged
    const mo = shipped ? moName(shipped) : moName(locale);
    const json = shipped ? jsonName(shipped) : jsonName(locale);
    assert.deepEqual(out[locale], [shipped ?? '', mo, json], locale);
  }
  assert.deepEqual(out.untouched, [true, true, true, true, true, true]);
});
