/**
 * A self-contained HTML page around a rendered SVG: no script, no external resource (its
 * Content-Security-Policy forbids both), the fonts embedded by the caller as data: URLs.
 */
import { escapeText } from '../render/escape.js';
import { PALETTES, type ThemeKind } from '../themes.js';

export interface HtmlDocumentOptions {
    title: string;
    theme?: ThemeKind;
    /** `@font-face` rules with embedded (data:) font URLs. */
    fontCss?: string;
}

export function htmlDocument(svg: string, options: HtmlDocumentOptions): string {
    const background = PALETTES[options.theme ?? 'light'].background.fill ?? '#ffffff';
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="cjourney">
<title>${escapeText(options.title)}</title>
<style>
${options.fontCss ?? ''}html, body { margin: 0; background: ${background}; }
body > svg { display: block; }
</style>
</head>
<body>
${svg.trimEnd()}
</body>
</html>
`;
}
