/**
 * Markdown building blocks for PR comments and wiki pages (GitHub-flavoured). Everything a
 * user wrote goes through `escapeMarkdown`, so no title can break a table, start a list,
 * inject HTML, ping a person, link an issue or render as maths.
 */

/**
 * GitHub links `#123`, `owner/repo#42` and `GH-7` to issues (and notifies them with a
 * cross-reference), and turns bare `https://…` and `www.…` into links. A zero-width space
 * (the one used against mentions) breaks each pattern; the text reads the same.
 */
// Control characters other than line breaks and tabs: shown as `\u001b`, never sent raw (a
// terminal reading `diff --format markdown` would obey an escape sequence).

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029]/g;

function showControl(text: string): string {
    return text.replace(CONTROL, character => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function neutraliseAutolinks(text: string): string {
    return (
        text
            // Not the `&#8203;` of a neutralised mention: user text has every `&` escaped already.
            .replace(/(?<!&)#(?=\d)/g, '#&#8203;')
            .replace(/\b(GH)-(?=\d)/gi, '$1&#8203;-')
            .replace(/:\/\//g, ':&#8203;//')
            .replace(/\b(www)\./gi, '$1&#8203;.')
    );
}

/**
 * Text placed at the start of a line (a description's paragraph, a list item) would start a
 * block: `# ` a heading, `- `/`+ ` a list, `1. ` a numbered one, `=`/`-` runs a rule, four
 * spaces a code block. (`>` is written `&gt;`, which never quotes.) The first character is
 * backslash-escaped and leading blanks become entities, which never count as indentation;
 * in the middle of a line both render exactly as written.
 */
function escapeLineStart(text: string): string {
    const blanks = /^[ \t]*/.exec(text)![0];
    const rest = text
        .slice(blanks.length)
        // Only what CommonMark reads as a marker: `-5`, `#tag` and `3.1%` stay as they are.
        .replace(/^[#+=-](?=[#+=-]*(?:[ \t]|$))/, '\\$&')
        .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2');
    return blanks.replace(/ /g, '&#32;').replace(/\t/g, '&#9;') + rest;
}

/**
 * Escapes user text for inline Markdown, including inside table cells: HTML is written as
 * entities, Markdown punctuation is backslash-escaped, `@name` cannot mention anyone (the
 * zero-width space Renovate uses), issue references and bare links stay plain text, and line
 * breaks become `<br>`.
 */
export function escapeMarkdown(text: string): string {
    // Line starts last: the entities and backslashes it writes must not be escaped again.
    return neutraliseAutolinks(
        escapeLineStart(
            showControl(
                text
                    .replace(/&/g, '&amp;')
                    .replace(/</g, '&lt;')
                    .replace(/>/g, '&gt;')
                    .replace(/[\\`*_[\]|~$]/g, character => `\\${character}`)
            )
        ).replace(/@(?=\w)/g, '@&#8203;')
    ).replace(/\r\n?|\n/g, '<br>');
}

/**
 * Escapes user text for HTML where Markdown is not rendered (a `<summary>`): entities only,
 * no mentions or autolinks, and no line break (a blank line would end the HTML block).
 */
export function escapeHtmlText(text: string): string {
    return neutraliseAutolinks(
        showControl(text)
            .replace(/&/g, '&amp;')
            .replace(/</g, '&lt;')
            .replace(/>/g, '&gt;')
            .replace(/"/g, '&quot;')
            .replace(/@(?=\w)/g, '@&#8203;')
    ).replace(/\s*(\r\n?|\n)\s*/g, ' ');
}

/** A word, id or path shown as code; text that cannot be a code span is escaped instead. */
export function code(text: string): string {
    if (/[`\r\n]/.test(text) || showControl(text) !== text) {
        return escapeMarkdown(text);
    }
    // Inside a table a pipe would end the cell even in a code span; GFM takes `\|` there.
    return `\`${text.replace(/\|/g, '\\|')}\``;
}

/** An element as a reader names it: its title, and its id in code when they differ. */
export function titled(title: string, id: string): string {
    return title === id ? escapeMarkdown(title) : `${escapeMarkdown(title)} (${code(id)})`;
}

/** A GitHub-flavoured table; cells are Markdown already (escape user text before). */
export function table(header: readonly string[], rows: readonly (readonly string[])[], align?: readonly ('left' | 'center')[]): string {
    const separator = header.map((_, index) => (align?.[index] === 'center' ? ':-:' : '---'));
    const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
    return [line(header), line(separator), ...rows.map(line)].join('\n') + '\n';
}

/** A collapsible section; `summary` is HTML (escape user text with escapeHtmlText). */
export function details(summary: string, body: string, open = false): string {
    return `<details${open ? ' open' : ''}><summary>${summary}</summary>\n\n${body.trimEnd()}\n\n</details>\n`;
}
