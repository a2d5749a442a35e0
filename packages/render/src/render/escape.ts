/**
 * Everything a user writes passes through here before it reaches SVG or HTML. Besides the
 * markup characters, XML forbids most control characters and lone surrogates (a browser
 * refuses the whole document): they become U+FFFD so one odd character never blanks a map.
 */

// C0 controls except tab/newline/CR, DEL and C1 controls, lone surrogates, and the two non-characters U+FFFE/U+FFFF.
const FORBIDDEN =
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Anything that needs escaping or replacing; most strings have none, and skip the work. */
const NEEDS_WORK = /[&<>"'\u0000-\u001F\u007F-\u009F\uD800-\uDFFF\uFFFE\uFFFF]/;

const ENTITIES: Readonly<Record<string, string>> = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '\t': '&#9;',
    '\n': '&#10;',
    '\r': '&#13;'
};

/** Replaces characters XML cannot carry with U+FFFD. */
export function sanitizeText(text: string): string {
    return NEEDS_WORK.test(text) ? text.replace(FORBIDDEN, '\uFFFD') : text;
}

/** Escapes text content of an element. */
export function escapeText(text: string): string {
    return NEEDS_WORK.test(text) ? sanitizeText(text).replace(/[&<>]/g, char => ENTITIES[char]) : text;
}

/** Escapes an attribute value written between double quotes (quotes and whitespace controls too). */
export function escapeAttribute(text: string): string {
    return NEEDS_WORK.test(text) ? sanitizeText(text).replace(/[&<>"'\t\n\r]/g, char => ENTITIES[char]) : text;
}

/**
 * A fragment usable in an element id from a model id. Model ids are identifiers already;
 * anything else (a broken model, a future id form) is encoded so ids stay valid and distinct.
 */
export function idFragment(modelId: string): string {
    return /^[A-Za-z0-9_-]*$/.test(modelId)
        ? modelId
        : sanitizeText(modelId).replace(/[^A-Za-z0-9_-]/gu, char => `_${char.codePointAt(0)!.toString(16)}_`);
}
