/**
 * Mermaid diagrams new users imported (issue 19): whatever Mermaid draws imports, with a
 * warning at the column of what is not kept exactly; drawing settings are reported as
 * dropped; Mermaid's empty actor survives import → export; the export never names an
 * absolute path.
 */
import path from 'node:path';
import { buildCjourneyModel, loadSources, reservedWords } from '@cjourney/language';
import { describe, expect, test } from 'vitest';
import { journeyToMermaid } from '../src/mermaid/export-mermaid.js';
import { mermaidToCjourney, type ImportResult } from '../src/mermaid/mermaid-to-cjourney.js';
import { parseMermaidJourney } from '../src/mermaid/parse-mermaid-journey.js';
import { makeTempDir, runCli, writeIn } from './helpers.js';

function importText(text: string): ImportResult {
    const parsed = parseMermaidJourney(text);
    expect(parsed.problems).toEqual([]);
    return mermaidToCjourney(parsed.journey!, 'd.mmd', { reserved: reservedWords() }) as ImportResult;
}

async function journeyOf(text: string) {
    const { documents } = await loadSources([{ uri: 'file:///import/j.cjourney', text }]);
    expect((documents[0].diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
    return buildCjourneyModel(documents[0], { fileName: () => 'j.cjourney' }).journeys[0];
}

/** `cjourney import d.mmd` in a temporary folder: exit code, warnings and the .cjourney written. */
function importOnCommandLine(mermaid: string): { code: number | null; warnings: string[]; text: string; check: number | null } {
    const dir = makeTempDir();
    writeIn(dir, 'd.mmd', mermaid);
    const result = runCli(['import', 'd.mmd'], dir);
    writeIn(dir, 'd.cjourney', result.stdout);
    return {
        code: result.code,
        warnings: result.stderr.trim().split('\n').filter(Boolean),
        text: result.stdout,
        check: runCli(['check', 'd.cjourney'], dir).code
    };
}

describe('Mermaid import: what new users found', () => {
    test('regression: a non-numeric score imports with a warning at the score and no emotion', async () => {
        const result = importOnCommandLine('journey\n  section S\n    Make tea:   lots: Me\n    Drink it: 5: Me\n');
        expect(result).toMatchObject({ code: 0, check: 0 });
        expect(result.warnings).toEqual([
            "d.mmd:3:17: warning: the score 'lots' of 'Make tea' is not a number; imported without an emotion"
        ]);
        const journey = await journeyOf(result.text);
        expect(journey.touchpoints.map(touchpoint => [touchpoint.title, touchpoint.emotion ?? null, touchpoint.personaId])).toEqual([
            ['Make tea', null, 'Me'],
            ['Drink it', 'delighted', 'Me']
        ]);
    });

    test("regression: a ':' inside a task name imports as Mermaid reads it, with a hint about #58;", async () => {
        const result = importOnCommandLine('journey\n  section S\n    Call at 10:30: 5: Me\n    Review: step two: 4: Me\n');
        expect(result).toMatchObject({ code: 0, check: 0 });
        expect(result.warnings).toEqual([
            "d.mmd:3:16: warning: the score 30 of 'Call at 10' is not a whole number from 0 to 5; Mermaid ends a task name at its first ':' (write #58; for a ':' inside a name); imported as delighted (5)",
            "d.mmd:4:13: warning: the score 'step two' of 'Review' is not a number; Mermaid ends a task name at its first ':' (write #58; for a ':' inside a name); imported without an emotion"
        ]);
        // Mermaid reads the second piece as the actors: '5' and '4' are the actors it draws.
        const journey = await journeyOf(result.text);
        expect(journey.touchpoints.map(touchpoint => touchpoint.title)).toEqual(['Call at 10', 'Review']);
        expect(journey.personas.map(persona => persona.title)).toEqual(['5', '4']);
    });

    test('regression: errors and warnings point at the column of the offending text', () => {
        const dir = makeTempDir();
        writeIn(dir, 'bad.mmd', '---\ntitle: ok\nconfig: [unclosed\n---\njourney\n');
        expect(runCli(['import', 'bad.mmd'], dir).stderr).toMatch(/^bad\.mmd:3:18: error: the front matter is not valid YAML: /);
        writeIn(dir, 'bad.mmd', 'journey\n  section S\n    Pay: 5: Me\n    Wait; then pay: 3\n');
        expect(runCli(['import', 'bad.mmd'], dir).stderr).toMatch(/^bad\.mmd:4:9: error: the task 'Wait' cannot go on with ';'/);
        expect(importText('journey\n section S\n  Caps: 9\n').warnings).toEqual([
            { line: 3, column: 9, message: "the score 9 of 'Caps' is not a whole number from 0 to 5; imported as delighted (5)" }
        ]);
    });

    test('regression: front-matter config and %%{init}%% are reported as dropped, never silently', () => {
        const result = importOnCommandLine(
            '---\ntitle: Tea\nconfig:\n  theme: forest\n---\n  %%{init: {"theme": "dark"}}%%\njourney\n  section S\n    Pay: 5\n'
        );
        expect(result).toMatchObject({ code: 0, check: 0 });
        expect(result.warnings).toEqual([
            "d.mmd:3:1: warning: the front matter's 'config' sets how Mermaid draws; a .cjourney does not keep it, so the import drops it",
            'd.mmd:6:3: warning: the directive %%{init: {"theme": "dark"}}%% sets how Mermaid draws; a .cjourney does not keep it, so the import drops it'
        ]);
        expect(result.text).toContain('journey Tea {');
        // A diagram without settings imports without a word.
        expect(importOnCommandLine('---\ntitle: Tea\n---\njourney\n  section S\n    Pay: 5\n').warnings).toEqual([]);
    });

    test("regression: an empty trailing ':' keeps Mermaid's empty actor, through import → export → import", async () => {
        const { text, warnings } = importText('journey\n  section S\n    Waits alone: 2:\n    Nobody: 3\n');
        expect(warnings).toEqual([]);
        const journey = await journeyOf(text);
        const [waits, nobody] = journey.touchpoints;
        expect(journey.personas.map(persona => persona.title)).toEqual(['']);
        expect(waits.personaId).toBe(journey.personas[0].id);
        expect(nobody.personaId).toBeUndefined();
        const exported = journeyToMermaid(journey, 'j.cjourney');
        expect(exported).toContain('        Waits alone: 2:\n        Nobody: 3\n');
        const again = await journeyOf(importText(exported).text);
        expect(again.touchpoints[0].personaId).toBe(again.personas[0].id);
    });
});

describe('Mermaid export: the header', () => {
    test('regression: names the input relative to the working directory, never an absolute path', () => {
        const dir = makeTempDir();
        writeIn(dir, 'maps/j.cjourney', 'journey J { stage S { touchpoint T { emotion pleased } } }\n');
        const inside = runCli(['export', 'maps/j.cjourney', '--format', 'mermaid'], dir);
        expect(inside.stdout.split('\n')[0]).toBe('%% Exported by cjourney from maps/j.cjourney (journey J)');
        const elsewhere = makeTempDir();
        const outside = runCli(['export', path.join(dir, 'maps/j.cjourney'), '--format', 'mermaid'], elsewhere);
        const header = outside.stdout.split('\n')[0];
        expect(header).toBe(`%% Exported by cjourney from ${path.relative(elsewhere, path.join(dir, 'maps/j.cjourney'))} (journey J)`);
        expect(header).not.toContain(dir);
    });
});
