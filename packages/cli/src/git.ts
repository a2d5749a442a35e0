/**
 * The little of git the CLI needs: where the repository is, and reading the `.cjourney`
 * files of a revision. Runs the real `git` (no library re-implements git well enough);
 * every failure becomes a clear UsageError.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { UsageError } from './cli-error.js';

/**
 * `execFile`, promised. Node's child_process (with its streams, net and dgram) is loaded on the
 * first git command, not when `check` starts: most commands never run git.
 */
async function run(file: string, args: string[], options: { cwd: string; encoding: 'utf8' | 'buffer'; maxBuffer: number }) {
    const { execFile } = await import('node:child_process');
    return promisify(execFile)(file, args, options);
}

/** Revisions can be big: allow large outputs from `git ls-tree` and `git show`. */
const MAX_BUFFER = 256 * 1024 * 1024;

async function git(args: readonly string[], cwd: string, encoding: 'utf8' | 'buffer' = 'utf8'): Promise<string | Buffer> {
    try {
        const { stdout } = await run('git', [...args], { cwd, encoding, maxBuffer: MAX_BUFFER });
        return stdout;
    } catch (error) {
        const failure = error as NodeJS.ErrnoException & { stderr?: string | Buffer };
        if (failure.code === 'ENOENT') {
            throw new UsageError('git is not installed or not on PATH (needed by --git)');
        }
        const message = String(failure.stderr ?? failure.message)
            .trim()
            .split('\n')[0];
        throw new UsageError(`git ${args[0]} failed: ${message}`);
    }
}

/** The top folder of the git work tree holding `cwd`; `shown` names it in the error (e.g. as the user typed it). */
export async function repositoryRoot(cwd: string, shown = cwd): Promise<string> {
    try {
        return path.resolve(((await git(['rev-parse', '--show-toplevel'], cwd)) as string).trim());
    } catch {
        throw new UsageError(`'${shown}' is not inside a git repository (needed by --git)`);
    }
}

/** Checks that `revision` names a commit, so a typo gets its own message. */
export async function verifyRevision(root: string, revision: string): Promise<void> {
    if (revision.startsWith('-')) {
        throw new UsageError(`'${revision}' is not a git revision`);
    }
    try {
        await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`], root);
    } catch {
        throw new UsageError(`unknown git revision '${revision}'`);
    }
}

/** Paths (relative to the root, with `/`) of the files of `revision` under `prefixes`. */
export async function filesAtRevision(root: string, revision: string, prefixes: readonly string[]): Promise<string[]> {
    const output = (await git(['ls-tree', '-r', '-z', '--name-only', '--full-tree', revision, '--', ...prefixes], root)) as string;
    return output.split('\0').filter(name => name.length > 0);
}

/** The bytes of one file at a revision. */
export async function fileAtRevision(root: string, revision: string, file: string): Promise<Buffer> {
    return (await git(['show', `${revision}:${file}`], root, 'buffer')) as Buffer;
}

/** The nearest folder at or above `start` holding `.git`, for repository-relative paths without running git. */
export function findRepositoryRoot(start: string): string | undefined {
    for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
        if (existsSync(path.join(folder, '.git'))) {
            return folder;
        }
        if (path.dirname(folder) === folder) {
            return undefined;
        }
    }
}
