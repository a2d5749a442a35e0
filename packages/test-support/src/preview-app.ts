/**
 * The preview app (packages/webview) for pages outside VS Code: bundled as the extension
 * bundles it (esbuild, IIFE), and a stand-in for VS Code's webview API.
 */
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

export const PREVIEW_MAIN = fileURLToPath(new URL('../../webview/src/preview/main.ts', import.meta.url));
export const PREVIEW_CSS = fileURLToPath(new URL('../../webview/src/preview/preview.css', import.meta.url));

/** The app's script; `main` may name another entry (e.g. an earlier commit's sources). */
export async function bundlePreviewScript(main = PREVIEW_MAIN): Promise<string> {
    const bundle = await esbuild.build({
        entryPoints: [main],
        bundle: true,
        write: false,
        platform: 'browser',
        format: 'iife',
        target: 'es2022',
        logLevel: 'silent'
    });
    return bundle.outputFiles[0].text;
}

/**
 * VS Code's webview API as the preview app sees it: what the app posts is kept in
 * `window.cjPosted` for the test to read. Runs in the page (pass it to page.evaluate or
 * addInitScript), so it uses nothing from outside its own body.
 */
export function installVsCodeStandIn(): void {
    const posted: unknown[] = [];
    Object.assign(window, {
        cjPosted: posted,
        acquireVsCodeApi: () => ({
            postMessage: (message: unknown) => posted.push(message),
            getState: () => undefined,
            setState: () => undefined
        })
    });
}
