/**
 * Reads a Mermaid `journey` diagram exactly as Mermaid does, so that what imports is what
 * Mermaid draws and what fails names the same line. It follows Mermaid's own steps:
 * preprocessing (line endings, YAML front matter, `%%{…}%%` directives, whole-line `%%`
 * comments), then the journey grammar's lexer (journey.jison: its rules in their order,
 * first match wins, case-insensitive) and grammar. Line numbers are those of the input.
 */
import { parse as parseYaml } from 'yaml';
import { type Token, tokens } from './mermaid-lexer.js';
import { decodeMermaidText, hideEntityCodes } from './mermaid-text.js';

export interface MermaidTask {
    name: string;
    /** The score as written (Mermaid reads it with `Number`, so it may be any number, or NaN). */
    score: number;
    scoreText: string;
    actors: string[];
    line: number;
    /** Where the score is written, so a warning about it points at it. */
    scoreColumn: number;
    /** The data had more than `score: actors`: Mermaid ignores the rest, and it hints at a ':' meant for the name. */
    extraColon: boolean;
}

export interface MermaidSection {
    /** Empty for the tasks written before any `section`. */
    name: string;
    line: number;
    tasks: MermaidTask[];
}

export interface MermaidJourney {
    title?: string;
    /** The front matter's `title:`, which Mermaid shows when there is no `title` line. */
    frontMatterTitle?: string;
    accTitle?: string;
    accDescr?: string;
    /**
     * The actors a `%% cjourney stakeholders: A, B` comment names (written by `cjourney export`):
     * they are stakeholders the steps involve; every other actor is a persona.
     */
    stakeholderActors?: string[];
    sections: MermaidSection[];
}

export interface MermaidProblem {
    line: number;
    column: number;
    message: string;
}

/** `warnings`: what Mermaid reads but the import does not keep (drawing settings). */
export type MermaidParseResult =
    { journey: MermaidJourney; problems: []; warnings: MermaidProblem[] } | { journey?: undefined; problems: MermaidProblem[] };

/** Mermaid's preprocessing, keeping every line where it was so problems keep their line numbers. */
interface Preprocessed {
    text: string;
    frontMatterTitle?: string;
    stakeholderActors?: string[];
    problems: MermaidProblem[];
    warnings: MermaidProblem[];
}

/** The comment `cjourney export` writes to say which actors are stakeholders, so the import reads them back as such. */
export const STAKEHOLDER_ACTORS_COMMENT = '%% cjourney stakeholders:';

function stakeholderActorsOf(text: string): string[] | undefined {
    const line = text.split('\n').find(candidate => candidate.trimStart().startsWith(STAKEHOLDER_ACTORS_COMMENT));
    return line
        ?.trimStart()
        .slice(STAKEHOLDER_ACTORS_COMMENT.length)
        .split(',')
        .map(actor => decodeMermaidText(hideEntityCodes(actor), 'actor').trim())
        .filter(actor => actor !== '');
}

