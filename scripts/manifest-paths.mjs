// The analyzer reads src/*.ts; the package publishes dist/*.js. Rewrite every module path and
// reference in dist/custom-elements.json to the published file, so tools that follow the
// manifest (IDEs, Storybook, framework type generators) find what npm installed.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const file = new URL('../dist/custom-elements.json', import.meta.url);
const manifest = JSON.parse(readFileSync(file, 'utf8'));
// a module of types only (events.ts) is published as its .d.ts alone
const published = path => {
  const js = path.replace(/^\/?src\/(.*)\.(ts|js)$/, 'dist/$1.js');
  const dts = js.replace(/\.js$/, '.d.ts');
  return !existsSync(new URL(`../${js}`, import.meta.url)) &&
    existsSync(new URL(`../${dts}`, import.meta.url))
    ? dts
    : js;
};
const walk = value => {
  if (Array.isArray(value)) return value.map(walk);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        (k === 'path' || k === 'module') && typeof v === 'string' ? published(v) : walk(v),
      ]),
    );
  return value;
};
writeFileSync(file, JSON.stringify(walk(manifest), null, 2) + '\n');
