/**
 * The GitHub Action (action.yml and its scripts in action/): the composite is well formed and
 * injection-safe, and its steps do their job when run as the runner runs them — real bash,
 * the real cjourney, a real git repository; only GitHub's comment API is an in-memory stand-in.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, test } from 'vitest';
import { makeTempDir, writeIn } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Step {
    name: string;
    id?: string;
    if?: string;
    uses?: string;
    run?: string;
    shell?: string;
    env?: Record<string, string>;
    with?: Record<string, string | number | boolean>;
}

const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
    name: string;
    inputs: Record<string, { description: string; default?: string }>;
    outputs: Record<string, { value: string }>;
    runs: { using: string; steps: Step[] };
};

function runStep(
    script: string,
    cwd: string,
    env: Record<string, string>
): { code: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
    const outputFile = path.join(makeTempDir('cjourney-gh-'), 'output');
    writeIn(path.dirname(outputFile), 'output', '');
    const result = spawnSync('bash', [path.join(ROOT, 'action', script)], {
        // A step that blocks (a FIFO where a report goes) fails the test instead of hanging it.
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
            ...process.env,
            GITHUB_ACTION_PATH: ROOT,
            GITHUB_OUTPUT: outputFile,
            RUNNER_TEMP: path.dirname(outputFile),
            NO_COLOR: '',
            ...env
        }
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readOutputs(readFileSync(outputFile, 'utf8')) };
}

/** $GITHUB_OUTPUT's `name=value` and `name<<DELIMITER` forms. */
function readOutputs(text: string): Record<string, string> {
    const outputs: Record<string, string> = {};
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const heredoc = /^([\w-]+)<<(\w+)$/.exec(lines[i]);
        if (heredoc) {
            const end = lines.indexOf(heredoc[2], i + 1);
            outputs[heredoc[1]] = lines.slice(i + 1, end).join('\n');
            i = end;
        } else if (lines[i].includes('=')) {
            outputs[lines[i].slice(0, lines[i].indexOf('='))] = lines[i].slice(lines[i].indexOf('=') + 1);
        }
    }
    return outputs;
}

function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', ...args], {
        cwd: dir,
        encoding: 'utf8'
    }).trim();
}

