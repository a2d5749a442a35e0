/**
 * The web extension (the `browser` entry, as in vscode.dev and github.dev), in code-server's
 * web worker extension host: the language server runs without a file system and reads the
 * workspace through the client, so a journey resolves a stakeholder shared from a file that
 * is not open; diagnostics, the preview and click-to-source (into that other file) work as
 * on the desktop.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useWorkbench } from './use-workbench.js';
import type { Workbench } from './workbench.js';

const SHARED = `// Shared by every journey of the workspace.
stakeholder Finance "Finance team" { type internal power high interest medium }
`;
const RENEWAL = `journey Renewal "Annual renewal" {
  stage Renew "Renew" {
    touchpoint Invoice "Receives the renewal invoice" { channel email emotion neutral owner Finance }
  }
}
`;

let workbench: Workbench;

export function describeWebExtension(vsix: () => string): void {
    describe('the CJourney web extension (language server without a file system)', { timeout: 90_000 }, () => {
        let preview: Frame;

        useWorkbench({
            vsix,
            // Forces the extension into the browser's extension host, where only its `browser` entry can run.
            settings: { 'remote.extensionKind': { 'cjourney.cjourney': ['web'] } },
            started: started => {
                workbench = started;
                writeFileSync(path.join(workbench.workspace, 'shared-finance.cjourney'), SHARED);
                writeFileSync(path.join(workbench.workspace, 'renewal.cjourney'), RENEWAL);
            }
        });

        test('a journey using a stakeholder shared from an unopened file previews without errors', async () => {
            await workbench.openFile('renewal.cjourney');
            await workbench.runCommand('CJourney: Open Preview to the Side');
            preview = await workbench.preview();
            await expect
                .poll(() => preview.locator('.cj-canvas svg [data-cj-kind="touchpoint"][data-cj-id="Invoice"]').count(), {
                    timeout: 30_000
                })
                .toBe(1);
            expect(await preview.locator('.cj-banner').isVisible()).toBe(false);
            expect(await workbench.page.locator('.monaco-editor .squiggly-error').count()).toBe(0);
            await workbench.screenshot('web-01-preview');
        });

        test('clicking the shared stakeholder opens the file that declares it, with its name selected', async () => {
            await preview.locator('vscode-toolbar-button[data-view="stakeholders"]').click();
            await preview.locator('.cj-canvas svg [data-cj-kind="stakeholder"][data-cj-id="Finance"]').first().click();
            await workbench.page
                .locator('.editor-group-container.active .tab.active[data-resource-name="shared-finance.cjourney"]')
                .waitFor({ timeout: 15_000 });
            await expect.poll(() => workbench.selectionStatus()).toMatch(/Ln 2, Col 20 \(7 selected\)/); // the cursor ends the selected name;
        });

        test('errors reach the editor and the preview', async () => {
            await workbench.openFile('renewal.cjourney');
            await workbench.goTo(3, RENEWAL.split('\n')[2].indexOf('owner Finance') + 'owner Finance'.length + 1);
            await workbench.type('s');
            await workbench.page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 15_000 });
            await expect
                .poll(
                    () =>
                        preview
                            .locator('.cj-banner')
                            .innerText()
                            .catch(() => ''),
                    { timeout: 15_000 }
                )
                .toContain("'Finances'");
            await workbench.screenshot('web-02-error');
        });
    });
}
