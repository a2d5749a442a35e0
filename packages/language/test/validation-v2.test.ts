/**
 * The diagnostics of the contract's Version 2 table, and version 1 rules extended to the new
 * elements: for each, a case that triggers it (code, severity, the exact text its range
 * covers) and a case that must not.
 */
import { describe, expect, test } from 'vitest';
import { type Issue, issuesWithCode, journey, validate } from './helpers.js';

async function issues(text: string, others?: Record<string, string>) {
    return (await validate(text, others)).issues;
}

/** An issue as `severity covered-text @line`. */
function compact({ severity, text: covered, line }: Issue): string {
    return `${severity} ${covered} @${line}`;
}

async function withCode(text: string, code: string): Promise<string[]> {
    return issuesWithCode(await issues(text), code).map(compact);
}

/** None of these codes is reported on the text. */
async function expectNoneOf(text: string, codes: readonly string[]): Promise<void> {
    const reported = (await issues(text)).map(issue => issue.code);
    codes.forEach(code => expect(reported).not.toContain(code));
}

const step = (body: string) => journey(`  stage S {\n    touchpoint T "Checks out" { channel web\n${body}\n    }\n  }`);

describe('unlinked-opportunity', () => {
    test('hints on each opportunity written outside the blocks of a touchpoint with two pains', async () => {
        const text = step(
            '      pain "Slow" evidence "Logs"\n      opportunity "Cache"\n      pain "Ugly" evidence "Survey"\n      opportunity "Redesign"'
        );
        expect(await withCode(text, 'unlinked-opportunity')).toEqual(['hint opportunity "Cache" @5', 'hint opportunity "Redesign" @7']);
    });

    test('is quiet for nested opportunities, and beside a single pain (which it answers)', async () => {
        expect(
            await withCode(
                step(
                    '      pain "Slow" evidence "Logs" { opportunity "Cache" }\n      pain "Ugly" evidence "Survey" { opportunity "Redesign" }'
                ),
                'unlinked-opportunity'
            )
        ).toEqual([]);
        expect(await withCode(step('      pain "Slow" evidence "Logs"\n      opportunity "Cache"'), 'unlinked-opportunity')).toEqual([]);
    });
});

describe('pain-without-evidence', () => {
    test('hints on the pain and its text, not its block', async () => {
        expect(await withCode(step('      pain "Slow" { opportunity "Cache" }'), 'pain-without-evidence')).toEqual(['hint pain "Slow" @4']);
    });

    test('is quiet with evidence: a source, a finding, or both, inline or in the block', async () => {
        const text = `source Logs\n${step('      pain "A" evidence "Survey" opportunity "x"\n      pain "B" { evidence Logs opportunity "y" }\n      pain "C" evidence Logs "12%" { opportunity "z" }')}`;
        expect(await withCode(text, 'pain-without-evidence')).toEqual([]);
    });
});

describe('unused-source, unused-competitor, unused-lane', () => {
    test("hint on the names of a journey's source, competitor and lane that nothing refers to", async () => {
        const text = journey(
            '  source Survey "Exit survey"\n  competitor Leader\n  lane Promise "What we promise"\n  stage S { touchpoint T { channel web } }'
        );
        expect(await withCode(text, 'unused-source')).toEqual(['hint Survey @2']);
        expect(await withCode(text, 'unused-competitor')).toEqual(['hint Leader @3']);
        expect(await withCode(text, 'unused-lane')).toEqual(['hint Promise @4']);
    });

    test('hint on top-level ones no file of the workspace refers to', async () => {
        const text = 'source Survey\ncompetitor Leader\n' + journey('  stage S { touchpoint T { channel web } }');
        expect(await withCode(text, 'unused-source')).toEqual(['hint Survey @1']);
        expect(await withCode(text, 'unused-competitor')).toEqual(['hint Leader @2']);
    });

    test('are quiet when evidence cites the source, a benchmark names the competitor and a touchpoint fills the lane', async () => {
        const text =
            'source Survey\ncompetitor Leader\n' +
            journey(`  lane Promise
  stage S { touchpoint T { channel web evidence Survey lane Promise "Free returns" } }
  kpi K { current 3 target 4 benchmark 5 Leader }`);
        await expectNoneOf(text, ['unused-source', 'unused-competitor', 'unused-lane']);
    });
});

describe('history-order', () => {
    test('warns on a measurement older than one before it, and on a date written twice', async () => {
        const text = journey(
            '  stage S { touchpoint T { channel web } }\n  kpi K { history "2026-Q2" 27%, "2026-Q1" 31%, "2026-Q2" 25% current 24% target 12% }'
        );
        expect(await withCode(text, 'history-order')).toEqual(['warning "2026-Q1" @3', 'warning "2026-Q2" @3']);
        expect(issuesWithCode(await issues(text), 'history-order').map(issue => issue.message)).toEqual([
            "The history of 'K' is not oldest first: '2026-Q1' comes after '2026-Q2'.",
            "The history of 'K' names '2026-Q2' twice: keep one measurement per date."
        ]);
    });

    test('is quiet oldest first, across date forms (year, half, quarter, month, day); free text is only checked for repeats', async () => {
        const text = journey(
            '  stage S { touchpoint T { channel web } }\n  kpi K { history "2024" 1, "2025-H1" 2, "2025-Q3" 3, "2025-11" 4, "2025-12-24" 5, "before launch" 6 current 7 target 8 }'
        );
        expect(await withCode(text, 'history-order')).toEqual([]);
    });
});

