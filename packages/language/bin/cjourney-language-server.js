#!/usr/bin/env node
// The .cjourney language server: cjourney-language-server --stdio
import '../out/node/main.js';
