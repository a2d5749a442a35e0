/**
 * Scene → SVG text. Colours come from the palette as presentation attributes and every
 * themed element carries its `cj-<role>` class, so the preview's stylesheet can restyle it
 * without inline styles. One element per line keeps golden files readable in a diff.
 */
import {
    ICON_NAMES,
    type CircleMark,
    type GroupMark,
    type IconMark,
    type IconName,
    type Mark,
    type PathMark,
    type PathSegment,
    type Role,
    type Scene,
    type TextMark
} from '../layout/scene.js';
import { FONT_FAMILY } from '../text-metrics.js';
import { PALETTES, type Palette, type ThemeKind } from '../themes.js';
import { escapeAttribute, escapeText } from './escape.js';
import { ICON_PATHS } from './icons.js';
import { isRightToLeft, PDF, rightToLeftPlacement, RLE } from './text-direction.js';
import { fmt } from './number-format.js';
import type { MarkTextCache, WrittenMark } from './reused-marks.js';

export interface RenderSceneOptions {
    /** The palette written into the SVG; default light. */
    theme?: ThemeKind;
    /**
     * `attributes` (default): colours as presentation attributes, a self-contained drawing.
     * `classes`: no colours, only the `cj-<role>` classes, for a host that styles them (the
     * preview, with `previewStylesheet()`): a third smaller, so quicker to parse and swap.
     */
    paint?: 'attributes' | 'classes';
    /**
     * The previous drawing's text (the live preview keeps one per map): top-level marks equal
     * to the one at the same place last time are not written again. Same output either way.
     */
    reuse?: MarkTextCache;
}

type Attributes = ReadonlyArray<readonly [string, string | number | undefined]>;

function attributes(list: Attributes): string {
    let text = '';
    for (const [name, value] of list) {
        if (value !== undefined) {
            text += ` ${name}="${typeof value === 'number' ? fmt(value) : escapeAttribute(value)}"`;
        }
    }
    return text;
}

/** `x`, `y`, `width` and `height` of a box, in that order. */
function boxAttributes(box: { x: number; y: number; width: number; height: number }): Attributes {
    return [
        ['x', box.x],
        ['y', box.y],
        ['width', box.width],
        ['height', box.height]
    ];
}

class SvgWriter {
    private readonly lines: string[] = [];
    private readonly icons = new Set<IconName>();
    /** The icons placed since the current top-level mark began (see writeTopLevel). */
    private placedIcons: IconName[] = [];

    constructor(
        private readonly palette: Palette,
        private readonly withColours: boolean
    ) {}

    /** A colour to write, or nothing when a stylesheet paints. */
    private colour(value: string | undefined): string | undefined {
        return this.withColours ? value : undefined;
    }

    write(mark: Mark, depth: number): void {
        switch (mark.type) {
            case 'group':
                return this.group(mark, depth);
            case 'rect':
                return this.emit(
                    depth,
                    `<rect${attributes([...this.cls(mark.role), ...boxAttributes(mark), ['rx', mark.radius], ...this.boxPaint(mark.role, mark.strokeWidth), ['stroke-dasharray', mark.dash?.map(fmt).join(' ')]])}/>`
                );
            case 'circle':
                return this.circle(mark, depth);
            case 'path':
                return this.path(mark, depth);
            case 'text':
                return this.text(mark, depth);
            case 'icon':
                return this.icon(mark, depth);
            case 'image':
                return this.emit(
                    depth,
                    `<image${attributes([...boxAttributes(mark), ['href', mark.href], ['preserveAspectRatio', 'xMidYMid slice']])}/>`
                );
        }
    }

    /** Writes a top-level mark, or puts back its text from the previous drawing; says what it wrote. */
    writeTopLevel(mark: Mark, reused: WrittenMark | undefined): WrittenMark {
        if (reused) {
            this.lines.push(reused.text);
            reused.icons.forEach(name => this.icons.add(name));
            return reused;
        }
        const start = this.lines.length;
        this.placedIcons = [];
        this.write(mark, 1);
        // Its lines as one string: joining a few thousand reused strings is cheaper than tens of thousands of lines.
        const text = this.lines.splice(start).join('\n');
        this.lines.push(text);
        return { mark, text, icons: this.placedIcons };
    }

