/**
 * Cross-file edits over stdio, as an editor sees them (issue 17, part 2), with
 * bench/lsp-shared-edit.mjs: a workspace of 300 generated journeys (≈ 22,500 touchpoints)
 * sharing one file of top-level stakeholders, personas and channels; that file is opened and
 *   - a title in it is changed (no name changes): until the last diagnostics it causes (goal ≤ 150 ms);
 *   - a stakeholder every journey uses is renamed: until every journey flags it (goal ≤ 1 s);
 *   - one journey is opened and typed into (a touchpoint's title): to its diagnostics, and to
 *     the last diagnostics a key causes;
 * and the server's resident memory once the workspace is indexed, and at the end (goal ≤ 400 MB).
 *
 * Run alone: npm run bench -- lsp-shared
 */
import { round } from '../lib.mjs';
import { sharedEdit } from '../lsp-shared-edit.mjs';

export const name = 'lsp-shared';
const JOURNEYS = 300;

export async function run() {
    const result = await sharedEdit(JOURNEYS);
    const size = `${JOURNEYS} journeys, 22509 touchpoints`;
    return {
        rows: [
            { metric: 'workspace indexed (start → first workspace/symbol answer)', size, unit: 'ms', value: round(result.startMs, 0) },
            { metric: 'resident memory, workspace indexed', size, unit: 'MB', value: round(result.startRssMb, 0), goal: 400 },
            {
                metric: 'shared file edited, no name changed → its last diagnostics',
                size,
                unit: 'ms',
                value: round(result.sameNamesMs, 0),
                goal: 150
            },
            {
                metric: 'shared file edited, no name changed: files published again',
                size,
                unit: 'files',
                value: result.sameNamesRepublished
            },
            {
                metric: 'shared stakeholder renamed → every journey flags it',
                size,
                unit: 'ms',
                value: round(result.renameMs, 0),
                goal: 1000
            },
            {
                metric: 'typing in one journey of the workspace → its diagnostics (median)',
                size,
                unit: 'ms',
                value: round(result.typingOwnMs, 0)
            },
            {
                metric: 'typing in one journey of the workspace → the last diagnostics a key causes',
                size,
                unit: 'ms',
                value: round(result.typingAllMs, 0)
            },
            {
                metric: 'resident memory, after the edits (every journey validated)',
                size,
                unit: 'MB',
                value: round(result.endRssMb, 0),
                goal: 400
            }
        ],
        notes: [
            `Measured over stdio with bench/lsp-shared-edit.mjs. An edit's diagnostics count as complete when the server has been silent for 1.5 s (the time reported is that of the last publishDiagnostics). Only open files are validated when the workspace is indexed; the rename validates every journey that uses the stakeholder, so the memory at the end holds their diagnostics too. The server runs with the Node flags the VS Code extension gives it (--max-semi-space-size=2: a small young generation, about 100 MB less resident memory for this workspace).`
        ]
    };
}
