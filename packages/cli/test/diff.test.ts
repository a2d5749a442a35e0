/**
 * `cjourney diff` as reviewers use it: every kind of change as a golden PR comment
 * (test/golden/diff/*.md, updated with `npx vitest run -u` and reviewed like code), the text
 * and JSON formats, --exit-code, and --git against a real temporary repository.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffJourneys } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { formatDiffText } from '../src/diff/format-text.js';
import { EXAMPLES, git, makeTempDir, runCli, writeIn } from './helpers.js';
import { SHOP_BUY_STAGE } from '@cjourney/test-support/shop-journey';

const GOLDEN = fileURLToPath(new URL('./golden/diff/', import.meta.url));

const SHOP = `journey Shop "Web shop" {
  objective "Fewer abandoned carts"
  persona Ann "Ann, regular" { goal "Reorder quickly" }
  stakeholder Finance "Finance team" { type internal power medium interest high attitude neutral risk "Chargebacks" }
  stakeholder Carrier "Parcel carrier" { type external power low interest low }
  stakeholder Legal { type internal power high interest low }
  channel Kiosk "In-store kiosk" offline
  stage Browse "Browse" {
    touchpoint Home "Opens the home page" { channel web persona Ann emotion pleased goal "Find the sale" }
    touchpoint Search "Searches" { channel web emotion neutral action "Types a brand" }
    touchpoint Filter "Filters results" { channel web emotion neutral }
  }
${SHOP_BUY_STAGE}  stage Return "Return" {
    touchpoint Label "Prints a return label" { channel Kiosk emotion neutral }
  }
  flow Home -> Search -> Filter -> Cart -> Pay
  kpi Conversion "Conversion rate" {
    stage Buy
    current 2.1%
    target 3%
    benchmark 4% "Market leader"
  }
  kpi Returns "Return rate" { better lower current 12% target 8% }
}
`;

function edit(text: string, ...replacements: [string | RegExp, string][]): string {
    return replacements.reduce((result, [from, to]) => {
        const next = result.replace(from, to);
        expect(next, `the edit of ${String(from)} applies`).not.toBe(result);
        return next;
    }, text);
}

/** The shop before, and after these edits. */
function shopEdited(...replacements: [string | RegExp, string][]): { before: Record<string, string>; after: Record<string, string> } {
    return { before: { 'shop.cjourney': SHOP }, after: { 'shop.cjourney': edit(SHOP, ...replacements) } };
}

