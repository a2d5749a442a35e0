/**
 * What the journey-wide checks read of a touchpoint (issue 17, part 1). A journey's and its
 * file's checks (duplicate names, unused personas, channels and stakeholders, flows, shared
 * definitions) walk every touchpoint: 25 ms per keystroke at 5,000 touchpoints. They read of
 * each touchpoint only the names declared in it and what its references resolve to (its
 * title only shows in their messages, which validation-memo.ts looks at). When a splice
 * leaves all that unchanged, their diagnostics are those of the last validation.
 */
import { AstUtils, isReference, type AstNode } from 'langium';
import type { Touchpoint } from '../generated/ast.js';

/** The touchpoint's facts, in walk order: names, then each reference's owner, property and target. */
export function journeyFactsOf(touchpoint: Touchpoint): unknown[] {
    const facts: unknown[] = [];
    for (const node of AstUtils.streamAst(touchpoint)) {
        const name = (node as AstNode & { name?: unknown }).name;
        if (typeof name === 'string') facts.push(`${node.$type} ${name}`);
        AstUtils.streamReferences(node).forEach(({ reference, property, index }) => {
            facts.push(`${node.$type}.${property}[${index ?? ''}]`);
            if (isReference(reference)) facts.push(reference.ref ?? `?${reference.$refText}`);
            else facts.push(...reference.items.map(item => item.ref), reference.error ? `?${reference.$refText}` : '');
        });
    }
    return facts;
}

export function sameFacts(one: readonly unknown[], other: readonly unknown[]): boolean {
    return one.length === other.length && one.every((fact, index) => fact === other[index]);
}
