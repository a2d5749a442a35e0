/**
 * A parsed Mermaid journey as `.cjourney` text that checks with no error: sections become
 * stages, tasks touchpoints, scores emotions (5 delighted … 1 angry, 0 angry too), and
 * actors people: Mermaid's actors are the people who do a task, so each is a persona of the
 * step (version 2: several per step), except those the `%% cjourney stakeholders:` comment of
 * a cjourney export names, which are stakeholders the step involves.
 * Names that are not identifiers get a readable unique id and keep their text as title.
 */
import { EMOTION_SCORE, type Emotion } from '@cjourney/model';
import type { MermaidJourney, MermaidProblem, MermaidTask } from './parse-mermaid-journey.js';

const EMOTION_OF_SCORE = new Map<number, Emotion>(Object.entries(EMOTION_SCORE).map(([emotion, score]) => [score, emotion as Emotion]));

export interface ImportResult {
    text: string;
    /** Things Mermaid draws that the journey keeps only approximately (e.g. a score of 7). */
    warnings: MermaidProblem[];
}

/** Reserved words of the grammar; ids made here start with a capital letter, but a check costs nothing. */
export interface IdRules {
    reserved: ReadonlySet<string>;
}

/** Every diagram Mermaid draws imports (what it cannot keep exactly is a warning); the union type is kept for callers. */
export function mermaidToCjourney(
    journey: MermaidJourney,
    sourceName: string,
    rules: IdRules
): ImportResult | { problems: MermaidProblem[] } {
    return new CjourneyWriter(journey, sourceName, rules).write();
}

class CjourneyWriter {
    private readonly warnings: MermaidProblem[] = [];
    private readonly stageIds: IdMaker;
    private readonly touchpointIds: IdMaker;
    private readonly personas = new Map<string, string>();
    private readonly stakeholders = new Map<string, string>();
    private readonly personaIds: IdMaker;
    private readonly stakeholderIds: IdMaker;

    constructor(
        private readonly journey: MermaidJourney,
        private readonly sourceName: string,
        rules: IdRules
    ) {
        this.stageIds = new IdMaker('Stage', rules);
        this.touchpointIds = new IdMaker('Step', rules);
        this.personaIds = new IdMaker('Persona', rules);
        this.stakeholderIds = new IdMaker('Actor', rules);
    }

    write(): ImportResult {
        const journey = this.journey;
        const title = journey.title ?? journey.frontMatterTitle ?? journey.accTitle ?? this.sourceName.replace(/\.[^.]*$/, '');
        const stages = journey.sections.map(section => {
            const body = section.tasks.map(task => this.touchpoint(task));
            return `  stage ${this.stageIds.make(section.name)}${titlePart(section.name, this.stageIds.last)} {\n${body.join('')}  }\n`;
        });
        const people = [
            ...[...this.personas].map(([name, id]) => `  persona ${id}${titlePart(name, id)}\n`),
            ...[...this.stakeholders].map(([name, id]) => `  stakeholder ${id}${titlePart(name, id)}\n`)
        ];
        const header = [`// Imported by cjourney from the Mermaid journey ${oneLine(this.sourceName)}.`];
        // The accessible title is kept in the model (the SVG's <desc> says it): as the title when
        // there is none, else as the description's first line. Exported back as accTitle = title and
        // accDescr = description, a second import reads the same model.
        const accTitle =
            journey.accTitle !== undefined && journey.accTitle !== title && journey.accTitle !== '' ? journey.accTitle : undefined;
        const descriptionText = [accTitle, journey.accDescr].filter(text => text !== undefined && text !== '').join('\n');
        const description = descriptionText === '' ? '' : `  description ${quote(descriptionText)}\n`;
        const journeyId = new IdMaker('Journey', { reserved: new Set() }).make(title);
        const text =
            `${header.join('\n')}\njourney ${journeyId}${titlePart(title, journeyId)} {\n${description}` +
            `${people.length > 0 ? '\n' + people.join('') : ''}${stages.length > 0 ? '\n' + stages.join('\n') : ''}}\n`;
        return { text, warnings: this.warnings };
    }

