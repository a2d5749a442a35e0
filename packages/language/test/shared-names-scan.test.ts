/** The textual pre-scan that chooses the command line's context files: what a file declares for the workspace and what it uses. */
import { describe, expect, test } from 'vitest';
import { scanSharedNames } from '../src/shared-names-scan.js';

describe('scanSharedNames', () => {
    test('finds the names of top-level elements only, not those nested in a journey', () => {
        const text = [
            'stakeholder Support "Support team" { type internal influences Board }',
            'persona Ann',
            'journey shop {',
            '  stakeholder Local',
            '  stage buy { touchpoint pay { owner Support } }',
            '}',
            'channel kiosk',
            'source interviews "Interviews"',
            'competitor rival'
        ].join('\n');
        expect(scanSharedNames(text).declared).toEqual(['Support', 'Ann', 'shop', 'kiosk', 'interviews', 'rival']);
    });

    test('braces, keywords and names inside strings and comments change nothing', () => {
        const text = [
            'journey one "a { brace" {',
            '  description """ } journey fake { """',
            '  // } persona Hidden',
            '  /* } stakeholder AlsoHidden */',
            '}',
            'persona /* note */ Real'
        ].join('\n');
        const scan = scanSharedNames(text);
        expect(scan.declared).toEqual(['one', 'Real']);
        expect(scan.words.has('Hidden')).toBe(false);
        expect(scan.words.has('fake')).toBe(false);
    });

    test('collects the words a file uses, with hyphens and letters beyond ASCII', () => {
        const scan = scanSharedNames('journey j { stage s { touchpoint t { owner Guest-relations persona Zoë } } }');
        expect([...scan.words]).toEqual(expect.arrayContaining(['Guest-relations', 'Zoë', 'owner', 'persona']));
    });

    test('an unclosed string or comment ends the scan without error', () => {
        expect(scanSharedNames('persona Ann\njourney j { description "open').declared).toEqual(['Ann', 'j']);
        expect(scanSharedNames('persona Ann /* open').declared).toEqual(['Ann']);
    });
});
