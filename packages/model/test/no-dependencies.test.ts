/**
 * The model is the base every package builds on, in the webview, the language server and the
 * CLI alike: it depends on nothing, so these are facts of its manifest and its sources, not a
 * comment's promise.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importsUnder } from '@cjourney/test-support/imports';
import { describe, expect, test } from 'vitest';

const PACKAGES = fileURLToPath(new URL('../../', import.meta.url));

function manifest(name: string): Record<string, unknown> {
    return JSON.parse(readFileSync(path.join(PACKAGES, name, 'package.json'), 'utf8')) as Record<string, unknown>;
}

describe('@cjourney/model', () => {
    test('declares no dependencies of any kind', () => {
        const model = manifest('model');
        for (const field of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']) {
            expect(model[field], field).toBeUndefined();
        }
    });

    test('imports nothing outside its own src folder (no Langium, Node or DOM module)', () => {
        const src = path.join(PACKAGES, 'model/src');
        const outside = importsUnder(src).filter(site => !site.specifier.startsWith(src + path.sep));
        expect(outside).toEqual([]);
    });
});

describe('@cjourney/render', () => {
    test('imports only the model and the ELK layout library: no Langium, Node, DOM or other workspace package', () => {
        const src = path.join(PACKAGES, 'render/src');
        const allowed = (specifier: string) =>
            specifier.startsWith(src + path.sep) || specifier === '@cjourney/model' || specifier.startsWith('elkjs/');
        expect(importsUnder(src).filter(site => !allowed(site.specifier))).toEqual([]);
    });

    test('declares the model as its only workspace dependency', () => {
        const dependencies = Object.keys(manifest('render').dependencies as Record<string, string>);
        expect(dependencies.filter(name => name.startsWith('@cjourney/'))).toEqual(['@cjourney/model']);
    });
});
