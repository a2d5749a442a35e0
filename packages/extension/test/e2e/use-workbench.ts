/**
 * One VS Code session (code-server + Chromium) for the tests of a `describe` block: started
 * before them, a screenshot of each test that fails, closed after them.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { ensureCodeServerInstalled, packageExtension, Workbench } from './workbench.js';

export interface WorkbenchSetup {
    /** The packaged extension; by default it is packaged here (after installing code-server if needed). */
    vsix?: () => string;
    /** VS Code settings of the session. */
    settings?: Record<string, unknown>;
    /** Called once the workbench is up, before the tests (e.g. to keep it and write files into its workspace). */
    started: (workbench: Workbench) => void;
}

/** Packaging the extension and installing code-server the first time take minutes. */
const START_TIMEOUT_MS = 600_000;

export function useWorkbench(setup: WorkbenchSetup): void {
    let workbench: Workbench | undefined;

    beforeAll(async () => {
        workbench = await Workbench.start(setup.vsix?.() ?? packagedHere(), setup.settings);
        setup.started(workbench);
    }, START_TIMEOUT_MS);

    afterEach(async context => {
        await workbench?.screenshotIfFailed(context.task);
    });

    afterAll(async () => {
        await workbench?.close();
    });
}

function packagedHere(): string {
    ensureCodeServerInstalled();
    return packageExtension();
}
