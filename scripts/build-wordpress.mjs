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

/**
 * The library's file(s) the plugin ships, copied from dist/ into the plugin's js/ folder (a
 * folder is copied whole). The module the blocks load is the PHP constant MYOCHECK_MODULE in
 * wordpress/myocheck.php; the build fails unless it names one of these files. To ship the lazy
 * loader instead: `['cdn']` here and `js/cdn/myocheck.js` there.
 */
export const LIBRARY = ['myocheck.bundle.js'];

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
