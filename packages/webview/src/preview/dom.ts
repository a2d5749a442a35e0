/**
 * A tiny element builder. Text always goes in as text nodes, never as markup, so whatever a
 * journey's author wrote (titles, messages) is shown literally and cannot inject HTML.
 */
export function element(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
    const created = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        created.setAttribute(name, value);
    }
    created.append(...children);
    return created;
}
