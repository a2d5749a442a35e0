/**
 * The extension end to end, in a real VS Code — code-server, installed on demand — driven
 * through Debian's Chromium with playwright-core. The packaged .vsix is installed as a user
 * would install it, then everything is done as a user does it (keys, clicks, the Command
 * Palette) and checked on screen. Screenshots are kept in test-results/e2e/.
 *
 * The extension is packaged once; the desktop and the web extension then each get their
 * own fresh VS Code, one after the other.
 */
import { beforeAll } from 'vitest';
import { describeDesktopExtension } from './e2e/desktop-extension.js';
import { describeWebExtension } from './e2e/web-extension.js';
import { ensureCodeServerInstalled, packageExtension } from './e2e/workbench.js';

let vsix = '';

beforeAll(() => {
    ensureCodeServerInstalled(); // about 2 minutes the first time on a machine
    vsix = packageExtension();
}, 600_000);

describeDesktopExtension(() => vsix);
describeWebExtension(() => vsix);