/** Each case: the files before and after, and the golden comment it must give. */
const CASES: Record<string, { before: Record<string, string>; after: Record<string, string> }> = {
    'touchpoint-moved': shopEdited(
        ['    touchpoint Filter "Filters results" { channel web emotion neutral }\n', ''],
        [
            '    needs Finance "Fewer payment failures"\n',
            '    needs Finance "Fewer payment failures"\n    touchpoint Filter "Filters results" { channel web emotion neutral }\n'
        ],
        ['    touchpoint Pay "Pays" { channel web emotion pleased involves Carrier }\n', ''],
        ['  stage Buy "Buy" {\n', '  stage Buy "Buy" {\n    touchpoint Pay "Pays" { channel web emotion pleased involves Carrier }\n']
    ),
    emotions: shopEdited(
        ['persona Ann emotion pleased', 'persona Ann emotion frustrated opportunity "Personal picks"'],
        ['"Searches" { channel web emotion neutral', '"Searches" { channel web emotion delighted'],
        ['"Filters results" { channel web emotion neutral }', '"Filters results" { channel web }']
    ),
    'pains-and-opportunities': shopEdited(
        [
            'pain "Shipping costs appear late" evidence "Exit survey"',
            'pain "Shipping costs appear late" evidence "Exit survey Q3, n=412"\n      pain "Coupon field sends people to search"'
        ],
        ['opportunity "Show shipping on product pages"', 'opportunity "Free-shipping threshold banner"']
    ),
    'touchpoint-facts': shopEdited(
        [
            '{ channel web persona Ann emotion pleased goal "Find the sale" }',
            '{ channel app emotion pleased owner Finance involves Carrier, Legal goal "Find this week\'s sale" trigger "Newsletter" }'
        ],
        ['action "Types a brand"', 'action "Types a brand" thought "Why no autocomplete?"']
    ),
    'touchpoints-added-removed-renamed': shopEdited(
        ['    touchpoint Search "Searches" { channel web emotion neutral action "Types a brand" }\n', ''],
        ['Home -> Search -> Filter', 'Home -> Filter'],
        ['    touchpoint Pay', '    touchpoint Receipt "Gets a receipt" { channel email emotion pleased }\n    touchpoint Pay'],
        [/\bCart\b/g, 'Basket']
    ),
    stages: shopEdited(
        ['  stage Return "Return" {\n    touchpoint Label "Prints a return label" { channel Kiosk emotion neutral }\n  }\n', ''],
        [
            '  stage Buy "Buy" {\n    needs Finance "Fewer payment failures"',
            '  stage Loyalty "Loyalty" {\n    touchpoint Points "Collects points" { channel app emotion pleased }\n  }\n  stage Buy "Checkout" {\n    needs Finance "Payment failures below 1%"'
        ],
        [/\bBrowse\b/g, 'Discover']
    ),
    stakeholders: shopEdited(
        [
            '{ type internal power medium interest high attitude neutral risk "Chargebacks" }',
            '{ type internal power high interest high attitude sceptic risk "Chargebacks" risk "Fraud rules block good orders" influences Carrier }'
        ],
        [
            '  stakeholder Carrier "Parcel carrier" { type external power low interest low }\n',
            '  stakeholder Carrier "Parcel carrier" { type external power low interest high attitude supporter }\n  stakeholder Reviewers "Review sites" { type indirect power medium interest medium }\n'
        ],
        ['  stakeholder Legal { type internal power high interest low }\n', ''],
        ['involves Carrier }', 'involves Carrier, Reviewers }']
    ),
    kpis: shopEdited(
        ['target 3%', 'target 3.5%'],
        ['benchmark 4% "Market leader"', 'benchmark 4.5% "Market leader"\n    benchmark 2.5% "Category median"'],
        ['current 12% target 8%', 'current 9% target 8%'],
        [/}\n$/, '  kpi Nps "Net Promoter Score" { current 31 target 40 }\n}\n']
    ),
    flows: {
        before: { 'shop.cjourney': SHOP },
        after: {
            'shop.cjourney': edit(SHOP, [
                'flow Home -> Search -> Filter -> Cart -> Pay',
                'flow Home -> Search -> Cart -> Pay\n  flow Pay -> Label -> Home'
            ])
        }
    },
    'journeys-and-files': {
        before: {
            'shop.cjourney': SHOP,
            'returns.cjourney':
                'journey Returns "Returns" { stage Ask { touchpoint Form } stage Ship { touchpoint Label touchpoint Drop } }\n'
        },
        after: {
            'web/shop.cjourney': edit(SHOP, [
                'journey Shop "Web shop" {\n  objective "Fewer abandoned carts"',
                'journey Shop "Web shop 2025" {\n  description "Desktop and mobile web."\n  objective "Abandoned carts below 60%"'
            ]),
            'app.cjourney': 'journey App "Mobile app" { stage Install { touchpoint Store { channel store } } }\n'
        }
    },
    'shared-definitions': {
        before: {
            'shared.cjourney':
                'stakeholder Support "Support team" { type internal power medium interest high }\npersona Pat "Pat"\nchannel Kiosk "Kiosk" offline\n',
            'j.cjourney': 'journey J { stage S { touchpoint T { channel Kiosk persona Pat owner Support } } }\n'
        },
        after: {
            'shared.cjourney':
                'stakeholder CustomerCare "Support team" { type internal power high interest high }\npersona Pat "Pat, buyer" { segment "SMB" }\nchannel Kiosk "Self-service kiosk" offline\nchannel Chatbot online\n',
            'j.cjourney': 'journey J { stage S { touchpoint T { channel Kiosk persona Pat owner CustomerCare } } }\n'
        }
    },
    'personas-and-channels': shopEdited(
        [
            'persona Ann "Ann, regular" { goal "Reorder quickly" }',
            'persona Ann "Ann, regular" { goal "Reorder in one tap" }\n  persona Ben "Ben, first-timer"'
        ],
        ['channel Kiosk "In-store kiosk" offline', 'channel Kiosk "Self-service kiosk" offline']
    ),
    escaping: shopEdited(
        ['"Reviews the cart"', '"Cart | <script>alert(1)</script> **bold** @octocat $x$ `code` [link](http://x)"'],
        ['pain "Shipping costs appear late" evidence "Exit survey"', 'pain "Line one\\nline two | <img src=x onerror=alert(1)>"']
    ),
    'no-changes': {
        before: { 'shop.cjourney': SHOP },
        after: { 'shop.cjourney': '// Only a comment and the layout changed.\n' + SHOP.replace(/ {2}/g, '    ') }
    }
};

