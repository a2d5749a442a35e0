/** Running the real `cjourney` binary on files in a fresh temporary folder. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../bin/cjourney.js', import.meta.url));
export const EXAMPLES = fileURLToPath(new URL('../../../examples', import.meta.url));

export interface RunResult {
    code: number | null;
    stdout: string;
    stderr: string;
}

export function runCli(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}): RunResult {
    const result = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function makeTempDir(prefix = 'cjourney-test-'): string {
    return mkdtempSync(path.join(tmpdir(), prefix));
}

/** A fresh temporary folder holding a copy of the examples, as `examples/`. */
export function makeTempDirWithExamples(prefix: string): string {
    const dir = makeTempDir(prefix);
    cpSync(EXAMPLES, path.join(dir, 'examples'), { recursive: true });
    return dir;
}

export function writeIn(dir: string, name: string, text: string | Buffer): string {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
    return file;
}

/** Git in `dir` with a test identity, its output trimmed. */
export function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', ...args], {
        cwd: dir,
        encoding: 'utf8'
    }).trim();
}

/** Every file under a folder, relative to it, sorted (folders walked in name order). */
export function filesOf(root: string, folder = root): string[] {
    return readdirSync(folder)
        .sort()
        .flatMap(name => {
            const full = path.join(folder, name);
            return statSync(full).isDirectory() ? filesOf(root, full) : [path.relative(root, full)];
        });
}
