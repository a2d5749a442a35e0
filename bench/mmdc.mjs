/**
 * Mermaid's real command line, `mmdc` (@mermaid-js/mermaid-cli), for the start-up suite:
 * installed on demand into .bench/mermaid-cli (puppeteer's own browser download skipped; it
 * drives Debian's Chromium instead, as /work/shared/E2E.md records), never into the project's
 * dependencies. Where it cannot be installed (no registry, no Chromium), `ensureMmdc` says
 * why instead of failing, and the suite skips it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './lib.mjs';

export const MMDC_VERSION = '12.2.0';
const INSTALL_DIR = path.join(ROOT, '.bench/mermaid-cli');
const BIN = path.join(INSTALL_DIR, 'node_modules/@mermaid-js/mermaid-cli/src/cli.js');
const CHROMIUM = '/usr/bin/chromium';

/** `{ bin, puppeteerConfig }` of an installed mmdc, or `{ skipped: reason }`. */
export function ensureMmdc(log = console.log) {
    if (!existsSync(CHROMIUM)) return { skipped: `no Chromium at ${CHROMIUM} for mmdc to drive` };
    if (!existsSync(BIN)) {
        log(`Installing @mermaid-js/mermaid-cli ${MMDC_VERSION} into .bench/mermaid-cli (once)…`);
        mkdirSync(INSTALL_DIR, { recursive: true });
        writeFileSync(path.join(INSTALL_DIR, 'package.json'), '{ "private": true }\n');
        const result = spawnSync(
            'npm',
            ['install', '--no-audit', '--no-fund', '--loglevel=error', `@mermaid-js/mermaid-cli@${MMDC_VERSION}`],
            { cwd: INSTALL_DIR, encoding: 'utf8', timeout: 600_000, env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' } }
        );
        if (result.status !== 0 || !existsSync(BIN)) {
            const why = (result.stderr || result.error?.message || `npm exited ${result.status}`).trim().split('\n')[0];
            return { skipped: `@mermaid-js/mermaid-cli could not be installed (${why})` };
        }
    }
    const puppeteerConfig = path.join(INSTALL_DIR, 'puppeteer.json');
    writeFileSync(puppeteerConfig, JSON.stringify({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] }));
    return { bin: BIN, puppeteerConfig };
}
