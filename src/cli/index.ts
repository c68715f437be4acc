/**
 * `myocheck`: the command line for content packs. `validate` checks packs, `review` prints the
 * review sheet a medical reviewer signs, `init` starts a custom pack from the default one and
 * `schema` prints the pack's JSON Schema. Node only, no DOM; the checks are the core's.
 * @module
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { defaultPack, validatePack, type ContentPack, type PackProblem } from '../core/index.js';
import { packFingerprint } from './fingerprint.js';
import { parseJson } from './json.js';
import { renderReviewSheet } from './review-sheet.js';
import { packSchema } from './schema.js';
import { forTerminal as t, jsonForTerminal } from './terminal.js';
import { checkTranslations, languageWarnings } from './texts.js';

export { packFingerprint, normalizePack } from './fingerprint.js';
export { renderReviewSheet, escapeHtml, INTENDED_USE } from './review-sheet.js';
export { describeCondition } from './rules-in-words.js';
export { parseJson, type JsonSyntaxError } from './json.js';
export { packSchema } from './schema.js';
export { forTerminal, jsonForTerminal } from './terminal.js';

/** Where the command writes and which folder relative paths start from. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
}

/** Exit codes: success, a pack has problems (or a file cannot be read), bad usage. */
export const EXIT = { ok: 0, problems: 1, usage: 2 } as const;

/** One file's result, as `validate --json` prints it. */
export interface FileReport {
  file: string;
  valid: boolean;
  id?: string;
  version?: string;
  fingerprint?: string;
  /** Every problem; a JSON syntax error also has its 1-based `line` and `column`. */
  problems: (PackProblem & { line?: number; column?: number })[];
  /** What a valid pack lacks (a text missing in a language it declares: shown in English). */
  warnings?: PackProblem[];
}

