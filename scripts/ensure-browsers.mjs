// Makes sure the real browsers the tests need are here (Debian's packages; nothing is
// downloaded from anywhere else). On a Debian machine run as root it installs what is
// missing; elsewhere it stops with one message saying what to install or which variable to set.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { CHROMIUM_PATH, FIREFOX_PATH, MINIBROWSER_PATH } from './browsers.mjs';

const wanted = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map(s => s.trim());
const onPath = cmd => {
  try {
    execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

const needs = {
  chromium: {
    ok: () => existsSync(CHROMIUM_PATH),
    packages: ['chromium'],
    hint: 'set CHROME_PATH to a Chromium or Chrome binary',
  },
  firefox: {
    ok: () => existsSync(FIREFOX_PATH),
    packages: ['firefox-esr'],
    hint: 'set FIREFOX_PATH to a Firefox binary',
  },
  webkit: {
    ok: () =>
      onPath('WebKitWebDriver') &&
      existsSync(MINIBROWSER_PATH) &&
      (process.env.DISPLAY || onPath('Xvfb')),
    packages: ['webkit2gtk-driver', 'xvfb', 'xauth'],
    hint: 'install WebKitWebDriver, MiniBrowser (set MINIBROWSER_PATH) and Xvfb',
  },
};

const missing = wanted.filter(name => needs[name] && !needs[name].ok());
if (missing.length === 0) process.exit(0);

const packages = missing.flatMap(name => needs[name].packages);
const isRoot = process.getuid?.() === 0;
if (isRoot && existsSync('/etc/debian_version') && onPath('apt-get')) {
  console.log(`Installing browsers for the tests: apt-get install -y ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', ...packages], {
    stdio: 'inherit',
    env,
  });
  const still = missing.filter(name => !needs[name].ok());
  if (still.length === 0) process.exit(0);
  console.error(`Still missing after install: ${still.join(', ')}`);
  process.exit(1);
}
console.error(
  `myocheck tests run in real browsers, and these are missing: ${missing.join(', ')}.\n` +
    `On Debian/Ubuntu: sudo apt-get install ${packages.join(' ')}\n` +
    missing.map(name => `  or ${needs[name].hint}`).join('\n') +
    `\nTo test fewer engines: BROWSERS=chromium npm test`,
);
process.exit(1);