    /** The document, with the icon symbols inserted after its first `headerLines` lines. */
    result(headerLines: number): string {
        // One copy of the (tens of thousands of) lines, not three: a big map's text is megabytes.
        return this.lines.toSpliced(headerLines, 0, ...this.iconDefinitions()).join('\n');
    }

    emit(depth: number, line: string): void {
        this.lines.push('  '.repeat(depth) + line);
    }

    private cls(role: Role): Attributes {
        return [['class', `cj-${role}`]];
    }

    private boxPaint(role: Role, strokeWidth: number | undefined): Attributes {
        const paint = this.palette[role];
        return [
            ['fill', paint.fill ? this.colour(paint.fill) : 'none'],
            ['stroke', this.colour(paint.stroke)],
            ['stroke-width', paint.stroke ? (strokeWidth ?? 1) : undefined]
        ];
    }

    private group(mark: GroupMark, depth: number): void {
        this.emit(
            depth,
            `<g${attributes([
                ['id', mark.id],
                ['data-cj-kind', mark.kind],
                ['data-cj-id', mark.modelId],
                ['data-cj-index', mark.index],
                ['data-cj-diff', mark.diff]
            ])}>`
        );
        if (mark.tooltip) {
            this.emit(depth + 1, `<title>${escapeText(mark.tooltip)}</title>`);
        }
        mark.children.forEach(child => this.write(child, depth + 1));
        this.emit(depth, '</g>');
    }

    private circle(mark: CircleMark, depth: number): void {
        this.emit(
            depth,
            `<circle${attributes([...this.cls(mark.role), ['cx', mark.cx], ['cy', mark.cy], ['r', mark.r], ...this.boxPaint(mark.role, mark.strokeWidth)])}/>`
        );
    }

    private path(mark: PathMark, depth: number): void {
        const paint = this.palette[mark.role];
        const paintAttributes: Attributes = mark.filled
            ? [
                  ['fill', paint.fill ? this.colour(paint.fill) : 'none'],
                  ['stroke', this.colour(paint.stroke)],
                  ['stroke-width', paint.stroke ? (mark.strokeWidth ?? 1) : undefined]
              ]
            : [
                  ['fill', 'none'],
                  ['stroke', this.colour(paint.stroke ?? paint.fill)],
                  ['stroke-width', mark.strokeWidth ?? 1],
                  ['stroke-linecap', 'round'],
                  ['stroke-linejoin', 'round'],
                  ['stroke-dasharray', mark.dash?.map(fmt).join(' ')]
              ];
        this.emit(depth, `<path${attributes([...this.cls(mark.role), ['d', pathData(mark.segments)], ...paintAttributes])}/>`);
    }

