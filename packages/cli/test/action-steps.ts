/** Running the action's bash steps as the runner does: its variables, $GITHUB_OUTPUT read back. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, writeIn } from './helpers.js';

export { git } from './helpers.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the step `script` of the Action at `actionPath` (by default this repository's). */
export function runStep(
    script: string,
    cwd: string,
    env: Record<string, string>,
    args: string[] = [],
    actionPath = ROOT
): { code: number | null; stdout: string; stderr: string; outputs: Record<string, string> } {
    const outputFile = path.join(makeTempDir('cjourney-gh-'), 'output');
    writeIn(path.dirname(outputFile), 'output', '');
    // action.yml runs its .sh steps with bash and its .cjs steps with node.
    const program = script.endsWith('.cjs') ? process.execPath : 'bash';
    const result = spawnSync(program, [path.join(actionPath, 'action', script), ...args], {
        // A step that blocks (a FIFO where a report goes) fails the test instead of hanging it.
        cwd,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
            ...process.env,
            GITHUB_ACTION_PATH: actionPath,
            GITHUB_OUTPUT: outputFile,
            RUNNER_TEMP: path.dirname(outputFile),
            NO_COLOR: '',
            ...env
        }
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr, outputs: readOutputs(readFileSync(outputFile, 'utf8')) };
}

/** The Action's diff step, then its render step on the files the diff found changed (into `renderFolder`), as the workflow chains them. */
export function diffAndRender(cwd: string, runner: Record<string, string>, renderFolder: string) {
    const diff = runStep('diff.sh', cwd, runner);
    const maps = {
        ...runner,
        CJOURNEY_CHANGED_FILES: diff.outputs['changed-files'],
        CJOURNEY_RENDER_DIR: path.join(makeTempDir(), renderFolder)
    };
    return { diff, maps, render: runStep('render.sh', cwd, maps) };
}

/** A copy of the Action (action.yml and action/) in a fresh folder outside the repository, as another repository checks it out. */
export function copyOfAction(prefix: string): string {
    const actionPath = makeTempDir(prefix);
    cpSync(path.join(ROOT, 'action'), path.join(actionPath, 'action'), { recursive: true });
    cpSync(path.join(ROOT, 'action.yml'), path.join(actionPath, 'action.yml'));
    return actionPath;
}

/** $GITHUB_OUTPUT's `name=value` and `name<<DELIMITER` forms. */
export function readOutputs(text: string): Record<string, string> {
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
