#!/usr/bin/env node
// The `myocheck` command (see `myocheck --help`); the code is in dist/cli/.
import { run } from '../dist/cli/index.js';

// `myocheck review | head`: a reader that stops early is not an error.
process.stdout.on('error', error => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await run(process.argv.slice(2));
