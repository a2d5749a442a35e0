/**
 * Every diagnostic of the contract's table (and the two the project adds): a case that
 * triggers it, asserting code, severity and the exact text its range covers, and a case
 * that must not trigger it.
 */
import { describe, expect, test } from 'vitest';
import { type Issue, issuesWithCode, journey, validate } from './helpers.js';

const clean = journey(`
  stage Visit {
    touchpoint Home "Home page" { channel web emotion pleased }
  }`);

async function issues(text: string, others?: Record<string, string>) {
    return (await validate(text, others)).issues;
}

async function withCode(text: string, code: string, others?: Record<string, string>) {
    return issuesWithCode(await issues(text, others), code);
}

/** The text gets no issue with the code. */
async function expectNoIssue(text: string, code: string, others?: Record<string, string>): Promise<void> {
    expect(await withCode(text, code, others)).toEqual([]);
}

/** The text gets exactly one issue with the code, and it has these fields. */
async function expectOneIssue(text: string, code: string, fields: Partial<Issue>): Promise<void> {
    expect(await withCode(text, code)).toEqual([expect.objectContaining(fields)]);
}

describe('a clean journey', () => {
    test('has no diagnostics at all', async () => {
        expect(await issues(clean)).toEqual([]);
    });
});

describe('syntax', () => {
    test('reports parser errors as errors with code syntax, in words a non-programmer understands', async () => {
        const found = await withCode(journey('stage Visit { touchpoint Home { channel web } '), 'syntax');
        expect(found).toHaveLength(1);
        expect(found[0]).toMatchObject({ severity: 'error', message: "Expected '}' to close the journey, but found the end of the file." });
    });

    test('recovers, so later errors in the file are still found', async () => {
        const text = journey(`
  stage Visit {
    touchpoint Home { channel web emotion }
    touchpoint Cart { channel web owner Nobody }
  }`);
        const codes = (await issues(text)).map(issue => `${issue.code}@${issue.line}`);
        expect(codes).toContain('syntax@4');
        expect(codes).toContain('unresolved-reference@5');
    });

    test('reports an unexpected character with its code point', async () => {
        const found = await withCode('journey A { # }', 'syntax');
        expect(found[0]).toMatchObject({ text: '#', severity: 'error' });
        expect(found[0].message).toContain("'#' (U+0023)");
    });

    test('regression (fuzz): a KPI benchmark recovered without its value is a syntax error, not a failed check', async () => {
        for (const kpi of ['kpi K { current 1 target 2 benchmark "Leader" }', 'kpi K { current 1% target 2% benchmark }']) {
            const found = await issues(journey(kpi));
            expect(
                found.map(issue => issue.code),
                kpi
            ).toContain('syntax');
            expect(
                found.filter(issue => issue.message.includes('An error occurred')),
                kpi
            ).toEqual([]);
        }
    });

    test('reports a text that is not closed on its line', async () => {
        const found = await withCode('journey A "Open title\n{ }', 'syntax');
        expect(found[0].message).toContain('This text is not closed');
    });
});

