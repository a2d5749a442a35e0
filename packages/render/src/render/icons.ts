/**
 * The line icons of the views, drawn on a 16 × 16 grid with strokes only (they take the
 * `icon` role's colour). Channel icons help the eye; the channel's name is always written
 * beside them, so no meaning rests on the icon alone.
 */
import type { IconName } from '../layout/scene.js';

/** A circle as two arcs, for icons. */
function ring(cx: number, cy: number, r: number): string {
    return `M${cx - r} ${cy}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0`;
}

export const ICON_PATHS: Readonly<Record<IconName, string>> = {
    web: `${ring(8, 8, 6.5)} M1.5 8h13 M8 1.5c-2.4 2.2-2.4 10.8 0 13 M8 1.5c2.4 2.2 2.4 10.8 0 13`,
    app: 'M5 1.5h6a1 1 0 0 1 1 1v11a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-11a1 1 0 0 1 1-1Z M7 12.5h2',
    email: 'M2 3.5h12v9H2Z M2 4l6 5 6-5',
    sms: 'M2.5 3h11v7.5H7l-3 2.5v-2.5H2.5Z M5 6h6 M5 8h4',
    phone: 'M4 2l2.5.5 1 3-1.5 1.2a8 8 0 0 0 3.3 3.3l1.2-1.5 3 1 .5 2.5-1.5 1.5C7.5 14 2 8.5 2.5 3.5Z',
    chat: 'M1.5 2.5h8V8H5L3 9.8V8H1.5Z M11.5 5.5h3v6H13v1.8l-2-1.8H7V10',
    social: `${ring(4.5, 8, 1.8)} ${ring(11.5, 3.8, 1.8)} ${ring(11.5, 12.2, 1.8)} M6.1 7.1l3.8-2.3 M6.1 8.9l3.8 2.3`,
    ads: 'M2 6.5h2.5l6-3.5v10l-6-3.5H2Z M4.5 9.5l1 4h2l-1-4 M12.5 6.5v3',
    store: 'M2 6.5h12 M2.5 6.5l1-4h9l1 4 M3 6.5V14h10V6.5 M6.5 14v-4h3v4',
    event: 'M2 3.5h12V14H2Z M2 6.5h12 M5 2v3 M11 2v3',
    mail: 'M2 5l6-3 6 3v7l-6 3-6-3Z M2 5l6 3 6-3 M8 8v7',
    partner: 'M6.5 9.5l3-3 M7 4.5l1-1a2.5 2.5 0 0 1 3.5 3.5l-1 1 M9 11.5l-1 1a2.5 2.5 0 0 1-3.5-3.5l1-1',
    online: 'M2 3h12v8H2Z M6 14h4 M8 11v3',
    offline: `M8 14.5s-4.5-4.5-4.5-8a4.5 4.5 0 0 1 9 0c0 3.5-4.5 8-4.5 8Z ${ring(8, 6.5, 1.5)}`,
    channel: `${ring(8, 8, 6)} ${ring(8, 8, 2)}`,
    persona: `${ring(8, 5, 2.5)} M3 14c.5-3 2.5-4.5 5-4.5s4.5 1.5 5 4.5`,
    owner: 'M2.5 5h11v8h-11Z M6 5V3.5h4V5 M2.5 8.5h11',
    goal: `${ring(8, 8, 6)} ${ring(8, 8, 3)} M8 8h.01`,
    trigger: 'M9 1.5L3.5 9H8l-1 5.5L12.5 7H8Z',
    action: 'M2.5 8h10 M9 4.5L12.5 8 9 11.5',
    stakeholders: `${ring(5.5, 5, 2)} ${ring(11, 6, 1.6)} M1.5 13c.4-2.6 2-4 4-4s3.6 1.4 4 4 M10 9.5c2 0 3.8 1 4.5 3.5`,
    kpi: 'M2 14h12 M4 14V9 M8 14V4 M12 14V7',
    loop: 'M12.5 6A5 5 0 1 0 13 10 M12.8 2.5V6H9.3'
};
