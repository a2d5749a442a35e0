/** Mermaid's journey lexer (journey.jison's rules, in their order), as a generator of tokens with offsets. */

export type TokenType =
    | 'journey'
    | 'title'
    | 'acc_title'
    | 'acc_title_value'
    | 'acc_descr'
    | 'acc_descr_value'
    | 'acc_descr_multiline_value'
    | 'section'
    | 'taskName'
    | 'taskData'
    | ':'
    | 'NEWLINE'
    | 'INVALID'
    | 'EOF';

export interface Token {
    type: TokenType;
    text: string;
    offset: number;
}

type LexState = 'INITIAL' | 'acc_title' | 'acc_descr' | 'acc_descr_multiline';

interface LexRule {
    pattern: RegExp;
    /** Undefined: the match is skipped (whitespace, comments). */
    type?: TokenType;
    enter?: LexState;
    leave?: boolean;
}

// journey.jison's lexer, rule for rule (`y`: match at the position; `i`: case-insensitive).
const RULES: Readonly<Record<LexState, readonly LexRule[]>> = {
    INITIAL: [
        { pattern: /%%(?!\{)[^\n]*/iy },
        { pattern: /[^}]%%[^\n]*/iy },
        { pattern: /\n+/iy, type: 'NEWLINE' },
        { pattern: /\s+/iy },
        { pattern: /#[^\n]*/iy },
        { pattern: /journey/iy, type: 'journey' },
        { pattern: /title\s[^#\n;]+/iy, type: 'title' },
        { pattern: /accTitle\s*:\s*/iy, type: 'acc_title', enter: 'acc_title' },
        { pattern: /accDescr\s*:\s*/iy, type: 'acc_descr', enter: 'acc_descr' },
        { pattern: /accDescr\s*\{\s*/iy, enter: 'acc_descr_multiline' },
        { pattern: /section\s[^#:\n;]+/iy, type: 'section' },
        { pattern: /[^#:\n;]+/iy, type: 'taskName' },
        { pattern: /:[^#\n;]+/iy, type: 'taskData' },
        { pattern: /:/iy, type: ':' },
        { pattern: /./iy, type: 'INVALID' }
    ],
    acc_title: [{ pattern: /[^\n]*/iy, type: 'acc_title_value', leave: true }],
    acc_descr: [{ pattern: /[^\n]*/iy, type: 'acc_descr_value', leave: true }],
    acc_descr_multiline: [
        { pattern: /\}/iy, leave: true },
        { pattern: /[^}]*/iy, type: 'acc_descr_multiline_value' }
    ]
};

export function* tokens(text: string, start: number): Generator<Token> {
    let offset = start;
    let state: LexState = 'INITIAL';
    while (offset < text.length) {
        const rule: LexRule = RULES[state].find(candidate => {
            candidate.pattern.lastIndex = offset;
            return candidate.pattern.test(text);
        })!;
        const end = rule.pattern.lastIndex;
        state = rule.enter ?? (rule.leave ? 'INITIAL' : state);
        if (rule.type) {
            yield { type: rule.type, text: text.slice(offset, end), offset };
        }
        if (end === offset && !rule.leave) {
            break;
        }
        offset = end;
    }
    yield { type: 'EOF', text: '', offset: text.length };
}
