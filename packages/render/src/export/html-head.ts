/**
 * The start of every HTML page cjourney writes (the HTML export, the site's pages, the VS Code
 * preview), up to its <title>: each page declares its language and encoding, the Content
 * Security Policy that limits what it may load, and a viewport for small screens.
 */
import { escapeText } from '../render/escape.js';

/**
 * @param policy the Content-Security-Policy as written in the attribute (escaped by the caller if needed)
 * @param title the page's title, plain text (escaped here)
 */
export function htmlHead(policy: string, title: string): string {
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cjourney">
<title>${escapeText(title)}</title>`;
}
