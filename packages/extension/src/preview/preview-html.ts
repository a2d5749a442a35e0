/**
 * The preview's HTML, set once per panel. The Content Security Policy allows nothing but
 * the extension's own script and stylesheets carrying this page's nonce, the codicon font
 * from the extension, blob: images (the PNG export draws the SVG through one) and images
 * through the webview's resource URIs (persona and touchpoint images the host allowed:
 * preview-images.ts). No inline script or style, no eval, no remote content.
 */
import { htmlHead } from '@cjourney/render';
import * as vscode from 'vscode';
import { previewImageRoots } from './preview-images.js';

export const PREVIEW_ASSETS = ['dist', 'webview'] as const;

/**
 * Webview options shared by new and restored panels: scripts on, resources only from the
 * preview's build output and the folders its images may come from (preview-images.ts).
 */
export function previewWebviewOptions(extensionUri: vscode.Uri, document?: vscode.Uri): vscode.WebviewOptions {
    const images = document ? previewImageRoots(document) : [];
    return { enableScripts: true, localResourceRoots: [vscode.Uri.joinPath(extensionUri, ...PREVIEW_ASSETS), ...images] };
}

export function previewHtml(webview: vscode.Webview, extensionUri: vscode.Uri): string {
    const nonce = createNonce();
    const asset = (name: string): string => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...PREVIEW_ASSETS, name)).toString();
    const policy = [
        "default-src 'none'",
        `script-src 'nonce-${nonce}'`,
        `style-src 'nonce-${nonce}'`,
        `font-src ${webview.cspSource}`,
        `img-src blob: ${webview.cspSource}`
    ].join('; ');
    return `${htmlHead(policy, 'Journey map preview')}
<link rel="stylesheet" nonce="${nonce}" href="${asset('codicon.css')}" id="vscode-codicon-stylesheet">
<link rel="stylesheet" nonce="${nonce}" href="${asset('preview.css')}">
</head>
<body data-vscode-context='{"preventDefaultContextMenuItems": true}'>
<script nonce="${nonce}" src="${asset('preview.js')}"></script>
</body>
</html>`;
}

/** 128 random bits from the platform's CSPRNG (Web Crypto: the Node and the web extension host both have it). */
function createNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    return Array.from(bytes, byte => byte.toString(16).padStart(2, '0')).join('');
}
