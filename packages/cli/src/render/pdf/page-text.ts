/**
 * The words the PDF adds around the drawings — a slide deck's title page, a page's heading
 * and its footer — written as small SVG drawings in the drawings' palette and font, so they go
 * through the same path to PDF (fallback fonts included). Sizes are in points: each is
 * placed at scale 1. Everything the user wrote is escaped.
 */
import type { Journey } from '@cjourney/model';
import { escapeAttribute, escapeText, FONT_FAMILY, PALETTES, wrapText, type ThemeKind } from '@cjourney/render';

export interface TextLine {
    text: string;
    size: number;
    bold?: boolean;
    role: 'title' | 'text' | 'muted';
    /** Extra space above the line, in points. */
    gap?: number;
}

export interface TextBlock {
    svg: string;
    width: number;
    height: number;
}

const LINE_HEIGHT = 1.3;

/** The lines, each wrapped to `width`, top to bottom; `align` end puts them flush right. */
export function textBlock(lines: readonly TextLine[], width: number, theme: ThemeKind, align: 'start' | 'end' = 'start'): TextBlock {
    const palette = PALETTES[theme];
    const x = align === 'end' ? width : 0;
    let y = 0;
    const texts: string[] = [];
    for (const line of lines) {
        y += line.gap ?? 0;
        const font = { size: line.size, weight: line.bold ? ('bold' as const) : ('normal' as const) };
        for (const wrapped of wrapText(line.text, width, font).lines) {
            y += line.size * LINE_HEIGHT;
            texts.push(
                `<text x="${x}" y="${(y - line.size * 0.3).toFixed(1)}" font-size="${line.size}"${line.bold ? ' font-weight="bold"' : ''}${align === 'end' ? ' text-anchor="end"' : ''} fill="${escapeAttribute(palette[line.role].fill ?? '#000')}">${escapeText(wrapped)}</text>`
            );
        }
    }
    const height = Math.ceil(y + 2);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeAttribute(FONT_FAMILY)}">${texts.join('')}</svg>`;
    return { svg, width, height };
}

/** The slide deck's first page: the journey's title, its description and objectives, its personas. */
export function titlePageLines(journey: Journey): TextLine[] {
    const lines: TextLine[] = [{ text: journey.title, size: 36, bold: true, role: 'title' }];
    if (journey.description) lines.push({ text: journey.description, size: 18, role: 'text', gap: 14 });
    if (journey.objectives.length > 0) {
        lines.push({ text: 'Objectives', size: 16, bold: true, role: 'muted', gap: 22 });
        lines.push(...journey.objectives.map(objective => ({ text: `•  ${objective}`, size: 18, role: 'text' as const, gap: 4 })));
    }
    if (journey.personas.length > 0) {
        lines.push({ text: 'Personas', size: 16, bold: true, role: 'muted', gap: 22 });
        for (const persona of journey.personas) {
            lines.push({ text: persona.title, size: 18, bold: true, role: 'text', gap: 6 });
            if (persona.description) lines.push({ text: persona.description, size: 15, role: 'muted' });
        }
    }
    const stages = journey.stages.length;
    const touchpoints = journey.touchpoints.length;
    lines.push({
        text: `${stages} stage${stages === 1 ? '' : 's'} · ${touchpoints} touchpoint${touchpoints === 1 ? '' : 's'}`,
        size: 15,
        role: 'muted',
        gap: 22
    });
    return lines;
}
