/**
 * `cjourney diff --git REV PATH` run from another directory (issue 19): each path is compared
 * with the revision of the repository that contains it. Comparing with the working
 * directory's repository reported a changed journey as added. Real git repositories, the
 * real CLI process.
 */
import path from 'node:path';
import { expect, test } from 'vitest';
import { git, makeTempDir, runCli, writeIn } from './helpers.js';

/** A repository with one commit holding `files`. */
function repository(files: Record<string, string>): string {
    const dir = makeTempDir('cjourney-git-');
    git(dir, 'init', '-q');
    for (const [name, text] of Object.entries(files)) writeIn(dir, name, text);
    git(dir, 'add', '.');
    git(dir, 'commit', '-q', '-m', 'journeys');
    return dir;
}

test('regression: run from another repository, each path is compared with the repository that contains it', () => {
    const dir = repository({ 'journeys/returns.cjourney': 'journey Returns { stage Ask { touchpoint Form { channel web } } }\n' });
    const elsewhere = repository({ 'other.cjourney': 'journey Other { stage S { touchpoint T } }\n' });
    writeIn(dir, 'journeys/returns.cjourney', 'journey Returns { stage Ask { touchpoint Form { channel email } } }\n');
    const result = runCli(['diff', '--git', 'HEAD', '--exit-code', path.join(dir, 'journeys/returns.cjourney')], elsewhere);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('journey Returns "Returns" changed\n  ~ touchpoint "Ask" › "Form": channel web → email');
    expect(result.stdout).not.toContain('added');
    // A folder of a second repository in the same command: both are compared with their own HEAD.
    writeIn(elsewhere, 'other.cjourney', 'journey Other { stage S { touchpoint T { channel web } } }\n');
    const both = runCli(['diff', '--git', 'HEAD', path.join(dir, 'journeys'), '.'], elsewhere);
    expect(both.stdout).toContain('other.cjourney: journey Other "Other" changed');
    expect(both.stdout).toContain('Summary: 2 touchpoints edited.');
});

test('regression: outside any repository, the path is named as typed', () => {
    const outside = runCli(['diff', '--git', 'HEAD', 'x.cjourney'], makeTempDir());
    expect(outside).toMatchObject({ code: 2, stderr: "cjourney: 'x.cjourney' is not inside a git repository (needed by --git)\n" });
});
