/**
 * Text inside a Mermaid `journey`, both ways. Mermaid's journey lexer stops a name at `:`,
 * `#` (a comment) and `;` (invalid), splits actors at `,`, and reads `journey`, `title `,
 * `section ` and `accDescr {` at the start of a line as keywords. What it does offer is
 * entity codes: `#35;` is replaced before parsing and shown as `#` in the rendered diagram.
 * So the export writes those characters as codes and the import decodes them; `<br>` is a
 * line break in section, task and actor names (not in the title, where Mermaid shows it as
 * written). Checked against the real Mermaid in packages/cli/test/mermaid-render.test.ts.
 */
import { decodeHTML } from 'entities';

/** Where a text goes: each place has its own separators. */
export type MermaidPlace = 'title' | 'section' | 'task' | 'actor' | 'description';

const SPECIAL: Readonly<Record<MermaidPlace, RegExp>> = {
    title: /[#;]/g,
    section: /[#;:]/g,
    task: /[#;:]/g,
    actor: /[#;:,]/g,
    description: /[#;}]/g
};

/** Words the lexer would read as keywords at the start of a task or section name. */
const KEYWORD_START = /^(journey|title\s|section\s|acc(title|descr)\s*[:{])/i;

/** Mermaid's entity code for a character: `#35;` for `#`. */
function code(character: string): string {
    return `#${character.codePointAt(0)};`;
}

/** Writes `text` so that Mermaid shows it as it is, in the given place. */
export function encodeMermaidText(text: string, place: MermaidPlace): string {
    // Separators first: the codes written after them hold `#` and `;` that must stay codes.
    let encoded = text
        .replace(SPECIAL[place], code)
        // A `<br>` the user typed stays text: only the export's own `<br>` breaks a line.
        .replace(/<(?=\/?br\s*\/?>)/gi, code('<'))
        // `%%` starts a comment where a token starts.
        .replace(/%(?=%)/g, code('%'));
    encoded =
        place === 'title' || place === 'description'
            ? encoded.replace(/\s*(\r\n?|\n)\s*/g, place === 'title' ? ' ' : '\n')
            : encoded.replace(/\r\n?|\n/g, '<br>');
    if ((place === 'task' || place === 'section') && KEYWORD_START.test(encoded)) {
        encoded = code(encoded[0]) + encoded.slice(1);
    }
    return encoded;
}

/** Marks an entity code hidden from the lexer, as Mermaid's own placeholders do. */
const CODE_START = '\uE000';
const CODE_END = '\uE001';

/**
 * Mermaid's first step before parsing: entity codes (`#35;`, `#quot;`) become placeholders
 * the lexer does not see as `#` or `;`. (Like Mermaid, a line holding `style…:…#…;` first
 * loses its last `;`.)
 */
export function hideEntityCodes(text: string): string {
    return text
        .replace(/style.*:\S*#.*;/g, line => line.slice(0, -1))
        .replace(/#(\w+);/g, (_, name: string) => `${CODE_START}${name}${CODE_END}`);
}

/** What Mermaid shows for a name as lexed: `<br>` breaks the line, entity codes are decoded. */
export function decodeMermaidText(text: string, place: MermaidPlace): string {
    const withBreaks = place === 'title' || place === 'description' ? text : text.replace(/<\/?br\s*\/?>/gi, '\n');
    return withBreaks.replace(new RegExp(`${CODE_START}(\\w+)${CODE_END}`, 'g'), (_, name: string) => {
        const decoded = /^\d+$/.test(name) ? decodeCodePoint(Number(name)) : decodeHTML(`&${name};`);
        // A code the browser would not know stays as written.
        return decoded === undefined || decoded === `&${name};` ? `#${name};` : decoded;
    });
}

function decodeCodePoint(value: number): string | undefined {
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}
