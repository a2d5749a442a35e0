/**
 * cjourney.config.json as a file: what it may say, the located message for each mistake, the
 * schema VS Code validates it with (built from the diagnostic codes table), the upward search
 * and the rule severities applied to diagnostics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-types';
import { applyRules, configSchema, findConfigFile, parseProjectConfig, type ConfigSearch } from '../src/config/index.js';
import { DiagnosticCode } from '../src/diagnostic-codes.js';

const SCHEMA_FILE = fileURLToPath(new URL('../../extension/schemas/cjourney.config.schema.json', import.meta.url));
const EXTENSION_MANIFEST = fileURLToPath(new URL('../../extension/package.json', import.meta.url));

describe('reading cjourney.config.json', () => {
    test('a complete file gives every setting and no problem', () => {
        const { config, problems } = parseProjectConfig(
            JSON.stringify(
                {
                    $schema: './schema.json',
                    rules: { 'kpi-below-benchmark': 'off', 'missing-channel': 'error' },
                    theme: 'dark',
                    preview: { defaultView: 'flow', personas: ['Priya'], lanes: ['touchpoints', 'emotion'] }
                },
                null,
                2
            )
        );
        expect(problems).toEqual([]);
        expect(config).toEqual({
            rules: { 'kpi-below-benchmark': 'off', 'missing-channel': 'error' },
            theme: 'dark',
            preview: { defaultView: 'flow', personas: ['Priya'], lanes: ['touchpoints', 'emotion'] }
        });
    });

    test('invalid JSON is one error at the line and column of the mistake, and no setting', () => {
        const { config, problems } = parseProjectConfig('{\n  "rules": {\n    "kpi-below-benchmark": "off",\n  }\n}\n');
        expect(problems).toEqual([
            {
                severity: 'error',
                line: 4,
                column: 3,
                message: 'not valid JSON: expected a property name in double quotes (a trailing comma?)'
            }
        ]);
        expect(config).toEqual({ rules: {}, preview: {} });
    });

    test('each kind of JSON mistake is named at its place', () => {
        const first = (text: string) => {
            const [problem] = parseProjectConfig(text).problems;
            return `${problem.line}:${problem.column} ${problem.message}`;
        };
        expect(first('{ "theme": "dark" "rules": {} }')).toBe("1:19 not valid JSON: expected ',' or '}'");
        expect(first('{ "preview": { "lanes": ["emotion",] } }')).toBe('1:36 not valid JSON: expected a value (a trailing comma?)');
        expect(first('{ "theme": "dark }')).toBe('1:12 not valid JSON: a string is not closed');
        expect(first('{ theme: "dark" }')).toBe('1:3 not valid JSON: expected a property name in double quotes');
        expect(first('{ "theme" "dark" }')).toBe("1:11 not valid JSON: expected ':'");
        expect(first('{} {}')).toBe('1:4 not valid JSON: unexpected text after the end of the object');
        expect(first('{ "rules": ')).toBe('1:12 not valid JSON: unexpected end of the file');
        expect(first('')).toBe('1:1 not valid JSON: unexpected end of the file');
        expect(parseProjectConfig('\uFEFF{ "theme": "dark" }\r\n')).toEqual({
            config: { rules: {}, theme: 'dark', preview: {} },
            problems: []
        });
    });

    test('comments are refused: the file is plain JSON, as its name says', () => {
        expect(parseProjectConfig('// team settings\n{}').problems).toMatchObject([
            { severity: 'error', line: 1, column: 1, message: 'not valid JSON: comments are not allowed in JSON' }
        ]);
    });

    test('a value outside its list is an error at the value; the rest of the file still counts', () => {
        const { config, problems } = parseProjectConfig(
            '{\n  "rules": { "kpi-below-benchmark": "silent", "self-loop": "hint" },\n  "theme": "blue"\n}'
        );
        expect(problems).toEqual([
            {
                severity: 'error',
                line: 2,
                column: 37,
                message: '"rules › kpi-below-benchmark" must be one of "error", "warning", "info", "hint", "off"; found "silent"'
            },
            { severity: 'error', line: 3, column: 12, message: '"theme" must be one of "light", "dark"; found "blue"' }
        ]);
        expect(config.rules).toEqual({ 'self-loop': 'hint' });
        expect(config.theme).toBeUndefined();
    });

    test('unknown keys and unknown codes are warnings with the closest known name', () => {
        const { problems } = parseProjectConfig('{ "rule": {}, "rules": { "kpi-below-benchmarks": "off" }, "preview": { "view": "map" } }');
        expect(problems.map(problem => `${problem.severity} ${problem.column}: ${problem.message}`)).toEqual([
            'warning 3: unknown key "rule" (ignored); did you mean "rules"?',
            'warning 26: unknown rule "kpi-below-benchmarks" (ignored); did you mean "kpi-below-benchmark"?',
            'warning 72: unknown key in "preview" "view" (ignored); known: defaultView, personas, lanes'
        ]);
    });

    test('wrong shapes are errors, never exceptions', () => {
        for (const text of [
            '[]',
            '"rules"',
            '{ "rules": [] }',
            '{ "preview": 3 }',
            '{ "preview": { "personas": [1] } }',
            '{ "preview": { "lanes": ["pain"] } }',
            '',
            '{ "$schema": 1 }'
        ]) {
            const { problems } = parseProjectConfig(text);
            expect(
                problems.filter(problem => problem.severity === 'error'),
                text
            ).toHaveLength(1);
        }
    });
});

describe('the JSON schema VS Code completes and validates the file with', () => {
    test('the committed schema is the one the codes table gives (npm run schema:config rewrites it)', () => {
        expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(JSON.stringify(configSchema(), null, 2) + '\n');
    });

    test('the VS Code extension registers it for every file named cjourney.config.json and ships it', () => {
        const manifest = JSON.parse(readFileSync(EXTENSION_MANIFEST, 'utf8'));
        expect(manifest.contributes.jsonValidation).toEqual([
            { fileMatch: 'cjourney.config.json', url: './schemas/cjourney.config.schema.json' }
        ]);
        expect(manifest.files).toContain('schemas');
    });

    test('every diagnostic code is a rule of the committed schema, with the five settings', () => {
        const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
        const rules = schema.properties.rules.properties as Record<string, { enum: string[] }>;
        for (const code of Object.values(DiagnosticCode)) {
            expect(rules[code]?.enum, code).toEqual(['error', 'warning', 'info', 'hint', 'off']);
        }
        expect(Object.keys(rules).sort()).toEqual(Object.values(DiagnosticCode).sort());
    });
});

describe('finding the file', () => {
    /** Folders as paths; `files` holds the config files, `roots` the repository roots. */
    function search(files: Record<string, string>, roots: string[]): ConfigSearch<string> {
        return {
            read: async file => files[file],
            isRoot: async folder => roots.includes(folder),
            parent: folder => (folder === '/' ? undefined : folder.slice(0, folder.lastIndexOf('/')) || '/'),
            child: (folder, name) => `${folder === '/' ? '' : folder}/${name}`
        };
    }

    test('the nearest file upward wins', async () => {
        const files = { '/repo/cjourney.config.json': 'outer', '/repo/team/cjourney.config.json': 'inner' };
        expect(await findConfigFile('/repo/team/journeys', search(files, ['/repo']))).toEqual({
            file: '/repo/team/cjourney.config.json',
            text: 'inner'
        });
        expect(await findConfigFile('/repo/other', search(files, ['/repo']))).toEqual({
            file: '/repo/cjourney.config.json',
            text: 'outer'
        });
    });

    test('the search stops at the repository or workspace root', async () => {
        expect(
            await findConfigFile('/home/me/repo/journeys', search({ '/home/me/cjourney.config.json': '{}' }, ['/home/me/repo']))
        ).toBeUndefined();
        expect(await findConfigFile('/a/b', search({}, []))).toBeUndefined();
    });
});

describe('rule severities applied to diagnostics', () => {
    const at = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const diagnostics: Diagnostic[] = [
        { range: at, severity: 3, code: 'kpi-below-benchmark', message: 'below benchmark' },
        { range: at, severity: 3, code: 'kpi-below-target', message: 'below target' },
        { range: at, severity: 2, code: 'empty-stage', message: 'empty' }
    ];

    test('off drops a code, a severity replaces its own, other codes keep theirs', () => {
        const applied = applyRules(diagnostics, { 'kpi-below-benchmark': 'off', 'kpi-below-target': 'error' });
        expect(applied.map(diagnostic => [diagnostic.code, diagnostic.severity])).toEqual([
            ['kpi-below-target', 1],
            ['empty-stage', 2]
        ]);
    });
});
