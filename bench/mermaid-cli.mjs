#!/usr/bin/env node
/**
 * Mermaid's command-line path, `mmdc -i IN.mmd -o OUT.svg`, as mermaid-cli runs it: start a
 * headless browser, load Mermaid into a page, `mermaid.render()`, write the SVG. mermaid-cli
 * itself drives a Chromium that puppeteer downloads, which this machine cannot fetch, so
 * this does the same with playwright-core and Debian's Chromium. suites/50-mermaid.mjs times
 * it as a whole process, beside `cjourney render`.
 *
 * Usage: node mermaid-cli.mjs IN.mmd OUT.svg [--timeout MS]
 * Exit codes: 0 written, 1 Mermaid failed (message on stderr), 124 timed out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { launchChromium, openMermaidPage, renderMermaid } from './mermaid-page.mjs';

const [input, output] = process.argv.slice(2);
const timeoutIndex = process.argv.indexOf('--timeout');
const timeoutMs = timeoutIndex > 0 ? Number(process.argv[timeoutIndex + 1]) : 120_000;

const browser = await launchChromium();
// A hung render never returns to Node: closing the browser after the time limit ends it.
let timedOut = false;
const timer = setTimeout(() => {
    timedOut = true;
    void browser.close();
}, timeoutMs);
try {
    const page = await openMermaidPage(browser);
    const result = await renderMermaid(page, readFileSync(input, 'utf8'));
    if (result.error !== undefined) {
        process.stderr.write(`mermaid-cli: ${result.error}\n`);
        process.exitCode = 1;
    } else {
        writeFileSync(output, result.svg);
    }
} catch (error) {
    if (!timedOut) throw error;
} finally {
    clearTimeout(timer);
    await browser.close();
}
if (timedOut) {
    process.stderr.write(`mermaid-cli: no SVG after ${timeoutMs} ms\n`);
    process.exitCode = 124;
}
