/** The web extension answers the server's folder listings from one list of journey files. */
import { describe, expect, test } from 'vitest';
import { listFolder } from '../src/web/journey-file-index.js';

const FILES = [
    'vscode-vfs://github/acme/cx/journeys/onboarding.cjourney',
    'vscode-vfs://github/acme/cx/journeys/shared/stakeholders.cjourney',
    'vscode-vfs://github/acme/cx/journeys/shared/personas.cjourney',
    'vscode-vfs://github/acme/cx/root.cjourney',
    'vscode-vfs://github/acme/cx-other/elsewhere.cjourney'
];

describe('folder listings from the journey file index', () => {
    test('a folder lists its journey files and the subfolders that lead to more, once each', () => {
        expect(listFolder('vscode-vfs://github/acme/cx', FILES)).toEqual([
            { uri: 'vscode-vfs://github/acme/cx/journeys', isFile: false, isDirectory: true },
            { uri: 'vscode-vfs://github/acme/cx/root.cjourney', isFile: true, isDirectory: false }
        ]);
        expect(listFolder('vscode-vfs://github/acme/cx/journeys/', FILES).map(entry => entry.uri)).toEqual([
            'vscode-vfs://github/acme/cx/journeys/onboarding.cjourney',
            'vscode-vfs://github/acme/cx/journeys/shared'
        ]);
    });

    test('a sibling folder whose name starts the same is not inside', () => {
        expect(listFolder('vscode-vfs://github/acme/cx', FILES).some(entry => entry.uri.includes('cx-other'))).toBe(false);
        expect(listFolder('vscode-vfs://github/acme/empty', FILES)).toEqual([]);
    });
});
