import { DefaultValueConverter, GrammarUtils, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Reads `"""…"""` text (version 2): a paragraph written over several lines, indented with the
 * file. The line break right after the opening quotes and the indentation before the closing
 * ones are layout, and the indentation common to its lines is removed; the line breaks in
 * between are kept. Escapes work as in `"…"`.
 */
export class CJourneyValueConverter extends DefaultValueConverter {
    /** Rules whose text is their value (names, words): Langium works that out again for every value. */
    private readonly plainText = new Map<GrammarAST.AbstractRule, boolean>();

    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            return input.startsWith('"""') && input.length >= 6 ? convertString(`"${dedent(input.slice(3, -3))}"`) : convertString(input);
        }
        let plain = this.plainText.get(rule);
        if (plain === undefined) {
            plain = isPlainText(rule);
            this.plainText.set(rule, plain);
        }
        return plain ? input : super.runConverter(rule, input, cstNode);
    }
}

/** Whether Langium's converter returns a rule's text unchanged (its default case). */
function isPlainText(rule: GrammarAST.AbstractRule): boolean {
    if (['INT', 'STRING', 'ID'].includes(rule.name.toUpperCase())) {
        return false;
    }
    return !['number', 'boolean', 'bigint', 'date'].includes(GrammarUtils.getRuleType(rule)?.toLowerCase() ?? '');
}

/**
 * Langium's string conversion, with a fast path for the usual text without escapes: Langium
 * builds the value one character at a time, which leaves a chain of one-character strings
 * per value (slow to build, to collect and to read back; most of a large file's parse).
 */
export function convertString(quoted: string): string {
    return quoted.includes('\\') ? ValueConverter.convertString(quoted) : quoted.slice(1, -1);
}

export function dedent(text: string): string {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[0].trim() === '') lines.shift();
    if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    const indents = lines.filter(line => line.trim() !== '').map(line => /^[ \t]*/.exec(line)![0].length);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map(line => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
