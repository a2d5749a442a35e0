// @cjourney/webview: the preview app that runs in VS Code's webview (src/preview, bundled for
// the browser), the host↔webview protocol, and the lookup from a drawn element to its source.
export * from './protocol.js';
export * from './source-lookup.js';
export { ModelHistory } from './model-history.js';
