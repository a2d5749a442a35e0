/** Name resolution: the journey first, then top-level elements of every file, then built-ins. */
import { describe, expect, test } from 'vitest';
import { isJourney, type Journey } from '../src/generated/ast.js';
import { journey, validate } from './helpers.js';

async function firstJourney(text: string, others: Record<string, string> = {}): Promise<Journey> {
    const result = await validate(text, others);
    const found = result.document.parseResult.value.elements.find(isJourney);
    if (!found) throw new Error('no journey');
    return found;
}

describe('linking', () => {
    test('built-in channels are always in scope', async () => {
        const names = ['web', 'app', 'email', 'sms', 'phone', 'chat', 'social', 'ads', 'store', 'event', 'mail', 'partner'];
        const touchpoints = names.map(name => `touchpoint T_${name} { channel ${name} }`).join('\n');
        const resolved = await firstJourney(journey(`stage S {\n${touchpoints}\n}`));
        expect(resolved.stages[0].touchpoints.map(touchpoint => touchpoint.channel?.ref?.name)).toEqual(names);
    });

    test("shared definitions in another file resolve; the journey's own declaration shadows them", async () => {
        const shared = 'stakeholder Support "Shared support" { type internal }\nstakeholder Legal "Shared legal"\n';
        const text = journey(`
  stakeholder Support "Local support"
  stage S { touchpoint T { channel web owner Support involves Legal } }`);
        const resolved = await firstJourney(text, { 'shared.cjourney': shared });
        const touchpoint = resolved.stages[0].touchpoints[0];
        expect(touchpoint.owner?.ref?.title).toBe('Local support');
        expect(touchpoint.involves[0].ref?.title).toBe('Shared legal');
    });

    test('flows reach touchpoints of every stage; references across journeys do not', async () => {
        const text = `${journey('stage A { touchpoint One { channel web } }\nstage B { touchpoint Two { channel web } }\nflow One -> Two')}
journey Other { stage C { touchpoint Three { channel web } } flow Three -> One }`;
        const result = await validate(text);
        expect(result.issues.filter(issue => issue.code === 'unresolved-reference').map(issue => issue.text)).toEqual(['One']);
    });

    test('a shared stakeholder influences another shared one across files', async () => {
        const result = await validate('stakeholder Board { influences Ceo }\n', { 'b.cjourney': 'stakeholder Ceo\n' });
        expect(result.issues).toEqual([]);
    });
});
