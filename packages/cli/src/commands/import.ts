/** `cjourney import FILE.mmd -o OUT.cjourney`: a Mermaid journey diagram as a `.cjourney` file. */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ExitCode } from '../cli-error.js';
import { displayPath, readTextFile } from '../files.js';
import { parseMermaidJourney } from '../import/mermaid-parser.js';
import { mermaidToCjourney } from '../import/mermaid-to-cjourney.js';
import type { Output } from '../output.js';

export interface ImportOptions {
    /** Write here instead of standard output. */
    output?: string;
}

/** Exit 1 with located messages when the Mermaid text is not a valid journey. */
export async function runImport(input: string, options: ImportOptions, output: Output): Promise<number> {
    const absolute = path.resolve(input);
    const { journey, problems } = parseMermaidJourney(await readTextFile(absolute));
    if (problems.length > 0) {
        problems.forEach(problem => output.err(`${displayPath(absolute)}:${problem.line}: error: ${problem.message}\n`));
        return ExitCode.Findings;
    }
    const text = mermaidToCjourney(journey);
    if (options.output) {
        await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
        await fs.writeFile(options.output, text, 'utf8');
    } else {
        output.out(text);
    }
    return ExitCode.Ok;
}
