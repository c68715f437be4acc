// What `npm start` serves: the CDN build (dist/cdn/: the loader, its style sheet and the elements'
// chunks), the two configurations of rollup.config.mjs that write there, run in their order (the
// loader learns the chunks' names from the build before it). One change, for speed: esbuild strips
// the types instead of @rollup/plugin-typescript, which type-checks the whole project first (most
// of a minute on 2 cores; `npm run typecheck` and `npm run build` still do). `npm run build`
// builds everything, dist/cdn/ included. Usage: node scripts/build-demo.mjs
import { existsSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'esbuild';
import { rollup } from 'rollup';

const started = Date.now();

/** TypeScript to JavaScript, file by file, with the compiler options the code relies on. */
const stripTypes = () => ({
  name: 'myocheck-strip-types',
  // imports carry .js extensions (STYLE.md): the source beside is .ts
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.') || !source.endsWith('.js')) return null;
    const ts = resolve(dirname(importer), source.replace(/\.js$/, '.ts'));
    return existsSync(ts) ? ts : null;
  },
  async transform(code, id) {
    if (!id.endsWith('.ts')) return null;
    const out = await transform(code, {
      loader: 'ts',
      format: 'esm',
      target: 'es2021',
      sourcefile: id,
      tsconfigRaw: {
        compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false },
      },
    });
    return { code: out.code, map: null };
  },
});

const configs = (await import('../rollup.config.mjs')).default.filter(config =>
  [config.output].flat().some(o => (o.dir ?? o.file).startsWith('dist/cdn')),
);
if (configs.length !== 2) throw new Error(`build-demo: ${configs.length} configs write dist/cdn/`);
// chunk names carry a hash: the last build's would pile up
rmSync(new URL('../dist/cdn', import.meta.url), { recursive: true, force: true });
for (const { output, plugins, ...input } of configs) {
  const bundle = await rollup({
    ...input,
    plugins: plugins.map(p => (p?.name === 'typescript' ? stripTypes() : p)),
  });
  for (const o of [output].flat()) await bundle.write(o);
  await bundle.close();
}
console.log(`dist/cdn/ built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
