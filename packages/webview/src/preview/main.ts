/** The preview webview's entry point (bundled to an IIFE by the extension's build). */
import type { HostMessage } from '../protocol.js';
import { PreviewApp } from './preview-app.js';
import { connectToHost } from './vscode-api.js';

const app = new PreviewApp(connectToHost(), document.body);
window.addEventListener('message', (event: MessageEvent<HostMessage>) => app.receive(event.data));
app.start();
