/**
 * A real editor that is not VS Code: Neovim (Debian's 0.7.2, headless) with the README's
 * configuration (test/neovim/init.lua) runs the language server as a user's Neovim would.
 * test/neovim/drive.lua acts through Neovim's own LSP client (jump to a definition, apply a
 * quick fix, rename, format, discard an edit with :bdelete!) and records what it saw; each
 * test here reads one observation. Neovim is required: without `nvim` the suite fails and
 * says how to install it (`.ci/run` installs it).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { retailJourney, STAKEHOLDERS } from './retail-workspace.js';

const NVIM = process.env.NVIM ?? 'nvim';
const HERE = path.dirname(fileURLToPath(import.meta.url));
const INIT = path.join(HERE, 'neovim/init.lua');
const DRIVE = path.join(HERE, 'neovim/drive.lua');
/** The repository's node_modules/.bin: `cjourney-language-server` and the Node 24 it needs. */
const BIN = path.resolve(HERE, '../../../node_modules/.bin');

const RETAIL = retailJourney(['          emotion happy', '      owner StoreTeam']);

type Step<T> = T | { error: string };
interface Observations {
    diagnostics: Step<string[]>;
    completion: Step<string[]>;
    hover: Step<string>;
    definition: Step<{ file: string; line: number; character: number }>;
    builtin_definition: Step<{ result: unknown; current: string; buffers: string[]; errmsg: string; raised: string | null }>;
    references: Step<string[]>;
    quick_fix: Step<{ title: string; line: string }>;
    formatting: Step<string[]>;
    close_without_save: Step<{ before: string[]; after: string[] }>;
    rename: Step<true>;
}

let workspace: string;
let seen: Observations;
/** Why Neovim could not run: every test fails with it (vitest would only mark them skipped after a failing beforeAll). */
let setupFailure: string | undefined;

/** One step's observation; a step that failed in Neovim fails its test with Neovim's error. */
function observed<K extends keyof Observations>(name: K): Exclude<Observations[K], { error: string }> {
    if (setupFailure) {
        throw new Error(setupFailure);
    }
    const value = seen[name] as Observations[K] | undefined;
    expect(value, `drive.lua recorded nothing for ${name}`).toBeDefined();
    expect(value, `${name} failed in Neovim`).not.toHaveProperty('error');
    return value as Exclude<Observations[K], { error: string }>;
}

function runNeovim(results: string): Promise<string> {
    const home = mkdtempSync(path.join(tmpdir(), 'cjourney-nvim-home-'));
    const env = {
        ...process.env,
        PATH: `${BIN}${path.delimiter}${process.env.PATH}`,
        CJ_RESULTS: results,
        XDG_CONFIG_HOME: home,
        XDG_DATA_HOME: home,
        XDG_STATE_HOME: home,
        XDG_CACHE_HOME: home
    };
    const nvim = spawn(NVIM, ['--headless', '-n', '-i', 'NONE', '-u', INIT, '-c', `luafile ${DRIVE}`], {
        cwd: workspace,
        env,
        stdio: ['ignore', 'pipe', 'pipe']
    });
    let output = '';
    nvim.stdout.on('data', chunk => {
        output += chunk;
    });
    nvim.stderr.on('data', chunk => {
        output += chunk;
    });
    const limit = setTimeout(() => nvim.kill('SIGKILL'), 150_000);
    return new Promise(resolve =>
        nvim.on('exit', () => {
            clearTimeout(limit);
            resolve(output);
        })
    );
}

beforeAll(async () => {
    const version = spawnSync(NVIM, ['--version'], { encoding: 'utf8' });
    if (version.error || version.status !== 0) {
        setupFailure = `Neovim is required for this test and '${NVIM}' does not run (${version.error?.message ?? version.stderr}). Install it: apt-get install -y neovim (.ci/run does), or set NVIM to its path.`;
        return;
    }
    workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-nvim-'));
    mkdirSync(path.join(workspace, 'shared'));
    writeFileSync(path.join(workspace, 'shared/stakeholders.cjourney'), STAKEHOLDERS);
    writeFileSync(path.join(workspace, 'retail.cjourney'), RETAIL);
    const results = path.join(workspace, 'results.json');
    const output = await runNeovim(results);
    try {
        seen = JSON.parse(readFileSync(results, 'utf8')) as Observations;
    } catch {
        setupFailure = `Neovim wrote no results; it said:\n${output}`;
    }
}, 180_000);

describe('Neovim with the README configuration', () => {
    test('is the configuration the README shows', () => {
        const readme = readFileSync(path.resolve(HERE, '../../../README.md'), 'utf8');
        expect(readme).toContain(readFileSync(INIT, 'utf8'));
    });

    test("shows the server's diagnostics", () => {
        expect(observed('diagnostics')).toEqual([expect.stringContaining("'happy'")]);
    });

    test('completes a stakeholder from another file', () => {
        expect(observed('completion')).toContain('StoreTeam');
    });

    test('hovers a built-in channel with its documentation', () => {
        expect(observed('hover')).toContain('A physical shop, branch or counter.');
    });

    test('jumps to a definition in another file', () => {
        const jump = observed('definition');
        expect(path.relative(workspace, jump.file)).toBe(path.join('shared', 'stakeholders.cjourney'));
        expect([jump.line, jump.character]).toEqual([0, 'stakeholder '.length]);
    });

    test('a built-in channel has no definition to jump to, and nothing breaks', () => {
        const jump = observed('builtin_definition');
        expect(jump.result === null || (Array.isArray(jump.result) && jump.result.length === 0)).toBe(true);
        expect(jump.current).toBe(path.join(workspace, 'retail.cjourney'));
        expect(jump.buffers.filter(name => name.includes('builtin:'))).toEqual([]);
        expect(jump.errmsg).toBe('');
        expect(jump.raised).toBeNull();
    });

    test('finds references across files', () => {
        expect(observed('references')).toEqual(['retail.cjourney', 'stakeholders.cjourney']);
    });

    test('applies a quick fix', () => {
        const fix = observed('quick_fix');
        expect(fix.title).toContain('pleased');
        expect(fix.line.trim()).toBe('emotion pleased');
    });

    test("formats the document with the editor's indentation (two spaces)", () => {
        expect(observed('formatting')).toEqual(RETAIL.replace('          emotion happy', '      emotion pleased').trimEnd().split('\n'));
    });

    test('closing an edited file without saving takes back its errors in the files that use it', () => {
        const { before, after } = observed('close_without_save');
        expect(before).toEqual([expect.stringContaining("Unknown stakeholder 'StoreTeam'")]);
        expect(after.filter(message => message.includes('Unknown stakeholder'))).toEqual([]);
    });

    test('renames across files, written to disk', () => {
        observed('rename');
        expect(readFileSync(path.join(workspace, 'retail.cjourney'), 'utf8')).toContain('owner StoreCrew');
        expect(readFileSync(path.join(workspace, 'shared/stakeholders.cjourney'), 'utf8')).toContain('stakeholder StoreCrew "Store team"');
    });
});
