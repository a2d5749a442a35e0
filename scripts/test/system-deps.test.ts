/**
 * The set-up step's decision (root / sudo / neither / already installed) with the command
 * runner injected, plus the real script run as a process: on this machine (root, Debian) it
 * installs what is missing, then finds everything installed and stays silent.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
// @ts-expect-error plain ESM script without type declarations
import { ensureSystemPackages, packagesFor, planInstall, SYSTEM_PACKAGES } from '../system-deps.mjs';

const SCRIPT = fileURLToPath(new URL('../system-deps.mjs', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

interface Call {
    command: string;
    args: string[];
}

/** A fake system: `installed` packages, whether `sudo -n` works, and the exit code of apt-get. */
function fakeSystem({ installed = [] as string[], sudo = false, aptStatus = 0, debian = true } = {}) {
    const calls: Call[] = [];
    const run = (command: string, args: string[]) => {
        calls.push({ command, args });
        if (command === 'dpkg-query') {
            if (!debian)
                return { status: null, stdout: '', error: Object.assign(new Error('spawn dpkg-query ENOENT'), { code: 'ENOENT' }) };
            const name = args[args.length - 1];
            return installed.includes(name) ? { status: 0, stdout: 'install ok installed' } : { status: 1, stdout: '' };
        }
        if (command === 'sudo' && args.join(' ') === '-n true') return { status: sudo ? 0 : 1, stdout: '' };
        return { status: aptStatus, stdout: '' };
    };
    const lines: string[] = [];
    const options = { run, log: (line: string) => lines.push(line), error: (line: string) => lines.push(line), env: {}, platform: 'linux' };
    const aptCalls = () => calls.filter(call => call.command === 'apt-get' || (call.command === 'sudo' && call.args.includes('apt-get')));
    return { calls, lines, options, aptCalls };
}

describe('system packages: the decision', () => {
    test('the list says what each package is for; start needs only the Kerberos headers', () => {
        expect(SYSTEM_PACKAGES.map((entry: { name: string }) => entry.name)).toEqual([
            'libkrb5-dev',
            'chromium',
            'neovim',
            'poppler-utils'
        ]);
        expect(packagesFor('start')).toEqual(['libkrb5-dev']);
        expect(packagesFor('test')).toEqual(['libkrb5-dev', 'chromium', 'neovim', 'poppler-utils']);
    });

    test('already installed: no apt-get, no sudo, no output, exit 0', () => {
        const system = fakeSystem({ installed: ['libkrb5-dev', 'chromium', 'neovim', 'poppler-utils'] });
        expect(ensureSystemPackages('test', { ...system.options, isRoot: false })).toBe(0);
        expect(system.calls.every(call => call.command === 'dpkg-query')).toBe(true);
        expect(system.lines).toEqual([]);
    });

    test('root: apt-get update, then install only the missing packages', () => {
        const system = fakeSystem({ installed: ['neovim', 'poppler-utils'] });
        expect(ensureSystemPackages('test', { ...system.options, isRoot: true })).toBe(0);
        expect(system.aptCalls().map(call => [call.command, ...call.args].join(' '))).toEqual([
            'apt-get update -qq',
            'apt-get install -y -qq --no-install-recommends libkrb5-dev chromium'
        ]);
        expect(system.calls.some(call => call.command === 'sudo')).toBe(false);
    });

    test('not root, sudo works without a password: the same commands through sudo -n', () => {
        const system = fakeSystem({ installed: ['chromium', 'neovim', 'poppler-utils'], sudo: true });
        expect(ensureSystemPackages('test', { ...system.options, isRoot: false })).toBe(0);
        expect(system.aptCalls().map(call => [call.command, ...call.args].join(' '))).toEqual([
            'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get update -qq',
            'sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends libkrb5-dev'
        ]);
    });

    test('neither root nor sudo: one line with the exact command, exit 1, no apt-get', () => {
        const system = fakeSystem({ installed: ['neovim', 'poppler-utils'] });
        expect(ensureSystemPackages('test', { ...system.options, isRoot: false })).toBe(1);
        expect(system.aptCalls()).toEqual([]);
        expect(system.lines).toHaveLength(1);
        expect(system.lines[0]).toContain('sudo apt-get install -y --no-install-recommends libkrb5-dev chromium');
        expect(system.lines[0]).not.toMatch(/\n|at .*\.mjs/);
    });

    test('apt-get fails: one line naming the command and its exit code, exit 1', () => {
        const system = fakeSystem({ aptStatus: 100 });
        expect(ensureSystemPackages('start', { ...system.options, isRoot: true })).toBe(1);
        expect(system.lines.at(-1)).toBe('"apt-get update -qq" failed with exit code 100; run it yourself, then run the command again.');
    });

    test('not Debian (no dpkg-query): a note, no apt-get, exit 0 so later steps say what fails', () => {
        const system = fakeSystem({ debian: false });
        expect(ensureSystemPackages('test', { ...system.options, isRoot: true })).toBe(0);
        expect(system.aptCalls()).toEqual([]);
        expect(system.lines[0]).toMatch(/not a Debian\/Ubuntu system/);
    });

    test('CJOURNEY_SKIP_SYSTEM_DEPS=1 skips every check', () => {
        const system = fakeSystem();
        expect(ensureSystemPackages('test', { ...system.options, env: { CJOURNEY_SKIP_SYSTEM_DEPS: '1' }, isRoot: false })).toBe(0);
        expect(system.calls).toEqual([]);
    });

    test('planInstall is pure: nothing missing means nothing to do, whoever runs it', () => {
        expect(planInstall({ missing: [], isRoot: false, hasSudo: false })).toEqual({ kind: 'nothing' });
    });
});

describe('system packages: the real step', () => {
    test('on this machine (root, Debian) the script installs what is missing, and a second run is silent', () => {
        const env = { ...process.env, CHROMIUM_PATH: '' };
        const first = spawnSync(process.execPath, [SCRIPT, 'test'], { encoding: 'utf8', env, timeout: 540_000 });
        expect(first.status, first.stderr).toBe(0);
        const second = spawnSync(process.execPath, [SCRIPT, 'test'], { encoding: 'utf8', env });
        expect({ status: second.status, stdout: second.stdout, stderr: second.stderr }).toEqual({ status: 0, stdout: '', stderr: '' });
    }, 600_000);

    test('a wrong argument is a usage line and exit 2, not a stack trace', () => {
        const result = spawnSync(process.execPath, [SCRIPT, 'deploy'], { encoding: 'utf8' });
        expect(result.status).toBe(2);
        expect(result.stderr.trim()).toBe('usage: node scripts/system-deps.mjs start|test');
    });

    test('npm start, npm test and .ci/run all call this step (the only list of system packages)', () => {
        const scripts = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')).scripts as Record<string, string>;
        expect(scripts.start).toMatch(/^node scripts\/system-deps\.mjs start && /);
        expect(scripts.pretest).toMatch(/^node scripts\/system-deps\.mjs test && /);
        const ci = readFileSync(`${ROOT}.ci/run`, 'utf8');
        expect(ci).toContain('node scripts/system-deps.mjs test');
        expect(ci).not.toMatch(/apt-get install|libkrb5-dev|neovim/);
    });
});