function writeVersions(dir: string, before: Record<string, string>, after: Record<string, string>): void {
    Object.entries(before).forEach(([name, text]) => writeIn(dir, `old/${name}`, text));
    Object.entries(after).forEach(([name, text]) => writeIn(dir, `new/${name}`, text));
}

describe('cjourney diff OLD NEW --format markdown: a golden PR comment per kind of change', () => {
    for (const [name, { before, after }] of Object.entries(CASES)) {
        test(name, async () => {
            const dir = makeTempDir();
            writeVersions(dir, before, after);
            const result = runCli(['diff', 'old', 'new', '--format', 'markdown'], dir);
            expect(result.stderr).toBe('');
            expect(result.code).toBe(0);
            await expect(result.stdout).toMatchFileSnapshot(path.join(GOLDEN, `${name}.md`));
        });
    }

    test('user text cannot break the table, inject HTML, mention people or render maths', () => {
        const golden = readFileSync(path.join(GOLDEN, 'escaping.md'), 'utf8');
        expect(golden).not.toMatch(/<script|<img/);
        expect(golden).toContain('&lt;script&gt;');
        expect(golden).toContain('@&#8203;octocat');
        expect(golden).toContain('\\$x\\$');
        // Every table row keeps its three cells: escaped pipes do not count as separators.
        for (const row of golden.split('\n').filter(line => line.startsWith('|'))) {
            expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(5);
        }
    });
});

