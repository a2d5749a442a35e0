/**
 * Small HTML helpers for the site's pages. Everything a user wrote goes through `text` or
 * `attr` (the renderer's escape helpers); markup built here from escaped parts is returned
 * as plain strings, so a page is the concatenation of escaped pieces.
 */
import { escapeAttribute, escapeText } from '@cjourney/render';
import type { Evidence, Journey, SourceLocation } from '@cjourney/model';

export const text = escapeText;
export const attr = escapeAttribute;

/** `<ul>` of items already escaped; nothing when empty. */
export function list(items: readonly string[], className = ''): string {
    if (items.length === 0) return '';
    return `<ul${className ? ` class="${className}"` : ''}>${items.map(item => `<li>${item}</li>`).join('')}</ul>`;
}

/** A definition list of [term, escaped value] pairs; pairs without a value are left out. */
export function facts(pairs: ReadonlyArray<readonly [string, string | undefined]>): string {
    const shown = pairs.filter(([, value]) => value !== undefined && value !== '');
    if (shown.length === 0) return '';
    return `<dl class="facts">${shown.map(([term, value]) => `<dt>${text(term)}</dt><dd>${value}</dd>`).join('')}</dl>`;
}

/** A titled table; `headers` and cells are escaped HTML. */
export function table(caption: string, headers: readonly string[], rows: readonly string[][], attributes = ''): string {
    const head = headers.map(header => `<th scope="col">${header}</th>`).join('');
    const body = rows.map(
        cells => `<tr>${cells.map((cell, index) => (index === 0 ? `<th scope="row">${cell}</th>` : `<td>${cell}</td>`)).join('')}</tr>`
    );
    return `<table${attributes}><caption>${text(caption)}</caption><thead><tr>${head}</tr></thead><tbody>${body.join('')}</tbody></table>`;
}

/** The title of a source cited by evidence, found in the journey. */
export function sourceTitle(journey: Journey, sourceId: string | undefined): string | undefined {
    if (sourceId === undefined) return undefined;
    return journey.sources.find(source => source.id === sourceId)?.title ?? sourceId;
}

/** "finding — Source title", the source linking to the research page. */
export function evidenceHtml(journey: Journey, evidence: Evidence, prefix: string): string {
    const title = sourceTitle(journey, evidence.sourceId);
    const finding = evidence.finding !== undefined ? `“${text(evidence.finding)}”` : '';
    const source =
        title !== undefined ? `<a href="${prefix}research.html#${attr(anchorOf('source', evidence.sourceId!))}">${text(title)}</a>` : '';
    return [finding, source].filter(Boolean).join(' — ');
}

/** An id usable in HTML and URLs for a model element: `source-CheckoutFunnel`. */
export function anchorOf(kind: string, id: string): string {
    return `${kind}-${encodeURIComponent(id)}`;
}

/** Where to read an element in the repository, with --repo-url: GitHub `…/blob/REF` or GitLab `…/-/blob/REF` + `/path#L12`. */
export function repositoryLink(repoUrl: string | undefined, file: string, loc: SourceLocation): string {
    if (repoUrl === undefined || file.startsWith('/')) return '';
    const line = loc.range.start.line + 1;
    const href = `${repoUrl.replace(/\/+$/, '')}/${(loc.file ?? file).split('/').map(encodeURIComponent).join('/')}#L${line}`;
    return `<p class="source-link"><a href="${attr(href)}">Open ${text(loc.file ?? file)} at line ${line} in the repository</a></p>`;
}

/** A title for a stakeholder, persona, channel… id found in a list. */
export function titleIn(items: ReadonlyArray<{ id: string; title: string }>, id: string | undefined): string | undefined {
    if (id === undefined) return undefined;
    return items.find(item => item.id === id)?.title ?? id;
}

/**
 * Data a page's scripts read, as `<script type="application/json">` (never run, so the CSP
 * allows it): `<`, `>` and `&` are written as JSON escapes, so no text a user wrote can close
 * the element (`</script>`) or open a comment.
 */
export function jsonScript(id: string, value: unknown): string {
    const json = JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, char => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return `<script type="application/json" id="${attr(id)}">${json}</script>`;
}
