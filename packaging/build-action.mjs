#!/usr/bin/env node
/**
 * The GitHub Action's prebuilt CLI, committed in action/dist/ so that the Action runs from
 * any repository with no `npm ci` and no install script at run time:
 *   action/dist/cjourney.cjs   the launcher (packaging/launcher.cjs)
 *   action/dist/cli.cjs        the CLI and every JavaScript dependency it always needs, minified
 *   action/dist/elk.cjs        ELK, which only the flow view loads
 *   action/dist/THIRD-PARTY-NOTICES.md   the licences of the bundled packages
 * It draws SVG only (what the Action attaches): no fonts, no resvg (a native add-on) and no
 * PDF writer. Generated — never edit by hand: `npm run bundle:action` (after `npm run build`)
 * rewrites them; `--check` only compares and exits 1 when the committed files are stale.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundleCli, launcherSource, ROOT } from './bundle.mjs';

export const ACTION_DIST = path.join(ROOT, 'action/dist');

/** The files of action/dist/ as they should be: name → bytes. */
export async function actionFiles() {
    // SVG only: the PNG rasteriser and the PDF writer stay out (they need the fonts the Action does not carry).
    const bundle = await bundleCli(ACTION_DIST, { external: ['@resvg/resvg-js', 'pdfkit', 'svg-to-pdfkit'] });
    return {
        'cjourney.cjs': Buffer.from(launcherSource('./cli.cjs', { codeCacheKey: bundle.codeCacheKey })),
        ...Object.fromEntries(Object.entries(bundle.files).map(([name, bytes]) => [name, Buffer.from(bytes)])),
        'THIRD-PARTY-NOTICES.md': Buffer.from(bundle.notices)
    };
}

/** The names of the committed files that differ from a fresh build. */
export async function staleFiles() {
    const stale = [];
    const expected = await actionFiles();
    for (const [name, bytes] of Object.entries(expected)) {
        let committed;
        try {
            committed = readFileSync(path.join(ACTION_DIST, name));
        } catch {
            committed = Buffer.alloc(0);
        }
        if (!committed.equals(bytes)) {
            stale.push(`action/dist/${name}`);
        }
    }
    // A file of an older build's layout is stale too.
    stale.push(...extraFiles(Object.keys(expected)).map(name => `action/dist/${name} (left over)`));
    return stale;
}

/** Files in action/dist/ that a fresh build does not write. */
function extraFiles(names) {
    return existsSync(ACTION_DIST) ? readdirSync(ACTION_DIST).filter(name => !names.includes(name)) : [];
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
    if (process.argv.includes('--check')) {
        const stale = await staleFiles();
        if (stale.length > 0) {
            console.error(
                `${stale.join(', ')}: stale against the sources; run \`npm run build && npm run bundle:action\` and commit the result`
            );
            process.exit(1);
        }
        console.log('action/dist is up to date');
    } else {
        mkdirSync(ACTION_DIST, { recursive: true });
        const files = await actionFiles();
        for (const name of extraFiles(Object.keys(files))) {
            rmSync(path.join(ACTION_DIST, name));
            console.log(`removed action/dist/${name}`);
        }
        for (const [name, bytes] of Object.entries(files)) {
            writeFileSync(path.join(ACTION_DIST, name), bytes);
            console.log(`wrote action/dist/${name} (${bytes.length} bytes)`);
        }
    }
}
