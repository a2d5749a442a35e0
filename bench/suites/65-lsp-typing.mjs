/**
 * Edit → diagnostics over stdio, as an editor sees it (issue 17), with bench/lsp-typing.mjs:
 *   - one-character edits inside a touchpoint, each waiting for its own diagnostics
 *     (matched by the version publishDiagnostics names), at 200, 1,000 and 5,000 touchpoints;
 *   - typing continuously at 5,000 touchpoints, a key every 100 ms for 10 s: the longest time
 *     without new diagnostics while typing (goal ≤ 500 ms), how old they are when they come,
 *     and how long after the last key its diagnostics come.
 *   - where the time of one such edit goes, in-process, phase by phase (bench/edit-phases.mjs),
 *     in CPU time, at 1,000 and 5,000 touchpoints.
 * The sizes are the (--sizes does not apply).
 *
 * Run alone: npm run bench -- lsp-typing
 */
import { editPhases, PHASES } from '../edit-phases.mjs';
import { latency, typing } from '../lsp-typing.mjs';
import { round } from '../lib.mjs';

export const name = 'lsp-typing';

const LATENCY_GOALS = { 200: 15, 1000: 25, 5000: 60 };
const TYPING = { touchpoints: 5000, gapMs: 100, forMs: 10_000 };

function typingRows(size, typed) {
    return [
        {
            metric: 'typing (a key every 100 ms for 10 s): longest time without diagnostics',
            size,
            unit: 'ms',
            value: round(typed.longestGap, 0),
            ...(size >= 5000 ? { goal: 500 } : {})
        },
        { metric: 'typing: diagnostics received while typing', size, unit: 'results', value: typed.results },
        { metric: 'typing: age of those diagnostics (median, from their key)', size, unit: 'ms', value: round(typed.medianAge, 0) },
        { metric: 'typing: last key → its diagnostics', size, unit: 'ms', value: round(typed.afterLastKey, 0) }
    ];
}

export async function run() {
    const rows = [];
    for (const [size, goal] of Object.entries(LATENCY_GOALS).map(([size, goal]) => [Number(size), goal])) {
        const result = await latency(size, size >= 5000 ? { edits: 15, warmup: 3 } : { edits: 40, warmup: 5 });
        rows.push({ metric: 'edit → diagnostics (stdio, edit inside a touchpoint)', size, unit: 'ms', value: round(result.median), goal });
        rows.push({ metric: 'edit → diagnostics, p95', size, unit: 'ms', value: round(result.p95) });
    }
    // At 1,000 touchpoints too: on a busy machine a build at 5,000 can take longer than the 10 s of typing.
    for (const size of [1000, TYPING.touchpoints]) rows.push(...typingRows(size, await typing(size, TYPING)));

    const shares = [];
    for (const phaseSize of [1000, 5000]) {
        const phases = await editPhases(phaseSize, { runs: phaseSize >= 5000 ? 5 : 9 });
        const share = (...states) => `${Math.round((100 * states.reduce((sum, state) => sum + phases[state], 0)) / phases.total)} %`;
        shares.push(
            `at ${phaseSize} touchpoints ${round(phases.total)} ms: parse ${share('Parsed')}, scopes and index ${share('IndexedContent', 'ComputedScopes')}, linking ${share('Linked')}, reference index ${share('IndexedReferences')}, validation ${share('Validated')}`
        );
        rows.push({ metric: 'one edit in-process, CPU: whole build', size: phaseSize, unit: 'ms', value: round(phases.total) });
        for (const [state, what] of PHASES) {
            rows.push({ metric: `one edit in-process, CPU: ${what}`, size: phaseSize, unit: 'ms', value: round(phases[state]) });
        }
        rows.push({
            metric: 'one edit in-process, CPU: journey model (preview push only)',
            size: phaseSize,
            unit: 'ms',
            value: round(phases.model)
        });
    }
    return {
        rows,
        notes: [
            `Where one edit's time goes (CPU, in-process, an edit inside a touchpoint as the language server builds it): ${shares.join('; ')}. The journey model for the preview comes on top. The edited touchpoint alone is parsed again and spliced into the document, only the references it can affect are resolved again and only the nodes it can affect are checked again (packages/language/src/incremental, docs/language.md "Incremental updates"); what still grows with the file is comparing the old and new text and moving the positions of the text after the edit.`,
            'Measured from outside with a plain LSP client over stdio (bench/lsp-typing.mjs): a generated journey is opened, then one-character incremental didChange edits go into a touchpoint title in the middle of the file; each is timed from didChange written to the publishDiagnostics naming its version. While typing, a build that has started is let finish (packages/language/src/lsp/finishing-workspace-lock.ts), so results keep coming about once per build.'
        ]
    };
}
