/** Running the action's bash steps as the runner does: its variables, $GITHUB_OUTPUT read back. */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeTempDir, writeIn } from './helpers.js';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export function runStep(
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

export function git(dir: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.email=test@example.com', '-c', 'user.name=Test', ...args], {
        cwd: dir,
        encoding: 'utf8'
    }).trim();
}
