/**
 * Text from files and file names made safe for one line of a terminal or a CI log. A file
 * name may hold a line break, and CI runners read every line of standard output and error
 * for workflow commands (`::error::`, `::add-mask::`): so line breaks, escape sequences and
 * every other control character are shown escaped (`\n`, `\u001b`), never written raw.
 */

// C0 controls, DEL, C1 controls, and the Unicode line and paragraph separators.

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function oneLine(text: string): string {
    return String(text).replace(CONTROL, character =>
        character === '\n'
            ? '\\n'
            : character === '\r'
              ? '\\r'
              : character === '\t'
                ? '\\t'
                : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
    );
}
