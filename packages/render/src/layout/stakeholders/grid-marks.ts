/** The grid itself: its four quadrants with their advice, the band dividers and the two labelled axes. */
import { plural, QUADRANT_INFO, quadrantOf, type Quadrant, type Stakeholder } from '@cjourney/model';
import type { ElementIds } from '../element-ids.js';
import { arrowHead } from '../marks.js';
import type { Mark, Point, Role } from '../scene.js';
import { quadrantGroup } from '../quadrant-group.js';
import { BANDS, CELL_PAD, LABEL_SPACE, type GridGeometry } from './grid-geometry.js';

export function quadrantMarks(grid: GridGeometry, placed: readonly Stakeholder[], ids: ElementIds): Mark[] {
    const { left, top, right, bottom, halfX, halfY } = grid;
    const quadrants: Array<{ quadrant: Quadrant; x: number; y: number; width: number; height: number }> = [
        { quadrant: 'keep-satisfied', x: left, y: top, width: halfX - left, height: halfY - top },
        { quadrant: 'manage-closely', x: halfX, y: top, width: right - halfX, height: halfY - top },
        { quadrant: 'monitor', x: left, y: halfY, width: halfX - left, height: bottom - halfY },
        { quadrant: 'keep-informed', x: halfX, y: halfY, width: right - halfX, height: bottom - halfY }
    ];
    return quadrants.map(area => {
        const count = placed.filter(stakeholder => quadrantOf(stakeholder.power!, stakeholder.interest!) === area.quadrant).length;
        const info = QUADRANT_INFO[area.quadrant];
        return quadrantGroup({
            id: ids.make('quadrant', area.quadrant),
            modelId: area.quadrant,
            frame: {
                type: 'rect',
                x: area.x,
                y: area.y,
                width: area.width,
                height: area.height,
                role: `quadrant-${area.quadrant}` as Role
            },
            label: info.label,
            counted: plural(count, 'stakeholder'),
            advice: info.advice,
            pad: CELL_PAD,
            adviceLines: 2
        });
    });
}

const line = (from: Point, to: Point, role: Role, dash?: number[], strokeWidth = 1): Mark => ({
    type: 'path',
    role,
    strokeWidth,
    dash,
    segments: [
        { op: 'M', to: from },
        { op: 'L', to }
    ]
});

/** Dashed lines between the low and medium bands, solid ones between the halves, and the axes with their band words (the position reads without colour). */
export function axisMarks(grid: GridGeometry): Mark[] {
    return [...dividerAndAxisLines(grid), ...bandWords(grid), ...axisTitles(grid)];
}

/** The band dividers, the lines between the halves and the two axes with their arrowheads. */
function dividerAndAxisLines(grid: GridGeometry): Mark[] {
    const { left, top, right, bottom, halfX, halfY, x0, y0 } = grid;
    return [
        line({ x: x0.medium, y: halfY + LABEL_SPACE - 8 }, { x: x0.medium, y: bottom }, 'band-divider', [4, 4]),
        line({ x: x0.medium, y: top + LABEL_SPACE - 8 }, { x: x0.medium, y: halfY }, 'band-divider', [4, 4]),
        line({ x: left, y: y0.low }, { x: right, y: y0.low }, 'band-divider', [4, 4]),
        line({ x: halfX, y: top }, { x: halfX, y: bottom }, 'axis', undefined, 1.5),
        line({ x: left, y: halfY }, { x: right, y: halfY }, 'axis', undefined, 1.5),
        line({ x: left, y: bottom }, { x: right + 10, y: bottom }, 'axis', undefined, 1.5),
        arrowHead({ x: right, y: bottom }, { x: right + 14, y: bottom }, 'edge-arrow'),
        line({ x: left, y: bottom }, { x: left, y: top - 10 }, 'axis', undefined, 1.5),
        arrowHead({ x: left, y: top }, { x: left, y: top - 14 }, 'edge-arrow')
    ];
}

/** Each band's word centred on it, under the interest axis and (turned) beside the power axis. */
function bandWords(grid: GridGeometry): Mark[] {
    const { left, bottom, x0, y0, widths, heights } = grid;
    const marks: Mark[] = [];
    for (const band of BANDS) {
        marks.push(
            {
                type: 'text',
                x: x0[band] + widths[band] / 2,
                y: bottom + 18,
                lines: [band],
                size: 11.5,
                lineHeight: 11.5,
                weight: 'normal',
                anchor: 'middle',
                role: 'axis-label'
            },
            {
                type: 'text',
                x: left - 10,
                y: y0[band] + heights[band] / 2,
                lines: [band],
                size: 11.5,
                lineHeight: 11.5,
                weight: 'normal',
                anchor: 'middle',
                role: 'axis-label',
                rotate: -90
            }
        );
    }
    return marks;
}

/** The axes' names, "Interest →" under the grid and "Power →" turned beside it. */
function axisTitles(grid: GridGeometry): Mark[] {
    const { left, top, right, bottom } = grid;
    return [
        {
            type: 'text',
            x: (left + right) / 2,
            y: bottom + 40,
            lines: ['Interest →'],
            size: 13,
            lineHeight: 13,
            weight: 'bold',
            anchor: 'middle',
            role: 'axis-label'
        },
        {
            type: 'text',
            x: left - 34,
            y: (top + bottom) / 2,
            lines: ['Power →'],
            size: 13,
            lineHeight: 13,
            weight: 'bold',
            anchor: 'middle',
            role: 'axis-label',
            rotate: -90
        }
    ];
}
