/**
 * One copy of each LSP protocol package in the lock file (issue 18, F1).
 *
 * vscode-jsonrpc recognises a `ResponseError` with `instanceof`. With two copies installed,
 * an error thrown through Langium's copy (a cancelled request, a document the server does not
 * know) is not an instance of the connection's copy, so the client got a *success* response
 * whose result was the error object. The root package.json pins the set with `overrides`;
 * this test fails as soon as an upgrade brings a second copy back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const LOCK_FILE = fileURLToPath(new URL('../../../package-lock.json', import.meta.url));
const PROTOCOL_PACKAGES = [
    'vscode-jsonrpc',
    'vscode-languageserver',
    'vscode-languageserver-protocol',
    'vscode-languageserver-types',
    'vscode-languageserver-textdocument',
    'vscode-languageclient',
    'vscode-uri'
];

/** Every installed copy of `name` in the lock file: its install path and version. */
function copiesOf(name: string): string[] {
    const lock = JSON.parse(readFileSync(LOCK_FILE, 'utf8')) as { packages: Record<string, { version?: string; link?: boolean }> };
    return Object.entries(lock.packages)
        .filter(([installPath, entry]) => !entry.link && installPath.endsWith(`node_modules/${name}`))
        .map(([installPath, entry]) => `${installPath}@${entry.version}`);
}

describe('package-lock.json', () => {
    test.each(PROTOCOL_PACKAGES)('holds exactly one copy of %s', name => {
        expect(copiesOf(name), `a second copy of ${name}: align the versions or extend "overrides" in the root package.json`).toHaveLength(
            1
        );
    });
});
