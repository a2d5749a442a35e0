/**
 * `cjourney export --format mermaid`: a journey as a Mermaid `journey` diagram, which GitHub
 * renders inline. Sections are the stages, tasks the touchpoints, a task's score is its
 * emotion on the contract's scale (delighted 5 … angry 1), and its actors are the persona
 * and the involved stakeholders, by title (what a reader of the rendered diagram needs).
 * A touchpoint without an emotion scores 3, the middle of the scale, so it does not pull
 * the curve up or down.
 */
import path from 'node:path';
import { type CjourneyModel, EMOTION_SCORE, type Journey, type Touchpoint } from '@cjourney/model';
import { UsageError } from '../cli-error.js';
import { encodeMermaidText } from './mermaid-text.js';
import { STAKEHOLDER_ACTORS_COMMENT } from './parse-mermaid-journey.js';

/** The score of a touchpoint without an emotion. */
export const NO_EMOTION_SCORE = 3;

export function exportMermaid(model: CjourneyModel): string {
    if (model.journeys.length !== 1) {
        const ids = model.journeys.map(journey => journey.id).join(', ');
        throw new UsageError(
            model.journeys.length === 0
                ? `${model.file} holds no journey to export`
                : `${model.file} holds ${model.journeys.length} journeys (${ids}); choose one with --journey`
        );
    }
    return journeyToMermaid(model.journeys[0], model.file);
}

export function journeyToMermaid(journey: Journey, file: string): string {
    // Mermaid applies a `%%{init: …}%%` directive wherever it stands, even in a comment: the
    // file name (the pull request's) is encoded like any user text, so its `%%` stays inert.
    const lines = [`%% Exported by cjourney from ${encodeMermaidText(headerPath(file), 'title')} (journey ${journey.id})`];
    const actors = actorTitles(journey);
    const stakeholderActors = involvedActors(journey, actors);
    if (stakeholderActors.length > 0) {
        // Mermaid draws every actor alike; the comment lets `cjourney import` tell stakeholders from personas.
        lines.push(`${STAKEHOLDER_ACTORS_COMMENT} ${stakeholderActors.map(actor => encodeMermaidText(actor, 'actor')).join(', ')}`);
    }
    lines.push('journey');
    // Mermaid rejects an empty title: a journey titled "" is named by its id, as stages and tasks are.
    const title = encodeMermaidText(journey.title.trim() || journey.id, 'title');
    // accTitle too: Mermaid gives the drawn SVG no accessible name from `title` alone.
    lines.push(`    title ${title}`, `    accTitle: ${title}`);
    if (journey.description !== undefined) {
        lines.push(...descriptionLines(journey.description));
    }
    const touchpoints = new Map(journey.touchpoints.map(touchpoint => [touchpoint.id, touchpoint]));
    journey.stages.forEach((stage, index) => {
        // Tasks before any section are Mermaid's stage without a title: only the first stage can be one.
        if (stage.title.trim() !== '' || index > 0) {
            lines.push(`    section ${encodeMermaidText(stage.title.trim() || stage.id, 'section')}`);
        }
        for (const id of stage.touchpointIds) {
            lines.push(`        ${taskLine(touchpoints.get(id)!, actors)}`);
        }
    });
    return lines.join('\n') + '\n';
}

/**
 * The input as the header names it: relative to the working directory, even outside it
 * (`../x.cjourney`), because an absolute path would publish the author's folders with the diagram.
 */
function headerPath(file: string): string {
    return path.isAbsolute(file) ? path.relative(process.cwd(), file).split(path.sep).join('/') || '.' : file;
}

function descriptionLines(description: string): string[] {
    const encoded = encodeMermaidText(description, 'description');
    if (!encoded.includes('\n')) {
        return [`    accDescr: ${encoded}`];
    }
    return ['    accDescr {', ...encoded.split('\n').map(line => `        ${line}`), '    }'];
}

interface ActorTitles {
    personas: ReadonlyMap<string, string>;
    stakeholders: ReadonlyMap<string, string>;
}

function actorTitles(journey: Journey): ActorTitles {
    return {
        personas: new Map(journey.personas.map(persona => [persona.id, persona.title])),
        stakeholders: new Map(journey.stakeholders.map(stakeholder => [stakeholder.id, stakeholder.title]))
    };
}

/** The titles of the stakeholders steps involve (as actors), in first-use order. */
function involvedActors(journey: Journey, titles: ActorTitles): string[] {
    const involved = journey.touchpoints.flatMap(touchpoint =>
        touchpoint.involvedIds.map(id => (titles.stakeholders.get(id) ?? id).trim())
    );
    return [...new Set(involved.filter(actor => actor !== ''))];
}

function taskLine(touchpoint: Touchpoint, titles: ActorTitles): string {
    const name = encodeMermaidText(touchpoint.title.trim() || touchpoint.id, 'task');
    const score = scoreOf(touchpoint);
    const actors = actorsOf(touchpoint, titles).map(actor => encodeMermaidText(actor, 'actor'));
    return actors.length > 0 ? `${name}: ${score}: ${actors.join(', ')}`.trimEnd() : `${name}: ${score}`;
}

/**
 * Mermaid gives a task one score: the step's emotion, or (version 2) the rounded mean of its
 * personas' own emotions when the step has no plain one.
 */
function scoreOf(touchpoint: Touchpoint): number {
    if (touchpoint.emotion) {
        return EMOTION_SCORE[touchpoint.emotion];
    }
    const scores = touchpoint.personaEmotions.map(entry => entry.score);
    return scores.length > 0 ? Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length) : NO_EMOTION_SCORE;
}

/** The personas first (version 2: every persona the step names), then the involved stakeholders, by title. */
function actorsOf(touchpoint: Touchpoint, titles: ActorTitles): string[] {
    const personas = touchpoint.personaIds.map(id => titles.personas.get(id)).filter(persona => persona !== undefined);
    const involved = touchpoint.involvedIds.map(id => titles.stakeholders.get(id) ?? id);
    const actors = [...personas, ...involved].map(actor => actor.trim()).filter(actor => actor !== '');
    // Personas without a title alone are Mermaid's empty actor (an empty trailing ':'), as the import reads it.
    return actors.length === 0 && personas.length > 0 && personas.every(persona => persona.trim() === '') && involved.length === 0
        ? ['']
        : actors;
}