    /** Icons are drawn once as symbols and placed with `<use>`: a map repeats them thousands of times. */
    private icon(mark: IconMark, depth: number): void {
        this.icons.add(mark.name);
        this.placedIcons.push(mark.name);
        this.emit(
            depth,
            `<use${attributes([
                ...this.cls(mark.role),
                ['href', `#cj-icon-${mark.name}`],
                ...boxAttributes({ x: mark.x, y: mark.y, width: mark.size, height: mark.size }),
                ['stroke', this.colour(this.palette[mark.role].stroke ?? this.palette[mark.role].fill)]
            ])}/>`
        );
    }

    /** The symbols of the icons used, in a fixed order; they take their stroke colour from the `<use>`. */
    iconDefinitions(): string[] {
        const used = ICON_NAMES.filter(name => this.icons.has(name));
        if (used.length === 0) {
            return [];
        }
        return [
            '  <defs>',
            ...used.map(
                name =>
                    `    <symbol${attributes([
                        ['id', `cj-icon-${name}`],
                        ['viewBox', '0 0 16 16']
                    ])}><path${attributes([
                        ['d', ICON_PATHS[name]],
                        ['fill', 'none'],
                        ['stroke-width', 1.4],
                        ['stroke-linecap', 'round'],
                        ['stroke-linejoin', 'round']
                    ])}/></symbol>`
            ),
            '  </defs>'
        ];
    }

    private text(mark: TextMark, depth: number): void {
        const rtl = isRightToLeft(mark.lines);
        const { x, anchor } = rtl && !mark.rotate ? rightToLeftPlacement(mark.x, mark.anchor, mark.width) : mark;
        const halo: Attributes = mark.halo
            ? [
                  ['stroke', this.colour(this.palette.halo.stroke)],
                  ['stroke-width', 4],
                  ['stroke-linejoin', 'round'],
                  ['paint-order', 'stroke']
              ]
            : [];
        const head = attributes([
            ['class', mark.halo ? `cj-${mark.role} cj-halo` : `cj-${mark.role}`],
            ['x', x],
            ['y', mark.y],
            ['font-size', mark.size],
            ['font-weight', mark.weight === 'bold' ? 'bold' : undefined],
            ['font-style', mark.italic ? 'italic' : undefined],
            ['text-anchor', anchor && anchor !== 'start' ? anchor : undefined],
            ['fill', this.colour(this.palette[mark.role].fill)],
            ['transform', mark.rotate ? `rotate(${fmt(mark.rotate)} ${fmt(mark.x)} ${fmt(mark.y)})` : undefined],
            ...halo
        ]);
        const title = mark.title === undefined ? '' : `<title>${escapeText(mark.title)}</title>`;
        // Right-to-left lines are embedded as such (text-direction.ts); each line is its own bidi paragraph.
        const content = (line: string) => (rtl ? `${RLE}${escapeText(line)}${PDF}` : escapeText(line));
        if (mark.lines.length === 1) {
            this.emit(depth, `<text${head}>${title}${content(mark.lines[0])}</text>`);
            return;
        }
        const spans = mark.lines.map(
            (line, index) =>
                `<tspan${attributes([
                    ['x', x],
                    ['y', mark.y + index * mark.lineHeight]
                ])}>${content(line)}</tspan>`
        );
        this.emit(depth, `<text${head}>${title}${spans.join('')}</text>`);
    }
}

function pathData(segments: readonly PathSegment[]): string {
    const point = (p: { x: number; y: number }) => `${fmt(p.x)} ${fmt(p.y)}`;
    return segments
        .map(segment => {
            switch (segment.op) {
                case 'M':
                case 'L':
                    return `${segment.op}${point(segment.to)}`;
                case 'Q':
                    return `Q${point(segment.control)} ${point(segment.to)}`;
                case 'C':
                    return `C${point(segment.control1)} ${point(segment.control2)} ${point(segment.to)}`;
                case 'Z':
                    return 'Z';
            }
        })
        .join(' ');
}

function writeMarks(writer: SvgWriter, marks: readonly Mark[], options: RenderSceneOptions): void {
    const cache = options.reuse;
    if (!cache) {
        marks.forEach(mark => writer.write(mark, 1));
        return;
    }
    const paintKey = `${options.theme ?? 'light'} ${options.paint ?? 'attributes'}`;
    const written = marks.map((mark, index) => writer.writeTopLevel(mark, cache.reuse(index, mark, paintKey)));
    cache.remember(written, paintKey);
}

/** A self-contained SVG document of a scene: no scripts, no external resources, no inline styles. */
export function renderScene(scene: Scene, options: RenderSceneOptions = {}): string {
    const palette = PALETTES[options.theme ?? 'light'];
    const writer = new SvgWriter(palette, options.paint !== 'classes');
    const width = Math.ceil(scene.width);
    const height = Math.ceil(scene.height);
    writer.emit(
        0,
        `<svg${attributes([
            ['xmlns', 'http://www.w3.org/2000/svg'],
            ['width', width],
            ['height', height],
            ['viewBox', `0 0 ${width} ${height}`],
            ['class', `cj-root cj-view-${scene.view}`],
            ['data-cj-view', scene.view],
            ['font-family', FONT_FAMILY],
            ['role', 'img'],
            ['aria-labelledby', 'cj-title'],
            ['aria-describedby', scene.description ? 'cj-desc' : undefined]
        ])}>`
    );
    writer.emit(1, `<title id="cj-title">${escapeText(scene.title)}</title>`);
    if (scene.description) writer.emit(1, `<desc id="cj-desc">${escapeText(scene.description)}</desc>`);
    writer.write({ type: 'rect', x: 0, y: 0, width, height, role: 'background' }, 1);
    writeMarks(writer, scene.marks, options);
    writer.emit(0, '</svg>');
    return writer.result(scene.description ? 3 : 2) + '\n';
}