describe('action.yml', () => {
    test('a composite action whose run steps use bash and pass inputs through the environment only', () => {
        expect(action.runs.using).toBe('composite');
        for (const step of action.runs.steps) {
            expect(step.name).toBeTruthy();
            if (step.run !== undefined) {
                expect(step.shell, step.name).toBe('bash');
                // `${{ … }}` inside a script would let a crafted input run as shell code.
                expect(step.run, step.name).not.toMatch(/\$\{\{/);
            }
        }
        for (const script of ['check.sh', 'diff.sh', 'render.sh', 'post-comment.cjs', 'write-report.cjs']) {
            expect(existsSync(path.join(ROOT, 'action', script)), script).toBe(true);
        }
        expect(Object.keys(action.inputs)).toEqual(['paths', 'strict', 'sarif-file', 'comment', 'render', 'github-token', 'node-version']);
        for (const [name, input] of Object.entries(action.inputs)) {
            expect(input.description, name).toBeTruthy();
        }
        expect(action.runs.steps.find(step => step.id === 'diff')?.if).toContain('github.event.pull_request.base.sha');
    });

    test("nothing is installed or built at run time and no cache points outside the caller's workspace (A1)", () => {
        for (const step of action.runs.steps) {
            expect(step.run ?? '', step.name).not.toMatch(/\bnpm\b|\bnpx\b|\byarn\b/);
            expect(Object.keys(step.with ?? {}), step.name).not.toContain('cache-dependency-path');
            expect(Object.keys(step.with ?? {}), step.name).not.toContain('cache');
        }
        for (const script of ['check.sh', 'diff.sh', 'render.sh']) {
            expect(readFileSync(path.join(ROOT, 'action', script), 'utf8'), script).toContain(
                'cjourney=(node "${GITHUB_ACTION_PATH:?}/action/dist/cjourney.cjs")'
            );
        }
    });

    test('the example workflow uses the action on pull requests with permission to comment', () => {
        const workflow = parse(readFileSync(path.join(ROOT, 'docs/github-workflow.yml'), 'utf8')) as {
            on: Record<string, unknown>;
            permissions: Record<string, string>;
            jobs: Record<string, { steps: Step[] }>;
        };
        expect(Object.keys(workflow.on)).toContain('pull_request');
        expect(workflow.permissions['pull-requests']).toBe('write');
        const review = workflow.jobs.review.steps;
        expect(review[0].uses).toMatch(/^actions\/checkout@/);
        // The base commit is in the checkout (diff.sh then needs no credentials to fetch it),
        // and the pull request's code cannot read the token from .git/config.
        expect(review[0].with).toMatchObject({ 'fetch-depth': 0, 'persist-credentials': false });
        for (const job of Object.values(workflow.jobs)) {
            for (const step of job.steps.filter(each => each.uses?.includes('/cjourney@'))) {
                expect(step.uses, 'pinned to a full commit SHA').toMatch(/^[\w-]+\/cjourney@[0-9a-f]{40}$/);
            }
            expect(job.steps[0].with?.['persist-credentials']).toBe(false);
        }
        const uses = review.find(step => step.uses?.includes('/cjourney@'))!;
        for (const input of Object.keys(uses.with ?? {})) {
            expect(Object.keys(action.inputs), input).toContain(input);
        }
    });
});

describe('action/check.sh', () => {
    test('annotations on standard output, the exit code as an output, SARIF on request; the step itself passes', () => {
        const dir = makeTempDir();
        writeIn(dir, 'journeys/shop.cjourney', 'journey Shop { stage S { touchpoint T { emotion happy } } }\n');
        writeIn(dir, 'journeys/ok.cjourney', 'journey Ok { stage S { touchpoint T { channel web } } }\n');
        const result = runStep('check.sh', dir, { CJOURNEY_PATHS: 'journeys', CJOURNEY_SARIF_FILE: path.join(dir, 'out.sarif') });
        expect(result.code).toBe(0);
        expect(result.outputs['exit-code']).toBe('1');
        expect(result.stdout).toMatch(
            /^::error file=journeys\/shop\.cjourney,line=1,.*title=cjourney invalid-value::'happy' is not an emotion/m
        );
        const sarif = JSON.parse(readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
        expect(sarif.runs[0].results.map((item: { ruleId: string }) => item.ruleId)).toContain('invalid-value');
    });

    test('strict turns warnings into a failing exit code', () => {
        const dir = makeTempDir();
        writeIn(dir, 'j.cjourney', 'journey J { stage Empty { } }\n');
        expect(runStep('check.sh', dir, { CJOURNEY_PATHS: 'j.cjourney' }).outputs['exit-code']).toBe('0');
        expect(runStep('check.sh', dir, { CJOURNEY_PATHS: 'j.cjourney', CJOURNEY_STRICT: 'true' }).outputs['exit-code']).toBe('1');
    });
});

describe('action/check.sh: the SARIF report cannot be aimed by a hostile pull request (F1)', () => {
    function checkoutWithLink(link: string, target: string): string {
        const dir = makeTempDir('cjourney-hostile-');
        writeIn(dir, 'j.cjourney', 'journey J { stage S { touchpoint T { channel web } } }\n');
        symlinkSync(target, path.join(dir, link));
        return dir;
    }

    test('a committed symbolic link at the report path is refused and its target left untouched', () => {
        const victim = writeIn(makeTempDir('cjourney-action-'), 'diff.sh', 'echo the action step\n');
        const dir = checkoutWithLink('out.sarif', victim);
        const result = runStep('check.sh', dir, { CJOURNEY_PATHS: 'j.cjourney', CJOURNEY_SARIF_FILE: 'out.sarif', GITHUB_WORKSPACE: dir });
        expect(result.code).toBe(0);
        expect(readFileSync(victim, 'utf8')).toBe('echo the action step\n');
        expect(result.stdout).toContain('::error::cjourney did not write the report out.sarif: it is a symbolic link');
    });

    test('a committed link to a folder outside the workspace is refused', () => {
        const outside = makeTempDir('cjourney-outside-');
        const dir = checkoutWithLink('reports', outside);
        const result = runStep('check.sh', dir, {
            CJOURNEY_PATHS: 'j.cjourney',
            CJOURNEY_SARIF_FILE: 'reports/out.sarif',
            GITHUB_WORKSPACE: dir,
            RUNNER_TEMP: makeTempDir()
        });
        expect(existsSync(path.join(outside, 'out.sarif'))).toBe(false);
        expect(result.stdout).toContain('is outside the workspace and $RUNNER_TEMP');
    });

    test('a FIFO at the report path does not hang the step, and a plain path in a new folder is written', () => {
        const dir = checkoutWithLink('unused', '/nonexistent');
        execFileSync('mkfifo', [path.join(dir, 'pipe.sarif')]);
        const blocked = runStep('check.sh', dir, {
            CJOURNEY_PATHS: 'j.cjourney',
            CJOURNEY_SARIF_FILE: 'pipe.sarif',
            GITHUB_WORKSPACE: dir
        });
        expect(blocked.stdout).toMatch(
            /::error::cjourney did not write the report pipe\.sarif: it (cannot be opened|is not a regular file)/
        );
        const written = runStep('check.sh', dir, {
            CJOURNEY_PATHS: 'j.cjourney',
            CJOURNEY_SARIF_FILE: 'reports/new/out.sarif',
            GITHUB_WORKSPACE: dir
        });
        expect(JSON.parse(readFileSync(path.join(dir, 'reports/new/out.sarif'), 'utf8')).version).toBe('2.1.0');
        expect(written.stdout).not.toContain('::error::');
    });

    test('a path with a line break cannot forge a workflow command', () => {
        const dir = checkoutWithLink('x', '/nonexistent');
        const result = runStep('check.sh', dir, {
            CJOURNEY_PATHS: 'j.cjourney',
            CJOURNEY_SARIF_FILE: 'x/y\n::add-mask::secret',
            GITHUB_WORKSPACE: dir
        });
        expect(result.stdout).not.toMatch(/^::add-mask::/m);
        expect(result.stdout).toContain('x/y%0A::add-mask::secret');
    });
});

describe('action/diff.sh and action/render.sh', () => {
    function pullRequest(): { dir: string; base: string } {
        const dir = makeTempDir('cjourney-pr-');
        git(dir, 'init', '-q');
        writeIn(
            dir,
            'journeys/shop.cjourney',
            'journey Shop "Web shop" { stage Buy { touchpoint Pay "Pays" { channel web emotion pleased } } }\n'
        );
        writeIn(dir, 'README.md', 'not a journey\n');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'base');
        return { dir, base: git(dir, 'rev-parse', 'HEAD') };
    }

    test('a changed journey: the Markdown comment, the job summary, and the changed files', () => {
        const { dir, base } = pullRequest();
        writeIn(
            dir,
            'journeys/shop.cjourney',
            'journey Shop "Web shop" { stage Buy { touchpoint Pay "Pays" { channel web emotion angry opportunity "One-click retry" } } }\n'
        );
        writeIn(dir, 'README.md', 'changed, but not a journey\n');
        const summary = path.join(dir, 'summary.md');
        writeIn(dir, 'summary.md', '');
        const result = runStep('diff.sh', dir, { CJOURNEY_PATHS: '.', BASE_SHA: base, GITHUB_STEP_SUMMARY: summary });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        expect(result.outputs.changed).toBe('true');
        expect(result.outputs['changed-files']).toBe('journeys/shop.cjourney');
        const markdown = readFileSync(result.outputs['diff-file'], 'utf8');
        expect(markdown).toContain('**1 journey changed**: 1 emotion worse · 1 opportunity added');
        expect(markdown).toContain('emotion 🙂 pleased → **😠 angry** (worse)');
        expect(readFileSync(summary, 'utf8')).toBe(markdown);

        const rendered = runStep('render.sh', dir, {
            CJOURNEY_CHANGED_FILES: result.outputs['changed-files'],
            CJOURNEY_RENDER_DIR: path.join(dir, 'svg'),
            BASE_SHA: base
        });
        expect(rendered.code).toBe(0);
        const help = spawnSync(process.execPath, [path.join(ROOT, 'action/dist/cjourney.cjs'), '--help'], { encoding: 'utf8' }).stdout;
        const canRender = /^ +render /m.test(help);
        if (canRender) {
            expect(rendered.outputs.rendered).toBe('true');
            expect(readFileSync(path.join(dir, 'svg/journeys/shop.svg'), 'utf8')).toContain('<svg');
            const visualDiff = readFileSync(path.join(dir, 'svg/journeys/shop.diff.svg'), 'utf8');
            expect(visualDiff).toContain(`Changes since ${base}`);
            expect(visualDiff).toMatch(/<g id="cj-emotion-Pay"[^>]*data-cj-diff="changed"/);
        } else {
            expect(rendered.outputs.rendered).toBe('false');
            expect(rendered.stdout).toContain('::notice::this version of cjourney cannot render yet');
        }
    });

    test('no journey change: changed=false and the comment says so', () => {
        const { dir, base } = pullRequest();
        writeIn(dir, 'README.md', 'only docs changed\n');
        const result = runStep('diff.sh', dir, { CJOURNEY_PATHS: 'journeys', BASE_SHA: base });
        expect(result.code).toBe(0);
        expect(result.outputs.changed).toBe('false');
        expect(result.outputs['changed-files']).toBe('');
        expect(readFileSync(result.outputs['diff-file'], 'utf8')).toContain('No changes to journeys.');
    });

    test('a base commit that cannot be found fails the step with an annotation', () => {
        const { dir } = pullRequest();
        const result = runStep('diff.sh', dir, { CJOURNEY_PATHS: '.', BASE_SHA: '0123456789abcdef0123456789abcdef01234567' });
        expect(result.code).not.toBe(0);
        expect(result.stdout).toContain('::error::cannot fetch the base commit 0123456789abcdef0123456789abcdef01234567');
    });
});

describe('action/post-comment.cjs: one comment per pull request, updated in place', () => {
    const { postComment, commentBody, MARKER } = createRequire(import.meta.url)(path.join(ROOT, 'action/post-comment.cjs')) as {
        postComment(options: object): Promise<string>;
        commentBody(markdown: string): string;
        MARKER: string;
    };

    /** GitHub's three comment endpoints, in memory. */
    function fakeGitHub(existing: { id: number; body: string }[]) {
        const comments = [...existing];
        const rest = {
            issues: {
                listComments: async () => ({ data: comments }),
                updateComment: async ({ comment_id, body }: { comment_id: number; body: string }) => {
                    comments.find(c => c.id === comment_id)!.body = body;
                },
                createComment: async ({ body }: { body: string }) => {
                    comments.push({ id: comments.length + 100, body });
                }
            }
        };
        return { comments, github: { rest, paginate: async (method: () => Promise<{ data: unknown[] }>) => (await method()).data } };
    }

    const context = { repo: { owner: 'o', repo: 'r' }, issue: { number: 7 } };

    test('creates the comment when journeys changed, then updates it; never creates one for no change', async () => {
        const dir = makeTempDir();
        const diffFile = writeIn(dir, 'diff.md', '### 🗺️ Journey changes\n\n**1 journey changed**\n');
        const { comments, github } = fakeGitHub([{ id: 1, body: 'LGTM' }]);
        expect(await postComment({ github, context, diffFile, changed: false })).toBe('skipped');
        expect(await postComment({ github, context, diffFile, changed: true })).toBe('created');
        writeIn(dir, 'diff.md', '### 🗺️ Journey changes\n\nNo changes to journeys.\n');
        expect(await postComment({ github, context, diffFile, changed: false })).toBe('updated');
        expect(comments).toEqual([
            { id: 1, body: 'LGTM' },
            { id: 101, body: `${MARKER}\n### 🗺️ Journey changes\n\nNo changes to journeys.\n` }
        ]);
    });

    test('a diff too long for a comment is cut with a note pointing to the job summary', () => {
        const body = commentBody('x'.repeat(100_000));
        expect(body.length).toBeLessThanOrEqual(65_536);
        expect(body).toContain('the full diff is in the job summary');
    });
});
