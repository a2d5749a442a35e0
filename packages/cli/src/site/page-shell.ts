/**
 * The frame of every page: a strict Content-Security-Policy (scripts, styles, fonts and images
 * of the site itself only; no inline script or style), the navigation between the page kinds,
 * landmarks a screen reader can jump between, and relative links only, so the site works from
 * `file://` and under any sub-path (GitHub Pages).
 */
import { htmlHead } from '@cjourney/render';
import { attr, text } from './html.js';

export const CSP =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'";

/** The cross-journey pages, in navigation order. */
export const SITE_PAGES = [
    { file: 'index.html', label: 'Journeys' },
    { file: 'stakeholders.html', label: 'Stakeholder register' },
    { file: 'kpis.html', label: 'KPI dashboard' },
    { file: 'backlog.html', label: 'Opportunity backlog' },
    { file: 'research.html', label: 'Research' }
] as const;

export interface PageOptions {
    title: string;
    /** `''` for pages at the site's root, `'../'` for journey pages. */
    prefix: string;
    /** The navigation entry shown as current, if any. */
    current?: string;
    /** The page's content, escaped HTML (inside <main>). */
    body: string;
    /** Scripts of the site (paths from the root), loaded at the end of the page. */
    scripts?: readonly string[];
    /** `cjourney serve`: add the live-reload script. */
    live?: boolean;
}

export function page(options: PageOptions): string {
    const scripts = [...(options.scripts ?? []), ...(options.live ? ['assets/live-reload.js'] : [])];
    const nav = SITE_PAGES.map(entry => {
        const current = entry.file === options.current ? ' aria-current="page"' : '';
        return `<li><a href="${options.prefix}${entry.file}"${current}>${text(entry.label)}</a></li>`;
    }).join('');
    return `${htmlHead(attr(CSP), options.title)}
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${options.prefix}assets/site.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
<nav aria-label="Site"><ul>${nav}</ul></nav>
</header>
<main id="main" tabindex="-1">
${options.body}
</main>
<footer class="site-footer"><p>Made with cjourney from the journeys kept as code.</p></footer>
${scripts.map(script => `<script src="${options.prefix}${attr(script)}"></script>`).join('\n')}
</body>
</html>
`;
}
