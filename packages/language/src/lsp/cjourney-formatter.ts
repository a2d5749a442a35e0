import { CstUtils, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { AbstractFormatter, Formatting, type FormattingAction, type NodeFormatter } from 'langium/lsp';
import * as ast from '../generated/ast.js';
import { propertyKeywords } from '../grammar-tables.js';
import { isAnyOf, type Guarded } from '../ast-helpers.js';

/** Elements with a `{ … }` block of properties. */
const isBlockElement = isAnyOf(ast.isStakeholder, ast.isPersona, ast.isStage, ast.isTouchpoint, ast.isKpi, ast.isSource, ast.isCompetitor);
type BlockElement = Guarded<typeof isBlockElement>;

/** One-line elements. */
const isLineElement = isAnyOf(
    ast.isChannel,
    ast.isStakeholderNeed,
    ast.isLane,
    ast.isLaneCell,
    ast.isEvidence,
    ast.isBlueprintEntry,
    ast.isEmotion,
    ast.isThought
);
type LineElement = Guarded<typeof isLineElement>;
/**
 * One canonical layout: two-space indentation, one property per line, `{` on the element's
 * line, a blank line between blocks (stages, touchpoint-heavy elements, KPIs) and between
 * groups of different kinds, `A, B` lists and `A -> B` flows. Formatting only moves
 * whitespace, so it never changes meaning, and a second pass changes nothing.
 */
export class CJourneyFormatter extends AbstractFormatter {
    protected format(node: AstNode): void {
        const formatter = this.getNodeFormatter(node);
        if (ast.isJourneyFile(node)) {
            this.separateItems(node.elements);
            return;
        }
        this.indentOwnLineComments(node, formatter);
        if (ast.isJourney(node)) {
            this.formatJourney(node, formatter);
        } else if (isBlockElement(node)) {
            this.formatBlockElement(node, formatter);
        } else if (isLineElement(node)) {
            this.formatLineElement(node, formatter);
        } else if (ast.isOpportunity(node) || ast.isPain(node)) {
            this.formatTextBlock(node, formatter);
        } else if (ast.isFlow(node)) {
            formatter.keywords('->').prepend(Formatting.oneSpace()).append(Formatting.oneSpace());
            formatter.property('steps', 0).prepend(Formatting.oneSpace());
        } else if (ast.isBenchmark(node)) {
            formatter.property('value').prepend(Formatting.oneSpace());
            formatter.property('source').prepend(Formatting.oneSpace());
        } else if (ast.isQuantity(node)) {
            formatter.keyword('%').prepend(Formatting.noSpace());
        }
    }

    private formatJourney(node: ast.Journey, formatter: NodeFormatter<AstNode>): void {
        this.formatBlock(node, formatter);
        const members: AstNode[] = [
            node.stakeholders,
            node.personas,
            node.channels,
            node.sources,
            node.competitors,
            node.lanes,
            node.stages,
            node.flows,
            node.kpis
        ].flat();
        const hasProperties =
            node.description !== undefined || node.objectives.length > 0 || node.state !== undefined || node.baseline !== undefined;
        this.separateItems(members.sort(byOffset), formatter, hasProperties);
    }

    /** Elements with a `{ … }` block of properties, and child elements each on their own line. */
    private formatBlockElement(node: BlockElement, formatter: NodeFormatter<AstNode>): void {
        this.formatBlock(node, formatter);
        if (ast.isStage(node)) {
            this.childLines([...node.needs, ...node.touchpoints]);
        } else if (ast.isTouchpoint(node)) {
            this.childLines([
                ...node.emotions,
                ...node.thoughts,
                ...node.evidence,
                ...node.blueprint,
                ...node.laneCells,
                ...node.pains,
                ...node.opportunities
            ]);
        } else if (ast.isKpi(node)) {
            this.childLines([...node.benchmarks, ...node.evidence]);
        }
        formatter.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
    }

    /** One-line elements: single spaces between tokens, `A, B` lists. */
    private formatLineElement(node: LineElement, formatter: NodeFormatter<AstNode>): void {
        this.oneSpaceBetweenTokens(formatter, node);
        formatter.keywords('for', 'by').prepend(Formatting.oneSpace()).append(Formatting.oneSpace());
        formatter.keywords(',').prepend(Formatting.noSpace()).append(Formatting.oneSpace());
        if ((ast.isEmotion(node) || ast.isThought(node)) && node.evidence) {
            this.getNodeFormatter(node.evidence).node(node.evidence).prepend(Formatting.oneSpace());
        }
    }

    /** `keyword Name "Title" {`, then one property per line, indented, and `}` on its own line. */
    private formatBlock(node: AstNode, formatter: NodeFormatter<AstNode>): void {
        formatter.property('name' as never).prepend(Formatting.oneSpace());
        formatter.property('title' as never).prepend(Formatting.oneSpace());
        formatter.keyword('{').prepend(Formatting.oneSpace());
        formatter.keyword('}').prepend(Formatting.newLine());
        // Child elements (pains, benchmarks…) are formatted on their own.
        const keywords = propertyKeywords(node.$type);
        if (keywords.length > 0) {
            formatter
                .keywords(...keywords)
                .prepend(indentedLines(1))
                .append(Formatting.oneSpace());
        }
    }

    /**
     * `pain "…" evidence … {` and `opportunity ID "…" {` (version 2): the line as written, then
     * the block's lines indented, `}` on its own line; without a block, one line.
     */
    private formatTextBlock(node: ast.Pain | ast.Opportunity, formatter: NodeFormatter<AstNode>): void {
        this.oneSpaceBetweenTokens(formatter, node);
        const hasBlock = ownContent(node.$cstNode, node).some(child => child.text === '{');
        if (ast.isPain(node)) {
            // Inline evidence stays on the pain's line; evidence inside the block gets its own.
            const inline = hasBlock ? node.evidence.filter(evidence => (evidence.$cstNode?.offset ?? 0) < blockStart(node)) : node.evidence;
            inline.forEach(evidence => this.getNodeFormatter(evidence).node(evidence).prepend(Formatting.oneSpace()));
            if (hasBlock) {
                this.childLines([...node.evidence.filter(evidence => !inline.includes(evidence)), ...node.opportunities].sort(byOffset));
            }
        } else if (hasBlock) {
            this.childLines(node.evidence);
            formatter
                .keywords(...propertyKeywords(node.$type))
                .prepend(indentedLines(1))
                .append(Formatting.oneSpace());
        }
        if (hasBlock) {
            formatter.keyword('{').prepend(Formatting.oneSpace());
            formatter.keyword('}').prepend(Formatting.newLine());
        }
    }

    /**
     * Comments on their own line inside a block are indented like its properties. (Langium
     * only re-indents comments, it never adds or removes their line breaks.)
     */
    private indentOwnLineComments(node: AstNode, formatter: NodeFormatter<AstNode>): void {
        const content = ownContent(node.$cstNode, node);
        if (!content.some(child => child.text === '{')) {
            return;
        }
        const comments = content.filter(child => child.hidden && isOwnLineComment(child));
        if (comments.length > 0) {
            formatter.cst(comments).prepend(indentedLines(1, 1));
        }
    }

    /** Child elements on their own indented lines, in written order. */
    private childLines(children: readonly AstNode[]): void {
        for (const child of children) {
            this.getNodeFormatter(child).node(child).prepend(indentedLines(1));
        }
    }

    private oneSpaceBetweenTokens(formatter: NodeFormatter<AstNode>, node: AstNode): void {
        for (const property of ['name', 'title', 'mode', 'stakeholder', 'text', 'emotion', 'source', 'finding', 'lane']) {
            if ((node as unknown as Record<string, unknown>)[property] !== undefined) {
                formatter.property(property as never).prepend(Formatting.oneSpace());
            }
        }
    }

    /**
     * Each item on its own line; a blank line between items unless both are one-line
     * statements of the same kind (a run of flows, of channels, of bodiless declarations).
     */
    private separateItems(items: readonly AstNode[], parent?: NodeFormatter<AstNode>, afterProperties = false): void {
        items.forEach((item, index) => {
            const region = this.getNodeFormatter(item).node(item);
            const indent = parent ? 1 : 0;
            if (index === 0) {
                if (parent) {
                    region.prepend(indentedLines(afterProperties ? 2 : 1, indent));
                }
                return;
            }
            const previous = items[index - 1];
            const sameRun = previous.$type === item.$type && !hasBody(previous) && !hasBody(item);
            // After its own comment an item stays on the next line: the comment keeps the blank line.
            region.prepend(indentedLines(sameRun || hasLeadingComment(item) ? 1 : 2, indent));
        });
    }
}

/** The CST leaves and child elements of a node (a rule call may wrap it in several composites). */
function ownContent(cst: CstNode | undefined, node: AstNode): CstNode[] {
    if (!isCompositeCstNode(cst)) {
        return [];
    }
    return cst.content.flatMap(child => (isCompositeCstNode(child) && child.astNode === node ? ownContent(child, node) : [child]));
}

function isOwnLineComment(cst: CstNode): boolean {
    const previous = CstUtils.getPreviousNode(cst, true);
    return (cst.text.startsWith('//') || cst.text.startsWith('/*')) && (!previous || previous.range.end.line < cst.range.start.line);
}

function hasLeadingComment(node: AstNode): boolean {
    const cst = node.$cstNode;
    const previous = cst && CstUtils.getPreviousNode(cst, true);
    return Boolean(previous?.hidden && isOwnLineComment(previous));
}

/** Moves a region to the start of a line (after `lines` line breaks), `tabs` levels deeper. */
function indentedLines(lines: number, tabs = 1): FormattingAction {
    return { options: {}, moves: [{ lines, tabs }] };
}

/** Where an element's `{` is, or the end of the element when it has none. */
function blockStart(node: AstNode): number {
    return ownContent(node.$cstNode, node).find(child => child.text === '{')?.offset ?? Number.MAX_SAFE_INTEGER;
}

function byOffset(a: AstNode, b: AstNode): number {
    return (a.$cstNode?.offset ?? 0) - (b.$cstNode?.offset ?? 0);
}

/** Whether an element is written with a `{ … }` body that holds something. */
function hasBody(node: AstNode): boolean {
    if (ast.isStage(node) || ast.isKpi(node) || ast.isJourney(node)) {
        return true;
    }
    if (ast.isStakeholder(node)) {
        return Boolean(
            node.type ||
            node.power ||
            node.interest ||
            node.attitude ||
            node.role ||
            node.description ||
            node.risks.length ||
            node.influences.length
        );
    }
    if (ast.isPersona(node)) {
        return Boolean(
            node.description || node.image || node.segments.length || node.goals.length || node.needs.length || node.expectations.length
        );
    }
    if (ast.isSource(node)) {
        return Boolean(node.kind || node.date || node.sample || node.link || node.description);
    }
    if (ast.isCompetitor(node)) {
        return Boolean(node.kind || node.description);
    }
    return false;
}
