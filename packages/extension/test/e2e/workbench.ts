/**
 * Drives a real VS Code in the browser: code-server (installed on demand, see
 * scripts/code-server.mjs) with the packaged extension installed from its .vsix, opened in
 * Debian's Chromium through playwright-core. Only what a user does: keys, clicks, reading
 * the screen; the preview's content lives in the webview's frame.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '@cjourney/test-support/browser';
import { type Browser, type Frame, type Locator, type Page } from 'playwright-core';
import {
    ensureCodeServer,
    installExtension,
    startCodeServer,
    workbenchUrl,
    type RunningCodeServer
} from '../../../../scripts/code-server.mjs';

export const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const EXTENSION_DIR = path.join(ROOT, 'packages/extension');
export const SCREENSHOTS = path.join(ROOT, 'test-results/e2e');

export function ensureCodeServerInstalled(): void {
    ensureCodeServer(message => console.log(message));
}

/** Bundles the extension for production and packages it with vsce, as `npm run package` does. */
export function packageExtension(): string {
    const result = spawnSync('npm', ['run', 'package'], { cwd: EXTENSION_DIR, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run package failed:\n${result.stdout}\n${result.stderr}`);
    const { version } = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'package.json'), 'utf8')) as { version: string };
    return path.join(EXTENSION_DIR, `cjourney-${version}.vsix`);
}

export class Workbench {
    /** Console messages of the workbench and its frames (webviews, the web worker extension host). */
    readonly console: string[] = [];

    private constructor(
        readonly page: Page,
        private readonly browser: Browser,
        private readonly server: RunningCodeServer,
        readonly workspace: string,
        private readonly dataDir: string
    ) {}

    /** A fresh code-server with the extension installed and a copy of `examples/` open. */
    static async start(vsix: string, settings: Record<string, unknown> = {}): Promise<Workbench> {
        const dataDir = mkdtempSync(path.join(tmpdir(), 'cjourney-e2e-'));
        const workspace = path.join(dataDir, 'workspace');
        cpSync(path.join(ROOT, 'examples'), workspace, { recursive: true });
        installExtension(dataDir, vsix);
        const server = await startCodeServer({
            dataDir,
            folder: workspace,
            extraSettings: settings
        });
        const browser = await launchChromium();
        const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
        await page.goto(workbenchUrl(server, workspace));
        await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
        await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 60_000 });
        mkdirSync(SCREENSHOTS, { recursive: true });
        const workbench = new Workbench(page, browser, server, workspace, dataDir);
        page.on('console', message => workbench.console.push(`${message.type()}: ${message.text()}`));
        return workbench;
    }

    /** Opens a workspace file with Quick Open (Ctrl+P), as a user would. */
    async openFile(name: string): Promise<void> {
        await this.focusEditor(); // files open in the active editor group
        const input = await this.quickInput('Control+P');
        await input.fill(name);
        const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
        const tab = this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`);
        // Quick Open re-renders its list when the file search answers after the recent files; a
        // click landing during that is ignored and the list stays open, or closes without opening
        // the file (seen in CI). Try again, reopening Quick Open when it closed, up to three times.
        for (let attempt = 1; ; attempt++) {
            if (!(await this.page.locator('.quick-input-widget').isVisible())) {
                await (await this.quickInput('Control+P')).fill(name);
            }
            await row.click();
            const opened = await tab.waitFor({ timeout: 5_000 }).then(
                () => true,
                () => false
            );
            if (opened) break;
            if (attempt === 3) {
                await tab.waitFor();
                break;
            }
        }
        await this.page.locator('.editor-group-container.active .monaco-editor .view-lines').waitFor();
    }

    /** Creates a file with the Explorer's "New File..." action, which opens it. */
    async newFile(name: string): Promise<void> {
        await this.focusEditor(); // new files open in the active editor group
        await this.page.keyboard.press('Control+Shift+E');
        const header = this.page.locator('.explorer-viewlet .pane-header', { hasText: /workspace/i }).first();
        await header.hover();
        await header.locator('.action-label[aria-label^="New File"]').click();
        const input = this.page.locator('.explorer-viewlet .monaco-inputbox input');
        await input.waitFor();
        await input.fill(name);
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.editor-group-container.active .tab.active[data-resource-name="${name}"]`).waitFor();
    }

    /** Runs a command from the Command Palette by its title. */
    async runCommand(title: string): Promise<void> {
        await this.page.keyboard.press('Escape');
        const input = await this.quickInput('F1');
        await input.fill(`>${title}`);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
        await this.page.keyboard.press('Enter');
    }

    /** Moves the cursor with Go to Line (Ctrl+G); lines and columns are 1-based. */
    async goTo(line: number, column = 1): Promise<void> {
        await this.focusEditor();
        const input = await this.quickInput('Control+G');
        // Go to Line is Quick Open with the ':' prefix.
        await input.fill(`:${line}:${column}`);
        await this.page.keyboard.press('Enter');
        await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
    }

    async type(text: string): Promise<void> {
        await this.page.keyboard.type(text);
    }

    /** The editor's selection as the status bar shows it, e.g. "Ln 50, Col 16 (7 selected)". */
    async selectionStatus(): Promise<string> {
        return (await this.page.locator('[id="status.editor.selection"]').innerText()).trim();
    }

    /** The frame that holds the preview's page (webviews are nested iframes). */
    /** Opens a file of the workspace and its preview beside it with Ctrl+K V, as a user does; gives the preview's frame. */
    async openPreviewWithKeys(file: string): Promise<Frame> {
        await this.openFile(file);
        await this.page.keyboard.press('Control+K');
        await this.page.keyboard.press('V');
        return this.preview();
    }

    async preview(): Promise<Frame> {
        const deadline = Date.now() + 30_000;
        while (Date.now() < deadline) {
            for (const frame of this.page.frames()) {
                if (
                    (await frame
                        .locator('.cj-toolbar')
                        .count()
                        .catch(() => 0)) > 0
                )
                    return frame;
            }
            await this.page.waitForTimeout(200);
        }
        await this.screenshot('failed-no-preview');
        throw new Error(
            `No preview frame appeared.\nConsole:\n${this.console.slice(-30).join('\n')}\ncode-server:\n${this.server.output().slice(-3000)}`
        );
    }

    /** A failing step leaves a picture of the screen behind, next to the others. */
    async screenshotIfFailed(task: { name: string; result?: { state?: string } }): Promise<void> {
        if (task.result?.state === 'fail') {
            await this.screenshot(`failed-${task.name.replace(/[^a-z0-9]+/gi, '-').slice(0, 60)}`).catch(() => undefined);
        }
    }

    async screenshot(name: string): Promise<string> {
        const file = path.join(SCREENSHOTS, `${name}.png`);
        await this.page.screenshot({ path: file });
        return file;
    }

    /**
     * Presses a shortcut that opens the quick input (Quick Open, Command Palette, Go to Line)
     * and returns its input box. A key pressed while the focus moves between the workbench and
     * a webview can be lost, so it is pressed again if nothing opened.
     */
    private async quickInput(shortcut: string): Promise<Locator> {
        const input = this.page.locator('.quick-input-widget input');
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press(shortcut);
            try {
                await input.waitFor({ timeout: 3_000 });
                return input;
            } catch (error) {
                if (attempt === 3) throw error;
            }
        }
    }

    /**
     * Focuses the text editor, which lives in the first editor group (the preview opens beside
     * it), and waits until that group is active and the focus has left any webview. Ctrl+1
     * pressed while the preview's frame holds the focus can be lost (an export leaves it there),
     * and the next keys then went to the preview: it failed once in four runs. So it is pressed
     * again until the workbench shows the first group active.
     */
    private async focusEditor(): Promise<void> {
        for (let attempt = 1; ; attempt++) {
            await this.page.keyboard.press('Escape');
            await this.page.keyboard.press('Control+1');
            try {
                await this.page.waitForFunction(
                    () => {
                        const first = document.querySelector('.part.editor .editor-group-container');
                        return first?.classList.contains('active') === true && document.activeElement?.tagName !== 'IFRAME';
                    },
                    undefined,
                    { timeout: 3_000 }
                );
                return;
            } catch (error) {
                if (attempt === 3)
                    throw new Error(`The first editor group did not become active after Ctrl+1 (3 tries): ${(error as Error).message}`, {
                        cause: error
                    });
            }
        }
    }

    async close(): Promise<void> {
        await this.browser.close().catch(() => undefined);
        await this.server.stop();
        rmSync(this.dataDir, { recursive: true, force: true });
    }
}
