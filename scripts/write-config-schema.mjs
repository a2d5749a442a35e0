#!/usr/bin/env node
/**
 * Writes the JSON schema of cjourney.config.json that the VS Code extension registers
 * (`jsonValidation`), from the diagnostic codes table: `npm run schema:config` after
 * `npm run build`. packages/language/test/project-config.test.ts fails while it is stale.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../packages/language/out/config/index.js';

const file = fileURLToPath(new URL('../packages/extension/schemas/cjourney.config.schema.json', import.meta.url));
writeFileSync(file, JSON.stringify(configSchema(), null, 2) + '\n');
console.log(`wrote ${file}`);
