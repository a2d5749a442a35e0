#!/usr/bin/env node
// The cjourney command line.
import { main } from '../out/main.js';

process.exitCode = await main(process.argv.slice(2));