describe('unresolved-reference', () => {
    test('names the expected kind and suggests the closest name', async () => {
        const text = journey(`
  stakeholder Sponsor { type internal }
  stage Visit {
    touchpoint Home { channel webb owner Sponor involves Sponsor }
  }`);
        const found = await withCode(text, 'unresolved-reference');
        expect(found).toEqual([
            expect.objectContaining({ severity: 'error', text: 'webb', message: "Unknown channel 'webb'. Did you mean 'web'?" }),
            expect.objectContaining({ severity: 'error', text: 'Sponor', message: "Unknown stakeholder 'Sponor'. Did you mean 'Sponsor'?" })
        ]);
    });

    test('explains how to declare a name that is not close to any', async () => {
        const found = await withCode(journey('stage Visit { touchpoint Home { channel fax persona Zed } }'), 'unresolved-reference');
        expect(found[0].message).toContain('channel fax "…"');
        expect(found[1].message).toMatch(/^Unknown persona 'Zed'\. Declare it/);
    });

    test('resolves shared definitions declared in another file of the workspace', async () => {
        const text = journey('stage Visit { touchpoint Home { channel Kiosk persona Ann owner Support } }');
        const shared = 'stakeholder Support { type internal }\npersona Ann\nchannel Kiosk "In-store kiosk" offline\n';
        await expectNoIssue(text, 'unresolved-reference', { 'shared.cjourney': shared });
    });

    test('resolves flow steps to touchpoints of any stage and a KPI stage', async () => {
        const text = journey(`
  stage A { touchpoint One { channel web } }
  stage B { touchpoint Two { channel web } }
  flow One -> Two -> Three
  kpi Nps { stage B target 40 }
  kpi Csat { stage C target 80 }`);
        const found = await withCode(text, 'unresolved-reference');
        expect(found.map(issue => issue.text)).toEqual(['Three', 'C']);
        expect(found[0].message).toContain('touchpoint');
        expect(found[1].message).toContain('stage');
    });
});

describe('duplicate-name', () => {
    test('finds touchpoints with one name across the stages of a journey', async () => {
        const text = journey(`
  stage A { touchpoint Home { channel web } }
  stage B { touchpoint Home { channel web } }`);
        const found = await withCode(text, 'duplicate-name');
        expect(found).toEqual([expect.objectContaining({ severity: 'error', text: 'Home', line: 4 })]);
        expect(found[0].message).toContain('(line 3)');
    });

    test('allows one name for elements of different kinds', async () => {
        const text = journey(`
  persona Ann
  stakeholder Ann { type customer }
  stage Ann { touchpoint Home { channel web persona Ann owner Ann } }`);
        await expectNoIssue(text, 'duplicate-name');
    });

    test('finds top-level names declared twice across the workspace', async () => {
        const found = await withCode('stakeholder Support { type internal }\n', 'duplicate-name', {
            'other.cjourney': 'stakeholder Support { type internal }\n'
        });
        expect(found).toEqual([expect.objectContaining({ text: 'Support', severity: 'error' })]);
        expect(found[0].message).toContain('other.cjourney');
    });

    test('refuses a channel named like a built-in one', async () => {
        await expectOneIssue(journey('channel web "Our site"\nstage A { touchpoint T { channel web } }'), 'duplicate-name', {
            text: 'web',
            message: expect.stringContaining('built-in channel')
        });
    });
});

describe('value-mismatch', () => {
    const kpiConv = (values: string) => journey(`stage A { touchpoint T { channel web } }\nkpi Conv { ${values} }`);

    test('reports a KPI value whose unit differs from the first', async () => {
        await expectOneIssue(kpiConv('current 3% target 5 benchmark 6%'), 'value-mismatch', { severity: 'error', text: '5' });
    });

    test('accepts a KPI written all in percentages', async () => {
        await expectNoIssue(kpiConv('current 3% target 5% benchmark 6%'), 'value-mismatch');
    });
});

describe('empty-stage', () => {
    test('warns on the name of a stage without touchpoints', async () => {
        await expectOneIssue(journey('stage Later "Later" { }'), 'empty-stage', { severity: 'warning', text: 'Later' });
    });

    test('is quiet for a stage with a touchpoint', async () => {
        await expectNoIssue(clean, 'empty-stage');
    });
});

describe('pain-without-opportunity', () => {
    test('warns on the first pain point when no opportunity answers it', async () => {
        await expectOneIssue(
            journey('stage A { touchpoint T { channel web pain "Slow" evidence "Survey" } }'),
            'pain-without-opportunity',
            { severity: 'warning', text: 'pain "Slow" evidence "Survey"' }
        );
    });

    test('warns on a frustrated or angry emotion without an opportunity', async () => {
        await expectOneIssue(journey('stage A { touchpoint T { channel web emotion angry } }'), 'pain-without-opportunity', {
            text: 'angry'
        });
    });

    test('is quiet when an opportunity is noted', async () => {
        const text = journey('stage A { touchpoint T { channel web emotion frustrated pain "Slow" opportunity "Cache pages" } }');
        await expectNoIssue(text, 'pain-without-opportunity');
    });
});

