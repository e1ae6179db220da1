#!/usr/bin/env node
// The command line over the engine: `plan evaluate PLAN.json [--at DAY[,DAY…]]`, `plan catalog`, `plan import FILE`.
import { runCli } from './run-cli';

const { code, stdout, stderr } = runCli(process.argv.slice(2));
if (stdout) process.stdout.write(stdout);
if (stderr) process.stderr.write(stderr);
process.exitCode = code;