function preprocess(source: string): Preprocessed {
    let text = source.replace(/\r\n?/g, '\n');
    const problems: MermaidProblem[] = [];
    const warnings: MermaidProblem[] = [];
    let frontMatterTitle: string | undefined;
    const frontMatter = /^-{3}\s*\n([\s\S]*?)\n-{3}\s*\n+/.exec(text);
    if (frontMatter) {
        try {
            const metadata: unknown = parseYaml(frontMatter[1]);
            const title = (metadata as { title?: unknown } | null)?.title;
            frontMatterTitle = title === undefined || title === null ? undefined : String(title);
            warnings.push(...droppedFrontMatter(metadata, frontMatter[1]));
        } catch (error) {
            // The YAML starts on line 2; yaml's positions are 1-based within it.
            const position = (error as { linePos?: { line: number; col: number }[] }).linePos?.[0] ?? { line: 1, col: 1 };
            problems.push({
                line: position.line + 1,
                column: position.col,
                message: `the front matter is not valid YAML: ${(error as Error).message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`
            });
        }
        text = blankOut(text, 0, frontMatter[0].length);
    }
    const locate = locator(text);
    text = text.replace(/%%\{[\s\S]*?\}%%/g, (directive, offset: number) => {
        warnings.push({
            ...locate(offset),
            message: `the directive ${oneLine(directive)} sets how Mermaid draws; a .cjourney does not keep it, so the import drops it`
        });
        return blankOut(directive, 0, directive.length);
    });
    const stakeholderActors = stakeholderActorsOf(text);
    text = text.replace(/^\s*%%(?!\{)[^\n]+/gm, comment => blankOut(comment, 0, comment.length));
    return { text: hideEntityCodes(text), frontMatterTitle, stakeholderActors, problems, warnings };
}

/** Front matter keys other than `title` (Mermaid's `config`, `displayMode`) set how Mermaid draws: say they are dropped. */
function droppedFrontMatter(metadata: unknown, yaml: string): MermaidProblem[] {
    if (metadata === null || typeof metadata !== 'object' || Array.isArray(metadata)) return [];
    const lines = yaml.split('\n');
    return Object.keys(metadata)
        .filter(key => key !== 'title')
        .map(key => {
            const index = lines.findIndex(
                line => line.startsWith(`${key}:`) || line.startsWith(`"${key}":`) || line.startsWith(`'${key}':`)
            );
            return {
                line: index < 0 ? 2 : index + 2,
                column: 1,
                message: `the front matter's '${key}' sets how Mermaid draws; a .cjourney does not keep it, so the import drops it`
            };
        });
}

function oneLine(text: string): string {
    const flat = text.replace(/\s+/g, ' ');
    return flat.length > 60 ? `${flat.slice(0, 57)}…` : flat;
}

/** Replaces a part of the text with spaces, keeping its line breaks. */
function blankOut(text: string, from: number, to: number): string {
    return text.slice(0, from) + text.slice(from, to).replace(/[^\n]/g, ' ') + text.slice(to);
}

export function parseMermaidJourney(source: string): MermaidParseResult {
    const { text, frontMatterTitle, stakeholderActors, problems, warnings } = preprocess(source);
    if (problems.length > 0) {
        return { problems };
    }
    const locate = locator(text);
    const start = text.search(/\S/);
    if (start < 0 || !/^journey/.test(text.slice(start))) {
        return { problems: [{ ...locate(Math.max(0, start)), message: "not a Mermaid journey diagram: it must start with 'journey'" }] };
    }
    const journey: MermaidJourney = {
        sections: [],
        ...(frontMatterTitle === undefined ? {} : { frontMatterTitle }),
        ...(stakeholderActors === undefined ? {} : { stakeholderActors })
    };
    const stream = tokens(text, start);
    stream.next(); // the `journey` keyword
    let section: MermaidSection | undefined;
    const currentSection = (line: number) => {
        if (!section) {
            section = { name: '', line, tasks: [] };
            journey.sections.push(section);
        }
        return section;
    };
    for (let token = stream.next().value as Token; token.type !== 'EOF'; token = stream.next().value as Token) {
        const where = locate(token.offset);
        if (token.type === 'NEWLINE' || readHeader(journey, token, stream)) {
            continue;
        }
        if (token.type === 'section') {
            section = { name: decodeMermaidText(token.text.slice(8), 'section').trim(), line: where.line, tasks: [] };
            journey.sections.push(section);
            continue;
        }
        if (token.type !== 'taskName') {
            return { problems: [{ ...where, message: unexpected(token) }] };
        }
        const task = readTask(token, stream.next().value as Token, locate);
        if ('problem' in task) {
            return { problems: [task.problem] };
        }
        currentSection(where.line).tasks.push(task);
    }
    return { journey, problems: [], warnings };
}

/** `title`, `accTitle` and `accDescr` (one line or a block): true when the token was one of them. */
function readHeader(journey: MermaidJourney, token: Token, stream: Generator<Token>): boolean {
    switch (token.type) {
        case 'title':
            journey.title = decodeMermaidText(token.text.slice(6), 'title').trim();
            return true;
        case 'acc_title':
            journey.accTitle = decodeMermaidText((stream.next().value as Token).text, 'title').trim();
            return true;
        case 'acc_descr':
            journey.accDescr = decodeMermaidText((stream.next().value as Token).text, 'description').trim();
            return true;
        case 'acc_descr_multiline_value':
            journey.accDescr = decodeMermaidText(token.text.trim().replace(/\n\s+/g, '\n'), 'description');
            return true;
        default:
            return false;
    }
}

/** A task from its name token and the data token after it (`: score: actors`), or the problem when it has no score. */
function readTask(name: Token, data: Token, locate: ReturnType<typeof locator>): MermaidTask | { problem: MermaidProblem } {
    const where = locate(name.offset);
    if (data.type !== 'taskData') {
        const written = name.text.trim();
        return {
            problem: {
                ...locate(data.type === 'EOF' || data.type === 'NEWLINE' ? name.offset : data.offset),
                message: taskWithoutScore(written, data)
            }
        };
    }
    const score = data.text.slice(1).split(':')[0];
    const scoreColumn = locate(data.offset + 1 + score.length - score.trimStart().length).column;
    return taskOf(name.text, data.text, where.line, scoreColumn);
}

/** 1-based line and column of an offset, by binary search over the line starts. */
function locator(text: string): (offset: number) => { line: number; column: number } {
    const starts = [0];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) {
        starts.push(index + 1);
    }
    return offset => {
        let low = 0;
        let high = starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return { line: low + 1, column: offset - starts[low] + 1 };
    };
}

/** Mermaid's addTask (names are trimmed after decoding, so a trailing `<br>` is dropped as Mermaid draws nothing for it): the data after the first `:` is `score: actor, actor` (anything after a second `:` is ignored). */
function taskOf(name: string, data: string, line: number, scoreColumn: number): MermaidTask {
    const pieces = data.slice(1).split(':');
    const actors = pieces.length > 1 ? pieces[1].split(',').map(actor => decodeMermaidText(actor, 'actor').trim()) : [];
    return {
        name: decodeMermaidText(name, 'task').trim(),
        score: Number(pieces[0]),
        scoreText: pieces[0].trim(),
        actors,
        line,
        scoreColumn,
        extraColon: pieces.length > 2
    };
}

function taskWithoutScore(name: string, next: Token): string {
    if (next.type === 'INVALID') {
        return `the task '${name}' cannot go on with '${next.text}': Mermaid journeys do not allow ';' in names (write #59; for it)`;
    }
    return `the task '${name}' needs a score: write '${name}: 5' (a score from 0 to 5, then optional actors, e.g. '${name}: 5: Me, Cat')`;
}

function unexpected(token: Token): string {
    switch (token.type) {
        case 'journey':
            return `'${token.text}' may only start the diagram; a task or section name cannot start with it (write #${token.text.codePointAt(0)}; for its first letter)`;
        case 'taskData':
        case ':':
            return `a task needs a name before ':' (e.g. 'Make tea: 5: Me')`;
        case 'INVALID':
            return token.text === ';' ? "Mermaid journeys do not allow ';' (write #59; for it)" : `unexpected '${token.text}'`;
        default:
            return `unexpected '${token.text.trim()}'`;
    }
}
