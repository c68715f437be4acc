// A real WordPress 6.5 (PHP 8.3 in WebAssembly, SQLite) for the plugin's end-to-end test, with no
// network: WordPress Playground's CLI serves it from the files of @wp-playground/wordpress-builds.
// Both are pinned in this folder's own package.json, never among the library's dependencies
// (about 1 GB in node_modules; `npm ci` here takes about 30 s).
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const here = new URL('.', import.meta.url).pathname;
const modules = join(here, 'node_modules');
const PINNED = { '@wp-playground/cli': '3.1.56', '@wp-playground/wordpress-builds': '0.9.19' };

/** Installs the pinned tools in this folder (`npm ci`) unless they are there already. */
export function ensureTools() {
  const installed = Object.entries(PINNED).every(([name, version]) => {
    const manifest = join(modules, name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).version === version;
  });
  if (installed) return;
  console.log('Installing WordPress Playground in test/wordpress/ (npm ci)…');
  // Some @php-wasm packages ask for Node 24 (EBADENGINE warnings); they run on Node 20.
  const npm = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: here,
    stdio: 'inherit',
  });
  if (npm.status !== 0) throw new Error('npm ci in test/wordpress failed');
}

/**
 * WordPress 6.5's files, laid out once in test/wordpress/.cache/ (git-ignored): the package's
 * zip holds core's PHP but leaves out most JS and CSS (no wp-includes/js/dist/, so no block
 * editor), which are in its public/ folder; the CLI fetches nothing itself.
 */
function pristineWordPress() {
  const dir = join(here, '.cache', `wp-6.5-${PINNED['@wp-playground/wordpress-builds']}`);
  if (existsSync(join(dir, 'wp-load.php'))) return dir;
  const builds = join(modules, '@wp-playground/wordpress-builds');
  rmSync(dir, { recursive: true, force: true });
  const files = unzipSync(readFileSync(join(builds, 'src/wordpress/wp-6.5.zip')));
  for (const [name, bytes] of Object.entries(files)) {
    if (name.endsWith('/')) continue;
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
  }
  cpSync(join(builds, 'public/wp-6.5'), dir, { recursive: true });
  return dir;
}

/**
 * Starts WordPress in `runDir` with the built plugin mounted and the blueprint run; resolves
 * once it serves. Playground writes into the tree it mounts (the SQLite database, debug.log),
 * so each run mounts a fresh copy (~70 MB, under a second): a fresh copy is a fresh site.
 */
export async function startWordPress({ runDir, plugin, blueprint, port }) {
  const wordpress = join(runDir, 'wordpress');
  cpSync(pristineWordPress(), wordpress, { recursive: true });
  const blueprintFile = join(runDir, 'blueprint.json');
  writeFileSync(blueprintFile, JSON.stringify(blueprint, null, 2));
  const server = spawn(
    join(modules, '.bin/wp-playground-cli'),
    [
      'server',
      `--port=${port}`,
      '--wordpress-install-mode=install-from-existing-files',
      // --mount-dir takes two arguments; --mount splits host:vfs on the colon
      '--mount-dir-before-install',
      wordpress,
      '/wordpress',
      '--mount-dir',
      plugin,
      '/wordpress/wp-content/plugins/myocheck',
      // with --blueprint, the CLI ignores --php and --login: the file says both
      `--blueprint=${blueprintFile}`,
    ],
    // the CLI makes its temp folder in os.tmpdir(): keep it in the run's folder
    { cwd: here, env: { ...process.env, TMPDIR: runDir }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise((resolve, reject) => {
    const onData = chunk => {
      output += chunk;
      const match = /Ready! WordPress is running on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
      // a failed blueprint step (e.g. a PHP fatal error while activating) ends the CLI
      if (/Error when executing the blueprint step/.test(output)) reject(new Error(output));
    };
    server.stdout.on('data', onData);
    server.stderr.on('data', onData);
    server.on('exit', code => reject(new Error(`WordPress exited (${code}):\n${output}`)));
  });
  // 7–11 s on an idle machine; minutes when the machine is busy
  const timeout = setTimeout(() => server.kill('SIGTERM'), 300_000);
  try {
    const origin = await ready;
    return {
      origin: origin.replace(/\/$/, ''),
      wordpress,
      output: () => output,
      stop: () =>
        new Promise(resolve => {
          if (server.exitCode !== null) return resolve();
          server.once('exit', resolve);
          server.kill('SIGTERM');
        }),
    };
  } finally {
    clearTimeout(timeout);
  }
}
