/** The GitHub Action as a runner uses it: a copy of the Action, and its check step run with real bash. */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, writeIn } from './helpers.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** A copy of the Action (action.yml and action/) in a fresh folder outside the repository. */
export function copyOfAction(prefix: string): string {
    const actionPath = makeTempDir(prefix);
    cpSync(path.join(ROOT, 'action'), path.join(actionPath, 'action'), { recursive: true });
    cpSync(path.join(ROOT, 'action.yml'), path.join(actionPath, 'action.yml'));
    return actionPath;
}

/** Runs action/check.sh of the Action at `actionPath` in `workspace` on `journeys/`, with the runner's variables and `env`. */
export function runCheckStep(
    actionPath: string,
    workspace: string,
    env: NodeJS.ProcessEnv = {}
): { stdout: string; stderr: string; output: string } {
    const output = writeIn(workspace, '.output', '');
    const result = spawnSync('bash', [path.join(actionPath, 'action/check.sh')], {
        cwd: workspace,
        encoding: 'utf8',
        timeout: 60_000,
        env: {
            ...process.env,
            GITHUB_ACTION_PATH: actionPath,
            GITHUB_OUTPUT: output,
            RUNNER_TEMP: workspace,
            ...env,
            CJOURNEY_PATHS: 'journeys'
        }
    });
    return { stdout: result.stdout, stderr: result.stderr, output: readFileSync(output, 'utf8') };
}