describe('unengaged-key-stakeholder', () => {
    const base = (engagement: string) =>
        journey(`
  stakeholder Ceo { type internal power high interest high }
  stakeholder Board { type internal power low interest low influences Ceo }
  stage A {
    ${engagement}
    touchpoint T { channel web }
  }`);

    test('warns on a manage-closely stakeholder nobody engages (influence is not engagement)', async () => {
        await expectOneIssue(base(''), 'unengaged-key-stakeholder', { severity: 'warning', text: 'Ceo' });
    });

    test('is quiet when a stage needs them', async () => {
        await expectNoIssue(base('needs Ceo "A monthly report"'), 'unengaged-key-stakeholder');
    });

    test('is quiet when a touchpoint of another file involves a shared key stakeholder', async () => {
        const shared = 'stakeholder Ceo { type internal power high interest high }\n';
        const text = journey('stage A { touchpoint T { channel web involves Ceo } }');
        const result = await validate(shared, { 'journey.cjourney': text });
        expect(issuesWithCode(result.issues, 'unengaged-key-stakeholder')).toEqual([]);
    });

    test('ignores stakeholders of lower power or interest', async () => {
        const text = journey('stakeholder Ops { type internal power medium interest high }\nstage A { touchpoint T { channel web } }');
        await expectNoIssue(text, 'unengaged-key-stakeholder');
    });
});

describe('flows', () => {
    const stages = `
  stage A { touchpoint One { channel web } touchpoint Two { channel web } }
  stage B { touchpoint Three { channel web } }`;

    test('unreachable-touchpoint: warns on a touchpoint in no flow', async () => {
        await expectOneIssue(journey(`${stages}\nflow One -> Two`), 'unreachable-touchpoint', { severity: 'warning', text: 'Three' });
    });

    test('unreachable-touchpoint: is quiet without any flow (written order is the path)', async () => {
        await expectNoIssue(journey(stages), 'unreachable-touchpoint');
    });

    test('unreachable-touchpoint: a touchpoint where a flow starts is reachable', async () => {
        await expectNoIssue(journey(`${stages}\nflow One -> Two\nflow Three -> Two`), 'unreachable-touchpoint');
    });

    test('self-loop: warns on the step from a touchpoint to itself', async () => {
        await expectOneIssue(journey(`${stages}\nflow One -> Two -> Two -> Three`), 'self-loop', {
            severity: 'warning',
            text: 'Two -> Two'
        });
    });

    test('duplicate-flow: warns on the second occurrence of a step', async () => {
        await expectOneIssue(journey(`${stages}\nflow One -> Two -> Three\nflow Three -> One -> Two`), 'duplicate-flow', {
            severity: 'warning',
            text: 'One -> Two',
            line: 6
        });
    });

    test('loops back are fine', async () => {
        const found = await issues(journey(`${stages}\nflow One -> Two -> Three -> One`));
        expect(found).toEqual([]);
    });
});

