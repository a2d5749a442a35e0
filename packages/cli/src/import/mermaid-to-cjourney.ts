/**
 * Writes a parsed Mermaid journey as a `.cjourney` file that checks with no error:
 * sections become stages, tasks touchpoints, scores emotions (5 delighted … 1 angry, 0 angry),
 * the first actor of a task the persona living it and the other actors stakeholders it
 * involves. Names become identifiers; the original text is kept as the title. `accDescr`
 * becomes the journey's description; `accTitle` is its title only when there is no `title`.
 */
import { EMOTIONS, EMOTION_SCORE, type Emotion } from '@cjourney/language';
import { IdentifierFactory } from './identifiers.js';
import type { MermaidJourney } from './mermaid-parser.js';

/** A `.cjourney` string literal. */
export function quoted(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

export function emotionForMermaidScore(score: number): Emotion {
    const step = Math.min(5, Math.max(1, Math.round(score)));
    return EMOTIONS.find(emotion => EMOTION_SCORE[emotion] === step)!;
}

export function mermaidToCjourney(journey: MermaidJourney): string {
    const title = journey.title ?? journey.accTitle ?? 'Imported journey';
    const journeyId = new IdentifierFactory('ImportedJourney').make(title);
    const personas = new Map<string, string>();
    const stakeholders = new Map<string, string>();
    const personaIds = new IdentifierFactory('Persona');
    const stakeholderIds = new IdentifierFactory('Stakeholder');
    const stageIds = new IdentifierFactory('Stage');
    const touchpointIds = new IdentifierFactory('Touchpoint');

    const stages: string[] = [];
    for (const section of journey.sections) {
        const name = section.name || 'Tasks';
        const lines = [`  stage ${stageIds.make(name)} ${quoted(name)} {`];
        for (const task of section.tasks) {
            const [persona, ...involved] = task.actors;
            const body = [`emotion ${emotionForMermaidScore(task.score)}`];
            if (persona !== undefined) {
                body.unshift(`persona ${idFor(personas, personaIds, persona)}`);
            }
            const involvedIds = [...new Set(involved.map(actor => idFor(stakeholders, stakeholderIds, actor)))];
            if (involvedIds.length > 0) {
                body.push(`involves ${involvedIds.join(', ')}`);
            }
            lines.push(`    touchpoint ${touchpointIds.make(task.name)} ${quoted(task.name)} {`, ...body.map(line => `      ${line}`), '    }');
        }
        lines.push('  }');
        stages.push(lines.join('\n'));
    }

    const header = [`journey ${journeyId} ${quoted(title)} {`];
    if (journey.accDescr) header.push(`  description ${quoted(journey.accDescr)}`);
    const declarations = [
        ...[...personas].map(([text, id]) => `  persona ${id} ${quoted(text)}`),
        ...[...stakeholders].map(([text, id]) => `  stakeholder ${id} ${quoted(text)}`)
    ];
    const blocks = [header.join('\n'), ...(declarations.length > 0 ? [declarations.join('\n')] : []), ...stages];
    return `// Imported from a Mermaid journey diagram.\n${blocks.join('\n\n')}\n}\n`;
}

function idFor(known: Map<string, string>, factory: IdentifierFactory, text: string): string {
    let id = known.get(text);
    if (!id) {
        id = factory.make(text);
        known.set(text, id);
    }
    return id;
}
