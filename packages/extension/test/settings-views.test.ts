/**
 * The `cjourney.preview.defaultView` setting lists the renderer's views: the manifest is JSON
 * and cannot import the one list (VIEWS, in @cjourney/model), so this test keeps the two equal.
 */
import { readFileSync } from 'node:fs';
import { VIEWS } from '@cjourney/model';
import { describe, expect, test } from 'vitest';

const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    contributes: { configuration: { properties: Record<string, { enum?: string[]; enumDescriptions?: string[] }> } };
};

describe('the defaultView setting', () => {
    test('offers every view, in the order of VIEWS, each with a description', () => {
        const setting = manifest.contributes.configuration.properties['cjourney.preview.defaultView'];
        expect(setting.enum).toEqual([...VIEWS]);
        expect(setting.enumDescriptions).toHaveLength(VIEWS.length);
    });
});