const defaultIo: Io = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  cwd: process.cwd(),
};

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export function version(): string {
  try {
    return JSON.parse(readFileSync(here('../../package.json'), 'utf8')).version ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

const HELP: Record<string, string> = {
  main: `Usage: myocheck <command> [options]

Commands:
  validate <pack.json>...   check content packs; every problem as file: path: message
  review [pack.json]        print a pack's review sheet (HTML); the default pack if none given
  init [pack.json]          start a custom pack: write the default pack as JSON
  schema                    print the JSON Schema of content packs
  translate export|import   a language as XLIFF 2.0 for translators, and back into the pack

Options:
  -h, --help                show this help; myocheck <command> --help for a command's
  -v, --version             print myocheck's version

Custom content, step by step:
  npx myocheck init my-pack.json          start from the default pack, then edit it
  npx myocheck validate my-pack.json      fix every problem it lists
  npx myocheck review my-pack.json --out review.html
                                          have the sheet signed; ship the pack it names

Add a language to a pack (see "myocheck translate --help"):
  npx myocheck translate export --lang pl my-pack.json --out pl.xlf
  npx myocheck translate import pl.xlf my-pack.json
  npx myocheck validate my-pack.json      every text still in English is listed

Exit status: 0 success, 1 a pack has problems, 2 bad usage.
`,
  validate: `Usage: myocheck validate <pack.json>... [--json]

Checks each content pack with the same rules as the widgets (validatePack), and each
language's review status ("translations"). Prints "file: valid" with the pack's
fingerprint, or every problem as "file: path: message"; a JSON syntax error as
"file:line:column: message". A valid pack's missing translations are warnings, one line
each ("file: warning: path: message"): the widgets show those texts in English.

Options:
  --json         print one JSON report: { valid, files: [{ file, valid, id, version,
                 fingerprint, problems: [{ path, message, line?, column? }],
                 warnings: [{ path, message }] }] }

Exit status: 0 every pack is valid, 1 a pack has problems or cannot be read, 2 bad usage.
`,
  review: `Usage: myocheck review [pack.json] [--lang en,es] [--out sheet.html]

Prints the review sheet of a content pack (the default pack when no file is given): one
self-contained, printable HTML page with the pack's fingerprint, a sign-off block, the
intended use, every question, rule, body area and source in plain words, and each text
in every language side by side. A pack with problems is not printed.

Options:
  --lang <list>  the language columns, comma-separated (default: the pack's languages)
  --out <file>   write the sheet to a file instead of printing it

Exit status: 0 printed, 1 the pack has problems or cannot be read, 2 bad usage.
`,
  init: `Usage: myocheck init [pack.json] [--force]

Writes the default pack, in every language it has, as JSON, with "$schema" set so an
editor checks the file as you edit it. Prints it when no file is given.

Options:
  --force        overwrite the file if it exists

Exit status: 0 written, 1 the file exists, 2 bad usage.
`,
  schema: `Usage: myocheck schema [--out pack.schema.json]

Prints the JSON Schema (draft 2020-12) of content packs. It checks a pack's shape; only
"myocheck validate" also checks that ids are unique and that referenced ids exist.

Options:
  --out <file>   write the schema to a file instead of printing it
`,
  translate: `Usage: myocheck translate export --lang <code> [pack.json] [--out file.xlf]
       myocheck translate import <file.xlf> [pack.json] [--out pack.json]

export  writes an XLIFF 2.0 file for translators into one language: one unit per text of
        the pack (the default pack when no file is given) and per interface string, with
        a stable id, the English source, the current translation if any, and a note saying
        where the text appears. Placeholders ({thresholdMonths}, {emergencyNumber}, and #
        the number in plural forms) are inline codes a CAT tool protects; a plural message
        has one unit per plural form of the language.
import  merges a translated XLIFF file into the pack: its texts, and the interface text
        of a language myocheck does not ship (so a pack adds a language with no code).
        Refuses a target that drops or adds a placeholder and names unknown ids; an empty
        target changes nothing. Writes the pack to --out, else back to pack.json, else
        (the default pack) prints it. The language is "draft" until a qualified medical
        translator reviews it: then record "translations": { "<code>": { "status":
        "reviewed", "reviews": [{ "name", "role", "date" }] } } and print the review sheet.

Options:
  --lang <code>  the language to translate into (export)
  --out <file>   where to write

Exit status: 0 written, 1 the pack or the file has problems (nothing written), 2 bad usage.
`,
};

export class UsageError extends Error {}

/** Runs the command line; resolves to the exit code. Never throws on bad input. */
export async function run(argv: string[], io: Io = defaultIo): Promise<number> {
  try {
    return await runCommand(argv, io);
  } catch (error) {
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      io.stderr(`myocheck: ${(error as Error).message}\nSee "myocheck --help".\n`);
      return EXIT.usage;
    }
    io.stderr(`myocheck: ${t((error as Error)?.message ?? error)}\n`);
    return EXIT.problems;
  }
}

function runCommand(argv: string[], io: Io): number | Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') {
    const topic = command === 'help' ? rest[0] : undefined;
    if ((topic !== undefined && !HELP[topic]) || topic === 'main')
      throw new UsageError(`unknown command "${topic}"`);
    io.stdout(
      `myocheck ${version()}: validate, review and start content packs\n\n${HELP[topic ?? 'main']}`,
    );
    return command === undefined ? EXIT.usage : EXIT.ok;
  }
  if (command === '-v' || command === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const commands: Record<string, (args: string[], io: Io) => number | Promise<number>> = {
    validate,
    review,
    init,
    schema,
    translate: async (args, io) => (await import('./translate-command.js')).translate(args, io),
  };
  if (!Object.prototype.hasOwnProperty.call(commands, command))
    throw new UsageError(`unknown command "${command}"`);
  if (rest.includes('-h') || rest.includes('--help')) {
    io.stdout(HELP[command]);
    return EXIT.ok;
  }
  return commands[command](rest, io);
}

export const parse = <const T extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: T,
) => parseArgs({ args, options, allowPositionals: true, strict: true });

/** Reads and checks one pack file. */
export function check(file: string, io: Io): { report: FileReport; pack?: ContentPack } {
  const report: FileReport = { file, valid: false, problems: [] };
  let source: string;
  try {
    source = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : String(code ?? error);
    report.problems.push({ path: '', message: `could not read the file: ${why}` });
    return { report };
  }
  const parsed = parseJson(source);
  if (!parsed.ok) {
    const { line, column, message } = parsed.error;
    report.problems.push({ path: '', message: `JSON syntax error: ${message}`, line, column });
    return { report };
  }
  report.problems = [...validatePack(parsed.value), ...checkTranslations(parsed.value)];
  if (report.problems.length) return { report };
  const pack = parsed.value as ContentPack;
  report.warnings = languageWarnings(pack);
  Object.assign(report, {
    valid: true,
    id: pack.id,
    version: pack.version,
    fingerprint: packFingerprint(pack),
  });
  return { report, pack };
}

/**
 * "file: path: message", or "file:line:column: message" for a syntax error. Paths and messages
 * quote the pack's own strings: control characters in them are escaped (terminal.ts).
 */
