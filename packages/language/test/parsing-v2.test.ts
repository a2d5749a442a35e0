/** Version 2 syntax that is about text and names rather than elements: """…""" and Unicode identifiers. */
import { describe, expect, test } from 'vitest';
import { journey, validate } from './helpers.js';

describe('text over several lines', () => {
    test('"""…""" keeps its line breaks and loses the indentation common to its lines', async () => {
        const text = journey(
            '  description """\n    Mid-market teams discover us at events.\n      Some read the case studies first.\n    Then they start a trial.\n    """\n  stage S { touchpoint T { channel web } }'
        );
        const { document, issues } = await validate(text);
        expect(issues).toEqual([]);
        expect(document.parseResult.value.elements[0]).toMatchObject({
            description: 'Mid-market teams discover us at events.\n  Some read the case studies first.\nThen they start a trial.'
        });
    });

    test('positions after a multi-line text are still right', async () => {
        const text = journey('  description """\n    Two\n    lines\n    """\n  stage S { touchpoint T { channel web owner Nobody } }');
        const { issues } = await validate(text);
        expect(issues.filter(issue => issue.code === 'unresolved-reference')).toMatchObject([{ line: 6, text: 'Nobody' }]);
    });
});

describe('names in any script', () => {
    test('letters with accents, CJK and digits after the first letter name elements and resolve', async () => {
        const { document, issues } = await validate(
            'stakeholder Kundenservice_Süd\n' + journey('  stage Zoë { touchpoint 顧客2 { channel web owner Kundenservice_Süd } }')
        );
        expect(issues.filter(issue => issue.severity === 'error')).toEqual([]);
        expect(document.parseResult.value.elements[1]).toMatchObject({ stages: [{ name: 'Zoë', touchpoints: [{ name: '顧客2' }] }] });
    });

    test('a keyword followed by letters is one name (`supporter`, `currently`), not a keyword and a rest', async () => {
        const { issues } = await validate(
            'stakeholder S { attitude supporter }\n' + journey('  stage currently { touchpoint T { channel web } }')
        );
        expect(issues.filter(issue => issue.severity === 'error')).toEqual([]);
    });
});
