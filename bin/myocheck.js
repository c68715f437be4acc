#!/usr/bin/env node
// The `myocheck` command (see `myocheck --help`); the code is in dist/cli/.
import { run } from '../dist/cli/index.js';

process.exitCode = await run(process.argv.slice(2));
