/**
 * `cjourney export --format mermaid`: a Mermaid `journey` diagram that GitHub renders inline.
 * Sections are stages, tasks are touchpoints, the score is the emotion's number on the
 * five-step scale (3, the neutral middle, when a touchpoint has no emotion, because Mermaid
 * needs a score), actors are the persona then the stakeholders the touchpoint involves.
 * Text is written with Mermaid's entity codes where it would break the diagram.
 */
import type { Journey } from '@cjourney/language';

const NEUTRAL_SCORE = 3;

/** Makes text safe in a Mermaid journey line: its separators become entity codes. */
export function mermaidText(text: string): string {
    return text.replace(/[#:;,%]/g, character => `#${character.charCodeAt(0)};`).replace(/\r?\n/g, '<br>').trim();
}

/** Mermaid needs a non-empty title, section and task name: fall back to the id. */
function label(text: string, id: string): string {
    return mermaidText(text) || id;
}

export function exportMermaid(journey: Journey): string {
    const lines = ['journey', `    title ${label(journey.title, journey.id)}`];
    if (journey.description) {
        // Several lines go in Mermaid's block form; `}` would end it, so it is written as an entity.
        const description = journey.description.split(/\r?\n/).map(line => mermaidText(line).replace(/\}/g, '#125;'));
        lines.push(...(description.length > 1 ? ['    accDescr {', ...description.map(line => `      ${line}`), '    }'] : [`    accDescr: ${description[0]}`]));
    }
    const titleOf = (items: readonly { id: string; title: string }[], id: string) => items.find(item => item.id === id)?.title ?? id;
    for (const stage of journey.stages) {
        lines.push(`    section ${label(stage.title, stage.id)}`);
        for (const touchpoint of journey.touchpoints.filter(candidate => candidate.stageId === stage.id)) {
            const actors = [
                ...(touchpoint.personaId ? [titleOf(journey.personas, touchpoint.personaId)] : []),
                ...touchpoint.involvedIds.map(id => titleOf(journey.stakeholders, id))
            ].map(actor => mermaidText(actor)).filter(actor => actor !== '');
            const score = touchpoint.emotionScore ?? NEUTRAL_SCORE;
            lines.push(`      ${label(touchpoint.title, touchpoint.id)}: ${score}${actors.length > 0 ? `: ${actors.join(', ')}` : ''}`);
        }
    }
    return lines.join('\n') + '\n';
}
