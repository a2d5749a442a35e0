import { DefaultValueConverter, ValueConverter, type CstNode, type GrammarAST, type ValueType } from 'langium';

/**
 * Reads `"""…"""` text (version 2): a paragraph written over several lines, indented with the
 * file. The line break right after the opening quotes and the indentation before the closing
 * ones are layout, and the indentation common to its lines is removed; the line breaks in
 * between are kept. Escapes work as in `"…"`.
 */
export class CJourneyValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING' && input.startsWith('"""') && input.length >= 6) {
            return ValueConverter.convertString(`"${dedent(input.slice(3, -3))}"`);
        }
        return super.runConverter(rule, input, cstNode);
    }
}

export function dedent(text: string): string {
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (lines.length > 1 && lines[0].trim() === '') lines.shift();
    if (lines.length > 1 && lines[lines.length - 1].trim() === '') lines.pop();
    const indents = lines.filter(line => line.trim() !== '').map(line => /^[ \t]*/.exec(line)![0].length);
    const common = indents.length > 0 ? Math.min(...indents) : 0;
    return lines.map(line => line.slice(Math.min(common, /^[ \t]*/.exec(line)![0].length))).join('\n');
}
