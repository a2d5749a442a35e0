/**
 * The webview's side of the VS Code API, typed with the preview protocol: messages to the
 * extension host, and the state VS Code keeps across reloads (`setState`), which the panel
 * serializer hands back to the extension to restore the preview.
 */
import type { PreviewState, WebviewMessage } from '../protocol.js';

interface VsCodeWebviewApi {
    postMessage(message: unknown): void;
    getState(): unknown;
    setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeWebviewApi;

export interface HostConnection {
    post(message: WebviewMessage): void;
    savedState(): PreviewState | undefined;
    saveState(state: PreviewState): void;
}

export function connectToHost(): HostConnection {
    // acquireVsCodeApi may be called only once per webview.
    const api = acquireVsCodeApi();
    return {
        post: message => api.postMessage(message),
        savedState: () => {
            const state = api.getState() as Partial<PreviewState> | undefined;
            return typeof state?.documentUri === 'string' ? (state as PreviewState) : undefined;
        },
        saveState: state => api.setState(state)
    };
}
