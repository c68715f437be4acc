/**
 * The `myocheck translate` command (loaded only when it runs, with the XLIFF package).
 * @module
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defaultPack, type ContentPack } from '../core/index.js';
import { packFingerprint } from './fingerprint.js';
import { check, EXIT, output, parse, UsageError, type Io } from './index.js';
import { checkTranslations } from './texts.js';
import { validatePack } from '../core/validate.js';
import { exportXliff, importXliff } from './translate.js';

/** Reads the pack named on the command line, or the default pack. */
function packFrom(file: string | undefined, io: Io): ContentPack | undefined {
  if (file === undefined) return defaultPack;
  const result = check(file, io);
  if (result.pack) return result.pack;
  for (const p of result.report.problems)
    io.stderr(`${file}: ${p.path ? `${p.path}: ` : ''}${p.message}\n`);
  io.stderr('Translate a valid pack: fix these first (npx myocheck validate).\n');
  return undefined;
}

export function translate(args: string[], io: Io): number {
  const [action, ...rest] = args;
  if (action === 'export') return exportCommand(rest, io);
  if (action === 'import') return importCommand(rest, io);
  throw new UsageError(
    action === undefined
      ? 'translate needs "export" or "import"'
      : `unknown translate action "${action}"; expected export or import`,
  );
}

function exportCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    lang: { type: 'string' },
    out: { type: 'string' },
  });
  const lang = String(values.lang ?? '').trim();
  if (!lang) throw new UsageError('translate export needs --lang <code>, like --lang fr');
  if (lang.toLowerCase() === 'en' || !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(lang))
    throw new UsageError(`--lang must be a language code other than en, like fr, got "${lang}"`);
  if (positionals.length > 1) throw new UsageError('translate export takes one pack file');
  const pack = packFrom(positionals[0], io);
  if (!pack) return EXIT.problems;
  output(exportXliff(pack, lang), values.out, io, `the ${lang} XLIFF file of ${pack.id}`);
  return EXIT.ok;
}

function importCommand(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  if (!positionals.length || positionals.length > 2)
    throw new UsageError('translate import takes an XLIFF file and at most one pack file');
  const [xliffFile, packFile] = positionals;
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, xliffFile), 'utf8');
  } catch (error) {
    io.stderr(
      `${xliffFile}: could not read the file: ${(error as { code?: string }).code ?? error}\n`,
    );
    return EXIT.problems;
  }
  const pack = packFrom(packFile, io);
  if (!pack) return EXIT.problems;
  const result = importXliff(pack, text);
  for (const error of result.errors) io.stderr(`${xliffFile}: ${error}\n`);
  if (!result.pack) {
    io.stderr(
      `Nothing written: ${result.errors.length} problem${result.errors.length === 1 ? '' : 's'}.\n`,
    );
    return EXIT.problems;
  }
  // what is written must be a pack the widgets and `validate` accept
  const problems = [...validatePack(result.pack), ...checkTranslations(result.pack)];
  if (problems.length) {
    for (const p of problems) io.stderr(`${xliffFile}: the merged pack: ${p.path}: ${p.message}\n`);
    io.stderr('Nothing written.\n');
    return EXIT.problems;
  }
  for (const note of result.notes) io.stderr(`${xliffFile}: ${note}\n`);
  const out = values.out ?? packFile;
  // the pack as read, "$schema" and all, with the translations merged
  const json = `${JSON.stringify(result.pack, null, 2)}\n`;
  output(
    json,
    out,
    io,
    `${result.pack.id} with ${result.changed} ${result.lang} text${result.changed === 1 ? '' : 's'} merged (${packFingerprint(result.pack)})`,
  );
  return EXIT.ok;
}
