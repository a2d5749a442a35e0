/**
 * Strict JSON (RFC 8259) read into a tree that keeps each value's offset, so every problem of
 * a config file can be reported at its line and column. Written here rather than taken from
 * a library: it is small, and the CLI's bundles (npm package, GitHub Action) and the browser
 * server must bundle it without special cases (jsonc-parser's Node entry is a UMD module
 * esbuild cannot follow).
 */
export type JsonNode =
    | { type: 'object'; offset: number; properties: JsonProperty[] }
    | { type: 'array'; offset: number; items: JsonNode[] }
    | { type: 'string'; offset: number; value: string }
    | { type: 'number'; offset: number; value: number }
    | { type: 'boolean'; offset: number; value: boolean }
    | { type: 'null'; offset: number };

export interface JsonProperty {
    key: string;
    keyOffset: number;
    value: JsonNode;
}

export class JsonSyntaxError extends Error {
    constructor(
        message: string,
        readonly offset: number
    ) {
        super(message);
    }
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERALS = [
    ['true', true],
    ['false', false],
    ['null', null]
] as const;

/** The tree of a JSON text; throws a JsonSyntaxError at the first mistake. */
export function parseJsonTree(text: string): JsonNode {
    const reader = new Reader(text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text);
    const root = reader.value();
    reader.skipSpace();
    if (reader.at < text.length) {
        throw new JsonSyntaxError('unexpected text after the end of the object', reader.at);
    }
    return root;
}

class Reader {
    at = 0;

    constructor(private readonly text: string) {}

    skipSpace(): void {
        while (' \t\r\n'.includes(this.text[this.at] ?? 'x')) this.at++;
        if (this.text.startsWith('//', this.at) || this.text.startsWith('/*', this.at)) {
            throw new JsonSyntaxError('comments are not allowed in JSON', this.at);
        }
    }

    value(): JsonNode {
        this.skipSpace();
        const offset = this.at;
        const char = this.text[offset];
        if (char === '{') return this.object();
        if (char === '[') return this.array();
        if (char === '"') return { type: 'string', offset, value: this.string() };
        NUMBER.lastIndex = offset;
        const number = NUMBER.exec(this.text);
        if (number) {
            this.at += number[0].length;
            return { type: 'number', offset, value: Number(number[0]) };
        }
        for (const [word, value] of LITERALS) {
            if (this.text.startsWith(word, offset)) {
                this.at += word.length;
                return value === null ? { type: 'null', offset } : { type: 'boolean', offset, value };
            }
        }
        throw new JsonSyntaxError(char === undefined ? 'unexpected end of the file' : 'expected a value', offset);
    }

    private object(): JsonNode {
        const node: JsonNode = { type: 'object', offset: this.at++, properties: [] };
        this.members('}', () => {
            if (this.text[this.at] !== '"') {
                const trailing = node.properties.length > 0 && this.text[this.at] === '}';
                throw new JsonSyntaxError(`expected a property name in double quotes${trailing ? ' (a trailing comma?)' : ''}`, this.at);
            }
            const keyOffset = this.at;
            const key = this.string();
            this.skipSpace();
            this.expect(':', "expected ':'");
            node.properties.push({ key, keyOffset, value: this.value() });
        });
        return node;
    }

    private array(): JsonNode {
        const node: JsonNode = { type: 'array', offset: this.at++, items: [] };
        this.members(']', () => {
            if (node.items.length > 0 && this.text[this.at] === ']') {
                throw new JsonSyntaxError('expected a value (a trailing comma?)', this.at);
            }
            node.items.push(this.value());
        });
        return node;
    }

    /** The members of an object or array up to its closing bracket, each read (after white space) by `readMember`. */
    private members(close: string, readMember: () => void): void {
        this.skipSpace();
        if (this.text[this.at] === close) {
            this.at++;
            return;
        }
        do {
            this.skipSpace();
            readMember();
        } while (!this.endOf(close));
    }

    /** After a member: true at the closing bracket, false after a comma. */
    private endOf(close: string): boolean {
        this.skipSpace();
        if (this.text[this.at] === close) {
            this.at++;
            return true;
        }
        this.expect(',', `expected ',' or '${close}'`);
        return false;
    }

    private expect(char: string, message: string): void {
        if (this.text[this.at] !== char) throw new JsonSyntaxError(message, this.at);
        this.at++;
    }

    private string(): string {
        const start = this.at++;
        while (this.at < this.text.length && this.text[this.at] !== '"' && this.text[this.at] !== '\n') {
            this.at += this.text[this.at] === '\\' ? 2 : 1;
        }
        if (this.text[this.at] !== '"') {
            throw new JsonSyntaxError('a string is not closed', start);
        }
        this.at++;
        try {
            // JSON.parse decodes the escapes exactly as JSON defines them.
            return JSON.parse(this.text.slice(start, this.at)) as string;
        } catch {
            throw new JsonSyntaxError('a string holds an invalid escape or control character', start);
        }
    }
}
