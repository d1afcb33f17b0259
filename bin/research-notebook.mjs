#!/usr/bin/env node
// Runs the TypeScript CLI directly; the package is used from a checkout with its dev dependencies.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/main.ts');
process.exitCode = await runCli(process.argv.slice(2));