describe('baseline-cycle and baseline-state', () => {
    test('a journey that is its own baseline, directly or through others, is an error on the baseline', async () => {
        const text =
            'journey A { state future baseline B stage S { touchpoint T { channel web } } }\njourney B { state future baseline A stage S { touchpoint T { channel web } } }\njourney C { state future baseline C stage S { touchpoint T { channel web } } }';
        const found = issuesWithCode(await issues(text), 'baseline-cycle');
        expect(found.map(compact)).toEqual(['error B @1', 'error A @2', 'error C @3']);
        expect(found[0].message).toBe("'A' is its own baseline, through B: a baseline must be an earlier journey.");
    });

    test('warns when a journey with a baseline is not future, or its baseline is', async () => {
        const text =
            'journey Now { stage S { touchpoint T { channel web } } }\njourney Next { baseline Now stage S { touchpoint T { channel web } } }\njourney Later { state future baseline Future stage S { touchpoint T { channel web } } }\njourney Future { state future baseline Now stage S { touchpoint T { channel web } } }';
        expect(await withCode(text, 'baseline-state')).toEqual(['warning Now @2', 'warning Future @3']);
    });

    test('is quiet for a future journey over a current one', async () => {
        const text =
            'journey Now { state current stage S { touchpoint T { channel web } } }\njourney Next { state future baseline Now stage S { touchpoint T { channel web } } }';
        await expectNoneOf(text, ['baseline-state', 'baseline-cycle']);
    });
});

describe('opportunity-without-owner', () => {
    const planned =
        '      pain "Slow" evidence "Logs" { opportunity "Cache" { status planned } }\n      opportunity Cdn "CDN" { status doing impact high }';
    const owned =
        '      pain "Slow" evidence "Logs" { opportunity "Cache" { status planned owner Ops } opportunity "Idea" opportunity "Old" { status done } }';
    test.each([
        ['hints on the status of a planned or doing opportunity with no owner', step(planned), ['hint planned @4', 'hint doing @5']],
        ['is quiet with an owner, or for an idea, done or dropped', `stakeholder Ops\n${step(owned)}`, []]
    ])('%s', async (_, text, expected) => {
        expect(await withCode(text, 'opportunity-without-owner')).toEqual(expected);
    });
});

describe('version 1 rules on the new elements', () => {
    test('unresolved-reference for a persona in for, a stakeholder in by, a source, a competitor, a lane and a baseline', async () => {
        const text = journey(`  baseline Nowhere
  state future
  stage S { touchpoint T { channel web emotion pleased for Ghost frontstage "Greets" by Nobody evidence Rumour lane Void "x" } }
  kpi K { current 1 target 2 benchmark 3 Rival }`);
        const found = issuesWithCode(await issues(text), 'unresolved-reference').map(issue => issue.text);
        expect(found).toEqual(['Nowhere', 'Ghost', 'Nobody', 'Rumour', 'Void', 'Rival']);
    });

    test('duplicate-name for sources, competitors, lanes and opportunity ids of a journey', async () => {
        const text = journey(`  source A
  source A
  competitor B
  competitor B
  lane C
  lane C
  stage S { touchpoint T { channel web pain "p" evidence A { opportunity O "x" } opportunity O "y" } }`);
        expect(issuesWithCode(await issues(text), 'duplicate-name').map(issue => `${issue.text}@${issue.line}`)).toEqual([
            'A@3',
            'B@5',
            'C@7',
            'O@8'
        ]);
    });

    test('invalid-value for the new word lists, with a suggestion', async () => {
        const text = journey(`  state tobe
  source R { kind interviews }
  competitor L { kind best }
  stage S { touchpoint T { channel web pain "p" evidence R { opportunity "o" { impact huge effort little status wip } } } }`);
        const found = issuesWithCode(await issues(text), 'invalid-value');
        expect(found.map(issue => issue.text)).toEqual(['tobe', 'interviews', 'best', 'huge', 'little', 'wip']);
        expect(found[5].message).toBe(
            "'wip' is not an opportunity status. Did you mean 'doing'? Use idea, planned, doing, done or dropped."
        );
    });

    test('duplicate-property for two plain emotions on one step, or two for one persona', async () => {
        const text =
            'persona Jana\n' +
            step('      emotion pleased\n      emotion frustrated for Jana\n      emotion neutral\n      emotion angry for Jana');
        expect(issuesWithCode(await issues(text), 'duplicate-property').map(issue => `${issue.text}@${issue.line}`)).toEqual([
            'emotion pleased@5',
            'emotion frustrated@6'
        ]);
    });

    test('value-mismatch when history mixes % and plain numbers', async () => {
        const text = journey('  stage S { touchpoint T { channel web } }\n  kpi K { history "2025" 30 current 24% target 12% }');
        expect(await withCode(text, 'value-mismatch')).toEqual(['error 30 @3']);
    });

    test('engagement counts a blueprint by, an opportunity owner and a KPI owner', async () => {
        const key = (name: string) => `  stakeholder ${name} { power high interest high }`;
        const text = journey(`${key('Desk')}\n${key('Owner')}\n${key('Boss')}
  stage S { touchpoint T { channel web frontstage "Greets" by Desk pain "p" evidence "x" { opportunity "o" { owner Owner } } } }
  kpi K { owner Boss current 1 target 1 }`);
        expect(await withCode(text, 'unengaged-key-stakeholder')).toEqual([]);
    });

    test("the contract's version 2 example checks with no error or warning", async () => {
        const { readFile } = await import('node:fs/promises');
        const text = await readFile(new URL('../../../examples/fashion-first-order.cjourney', import.meta.url), 'utf8');
        expect((await issues(text)).filter(issue => issue.severity === 'error' || issue.severity === 'warning')).toEqual([]);
    });
});
