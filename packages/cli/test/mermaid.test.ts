/**
 * Mermaid journeys in and out: `cjourney import` reads all of Mermaid's journey syntax into
 * a `.cjourney` that checks with no error, `cjourney export --format mermaid` writes what
 * Mermaid draws, and import → export → import gives the same model — on hand-written
 * diagrams (test/mermaid/*.mmd) and on every example.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCjourneyModel, loadSources, reservedWords } from '@cjourney/language';
import { type CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { journeyToMermaid } from '../src/mermaid/export-mermaid.js';
import { mermaidToCjourney } from '../src/mermaid/mermaid-to-cjourney.js';
import { parseMermaidJourney } from '../src/mermaid/parse-mermaid-journey.js';
import { EXAMPLES, makeTempDir, runCli, writeIn } from './helpers.js';
import { exampleFiles, FIXTURES, MERMAID_FIXTURES } from './mermaid-fixtures.js';

const GOLDEN = fileURLToPath(new URL('./golden/import/', import.meta.url));

/** Imports Mermaid text in-process, failing the test on any problem. */
function importMermaid(text: string, name = 'diagram.mmd'): string {
    const parsed = parseMermaidJourney(text);
    expect(parsed.problems).toEqual([]);
    const converted = mermaidToCjourney(parsed.journey!, name, { reserved: reservedWords() });
    if ('problems' in converted) {
        throw new Error(JSON.stringify(converted.problems));
    }
    return converted.text;
}

async function load(text: string): Promise<{ model: CjourneyModel; errors: string[] }> {
    const { documents } = await loadSources([{ uri: 'file:///import/journey.cjourney', text }]);
    const errors = (documents[0].diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message);
    return { model: buildCjourneyModel(documents[0], { fileName: () => 'journey.cjourney' }), errors };
}

/** The model without source locations, which differ between two files saying the same. */
function withoutLocations(model: CjourneyModel): unknown {
    return JSON.parse(JSON.stringify(model, (key, value: unknown) => (key === 'loc' ? undefined : value)));
}

async function roundTrip(mermaid: string): Promise<{ first: CjourneyModel; second: CjourneyModel; exported: string }> {
    const first = await load(importMermaid(mermaid));
    expect(first.errors).toEqual([]);
    const exported = journeyToMermaid(first.model.journeys[0], 'journey.cjourney');
    const second = await load(importMermaid(exported));
    expect(second.errors).toEqual([]);
    return { first: first.model, second: second.model, exported };
}

describe('import: hand-written Mermaid journeys covering the syntax', () => {
    for (const fixture of MERMAID_FIXTURES) {
        test(`${fixture}: imports with no error, and import → export → import gives the same model`, async () => {
            const { first, second } = await roundTrip(readFileSync(path.join(FIXTURES, fixture), 'utf8'));
            expect(withoutLocations(second)).toEqual(withoutLocations(first));
        });
    }

    test('full-syntax.mmd: the golden .cjourney', async () => {
        const text = importMermaid(readFileSync(path.join(FIXTURES, 'full-syntax.mmd'), 'utf8'), 'full-syntax.mmd');
        await expect(text).toMatchFileSnapshot(path.join(GOLDEN, 'full-syntax.cjourney'));
    });

    test('what Mermaid means is kept: titles, sections, scores, actors, line breaks, entity codes, Unicode', async () => {
        const { model } = await load(importMermaid(readFileSync(path.join(FIXTURES, 'full-syntax.mmd'), 'utf8')));
        const journey = model.journeys[0];
        expect(journey.title).toBe('Café onboarding: first week');
        // accTitle differs from the title: kept as the description's first line.
        expect(journey.description).toBe('Onboarding, for screen readers\nHow a new barista\nlearns the ropes.');
        expect(journey.stages.map(stage => stage.title)).toEqual(['', 'Day one\n(orientation)', 'Day two', 'Day three']);
        const touchpoint = (title: string) => journey.touchpoints.find(candidate => candidate.title === title)!;
        expect(touchpoint('Arrives early')).toMatchObject({ emotion: 'pleased', personaId: 'Ana' });
        // Every actor of a task is a persona of the step (version 2: several per step).
        expect(touchpoint('Meets the team')).toMatchObject({ emotion: 'delighted', personaIds: ['Ana', 'HeadBarista'], involvedIds: [] });
        expect(touchpoint('No actors at all').personaId).toBeUndefined();
        expect(touchpoint('Skipped first actor').personaId).toBe('HeadBarista');
        expect(touchpoint('Pulls a first shot\nalone').emotion).toBe('angry');
        expect(touchpoint('Grind size #3; too fine').personaIds).toEqual(['Ana', 'RoasterInc']);
        expect(touchpoint('Journey review')).toBeDefined();
        expect(touchpoint('Ünïcödé ☕ 你好 привет')).toMatchObject({ id: 'Unicode', emotion: 'delighted', personaId: 'Zoe' });
        expect(touchpoint('Rounds a 3.6 score').emotion).toBe('pleased');
        expect(touchpoint('Caps a 9').emotion).toBe('delighted');
        expect(touchpoint('Lifts a negative one').emotion).toBe('angry');
        expect(journey.personas.map(persona => persona.title)).toContain('Zoë 🐈');
        expect(journey.personas.map(persona => persona.title)).toContain('Ana %% not a comment');
    });

    test('ids are valid, unique per kind and never reserved words; names keep their text as title', async () => {
        const { model } = await load(
            importMermaid('journey\nsection stage\n  goal: 3\n  goal: 4\n  target: 5: persona, stage\n  42 things: 3\n  ☕: 3\n  ☕: 2')
        );
        const journey = model.journeys[0];
        const ids = journey.touchpoints.map(touchpoint => touchpoint.id);
        expect(ids).toEqual(['Goal', 'Goal_2', 'Target', 'Step42Things', 'Step5', 'Step6']);
        expect(new Set(ids).size).toBe(ids.length);
        for (const id of [
            ...ids,
            ...journey.stages.map(stage => stage.id),
            ...journey.personas.map(p => p.id),
            ...journey.stakeholders.map(s => s.id)
        ]) {
            expect(id).toMatch(/^[_a-zA-Z]\w*$/);
            expect(reservedWords().has(id)).toBe(false);
        }
        expect(journey.touchpoints.map(touchpoint => touchpoint.title)).toEqual(['goal', 'goal', 'target', '42 things', '☕', '☕']);
    });
});

