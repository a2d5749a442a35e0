/**
 * A self-contained HTML page around a rendered SVG: no script, no external resource (its
 * Content-Security-Policy forbids both), the fonts embedded by the caller as data: URLs.
 */
import { PALETTES, type ThemeKind } from '../themes.js';
import { htmlHead } from './html-head.js';

const POLICY = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

export interface HtmlDocumentOptions {
    title: string;
    theme?: ThemeKind;
    /** `@font-face` rules with embedded (data:) font URLs. */
    fontCss?: string;
}

export function htmlDocument(svg: string, options: HtmlDocumentOptions): string {
    const background = PALETTES[options.theme ?? 'light'].background.fill ?? '#ffffff';
    return `${htmlHead(POLICY, options.title)}
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
