/**
 * `cjourney import FILE.mmd [-o OUT.cjourney]`: converts a Mermaid `journey` diagram into a
 * `.cjourney` file that checks with no error. Invalid Mermaid is reported like `check`
 * reports problems (`FILE:LINE:COL: error: …`) and exits 1; approximations (a score of 7)
 * are warnings on standard error.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { reservedWords } from '@cjourney/language/core';
import { ExitCode } from '../cli-error.js';
import { displayPath, readTextFileSync } from '../files.js';
import { mermaidToCjourney } from '../mermaid/mermaid-to-cjourney.js';
import { parseMermaidJourney, type MermaidProblem } from '../mermaid/parse-mermaid-journey.js';
import type { Output } from '../output.js';
import { oneLine } from '../safe-text.js';

export interface ImportOptions {
    /** Write here instead of standard output. */
    output?: string;
}

export async function runImport(input: string, options: ImportOptions, output: Output): Promise<number> {
    const absolute = path.resolve(input);
    const shown = displayPath(absolute);
    const source = readTextFileSync(absolute);
    const report = (problems: readonly MermaidProblem[], severity: 'error' | 'warning') =>
        problems.forEach(problem =>
            output.err(`${oneLine(shown)}:${problem.line}:${problem.column}: ${severity}: ${oneLine(problem.message)}\n`)
        );
    const parsed = parseMermaidJourney(source);
    if (!parsed.journey) {
        report(parsed.problems, 'error');
        return ExitCode.Findings;
    }
    const converted = mermaidToCjourney(parsed.journey, path.basename(absolute), { reserved: reservedWords() });
    if ('problems' in converted) {
        report(converted.problems, 'error');
        return ExitCode.Findings;
    }
    report([...parsed.warnings, ...converted.warnings], 'warning');
    if (options.output) {
        await fs.mkdir(path.dirname(path.resolve(options.output)), { recursive: true });
        await fs.writeFile(options.output, converted.text, 'utf8');
    } else {
        output.out(converted.text);
    }
    return ExitCode.Ok;
}
