#!/usr/bin/env node
/**
 * The Debian/Ubuntu packages `npm start` and `npm test` need, installed the way
 * `playwright install --with-deps` does it: apt-get when running as root, `sudo -n` when sudo
 * works without a password, otherwise one line with the exact command to run and exit code 1.
 * It is the only list of system packages: package.json (start, pretest) and .ci/run call it.
 *
 *     node scripts/system-deps.mjs start|test
 *
 * Runs on any Node >= 18 and imports nothing outside node:, because .ci/run calls it with the
 * machine's Node before `npm ci` has brought the project's own. CJOURNEY_SKIP_SYSTEM_DEPS=1
 * skips it (for people who manage their system packages themselves).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What each package is for, and which of the two README commands needs it. */
export const SYSTEM_PACKAGES = [
    { name: 'libkrb5-dev', for: ['start', 'test'], why: 'code-server builds its Kerberos add-on against these headers when it installs' },
    { name: 'chromium', for: ['test'], why: 'the browser and end-to-end tests drive VS Code and check SVG and Mermaid output in it' },
    { name: 'neovim', for: ['test'], why: 'a second real LSP client for the language server' },
    { name: 'poppler-utils', for: ['test'], why: 'pdfinfo, pdffonts and pdftotext check the PDFs cjourney render writes' }
];

export const PURPOSES = ['start', 'test'];

/** The packages `purpose` needs, in the order of the list. */
export function packagesFor(purpose) {
    if (!PURPOSES.includes(purpose)) throw new Error(`Unknown purpose "${purpose}"; expected ${PURPOSES.join(' or ')}.`);
    return SYSTEM_PACKAGES.filter(entry => entry.for.includes(purpose)).map(entry => entry.name);
}

/**
 * Which of `names` dpkg does not list as installed, or undefined when this is not a Debian
 * system (no dpkg-query) and nothing can be known. `run(command, args)` returns spawnSync's
 * { status, stdout, error }.
 */
export function missingPackages(names, run) {
    const missing = [];
    for (const name of names) {
        const result = run('dpkg-query', ['-W', '-f=${Status}', name]);
        if (result.error) return undefined;
        // "deinstall ok config-files" is a removed package whose settings were kept.
        if (result.status !== 0 || !String(result.stdout).includes('install ok installed')) missing.push(name);
    }
    return missing;
}

/** The apt-get command lines that install `missing`, without the sudo/env prefix. */
export function aptCommands(missing) {
    return [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...missing]
    ];
}

/**
 * The decision, without side effects: nothing to do, run apt-get (as root or through
 * `sudo -n`), or tell the user the one command to run.
 */
export function planInstall({ missing, isRoot, hasSudo }) {
    if (missing.length === 0) return { kind: 'nothing' };
    const commands = aptCommands(missing);
    if (isRoot) return { kind: 'apt', commands };
    if (hasSudo) {
        // sudo resets the environment, so the non-interactive frontend is passed through env.
        return { kind: 'apt', commands: commands.map(command => ['sudo', '-n', 'env', 'DEBIAN_FRONTEND=noninteractive', ...command]) };
    }
    return { kind: 'manual', command: `sudo apt-get install -y --no-install-recommends ${missing.join(' ')}` };
}

/**
 * Installs what `purpose` needs when it is missing. Returns the exit code (0 or 1) and never
 * throws on an expected failure: the caller prints no stack trace, only the one line logged here.
 */
export function ensureSystemPackages(
    purpose,
    {
        run = defaultRun,
        log = console.log,
        error = console.error,
        env = process.env,
        platform = process.platform,
        isRoot = process.getuid?.() === 0
    } = {}
) {
    if (env.CJOURNEY_SKIP_SYSTEM_DEPS === '1' || platform !== 'linux') return 0;
    const wanted = packagesFor(purpose).filter(name => !(name === 'chromium' && chromiumElsewhere(env)));
    const missing = missingPackages(wanted, run);
    if (missing === undefined) {
        log(`cjourney: not a Debian/Ubuntu system (no dpkg-query), so make sure these are installed: ${wanted.join(', ')}.`);
        return 0;
    }
    const hasSudo = !isRoot && missing.length > 0 && run('sudo', ['-n', 'true']).status === 0;
    const plan = planInstall({ missing, isRoot, hasSudo });
    if (plan.kind === 'nothing') return 0;
    const needs = `${purpose === 'start' ? '`npm start` needs' : "cjourney's tests need"} the system package${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`;
    if (plan.kind === 'manual') {
        error(`${needs}; install ${missing.length > 1 ? 'them' : 'it'} with: ${plan.command}   (then run the command again)`);
        return 1;
    }
    log(`${needs}; installing with apt-get…`);
    for (const command of plan.commands) {
        const result = run(command[0], command.slice(1), { stdio: 'inherit', env: { ...env, DEBIAN_FRONTEND: 'noninteractive' } });
        if (result.status !== 0) {
            error(
                `"${command.join(' ')}" failed with exit code ${result.status ?? result.error?.code ?? result.signal}; run it yourself, then run the command again.`
            );
            return 1;
        }
    }
    return 0;
}

/** A Chromium named by CHROMIUM_PATH (which the browser tests and the end-to-end tests honour) stands in for the package. */
function chromiumElsewhere(env) {
    return Boolean(env.CHROMIUM_PATH) && existsSync(env.CHROMIUM_PATH);
}

function defaultRun(command, args, options = {}) {
    return spawnSync(command, args, { encoding: 'utf8', stdio: options.stdio ?? 'pipe', env: options.env ?? process.env });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const purpose = process.argv[2];
    if (!PURPOSES.includes(purpose)) {
        console.error(`usage: node scripts/system-deps.mjs ${PURPOSES.join('|')}`);
        process.exit(2);
    }
    process.exit(ensureSystemPackages(purpose));
}
