/**
 * Reads a Mermaid `journey` diagram the way Mermaid does (its journey.jison lexer and its
 * preprocessing): YAML front matter, `%%` comments and `%%{…}%%` directives, `#` comments,
 * entity codes (`#58;`, `#quot;`), `title`, `accTitle:`, `accDescr:` and `accDescr { … }`,
 * `section`, and tasks `Name: score: actor, actor` with or without actors. Keywords are
 * case-insensitive, as in Mermaid.
 */

export interface MermaidTask {
    name: string;
    score: number;
    actors: string[];
    line: number;
}

export interface MermaidSection {
    /** Empty for tasks written before any section. */
    name: string;
    tasks: MermaidTask[];
}

export interface MermaidJourney {
    title?: string;
    accTitle?: string;
    accDescr?: string;
    sections: MermaidSection[];
}

export interface MermaidProblem {
    line: number;
    message: string;
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
    quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00A0', apos: "'", colon: ':', semi: ';', num: '#', hash: '#', comma: ','
};

/** Mermaid's entity codes: `#58;` (decimal), `#x3A;` (hex) and named ones like `#quot;`. */
export function decodeEntities(text: string): string {
    return text.replace(/#(x[0-9a-fA-F]+|\d+|[a-zA-Z]+);/g, (whole, code: string) => {
        if (/^x/i.test(code)) return safeCodePoint(parseInt(code.slice(1), 16)) ?? whole;
        if (/^\d+$/.test(code)) return safeCodePoint(Number(code)) ?? whole;
        return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
    });
}

function safeCodePoint(value: number): string | undefined {
    return Number.isInteger(value) && value >= 0 && value <= 0x10ffff ? String.fromCodePoint(value) : undefined;
}

/** `<br>`, `<br/>` and `<br />` are line breaks in Mermaid labels. */
function withLineBreaks(text: string): string {
    return text.replace(/<br\s*\/?>/gi, '\n');
}

function clean(text: string): string {
    return withLineBreaks(decodeEntities(text)).trim();
}

/** Entity codes hide `#`, `:` and `;` from the line grammar, as Mermaid's preprocessing does. */
function protectEntities(line: string): { text: string; restore: (part: string) => string } {
    const codes: string[] = [];
    const text = line.replace(/#(x[0-9a-fA-F]+|\d+|[a-zA-Z]+);/g, whole => `\u0000${codes.push(whole) - 1}\u0000`);
    return { text, restore: part => part.replace(/\u0000(\d+)\u0000/g, (_, index: string) => codes[Number(index)]) };
}

export function parseMermaidJourney(source: string): { journey: MermaidJourney; problems: MermaidProblem[] } {
    const problems: MermaidProblem[] = [];
    const journey: MermaidJourney = { sections: [] };
    const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
    let index = skipFrontMatter(lines, journey);
    let sawHeader = false;
    let section: MermaidSection | undefined;

    for (; index < lines.length; index++) {
        const lineNumber = index + 1;
        const { text, restore } = protectEntities(lines[index]);
        // As Mermaid's lexer: `%%{…}%%` directives, `%%` comments at the start of a line, and
        // `#` comments anywhere (entity codes are protected above). A `%%` after a task is text.
        const withoutComments = text.replace(/%%\{.*?\}%%/g, '').replace(/^\s*%%.*$/, '').replace(/#.*$/, '');
        for (const statement of withoutComments.split(';').map(part => part.trim()).filter(part => part !== '')) {
            if (!sawHeader) {
                if (/^journey$/i.test(statement)) {
                    sawHeader = true;
                    continue;
                }
                problems.push({ line: lineNumber, message: `a Mermaid journey starts with 'journey', not '${restore(statement)}'` });
                return { journey, problems };
            }
            const accDescrBlock = /^accDescr\s*\{(.*)$/i.exec(statement);
            if (accDescrBlock) {
                const collected: string[] = [];
                let rest = accDescrBlock[1];
                while (!rest.includes('}') && index + 1 < lines.length) {
                    collected.push(rest);
                    rest = lines[++index];
                }
                if (!rest.includes('}')) {
                    problems.push({ line: lineNumber, message: "accDescr { … } is not closed with '}'" });
                }
                collected.push(rest.split('}')[0]);
                journey.accDescr = clean(restore(collected.join('\n')).split('\n').map(part => part.trim()).filter(Boolean).join('\n'));
                break;
            }
            // As in Mermaid: `title` and `section` are followed by a space, `accTitle`/`accDescr` by a colon.
            const keyword = /^(title|section)\s+(.*)$/i.exec(statement) ?? /^(accTitle|accDescr)\s*:\s*(.*)$/i.exec(statement);
            if (keyword) {
                const value = clean(restore(keyword[2]));
                switch (keyword[1].toLowerCase()) {
                    case 'title': journey.title = value; break;
                    case 'acctitle': journey.accTitle = value; break;
                    case 'accdescr': journey.accDescr = value; break;
                    default:
                        section = { name: value, tasks: [] };
                        journey.sections.push(section);
                }
                continue;
            }
            const task = parseTask(statement, restore, lineNumber, problems);
            if (task) {
                if (!section) {
                    section = { name: '', tasks: [] };
                    journey.sections.push(section);
                }
                section.tasks.push(task);
            }
        }
    }
    if (!sawHeader) {
        problems.push({ line: 1, message: "a Mermaid journey starts with 'journey'; this file is empty" });
    }
    return { journey, problems };
}

/** `Name: score: actor, actor` (Mermaid's taskName + taskData). */
function parseTask(statement: string, restore: (part: string) => string, line: number, problems: MermaidProblem[]): MermaidTask | undefined {
    const [name, scoreText, ...rest] = statement.split(':');
    if (scoreText === undefined) {
        problems.push({ line, message: `expected a task 'Name: score: actors', a section or a title, but found '${restore(statement)}'` });
        return undefined;
    }
    const score = Number(scoreText.trim());
    if (scoreText.trim() === '' || !Number.isFinite(score)) {
        problems.push({ line, message: `the score of '${clean(restore(name))}' must be a number from 0 to 5, not '${restore(scoreText.trim())}'` });
        return undefined;
    }
    if (clean(restore(name)) === '') {
        problems.push({ line, message: 'a task needs a name before its score' });
        return undefined;
    }
    // Mermaid reads actors from the text between the second and a third colon.
    const actors = (rest[0] ?? '').split(',').map(actor => clean(restore(actor))).filter(actor => actor !== '');
    return { name: clean(restore(name)), score, actors, line };
}

/** `---\ntitle: …\n---` before the diagram; its title counts as the journey's title. */
function skipFrontMatter(lines: string[], journey: MermaidJourney): number {
    let first = 0;
    while (first < lines.length && lines[first].trim() === '') first++;
    if (lines[first]?.trim() !== '---') {
        return 0;
    }
    for (let index = first + 1; index < lines.length; index++) {
        if (lines[index].trim() === '---') {
            return index + 1;
        }
        const title = /^title\s*:\s*(.*)$/.exec(lines[index].trim());
        if (title) {
            journey.title = clean(title[1].replace(/^(["'])(.*)\1$/, '$2'));
        }
    }
    return 0;
}