describe('KPIs', () => {
    const stage = 'stage A { touchpoint T { channel web } }';

    test('kpi-below-target: gives the gap in the KPI direction', async () => {
        await expectOneIssue(journey(`${stage}\nkpi Nps "NPS" { current 32 target 45 }`), 'kpi-below-target', {
            severity: 'info',
            text: '32',
            message: "'NPS' is at 32, 13 below its target of 45."
        });
    });

    test('kpi-below-target: lower is better, with the unit', async () => {
        const found = await withCode(journey(`${stage}\nkpi Churn { better lower current 3.1% target 2% }`), 'kpi-below-target');
        expect(found[0].message).toBe("'Churn' is at 3.1%, 1.1 pp above its target of 2% (lower is better).");
        const days = await withCode(journey(`${stage}\nkpi Wait { better lower unit "days" current 12 target 9 }`), 'kpi-below-target');
        expect(days[0].message).toContain('3 days above its target of 9 days');
    });

    test('kpi-below-target: quiet when the target is met', async () => {
        await expectNoIssue(journey(`${stage}\nkpi Nps { current 50 target 45 }`), 'kpi-below-target');
    });

    test('kpi-below-benchmark: one per benchmark that is ahead, with its source', async () => {
        await expectOneIssue(
            journey(`${stage}\nkpi Nps { current 32 target 30 benchmark 60 "Leader" benchmark 20 "Laggard" }`),
            'kpi-below-benchmark',
            {
                severity: 'info',
                text: 'benchmark 60 "Leader"',
                message: "'Nps' is at 32, 28 below the benchmark of 60 set by Leader."
            }
        );
    });

    test('kpi-without-target: hints on the KPI name', async () => {
        await expectOneIssue(journey(`${stage}\nkpi Nps { current 32 }`), 'kpi-without-target', { severity: 'hint', text: 'Nps' });
    });

    test('accepts negative numbers (an NPS can be below zero)', async () => {
        const found = await issues(journey(`${stage}\nkpi Nps { current -12 target 10 }`));
        expect(found.map(issue => issue.code)).toEqual(['kpi-below-target']);
        expect(found[0].message).toContain('22 below');
    });
});

describe('unused and missing', () => {
    const step = 'stage A { touchpoint T { channel web } }';

    test('unused-persona: hints on a persona no touchpoint lives', async () => {
        await expectOneIssue(journey(`persona Ann "Ann"\n${step}`), 'unused-persona', {
            severity: 'hint',
            text: 'Ann'
        });
    });

    test('unused-persona: a shared persona used by a journey in another file is used', async () => {
        const result = await validate('persona Ann\n', {
            'journey.cjourney': journey('stage A { touchpoint T { channel web persona Ann } }')
        });
        expect(result.issues).toEqual([]);
    });

    test('unused-channel: hints on a declared channel no touchpoint uses', async () => {
        await expectOneIssue(journey(`channel Kiosk "Kiosk" offline\n${step}`), 'unused-channel', {
            severity: 'hint',
            text: 'Kiosk'
        });
    });

    test('missing-channel: hints on a touchpoint without a channel', async () => {
        await expectOneIssue(journey('stage A { touchpoint T "Talks to a friend" }'), 'missing-channel', { severity: 'hint', text: 'T' });
    });
});

describe('invalid-value (added by this project)', () => {
    test('an unknown emotion lists the allowed words and suggests one', async () => {
        await expectOneIssue(journey('stage A { touchpoint T { channel web emotion happy } }'), 'invalid-value', {
            severity: 'error',
            text: 'happy',
            message: "'happy' is not an emotion. Did you mean 'pleased'? Use delighted, pleased, neutral, frustrated or angry."
        });
    });

    test('misspelt power, type and attitude words', async () => {
        const found = await withCode('stakeholder S { type employee power hihg interest low attitude skeptic }\n', 'invalid-value');
        expect(found.map(issue => [issue.text, issue.message.match(/Did you mean '(\w+)'/)?.[1]])).toEqual([
            ['employee', 'internal'],
            ['hihg', 'high'],
            ['skeptic', 'sceptic']
        ]);
    });
});

describe('duplicate-property (added by this project)', () => {
    test('warns on the overridden value of a single-valued property', async () => {
        await expectOneIssue(journey('stage A { touchpoint T { channel web emotion angry emotion pleased } }'), 'duplicate-property', {
            severity: 'warning',
            text: 'emotion angry'
        });
    });

    test('repeatable properties may repeat', async () => {
        const text = journey(
            'objective "A"\nobjective "B"\nstage A { touchpoint T { channel web action "x" action "y" pain "p" evidence "Survey" opportunity "o" opportunity "q" } }'
        );
        expect(await issues(text)).toEqual([]);
    });
});