describe('version 2 on export', () => {
    test("every persona of a step is an actor; without a plain emotion the score is the mean of the personas' own", async () => {
        const text =
            'journey J {\n persona A "Ann"\n persona B "Bob"\n stage S {\n  touchpoint T "Pays" { persona A, B emotion delighted for A emotion frustrated for B }\n }\n}\n';
        const exported = journeyToMermaid((await load(text)).model.journeys[0], 'j.cjourney');
        expect(exported).toContain('Pays: 4: Ann, Bob');
    });
});

describe('export → import on every example', () => {
    for (const example of exampleFiles()) {
        test(`${example.name}: the Mermaid export imports back to the same diagram`, async () => {
            const { documents } = await loadSources(example.files);
            const model = buildCjourneyModel(documents[0], { fileName: () => example.name });
            const exported = journeyToMermaid(model.journeys[0], example.name);
            const { first, second, exported: again } = await roundTrip(exported);
            const body = (text: string) =>
                text
                    .split('\n')
                    .filter(line => !line.startsWith('%%'))
                    .join('\n');
            expect(body(again)).toBe(body(exported));
            expect(withoutLocations(second)).toEqual(withoutLocations(first));
            expect(first.journeys[0].touchpoints.map(touchpoint => touchpoint.title)).toEqual(
                model.journeys[0].touchpoints.map(touchpoint => touchpoint.title)
            );
        });
    }
});

describe('actors: personas, and the stakeholders a cjourney export names', () => {
    test('a foreign Mermaid task with three actors imports as a step lived by three personas', async () => {
        const { model } = await load(importMermaid('journey\n  section Order\n    Pays: 4: Ann, Bob, Cy\n'));
        const journey = model.journeys[0];
        expect(journey.touchpoints[0].personaIds).toEqual(['Ann', 'Bob', 'Cy']);
        expect(journey.stakeholders).toEqual([]);
    });

    test('the export names involved stakeholders in a comment, so the import reads them back as stakeholders, not personas', async () => {
        const text =
            'journey J {\n persona A "Ann"\n persona B "Bob"\n stakeholder Ops "Ops, night shift"\n stage S {\n  touchpoint T "Pays" { persona A, B involves Ops emotion pleased }\n }\n}\n';
        const exported = journeyToMermaid((await load(text)).model.journeys[0], 'j.cjourney');
        expect(exported).toContain('%% cjourney stakeholders: Ops#44; night shift\n');
        expect(exported).toContain('Pays: 4: Ann, Bob, Ops#44; night shift');
        const imported = (await load(importMermaid(exported))).model.journeys[0];
        expect(imported.touchpoints[0]).toMatchObject({ personaIds: ['Ann', 'Bob'], involvedIds: ['OpsNightShift'] });
        expect(imported.stakeholders.map(stakeholder => stakeholder.title)).toEqual(['Ops, night shift']);
    });
});

