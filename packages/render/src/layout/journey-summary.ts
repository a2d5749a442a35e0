/**
 * One paragraph that says what a journey map shows, for people who do not see it: the
 * drawing's `<desc>` (screen readers read it after the `<title>`). Written from the model
 * alone, so every view of a journey says the same thing. Long lists are cut: a 1,000-step
 * journey still gets a paragraph, not a chapter.
 */
import { plural, type Journey, type Touchpoint } from '@cjourney/model';

/** How many names a list says before "and N more". */
const LIST_LIMIT = 12;

function list(items: readonly string[]): string {
    if (items.length <= LIST_LIMIT) return items.join(', ');
    return `${items.slice(0, LIST_LIMIT).join(', ')} and ${items.length - LIST_LIMIT} more`;
}

/** A sentence ending in a full stop, whatever the author wrote. */
function sentence(text: string): string {
    const trimmed = text.trim();
    return /[.!?。！？]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

function lowestEmotions(journey: Journey, byId: ReadonlyMap<string, Touchpoint>): string | undefined {
    const felt = journey.path
        .map(id => byId.get(id))
        .filter((touchpoint): touchpoint is Touchpoint => touchpoint?.emotionScore !== undefined);
    if (felt.length === 0) return undefined;
    const lowest = Math.min(...felt.map(touchpoint => touchpoint.emotionScore!));
    const where = felt.filter(touchpoint => touchpoint.emotionScore === lowest).map(touchpoint => touchpoint.title);
    return `Lowest emotion: ${felt.find(touchpoint => touchpoint.emotionScore === lowest)!.emotion} at ${list(where)}.`;
}

function pains(journey: Journey, byId: ReadonlyMap<string, Touchpoint>): string | undefined {
    const said = journey.path.flatMap(id => (byId.get(id)?.pains ?? []).map(pain => `${pain.text} (${byId.get(id)!.title})`));
    return said.length > 0 ? `${plural(said.length, 'pain point')}: ${list(said)}.` : undefined;
}

export function journeySummary(journey: Journey): string {
    const byId = new Map(journey.touchpoints.map(touchpoint => [touchpoint.id, touchpoint]));
    const steps = journey.path.map(id => byId.get(id)?.title ?? id);
    return [
        sentence(journey.title),
        journey.description && sentence(journey.description),
        `${plural(journey.stages.length, 'stage')}${journey.stages.length > 0 ? `: ${list(journey.stages.map(stage => stage.title))}` : ''}.`,
        `${plural(steps.length, 'step')}${steps.length > 0 ? ` in path order: ${list(steps)}` : ''}.`,
        lowestEmotions(journey, byId),
        pains(journey, byId)
    ]
        .filter(Boolean)
        .join(' ');
}
