/** Small queries over a laid-out scene, shared by the tests of the views. */
import { layout, renderScene, type GroupMark, type Mark, type RectMark, type Scene, type TextMark } from '../src/index.js';

/** A view laid out and drawn: its scene and its SVG. */
export async function drawn(...view: Parameters<typeof layout>): Promise<{ scene: Scene; svg: string }> {
    const scene = await layout(...view);
    return { scene, svg: renderScene(scene) };
}

/** Every group in these marks, outer before inner; only those of `kind` when given. */
export function groupsOf(marks: readonly Mark[], kind?: string): GroupMark[] {
    const all = marks.flatMap(mark => (mark.type === 'group' ? [mark, ...groupsOf(mark.children)] : []));
    return kind === undefined ? all : all.filter(group => group.kind === kind);
}

export function textsOf(marks: readonly Mark[]): TextMark[] {
    return marks.flatMap(mark => (mark.type === 'group' ? textsOf(mark.children) : mark.type === 'text' ? [mark] : []));
}

/** Every line of text drawn in these marks, joined by spaces. */
export function wordsOf(marks: readonly Mark[]): string {
    return textsOf(marks)
        .map(text => text.lines.join(' '))
        .join(' ');
}

export function groupById(marks: readonly Mark[], id: string): GroupMark {
    const group = groupsOf(marks).find(candidate => candidate.id === id);
    if (!group) throw new Error(`no group ${id} in the scene`);
    return group;
}

/** A card's frame: its group's first rectangle. */
export function frameOf(group: GroupMark): RectMark {
    const frame = group.children.find((child): child is RectMark => child.type === 'rect');
    if (!frame) throw new Error(`${group.id} has no frame`);
    return frame;
}

export function inside(inner: RectMark, outer: RectMark): boolean {
    return (
        inner.x >= outer.x &&
        inner.y >= outer.y &&
        inner.x + inner.width <= outer.x + outer.width &&
        inner.y + inner.height <= outer.y + outer.height
    );
}
