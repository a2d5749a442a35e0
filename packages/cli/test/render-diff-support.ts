/**
 * The review scenario a visual diff is tested on: two versions of the contract example in
 * folders of their own (`old/`, `new/`, each a workspace with its shared definitions). The
 * new version lowers Kick-off's emotion and gives it a pain, adds a touchpoint, removes the
 * LinkedIn ad's pain and raises the NPS target.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { EXAMPLES, makeTempDir } from './helpers.js';

export const SCENARIO_FILE = 'saas-onboarding.cjourney';

export const SCENARIO_EDITS: ReadonlyArray<readonly [string, string]> = [
    [
        'touchpoint Kickoff "Kick-off call" { channel phone emotion pleased owner Support }',
        'touchpoint Kickoff "Kick-off call" { channel phone emotion frustrated owner Support pain "The call is booked two weeks out" }\n    touchpoint InviteTeam "Invites the team" { channel email emotion pleased }'
    ],
    ['      pain "The ad is generic"\n', ''],
    ['target 45', 'target 50']
];

/** Applies edits to a file, failing loudly when an edit no longer matches the example. */
export function edit(file: string, edits: ReadonlyArray<readonly [string, string]>): void {
    let text = readFileSync(file, 'utf8');
    for (const [from, to] of edits) {
        if (!text.includes(from)) throw new Error(`the example no longer contains ${JSON.stringify(from)}`);
        text = text.replace(from, to);
    }
    writeFileSync(file, text);
}

/** A temporary folder with `old/` (the examples as they are) and `new/` (edited). */
export function scenarioFolder(edits: ReadonlyArray<readonly [string, string]> = SCENARIO_EDITS): string {
    const dir = makeTempDir('cjourney-render-diff-');
    cpSync(EXAMPLES, path.join(dir, 'old'), { recursive: true });
    cpSync(EXAMPLES, path.join(dir, 'new'), { recursive: true });
    edit(path.join(dir, 'new', SCENARIO_FILE), edits);
    return dir;
}
