/**
 * `npm run test:vscode`: runs the extension's test suite inside a real desktop VS Code with
 * @vscode/test-electron, which downloads VS Code (so it runs on developer machines and in
 * GitHub Actions, not on machines without internet access; there the end-to-end suite in
 * test/preview.e2e.test.ts covers the same ground in code-server).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runTests } from '@vscode/test-electron';

async function main(): Promise<void> {
    const extensionDevelopmentPath = path.resolve(__dirname, '../..');
    const extensionTestsPath = path.resolve(__dirname, 'suite/index.js');
    // A scratch copy of the examples, so the tests can edit and export freely.
    const workspace = mkdtempSync(path.join(tmpdir(), 'cjourney-vscode-test-'));
    cpSync(path.resolve(extensionDevelopmentPath, '../../examples'), workspace, { recursive: true });
    await runTests({
        version: process.env.VSCODE_TEST_VERSION ?? 'stable',
        extensionDevelopmentPath,
        extensionTestsPath,
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes']
    });
}

main().catch(error => {
    console.error('The VS Code extension tests failed:', error);
    process.exit(1);
});