function problemLines(report: FileReport): string {
  const file = t(report.file);
  return report.problems
    .map(p =>
      p.line !== undefined
        ? `${file}:${p.line}:${p.column}: ${t(p.message)}\n`
        : `${file}: ${p.path ? `${t(p.path)}: ` : ''}${t(p.message)}\n`,
    )
    .join('');
}

function validate(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (!positionals.length) throw new UsageError('validate needs at least one pack file');
  const reports = positionals.map(file => check(file, io).report);
  const valid = reports.every(r => r.valid);
  if (values.json) {
    io.stdout(`${jsonForTerminal({ valid, files: reports })}\n`);
  } else {
    for (const r of reports) {
      io.stdout(
        r.valid
          ? `${t(r.file)}: valid (${t(r.id)} ${t(r.version)}, ${r.fingerprint})\n`
          : problemLines(r),
      );
      for (const w of r.warnings ?? [])
        io.stdout(`${t(r.file)}: warning: ${t(w.path)}: ${t(w.message)}\n`);
    }
    if (!valid) {
      const count = reports.reduce((n, r) => n + r.problems.length, 0);
      const files = reports.filter(r => !r.valid).length;
      io.stdout(
        `\n${count} problem${count === 1 ? '' : 's'} in ${files} of ${reports.length} file${reports.length === 1 ? '' : 's'}\n`,
      );
    }
  }
  return valid ? EXIT.ok : EXIT.problems;
}

/** Writes `text` to `--out`, or prints it. */
export function output(text: string, out: string | undefined, io: Io, what: string): void {
  if (out === undefined) return io.stdout(text);
  writeFileSync(resolve(io.cwd, out), text);
  io.stderr(`Wrote ${what} to ${t(out)}\n`);
}

function review(args: string[], io: Io): number {
  const { values, positionals } = parse(args, {
    lang: { type: 'string' },
    out: { type: 'string' },
  });
  if (positionals.length > 1) throw new UsageError('review takes one pack file');
  let pack: ContentPack = defaultPack;
  if (positionals.length) {
    const result = check(positionals[0], io);
    if (!result.pack) {
      io.stderr(problemLines(result.report));
      io.stderr('The review sheet is printed only for a valid pack.\n');
      return EXIT.problems;
    }
    pack = result.pack;
  }
  let languages: string[] | undefined;
  if (values.lang !== undefined) {
    languages = [
      ...new Set(
        String(values.lang)
          .split(',')
          .map(l => l.trim())
          .filter(Boolean),
      ),
    ];
    if (!languages.length) throw new UsageError('--lang needs a comma-separated list, like en,es');
    for (const lang of languages)
      if (!pack.languages.includes(lang))
        io.stderr(
          `myocheck review: the pack has no "${t(lang)}" texts; that column marks each one missing\n`,
        );
  }
  const sheet = renderReviewSheet(pack, { languages, version: version() });
  output(
    sheet,
    values.out,
    io,
    `the review sheet of ${t(pack.id)} ${t(pack.version)} (${packFingerprint(pack)})`,
  );
  return EXIT.ok;
}

function init(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { force: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('init takes one file name');
  const file = positionals[0];
  const target = file === undefined ? undefined : resolve(io.cwd, file);
  if (target && existsSync(target) && !values.force) {
    io.stderr(`myocheck init: ${file} exists; use --force to overwrite it\n`);
    return EXIT.problems;
  }
  // Point "$schema" at the installed schema when it sits in a project's node_modules; else at
  // its published address.
  const schemaFile = here('../pack.schema.json');
  const local = schemaFile.includes(`${sep}node_modules${sep}`) && existsSync(schemaFile);
  const from = target ? dirname(target) : io.cwd;
  const path = relative(from, schemaFile).split(sep).join('/');
  const $schema = local ? (path.startsWith('.') ? path : `./${path}`) : packSchema.$id;
  const text = `${JSON.stringify({ $schema, ...defaultPack }, null, 2)}\n`;
  if (target) {
    writeFileSync(target, text);
    io.stderr(
      `Wrote the default pack to ${file}. Change its id, version and texts, then run\n  npx myocheck validate ${file}\n`,
    );
  } else io.stdout(text);
  return EXIT.ok;
}

function schema(args: string[], io: Io): number {
  const { values, positionals } = parse(args, { out: { type: 'string' } });
  if (positionals.length) throw new UsageError('schema takes no file; use --out <file>');
  output(`${JSON.stringify(packSchema, null, 2)}\n`, values.out, io, 'the pack schema');
  return EXIT.ok;
}