describe('export → import keeps every name as written', () => {
    test('separators, comments, keywords, typed <br>, entity codes and line breaks', async () => {
        const titles = [
            'Journey review',
            'title of the talk',
            'Pays #1; then waits: 20 min',
            'Q&A, <b>bold</b> %% text',
            'Reads <br> literally',
            '#35; stays typed',
            'Two\nlines'
        ];
        const touchpoints = titles
            .map((title, index) => `touchpoint T${index} ${JSON.stringify(title)} { emotion pleased persona P involves S }`)
            .join('\n');
        const text = `journey J "Title # with ; marks" {\n persona P "Smith, Ann: buyer"\n stakeholder S "Ops; #2, day:night"\n stage S1 "Stage: one; #two\\nthree" {\n${touchpoints}\n }\n}\n`;
        const original = (await load(text)).model.journeys[0];
        const imported = (await load(importMermaid(journeyToMermaid(original, 'j.cjourney')))).model.journeys[0];
        expect(imported.touchpoints.map(touchpoint => touchpoint.title)).toEqual(titles);
        expect(imported.stages[0].title).toBe('Stage: one; #two\nthree');
        expect(imported.personas.map(persona => persona.title)).toEqual(['Smith, Ann: buyer']);
        expect(imported.stakeholders.map(stakeholder => stakeholder.title)).toEqual(['Ops; #2, day:night']);
        expect(imported.title).toBe('Title # with ; marks');
    });

    test('regression (fuzz): a journey titled "" exports a title Mermaid accepts, its id', async () => {
        const original = (await load('journey Blank "" {\n stage S { touchpoint T "Pays" { emotion pleased } }\n}\n')).model.journeys[0];
        const imported = (await load(importMermaid(journeyToMermaid(original, 'j.cjourney')))).model.journeys[0];
        expect(imported.title).toBe('Blank');
    });
});

describe('accessible title and description (accTitle, accDescr)', () => {
    test("import keeps accTitle in the model: the title when there is none, else the description's first line", async () => {
        const untitled = (await load(importMermaid('journey\n  accTitle: Café, for screen readers\n  section S\n    Pays: 4: Ana\n'))).model
            .journeys[0];
        expect(untitled.title).toBe('Café, for screen readers');
        const both = (
            await load(
                importMermaid(
                    'journey\n  title Onboarding\n  accTitle: Onboarding of a barista\n  accDescr: Week one.\n  section S\n    Pays: 4\n'
                )
            )
        ).model.journeys[0];
        expect(both.title).toBe('Onboarding');
        expect(both.description).toBe('Onboarding of a barista\nWeek one.');
    });

    test('export writes accTitle (the title) and accDescr (the description), and a second import reads the same', async () => {
        const original = (
            await load(
                'journey J "Pays #1; waits" {\n description "Two\\nlines"\n stage S { touchpoint T "Pays" { emotion pleased } }\n}\n'
            )
        ).model.journeys[0];
        const exported = journeyToMermaid(original, 'j.cjourney');
        expect(exported).toContain('    title Pays #35;1#59; waits\n    accTitle: Pays #35;1#59; waits\n    accDescr {\n');
        const imported = (await load(importMermaid(exported))).model.journeys[0];
        expect([imported.title, imported.description]).toEqual(['Pays #1; waits', 'Two\nlines']);
    });
});

