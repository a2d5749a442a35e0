/**
 * Numbers in messages read as people write them (issue 19): a gap between two percentages is
 * in percentage points ("14 pp"), a unit agrees with its number ("1 day"), thousands are
 * grouped ("1,040") — in diagnostics, hover and every other place that shares these helpers.
 */
import { describe, expect, test } from 'vitest';
import { gapWithUnit, readableNumber, withUnit } from '@cjourney/model';
import { issuesWithCode, journey, validate } from './helpers.js';

const stage = 'stage A { touchpoint T { channel web } }';

async function messages(body: string, code: string): Promise<string[]> {
    return issuesWithCode((await validate(journey(`${stage}\n${body}`))).issues, code).map(issue => issue.message);
}

describe('the helpers', () => {
    test('thousands are grouped, decimals kept, other text unchanged', () => {
        expect(['1040', '12500', '-1234567.25', '999', '1.5%', '10400%'].map(readableNumber)).toEqual([
            '1,040',
            '12,500',
            '-1,234,567.25',
            '999',
            '1.5%',
            '10,400%'
        ]);
    });

    test('a unit agrees with its number; units that are not plain plurals stay as written', () => {
        expect(withUnit('1', 'days')).toBe('1 day');
        expect(withUnit('2', 'days')).toBe('2 days');
        expect(withUnit('1', 'days per quarter')).toBe('1 day per quarter');
        expect(withUnit('1', 'replies')).toBe('1 reply');
        expect(withUnit('1', 'boxes')).toBe('1 box');
        expect(['ms', 'out of 10', 'per month', 'kWh', 'status', 'hours of access'].map(unit => withUnit('1', unit))).toEqual([
            '1 ms',
            '1 out of 10',
            '1 per month',
            '1 kWh',
            '1 status',
            '1 hour of access'
        ]);
        expect(withUnit('1.5', 'days')).toBe('1.5 days');
        expect(withUnit('1040', 'visits')).toBe('1,040 visits');
    });

    test('a gap between percentages is in percentage points, without the unit', () => {
        expect(gapWithUnit('14%', undefined)).toBe('14 pp');
        expect(gapWithUnit('1.1%', 'of visitors')).toBe('1.1 pp');
        expect(gapWithUnit('1', 'days')).toBe('1 day');
    });
});

describe('diagnostics', () => {
    test('regression: "14 pp below" for percentage points (61% vs 75%)', async () => {
        expect(await messages('kpi Conv "Conversion" { current 61% target 60% benchmark 75% "Leader" }', 'kpi-below-benchmark')).toEqual([
            "'Conversion' is at 61%, 14 pp below the benchmark of 75% set by Leader."
        ]);
    });

    test('regression: "1 day", not "1 days"', async () => {
        expect(await messages('kpi Wait { better lower unit "days per quarter" current 10 target 9 }', 'kpi-below-target')).toEqual([
            "'Wait' is at 10 days per quarter, 1 day per quarter above its target of 9 days per quarter (lower is better)."
        ]);
    });

    test('regression: large numbers are grouped ("1,040")', async () => {
        expect(await messages('kpi Visits { unit "visits" current 1040 target 12500 }', 'kpi-below-target')).toEqual([
            "'Visits' is at 1,040 visits, 11,460 visits below its target of 12,500 visits."
        ]);
    });
});
