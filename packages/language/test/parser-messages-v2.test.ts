/**
 * Parser messages that point at the real problem (issue 13), each found by a new user: the
 * exact text, and one error per mistake — the next line parses normally.
 */
import { describe, expect, test } from 'vitest';
import { journey, validate } from './helpers.js';

async function errors(text: string) {
    return (await validate(text)).issues
        .filter(issue => issue.severity === 'error')
        .map(({ code, text: covered, message }) => ({ code, text: covered, message }));
}

/** The text has exactly one error: a syntax error on `covered`, saying `message`. */
async function expectOneSyntaxError(text: string, covered: string, message: string): Promise<void> {
    expect(await errors(text)).toEqual([{ code: 'syntax', text: covered, message }]);
}

/** A journey whose touchpoint is declared with `header` and a channel line. */
const touchpointNamed = (header: string) => journey(`  stage S { touchpoint ${header} {\n    channel web\n  } }`);

describe('parser messages', () => {
    test('an unknown property in a block says it is not a property of that element and lists those that are', async () => {
        await expectOneSyntaxError(
            'persona P {\n  age 42\n  goal "Reorder fast"\n}\n',
            'age',
            "'age' is not a persona property. A persona has segment, goal, need, expectation, image or description."
        );
        const { document } = await validate('persona P {\n  age 42\n  goal "Reorder fast"\n}\n');
        // The next line still parses: the goal is kept.
        expect(document.parseResult.value.elements[0]).toMatchObject({ goals: ['Reorder fast'] });
    });

    test('an unknown touchpoint property lists every touchpoint property, including the version 2 ones', async () => {
        expect((await errors(journey('  stage S { touchpoint T {\n    colour "red"\n    channel web\n  } }')))[0].message).toBe(
            "'colour' is not a touchpoint property. A touchpoint has channel, persona, goal, action, thought, emotion, owner, involves, pain, opportunity, trigger, evidence, moment, frontstage, backstage, support, lane, image or description."
        );
    });

    test('`emotion 3` says emotions are words and suggests the word for 3, with no further error', async () => {
        await expectOneSyntaxError(
            journey('  stage S { touchpoint T {\n    emotion 3\n    channel web\n  } }'),
            '3',
            "Emotions are words, not numbers: write 'neutral' for 3 (delighted 5, pleased 4, neutral 3, frustrated 2, angry 1)."
        );
    });

    test.each([
        [
            'a reserved word used as a name says exactly that, and the block still parses',
            'action',
            "'action' is a reserved word of the language and cannot be a name: choose another, e.g. 'Action'."
        ],
        [
            'a `-` in a name says names cannot contain it, and suggests the name with _',
            'T-1',
            "A name cannot contain '-': use letters, digits and _ instead, e.g. 'T_1'."
        ]
    ])('%s', async (_, name, message) => {
        await expectOneSyntaxError(touchpointNamed(name), name, message);
    });

    test('names use letters of any script (version 2), and the identifier message says so', async () => {
        expect(
            await errors(
                journey(
                    '  stage Zoë { touchpoint 顧客 { channel web } touchpoint Kundenservice_Süd { channel web } }\n  flow 顧客 -> Kundenservice_Süd'
                )
            )
        ).toEqual([]);
        await expectOneSyntaxError(
            journey('  stage S { touchpoint T { channel web } } §'),
            '§',
            "Unexpected character '§' (U+00A7). Names use letters of any script, digits and _ (not first); text goes in double quotes; comments start with //."
        );
    });

    test('a flow written without spaces still reads its arrows', async () => {
        expect(await errors(journey('  stage S { touchpoint A { channel web } touchpoint B { channel web } }\n  flow A->B'))).toEqual([]);
    });
});