describe('cjourney diff --format markdown: issue references and bare links stay plain text (F4)', () => {
    test('#123, owner/repo#42, GH-7, https:// and www. in titles, pains and summaries are not linked', () => {
        const dir = makeTempDir();
        const hostile = 'Fixes #123, acme/web#42 and GH-7: see https://evil.example/x or WWW.evil.example';
        writeVersions(
            dir,
            { 'shop.cjourney': SHOP },
            {
                'shop.cjourney': edit(
                    SHOP,
                    ['"Reviews the cart"', `"${hostile}"`],
                    ['pain "Shipping costs appear late" evidence "Exit survey"', `pain "${hostile}"`]
                )
            }
        );
        const result = runCli(['diff', 'old', 'new', '--format', 'markdown'], dir);
        expect(result.code).toBe(0);
        const neutral =
            'Fixes #&#8203;123, acme/web#&#8203;42 and GH&#8203;-7: see https:&#8203;//evil.example/x or WWW&#8203;.evil.example';
        expect(result.stdout.split(neutral).length - 1).toBeGreaterThanOrEqual(3);
        // What GitHub would link: an issue number, GH-n, a scheme's `://`, a `www.` host.
        expect(result.stdout).not.toMatch(/(?<!&)#\d|\bGH-\d|:\/\/|\bwww\./i);
    });
});

describe('cjourney diff: formats and exit codes', () => {
    const moved = CASES['touchpoint-moved'];

    test('text: one line per change, a summary line, no colour when not a terminal', () => {
        const dir = makeTempDir();
        writeVersions(dir, moved.before, moved.after);
        const result = runCli(['diff', 'old/shop.cjourney', 'new/shop.cjourney'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(
            [
                'new/shop.cjourney: journey Shop "Web shop" changed',
                '  ~ touchpoint "Buy" › "Pays" (Pay): moved from position 2 to 1',
                '  ~ touchpoint "Buy" › "Filters results" (Filter): moved from stage "Browse" to "Buy"',
                'Summary: 2 touchpoints moved.',
                ''
            ].join('\n')
        );
    });

    test('text is coloured for a terminal, and user text cannot send escape sequences', async () => {
        const journey = (emotion: string) => `journey J { stage S { touchpoint T "Bad \u001b[31m title" { emotion ${emotion} } } }`;
        const { loadSources, buildCjourneyModel } = await import('@cjourney/language');
        const load = async (text: string) =>
            buildCjourneyModel((await loadSources([{ uri: 'file:///j.cjourney', text }])).documents[0], { fileName: () => 'j.cjourney' });
        const text = formatDiffText(diffJourneys(await load(journey('pleased')), await load(journey('angry'))), true);
        expect(text).toContain('\u001b[33m~ touchpoint "S" › "Bad \\u001b[31m title" (T): emotion pleased → angry (worse)\u001b[0m');
    });

    test('json: the diff as plain data', () => {
        const dir = makeTempDir();
        writeVersions(dir, moved.before, moved.after);
        const diff = JSON.parse(runCli(['diff', 'old', 'new', '--format', 'json'], dir).stdout);
        expect(diff.summary.items).toEqual([{ key: 'touchpoint-moved', count: 2, text: '2 touchpoints moved' }]);
        expect(diff.journeys[0].touchpoints[1]).toMatchObject({
            id: 'Filter',
            moved: { fromStage: { id: 'Browse' }, toStage: { id: 'Buy' } }
        });
    });

    test('--exit-code: 1 with differences, 0 without', () => {
        const dir = makeTempDir();
        writeVersions(dir, moved.before, moved.after);
        writeIn(dir, 'same/shop.cjourney', SHOP);
        expect(runCli(['diff', '--exit-code', 'old', 'new'], dir).code).toBe(1);
        expect(runCli(['diff', 'old', 'new'], dir).code).toBe(0);
        const same = runCli(['diff', '--exit-code', 'old', 'same'], dir);
        expect(same.code).toBe(0);
        expect(same.stdout).toBe('No journey changes.\n');
    });

    test('usage errors exit 2 with one line', () => {
        const dir = makeTempDir();
        writeVersions(dir, moved.before, moved.after);
        const cases: [string[], RegExp][] = [
            [['diff', 'old'], /no journey with a baseline in the same file; to compare two versions/],
            [['diff', 'old', 'new/shop.cjourney'], /compare a file with a file or a folder with a folder/],
            [['diff', 'old', 'missing'], /cannot read 'missing'/],
            [['diff', '--format', 'html', 'old', 'new'], /argument 'html' is invalid/],
            [['diff', '--git', 'HEAD', 'old'], /not inside a git repository/]
        ];
        for (const [args, message] of cases) {
            const result = runCli(args, dir);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stderr).toMatch(message);
        }
    });

    test('a version with errors is still compared, with a warning', () => {
        const dir = makeTempDir();
        writeVersions(dir, moved.before, {
            'shop.cjourney': moved.after['shop.cjourney'].replace('emotion frustrated', 'emotion furious')
        });
        const result = runCli(['diff', 'old', 'new'], dir);
        expect(result.code).toBe(0);
        expect(result.stderr).toContain('cjourney: new/shop.cjourney has 1 error (run cjourney check); the diff may be incomplete');
        expect(result.stdout).toContain('emotion frustrated removed');
    });
});

describe('cjourney diff --git: the working tree against a revision', () => {
    function repository(): string {
        const dir = makeTempDir('cjourney-git-');
        git(dir, 'init', '-q');
        writeIn(dir, 'journeys/shop.cjourney', SHOP);
        writeIn(dir, 'journeys/returns.cjourney', 'journey Returns { stage Ask { touchpoint Form { channel web } } }\n');
        writeIn(dir, 'journeys/shared/people.cjourney', 'stakeholder Ops "Operations" { type internal power medium interest high }\n');
        writeIn(dir, 'journeys/uses-shared.cjourney', 'journey Ops { stage Run { touchpoint Pick { channel store owner Ops } } }\n');
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'journeys');
        return dir;
    }

    test('modified, added and removed files; shared definitions of the old version resolve', () => {
        const dir = repository();
        writeIn(dir, 'journeys/shop.cjourney', edit(SHOP, ['target 3%', 'target 3.5%']));
        rmSync(path.join(dir, 'journeys/returns.cjourney'));
        writeIn(dir, 'journeys/app.cjourney', 'journey App { stage Install { touchpoint Store { channel store } } }\n');
        const result = runCli(['diff', '--git', 'HEAD', 'journeys', '--format', 'markdown'], dir);
        expect(result.stderr).toBe('');
        expect(result.stdout).toContain('**1 journey added, 1 journey removed, 1 journey changed**: 1 KPI changed');
        expect(result.stdout).toContain('#### ➕ App (`App`) · `journeys/app.cjourney`');
        expect(result.stdout).toContain('#### ➖ Returns (`Returns`) · `journeys/returns.cjourney`');
        expect(result.stdout).toContain('target `3%` → **`3.5%`** (raised)');
        // The unchanged journey that uses a shared stakeholder is not reported.
        expect(result.stdout).not.toContain('Ops');
    });

    test('from a subfolder, paths are relative to it; no paths means the whole repository', () => {
        const dir = repository();
        writeIn(dir, 'journeys/returns.cjourney', 'journey Returns { stage Ask { touchpoint Form { channel email } } }\n');
        const inFolder = runCli(['diff', '--git', 'HEAD', 'returns.cjourney'], path.join(dir, 'journeys'));
        expect(inFolder.stdout).toContain(
            'returns.cjourney: journey Returns "Returns" changed\n  ~ touchpoint "Ask" › "Form": channel web → email'
        );
        const whole = runCli(['diff', '--git', 'HEAD', '--exit-code'], dir);
        expect(whole.code).toBe(1);
        expect(whole.stdout).toContain('journeys/returns.cjourney: journey Returns');
        expect(runCli(['diff', '--git', 'HEAD', '--exit-code', 'journeys/shop.cjourney'], dir).code).toBe(0);
    });

    test('a folder that is new, and one that is gone', () => {
        const dir = repository();
        writeIn(dir, 'more/extra.cjourney', 'journey Extra { stage S { touchpoint T } }\n');
        rmSync(path.join(dir, 'journeys'), { recursive: true });
        const result = runCli(['diff', '--git', 'HEAD', 'journeys', 'more'], dir);
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('more/extra.cjourney: journey Extra "Extra" added (1 stage, 1 touchpoint)');
        expect(result.stdout).toContain('Summary: 1 journey added, 3 journeys removed, 1 stakeholder removed.');
    });

    test('an unknown revision is a usage error', () => {
        const dir = repository();
        const result = runCli(['diff', '--git', 'no-such-branch', 'journeys'], dir);
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("cjourney: unknown git revision 'no-such-branch'\n");
    });

    test('the review scenario on a real example: move a touchpoint, lower an emotion, add a pain, raise a KPI target', async () => {
        const dir = makeTempDir('cjourney-review-');
        git(dir, 'init', '-q');
        execFileSync('cp', ['-r', EXAMPLES, path.join(dir, 'examples')]);
        git(dir, 'add', '.');
        git(dir, 'commit', '-q', '-m', 'examples');
        const file = path.join(dir, 'examples/saas-onboarding.cjourney');
        const original = readFileSync(file, 'utf8');
        const demo = original.slice(
            original.indexOf('    touchpoint Demo '),
            original.indexOf('    }\n', original.indexOf('    touchpoint Demo ')) + 6
        );
        writeIn(
            dir,
            'examples/saas-onboarding.cjourney',
            edit(
                original,
                [demo, ''],
                ['  stage Decision "Decision" {\n', `  stage Decision "Decision" {\n${demo}`],
                [
                    'touchpoint Kickoff "Kick-off call" { channel phone emotion pleased owner Support }',
                    'touchpoint Kickoff "Kick-off call" {\n      channel phone\n      emotion frustrated\n      owner Support\n      pain "The call is booked two weeks out" evidence "Onboarding survey, n=64"\n      opportunity "Self-serve kick-off slots in the first week"\n    }'
                ],
                ['target 45', 'target 50']
            )
        );
        const result = runCli(['diff', '--git', 'HEAD', 'examples/', '--format', 'markdown'], dir);
        expect(result.stderr).toBe('');
        await expect(result.stdout).toMatchFileSnapshot(path.join(GOLDEN, 'review-scenario.md'));
    });
});
