/**
 * VS Code's webview API as the preview app sees it, for pages outside VS Code: what the app
 * posts is kept in `window.cjPosted` for the test to read. Runs in the page (pass it to
 * page.evaluate or addInitScript), so it uses nothing from outside its own body.
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
