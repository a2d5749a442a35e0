/**
 * The diff for a terminal: one line per changed element, `+` added, `-` removed, `~`
 * changed, coloured when standard output is a terminal (and NO_COLOR is not set).
 */
import {
    describeChanges,
    type ElementDiff,
    type FlowEdge,
    type JourneyChange,
    type JourneyDiff,
    journeyElements,
    KIND_WORD,
    placeOf,
    plural,
    type Style
} from '@cjourney/model';

const COLOURS = {
    added: '\u001b[32m',
    removed: '\u001b[31m',
    changed: '\u001b[33m',
    bold: '\u001b[1m',
    dim: '\u001b[2m',
    reset: '\u001b[0m'
};

const SIGN = { added: '+', removed: '-', changed: '~' } as const;

/**
 * Quotes user text. Line breaks and other control characters are shown escaped, so one change
 * stays on one line and no text can send escape sequences to the terminal.
 */
const plain: Style = {
    text: value => `"${showControlCharacters(value)}"`,
    word: value => value,
    strong: value => value,
    emotion: value => value,
    added: '+',
    removed: '-'
};

export function formatDiffText(diff: JourneyDiff, colour: boolean): string {
    const paint = (code: keyof typeof COLOURS, text: string) => (colour ? `${COLOURS[code]}${text}${COLOURS.reset}` : text);
    const lines: string[] = [];
    for (const journey of diff.journeys) {
        lines.push(paint('bold', journeyHeading(journey)));
        for (const element of journeyElements(journey)) {
            lines.push('  ' + paint(element.status, `${SIGN[element.status]} ${elementLine(element)}`));
        }
        journey.flows.added.forEach(edge => lines.push('  ' + paint('added', `+ flow ${edgeText(edge)}`)));
        journey.flows.removed.forEach(edge => lines.push('  ' + paint('removed', `- flow ${edgeText(edge)}`)));
    }
    if (diff.shared.length > 0) {
        lines.push(paint('bold', 'shared definitions'));
        diff.shared.forEach(element =>
            lines.push('  ' + paint(element.status, `${SIGN[element.status]} ${elementLine(element)} (${element.file})`))
        );
    }
    lines.push(diff.summary.identical ? 'No journey changes.' : `Summary: ${diff.summary.items.map(item => item.text).join(', ')}.`);
    return lines.join('\n') + '\n';
}

function journeyHeading(journey: JourneyChange): string {
    const where = journey.fileBefore ? `${journey.fileBefore} → ${journey.file}` : journey.file;
    const size = journey.size ? ` (${plural(journey.size.stages, 'stage')}, ${plural(journey.size.touchpoints, 'touchpoint')})` : '';
    const changes = journey.status === 'changed' ? describeChanges(journey, plain) : [];
    return `${where}: journey ${journey.id} ${plain.text(journey.title)} ${journey.status}${size}${changes.length > 0 ? ': ' + changes.join('; ') : ''}`;
}

/** A journey's changed parts in reading order: stages, touchpoints, KPIs, then the people and channels. */
function elementLine(element: ElementDiff): string {
    const name = element.kind === 'touchpoint' ? placeOf(element, plain) : plain.text(element.title);
    const id = element.id === element.title ? '' : ` (${element.id})`;
    const changes = element.status === 'changed' ? describeChanges(element, plain) : [];
    return `${KIND_WORD[element.kind]} ${name}${id}${changes.length > 0 ? ': ' + changes.join('; ') : ''}`;
}

function showControlCharacters(value: string): string {
    // eslint-disable-next-line no-control-regex
    return value.replace(/[\u0000-\u001f\u007f-\u009f]/g, character =>
        character === '\n' ? '\\n' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
    );
}

function edgeText(edge: FlowEdge): string {
    return `${plain.text(edge.from.title)} -> ${plain.text(edge.to.title)}`;
}
