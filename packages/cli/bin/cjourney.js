#!/usr/bin/env node
// The cjourney command line. Node's compile cache (in the system's temporary folder; off with
// NODE_DISABLE_COMPILE_CACHE=1) saves re-compiling Langium on every run: a CI job calls
// cjourney once per step, so start-up time is most of a small command's time.
import module from 'node:module';

module.enableCompileCache?.();
const { main } = await import('../out/main.js');
process.exitCode = await main(process.argv.slice(2));