    private touchpoint(task: MermaidTask): string {
        const id = this.touchpointIds.make(task.name);
        const emotion = this.emotion(task);
        const facts = emotion === undefined ? [] : [`emotion ${emotion}`];
        // An empty trailing ':' is Mermaid's empty actor, drawn as such: keep it (as a persona without a title).
        const actors = task.actors.length === 1 && task.actors[0] === '' ? [''] : [...new Set(task.actors.filter(actor => actor !== ''))];
        const known = new Set(this.journey.stakeholderActors ?? []);
        const personas = actors.filter(actor => !known.has(actor));
        const involved = actors.filter(actor => known.has(actor));
        if (personas.length > 0) {
            facts.push(`persona ${personas.map(actor => this.person(this.personas, this.personaIds, actor)).join(', ')}`);
        }
        if (involved.length > 0) {
            facts.push(`involves ${involved.map(actor => this.person(this.stakeholders, this.stakeholderIds, actor)).join(', ')}`);
        }
        return `    touchpoint ${id}${titlePart(task.name, id)}${facts.length > 0 ? ` { ${facts.join(' ')} }` : ''}\n`;
    }

    /**
     * Mermaid draws any number; the journey has five steps: round, and keep 0–5 (0 is angry).
     * A score that is not a number (Mermaid reads NaN and draws no face) gives no emotion.
     */
    private emotion(task: MermaidTask): Emotion | undefined {
        const where = { line: task.line, column: task.scoreColumn };
        // Mermaid ends a task name at its first ':', so a ':' meant for the name shifts the score.
        const colonHint = task.extraColon ? "; Mermaid ends a task name at its first ':' (write #58; for a ':' inside a name)" : '';
        if (Number.isNaN(task.score)) {
            this.warnings.push({
                ...where,
                message: `the score '${task.scoreText}' of '${oneLine(task.name)}' is not a number${colonHint}; imported without an emotion`
            });
            return undefined;
        }
        const score = Math.min(5, Math.max(0, Math.round(task.score)));
        const emotion = EMOTION_OF_SCORE.get(Math.max(1, score))!;
        if (score !== task.score) {
            this.warnings.push({
                ...where,
                message: `the score ${task.scoreText} of '${oneLine(task.name)}' is not a whole number from 0 to 5${colonHint}; imported as ${emotion} (${EMOTION_SCORE[emotion]})`
            });
        }
        return emotion;
    }

    private person(known: Map<string, string>, ids: IdMaker, name: string): string {
        if (!known.has(name)) {
            known.set(name, ids.make(name));
        }
        return known.get(name)!;
    }
}

/** Makes identifiers from names: `Make tea` → `MakeTea`, unique within one kind. */
class IdMaker {
    private readonly taken = new Set<string>();
    private count = 0;
    last = '';

    constructor(
        private readonly fallback: string,
        private readonly rules: IdRules
    ) {}

    make(name: string): string {
        this.count++;
        const words = name
            .normalize('NFKD')
            .replace(/[\u0300-\u036f]/g, '')
            .split(/[^A-Za-z0-9]+/)
            .filter(Boolean);
        let base = words
            .map(word => word[0].toUpperCase() + word.slice(1))
            .join('')
            .slice(0, 40);
        if (base === '' || name.trim() === '') {
            base = `${this.fallback}${this.count}`;
        } else if (/^[0-9]/.test(base)) {
            base = `${this.fallback}${base}`;
        }
        if (this.rules.reserved.has(base)) {
            base = `${base}_`;
        }
        let id = base;
        for (let n = 2; this.taken.has(id); n++) {
            id = `${base}_${n}`;
        }
        this.taken.add(id);
        this.last = id;
        return id;
    }
}

/** ` "Title"` when the text is not exactly the id. */
function titlePart(text: string, id: string): string {
    return text === id ? '' : ` ${quote(text)}`;
}

/** A `.cjourney` string: backslash, quote and line breaks escaped. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r/g, '\\r').replace(/\n/g, '\\n')}"`;
}

function oneLine(text: string): string {
    return text.replace(/[\r\n]+/g, ' ');
}
