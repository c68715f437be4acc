// The WordPress plugin: wordpress/ plus the library's own JS → dist/wordpress/myocheck/ (a folder
// for wp-content/plugins/) and dist/wordpress/myocheck.zip (for Plugins → Add New → Upload).
// Runs after rollup in `npm run build`. Usage: node scripts/build-wordpress.mjs
import {
  cpSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { fallbackText } from './wordpress-fallback.mjs';
import {
  compile,
  extract,
  jsonName,
  moName,
  poFiles,
  potFor,
  problems,
  readPo,
} from './wordpress-i18n.mjs';

/**
 * The library's file(s) the plugin ships, copied from dist/ into the plugin's js/ folder (a
 * folder is copied whole). The module the blocks load is the PHP constant MYOCHECK_MODULE in
 * wordpress/myocheck.php; the build fails unless it names one of these files. The plugin ships
 * the loader and its chunks (dist/cdn/): a post pays only for the blocks it shows. To ship the
 * one-file bundle instead: `['myocheck.bundle.js']` here and `js/myocheck.bundle.js` there.
 */
export const LIBRARY = ['cdn'];

const root = new URL('..', import.meta.url).pathname;
const source = join(root, 'wordpress');
const out = join(root, 'dist/wordpress');
const plugin = join(out, 'myocheck');

/** Every file under a folder, as paths relative to it, sorted (a stable zip). */
const walk = dir =>
  readdirSync(dir, { recursive: true })
    .map(String)
    .filter(f => statSync(join(dir, f)).isFile())
    .sort();

rmSync(out, { recursive: true, force: true });
mkdirSync(plugin, { recursive: true });
// the .po files are the translations' source: the plugin ships them compiled (below) and the .pot
cpSync(source, plugin, { recursive: true, filter: file => !file.endsWith('.po') });
cpSync(join(root, 'LICENSE'), join(plugin, 'LICENSE'));
for (const file of LIBRARY) {
  cpSync(join(root, 'dist', file), join(plugin, 'js', file), { recursive: true });
}

// One version everywhere: package.json's, in the plugin header, its constant and readme.txt.
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const stamp = (file, pattern, replacement) => {
  const path = join(plugin, file);
  const text = readFileSync(path, 'utf8');
  if (!pattern.test(text)) throw new Error(`build-wordpress: no ${pattern} in ${file}`);
  writeFileSync(path, text.replace(pattern, replacement));
};
stamp('myocheck.php', /^( \* Version:\s+).*$/m, `$1${version}`);
stamp(
  'myocheck.php',
  /define\( 'MYOCHECK_VERSION', '[^']*' \)/,
  `define( 'MYOCHECK_VERSION', '${version}' )`,
);
stamp('readme.txt', /^(Stable tag:\s+).*$/m, `$1${version}`);

// The advice each block shows without JavaScript, in the content pack's words and languages
// (includes/render.php prints it): from the core rollup just built, with every language the
// library ships (myocheck/core holds only English and Spanish up front; each
// myocheck/locales/<lang>.js adds its language to the pack, as a page's import would).
const core = await import(join(root, 'dist/core/index.js'));
for (const file of readdirSync(join(root, 'dist/core/locales')).filter(f =>
  /^[a-z]{2,3}\.js$/.test(f),
)) {
  await import(join(root, 'dist/core/locales', file));
}
writeFileSync(join(plugin, 'fallback.json'), `${JSON.stringify(fallbackText(core), null, 2)}\n`);

// The translations (wordpress/languages/*.po, kept in step with the code by
// scripts/wordpress-i18n.mjs): each compiled into the .mo PHP reads and the JSON the editor
// script gets (load_script_textdomain's <domain>-<locale>-<handle>.json). The build refuses a
// .pot or .po out of step with the code; an untranslated string shows in English.
const messages = extract();
const catalogues = Object.entries(poFiles()).map(([locale, file]) => [
  locale,
  readPo(readFileSync(file, 'utf8')),
]);
const i18nProblems = [];
if (readFileSync(join(source, 'languages/myocheck.pot'), 'utf8') !== potFor(messages)) {
  i18nProblems.push('wordpress/languages/myocheck.pot is not what the code has');
}
for (const [locale, po] of catalogues) {
  const found = problems(locale, po, messages, { untranslated: false });
  i18nProblems.push(...found.map(p => `myocheck-${locale}.po: ${p}`));
}
if (i18nProblems.length) {
  throw new Error(
    `build-wordpress: ${i18nProblems.join('; ')}. Run npm run i18n:wordpress, then translate what it lists.`,
  );
}
for (const [locale, po] of catalogues) {
  const untranslated = problems(locale, po, messages).length;
  if (untranslated) {
    console.warn(
      `build-wordpress: myocheck-${locale}.po: ${untranslated} untranslated (English shows)`,
    );
  }
  const { mo, json } = compile(locale, po, messages);
  writeFileSync(join(plugin, 'languages', moName(locale)), mo);
  writeFileSync(join(plugin, 'languages', jsonName(locale)), JSON.stringify(json));
}

const php = readFileSync(join(plugin, 'myocheck.php'), 'utf8');
const module = /define\( 'MYOCHECK_MODULE', '([^']+)' \)/.exec(php)?.[1];
const shipped = walk(plugin);
if (!module || !shipped.includes(module)) {
  throw new Error(
    `build-wordpress: MYOCHECK_MODULE (${module}) is not a file the plugin ships; LIBRARY is ${LIBRARY.join(', ')}`,
  );
}

// The zip holds the folder myocheck/, as WordPress's uploader expects. A fixed date keeps the
// bytes the same from one build to the next.
const mtime = new Date('2026-01-01T00:00:00Z');
const entries = Object.fromEntries(
  shipped.map(f => [
    `myocheck/${f.split('\\').join('/')}`,
    [readFileSync(join(plugin, f)), { mtime }],
  ]),
);
writeFileSync(join(out, 'myocheck.zip'), zipSync(entries, { level: 9 }));
console.log(
  `dist/wordpress/myocheck/ (${shipped.length} files) and dist/wordpress/myocheck.zip ` +
    `(${statSync(join(out, 'myocheck.zip')).size} B); module ${module}, from ${relative(root, source)}/`,
);