describe('cjourney import and export on the command line', () => {
    test('import -o writes a .cjourney that checks with no error; warnings for approximated scores', () => {
        const dir = makeTempDir();
        writeIn(dir, 'day.mmd', readFileSync(path.join(FIXTURES, 'full-syntax.mmd')));
        const result = runCli(['import', 'day.mmd', '-o', 'day.cjourney'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('');
        expect(result.stderr.trim().split('\n')).toEqual([
            "day.mmd:3:1: warning: the front matter's 'config' sets how Mermaid draws; a .cjourney does not keep it, so the import drops it",
            'day.mmd:6:1: warning: the directive %%{init: {"journey": {"useMaxWidth": false}}}%% sets how Mermaid draws; a .cjourney does not keep it, so the import drops it',
            "day.mmd:31:27: warning: the score 3.6 of 'Rounds a 3.6 score' is not a whole number from 0 to 5; imported as pleased (4)",
            "day.mmd:32:17: warning: the score 9 of 'Caps a 9' is not a whole number from 0 to 5; imported as delighted (5)",
            "day.mmd:33:29: warning: the score -1 of 'Lifts a negative one' is not a whole number from 0 to 5; imported as angry (1)"
        ]);
        const check = runCli(['check', 'day.cjourney'], dir);
        expect(check.code).toBe(0);
        expect(check.stderr).toMatch(/Checked 1 file: 0 errors/);
    });

    test('export --format mermaid of an example, and --journey to choose', () => {
        const result = runCli(['export', 'saas-onboarding.cjourney', '--format', 'mermaid'], EXAMPLES);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('journey\n    title B2B SaaS: trial to advocacy\n    accTitle: B2B SaaS: trial to advocacy\n');
        expect(result.stdout).toContain('    section Decision\n        Compares plans: 2: Executive sponsor, Channel partner\n');
        expect(result.stdout).toContain('        Sees a LinkedIn ad: 3: Priya#44; project manager\n');
        const dir = makeTempDir();
        writeIn(dir, 'two.cjourney', 'journey A { stage S { touchpoint T } }\njourney B { stage S { touchpoint U } }\n');
        const two = runCli(['export', 'two.cjourney', '--format', 'mermaid'], dir);
        expect(two.code).toBe(2);
        expect(two.stderr).toBe('cjourney: two.cjourney holds 2 journeys (A, B); choose one with --journey\n');
        expect(runCli(['export', 'two.cjourney', '--format', 'mermaid', '--journey', 'B'], dir).stdout).toContain('        U: 3\n');
        expect(runCli(['export', 'two.cjourney', '--format', 'mermaid', '--journey', 'C'], dir).stderr).toBe(
            "cjourney: two.cjourney has no journey 'C'; it has A, B\n"
        );
    });

    test('a file name holding a Mermaid directive is written inert in the header (F8)', () => {
        const dir = makeTempDir();
        const name = "x%%{init: {'theme':'dark','themeCSS':'svg{display:none}'}}%%\n%%{init: {}}%%.cjourney";
        writeIn(dir, name, 'journey J "Shop" { stage S { touchpoint T { channel web } } }\n');
        const result = runCli(['export', name, '--format', 'mermaid'], dir);
        expect(result.code).toBe(0);
        const [header, keyword] = result.stdout.split('\n');
        expect(header).toMatch(/^%% Exported by cjourney from x/);
        expect(keyword).toBe('journey');
        // Mermaid's directive pattern: `%%{` anywhere in the text, comments included.
        expect(result.stdout).not.toMatch(/%%\s*\{/);
    });

    test("invalid Mermaid: located errors like check's, exit 1; unreadable input exit 2", () => {
        const dir = makeTempDir();
        const cases: [string, string][] = [
            ['flowchart LR\n  A --> B\n', "bad.mmd:1:1: error: not a Mermaid journey diagram: it must start with 'journey'"],
            [
                'journey\n  section S\n    Make tea\n',
                "bad.mmd:3:5: error: the task 'Make tea' needs a score: write 'Make tea: 5' (a score from 0 to 5, then optional actors, e.g. 'Make tea: 5: Me, Cat')"
            ],
            ['journey\n  title Tea; coffee\n', "bad.mmd:2:12: error: Mermaid journeys do not allow ';' (write #59; for it)"],
            [
                'journey\n  section S\n    Journey planning: 5: Me\n',
                "bad.mmd:3:5: error: 'Journey' may only start the diagram; a task or section name cannot start with it (write #74; for its first letter)"
            ],
            ['journey\n  section S\n    : 5: Me\n', "bad.mmd:3:5: error: a task needs a name before ':' (e.g. 'Make tea: 5: Me')"],
            [
                '---\ntitle: [unclosed\n---\njourney\n',
                'bad.mmd:2:17: error: the front matter is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]'
            ],
            ['JOURNEY\n  section S\n', "bad.mmd:1:1: error: not a Mermaid journey diagram: it must start with 'journey'"]
        ];
        for (const [text, message] of cases) {
            writeIn(dir, 'bad.mmd', text);
            const result = runCli(['import', 'bad.mmd', '-o', 'out.cjourney'], dir);
            expect(result.code, text).toBe(1);
            expect(result.stderr.trim(), text).toContain(message);
            expect(result.stderr).not.toMatch(/^\s+at /m);
        }
        writeIn(dir, 'binary.mmd', Buffer.from([0x6a, 0, 1]));
        expect(runCli(['import', 'binary.mmd'], dir)).toMatchObject({
            code: 2,
            stderr: "cjourney: 'binary.mmd' is a binary file, not text\n"
        });
        expect(runCli(['import', 'missing.mmd'], dir)).toMatchObject({
            code: 2,
            stderr: "cjourney: cannot read 'missing.mmd': no such file or directory\n"
        });
    });
});
