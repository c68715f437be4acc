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
cpSync(source, plugin, { recursive: true });
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
// (includes/render.php prints it): from the core rollup just built.
const core = await import(join(root, 'dist/core/index.js'));
writeFileSync(join(plugin, 'fallback.json'), `${JSON.stringify(fallbackText(core), null, 2)}\n`);

writePot();

const php = readFileSync(join(plugin, 'myocheck.php'), 'utf8');
const module = /define\( 'MYOCHECK_MODULE', '([^']+)' \)/.exec(php)?.[1];
const shipped = walk(plugin);
if (!module || !shipped.includes(module)) {
  throw new Error(
    `build-wordpress: MYOCHECK_MODULE (${module}) is not a file the plugin ships; LIBRARY is ${LIBRARY.join(', ')}`,
  );
}

/**
 * languages/myocheck.pot, the template translators start from: every string of the text domain
 * `myocheck` in the PHP and the editor script (__(), _e(), esc_html__() … with a literal and
 * 'myocheck'), the blocks' titles, descriptions and keywords, and the plugin header's name and
 * description (what `wp i18n make-pot` collects, without needing WP-CLI here).
 */
function writePot() {
  const strings = new Map();
  const add = (msgid, ref, { context, comment } = {}) => {
    const key = `${context ?? ''}\u0004${msgid}`;
    const entry = strings.get(key) ?? { msgid, context, comments: new Set(), refs: [] };
    if (comment) entry.comments.add(comment);
    entry.refs.push(ref);
    strings.set(key, entry);
  };
  const call =
    /(?:\/\*\s*(translators:[\s\S]*?)\*\/\s*)?\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e)\(\s*('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")\s*,\s*'myocheck'\s*,?\s*\)/g;
  const unquote = literal => literal.slice(1, -1).replace(/\\(.)/g, '$1');
  for (const file of walk(source).filter(f => /\.(php|js)$/.test(f))) {
    const text = readFileSync(join(source, file), 'utf8');
    for (const match of text.matchAll(call)) {
      const line = text.slice(0, match.index).split('\n').length;
      add(unquote(match[2]), `${file}:${line}`, { comment: match[1]?.trim() });
    }
  }
  for (const file of walk(source).filter(f => f.endsWith('block.json'))) {
    const block = JSON.parse(readFileSync(join(source, file), 'utf8'));
    add(block.title, file, { context: 'block title' });
    add(block.description, file, { context: 'block description' });
    for (const keyword of block.keywords) add(keyword, file, { context: 'block keyword' });
  }
  const header = readFileSync(join(source, 'myocheck.php'), 'utf8');
  for (const field of ['Plugin Name', 'Description']) {
    const value = new RegExp(`^ \\* ${field}:\\s+(.*)$`, 'm').exec(header)?.[1];
    if (value) add(value, 'myocheck.php', { comment: `${field} of the plugin` });
  }
  const po = value => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
  const entries = [...strings.values()].map(e =>
    [
      ...[...e.comments].map(c => `#. ${c}`),
      `#: ${e.refs.join(' ')}`,
      ...(e.context ? [`msgctxt ${po(e.context)}`] : []),
      `msgid ${po(e.msgid)}`,
      'msgstr ""',
    ].join('\n'),
  );
  const head = [
    '# Translation template for the myocheck WordPress plugin (made by npm run build).',
    'msgid ""',
    'msgstr ""',
    `"Project-Id-Version: myocheck ${version}\\n"`,
    '"MIME-Version: 1.0\\n"',
    '"Content-Type: text/plain; charset=UTF-8\\n"',
    '"Content-Transfer-Encoding: 8bit\\n"',
    '"X-Domain: myocheck\\n"',
  ].join('\n');
  mkdirSync(join(plugin, 'languages'), { recursive: true });
  writeFileSync(join(plugin, 'languages/myocheck.pot'), `${head}\n\n${entries.join('\n\n')}\n`);
  return strings.size;
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
