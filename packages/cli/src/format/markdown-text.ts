/**
 * Text a person wrote, made safe for Markdown that GitHub renders (PR comments, wikis):
 * no HTML, no table breaks, no accidental emphasis or links.
 */

/** Escapes inline Markdown and HTML; line breaks become spaces. */
export function markdownText(text: string): string {
    return text
        .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
        .replace(/[\\`*_[\]|~#]/g, character => `\\${character}`)
        .replace(/\s*[\r\n]+\s*/g, ' ');
}

/** A table cell: escaped text, several values separated by line breaks GitHub renders. */
export function tableCell(values: readonly string[]): string {
    return values.length === 0 ? '' : values.map(markdownText).join('<br>');
}

export function tableRow(cells: readonly string[]): string {
    return `| ${cells.join(' | ')} |`;
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
    return [tableRow(header), tableRow(header.map(() => '---')), ...rows.map(tableRow)];
}
