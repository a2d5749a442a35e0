/**
 * The commands that load journeys, as one table: name, help, argument, options, and the
 * module that runs them. Each command's module is imported when it runs: `cjourney check`
 * never loads the renderer, `cjourney render` never loads the Mermaid reader, and --help
 * loads neither.
 */
import { Option } from 'commander';
import {
    CHECK_FORMATS,
    DIFF_FORMATS,
    EXPORT_FORMATS,
    RENDER_FORMATS,
    RENDER_PAGES,
    RENDER_THEMES,
    RENDER_VIEWS
} from './command-options.js';
import type { Output } from './output.js';

/** What runs a command: its parsed argument and options, and where it writes; gives the exit code. */
export type RunCommand = (argument: never, options: never, output: Output) => Promise<number>;

export interface CommandSpec {
    /** Its name, then its positional argument's syntax and help. */
    usage: readonly [name: string, argument: string, argumentHelp: string];
    description: string;
    /** Made afresh for each program (commander keeps state on what it is given). */
    options: () => readonly Option[];
    /** Imports the module that runs the command. */
    load: () => Promise<RunCommand>;
}

function collect(value: string, previous: string[] = []): string[] {
    return [...previous, value];
}

/** `--workspace <folder>`, for every command that loads journeys (site and serve too). */
export function workspaceOption(): Option {
    return new Option(
        '--workspace <folder>',
        'load the journeys of this folder too, so shared definitions resolve (repeatable; default: the folders of the inputs)'
    ).argParser(collect);
}

/** The options of a command that loads journeys: its own, then `--workspace` (so shared definitions resolve). */
function withWorkspace(options: () => Option[]): () => Option[] {
    return () => [...options(), workspaceOption()];
}

/** `-o, --output <file>`: where to write. */
function outputOption(description: string): Option {
    return new Option('-o, --output <file>', description);
}

/** `--format <format>`: one of `formats`, `byDefault` when not given. */
function formatOption(description: string, formats: readonly string[], byDefault: string): Option {
    return new Option('--format <format>', description).choices(formats).default(byDefault);
}

/** A switch, off unless given. */
function flag(flags: string, description: string): Option {
    return new Option(flags, description).default(false);
}

/** In the order `cjourney --help` lists them (the site commands follow). */
export const COMMANDS: readonly CommandSpec[] = [
    {
        usage: ['check', '<paths...>', '.cjourney files or folders (searched recursively)'],
        description:
            'report every problem and insight of the journeys, with the severities of the nearest cjourney.config.json; exit 1 if any error',
        options: withWorkspace(() => [
            formatOption('output format', CHECK_FORMATS, 'text'),
            flag('--strict', 'warnings fail the check too (exit 1)'),
            flag('--quiet', 'report errors only (warnings, info and hints are not shown nor counted)')
        ]),
        load: async () => (await import('./commands/check.js')).runCheck
    },
    {
        usage: ['export', '<file>', 'a .cjourney file'],
        description: 'write a journey as its model (json), a Markdown page or a Mermaid journey diagram',
        options: withWorkspace(() => [
            formatOption('export format', EXPORT_FORMATS, 'json'),
            outputOption('write to this file instead of standard output'),
            new Option('--journey <id>', 'export only this journey of the file (mermaid needs one when the file has several)')
        ]),
        load: async () => (await import('./commands/export.js')).runExport
    },
    {
        usage: ['render', '<path>', 'a .cjourney file (with -o) or a folder (with --out-dir)'],
        description: 'draw a view of a journey as the preview does: .svg, .html (self-contained), .png or .pdf, from the extension of OUT',
        options: withWorkspace(() => [
            outputOption('the file to write: .svg, .html, .png or .pdf'),
            new Option('--out-dir <folder>', 'render every journey of a folder into this folder'),
            new Option('--view <view>', 'which view (default: preview.defaultView of cjourney.config.json, else map)').choices(
                RENDER_VIEWS
            ),
            new Option('--theme <theme>', 'colours (default: theme of cjourney.config.json, else light)').choices(RENDER_THEMES),
            new Option('--journey <id>', 'the journey to draw when the file has several (default: the first)'),
            new Option('--persona <ids>', "the map: draw only these personas' steps and curves (comma-separated persona ids)"),
            new Option(
                '--lanes <names>',
                'the map: draw only these lanes, in this order (comma-separated: touchpoints, doing, emotion, pains, blueprint, stakeholders, kpis, or custom lane ids)'
            ),
            formatOption('format of the files written with --out-dir', RENDER_FORMATS, 'svg'),
            new Option(
                '--page <page>',
                'pages of a PDF: poster (one page the size of the drawing, the default), a4 or a3 (landscape, a long map in readable parts) or slides (16:9: title, summary, the map in parts, stakeholders, opportunities)'
            ).choices(RENDER_PAGES),
            new Option(
                '--diff <old>',
                'draw a visual diff against this old version (a file, or a folder for a folder): added, changed and removed elements marked'
            ),
            new Option('--diff-git <revision>', 'draw a visual diff against this git revision of the path (e.g. HEAD, origin/main)')
        ]),
        load: async () => (await import('./commands/render.js')).runRender
    },
    {
        usage: [
            'diff',
            '[paths...]',
            'OLD NEW (two files or two folders); with --git, the files or folders to compare (default: the whole repository)'
        ],
        description: 'what changed between two versions of journeys, in journey terms',
        options: withWorkspace(() => [
            new Option('--git <revision>', 'compare the working tree against this git revision (e.g. HEAD, origin/main)'),
            formatOption('output format', DIFF_FORMATS, 'text'),
            flag('--exit-code', 'exit 1 when there are differences (as git diff --exit-code)')
        ]),
        load: async () => (await import('./commands/diff.js')).runDiff
    },
    {
        usage: ['import', '<file>', 'a Mermaid file (.mmd) holding a journey diagram'],
        description: 'convert a Mermaid journey diagram into a .cjourney file',
        options: () => [outputOption('write the .cjourney file here instead of standard output')],
        load: async () => (await import('./commands/import.js')).runImport
    }
];
