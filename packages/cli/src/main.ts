/**
 * The `cjourney` command line: check, export, import, diff, render, site and serve.
 * Exit codes follow the contract: 0 fine, 1 findings (errors; with --strict warnings),
 * 2 usage errors or unreadable input — always with a one-line message, never a stack trace.
 */
import { Command, CommanderError, Option } from 'commander';
import { ExitCode, UsageError } from './cli-error.js';
import {
    CHECK_FORMATS,
    DIFF_FORMATS,
    EXPORT_FORMATS,
    RENDER_FORMATS,
    RENDER_PAGES,
    RENDER_THEMES,
    RENDER_VIEWS,
    type CheckFormat,
    type DiffFormat,
    type ExportFormat
} from './command-options.js';
import type { RenderCommandOptions } from './commands/render.js';
import { processOutput, type Output } from './output.js';
import { defineSiteCommands } from './site/site-commands.js';
import { oneLine } from './safe-text.js';
import { packageVersion } from './version.js';

// Each action imports its command when it runs: `cjourney check` never loads the renderer,
// `cjourney render` never loads the Mermaid reader, and --help loads neither.

function collect(value: string, previous: string[] = []): string[] {
    return [...previous, value];
}

export function createProgram(output: Output, setExitCode: (code: number) => void): Command {
    const program = new Command('cjourney')
        .description('Customer-journey maps as code: check, render, export and review .cjourney files.')
        .version(packageVersion())
        .showHelpAfterError('(run cjourney --help for usage)')
        .configureOutput({
            writeOut: text => output.out(text),
            writeErr: text => output.err(text),
            // Its error messages quote the arguments, which may be file names: one line each.
            outputError: (text, write) => write(oneLine(text.replace(/\n$/, '')) + '\n')
        })
        .exitOverride();

    const context: CommandContext = { output, setExitCode };
    defineCheck(program, context);
    defineExport(program, context);
    defineRender(program, context);
    defineDiff(program, context);
    defineImport(program, context);
    defineSiteCommands(program, { ...context, workspaceOption });
    return program;
}

interface CommandContext {
    output: Output;
    setExitCode: (code: number) => void;
}

/** `--workspace`, for every command that loads journeys (so shared definitions resolve). */
function workspaceOption(): Option {
    return new Option(
        '--workspace <folder>',
        'load the journeys of this folder too, so shared definitions resolve (repeatable; default: the folders of the inputs)'
    ).argParser(collect);
}

function defineCheck(program: Command, { output, setExitCode }: CommandContext): void {
    program
        .command('check')
        .description(
            'report every problem and insight of the journeys, with the severities of the nearest cjourney.config.json; exit 1 if any error'
        )
        .argument('<paths...>', '.cjourney files or folders (searched recursively)')
        .addOption(new Option('--format <format>', 'output format').choices(CHECK_FORMATS).default('text'))
        .option('--strict', 'warnings fail the check too (exit 1)', false)
        .option('--quiet', 'report errors only (warnings, info and hints are not shown nor counted)', false)
        .addOption(workspaceOption())
        .action(async (paths: string[], options: { format: CheckFormat; strict: boolean; quiet: boolean; workspace?: string[] }) => {
            const { runCheck } = await import('./commands/check.js');
            setExitCode(await runCheck(paths, options, output));
        });
}

function defineExport(program: Command, { output, setExitCode }: CommandContext): void {
    program
        .command('export')
        .description('write a journey as its model (json), a Markdown page or a Mermaid journey diagram')
        .argument('<file>', 'a .cjourney file')
        .addOption(new Option('--format <format>', 'export format').choices(EXPORT_FORMATS).default('json'))
        .option('-o, --output <file>', 'write to this file instead of standard output')
        .option('--journey <id>', 'export only this journey of the file (mermaid needs one when the file has several)')
        .addOption(workspaceOption())
        .action(async (file: string, options: { format: ExportFormat; output?: string; journey?: string; workspace?: string[] }) => {
            const { runExport } = await import('./commands/export.js');
            setExitCode(await runExport(file, options, output));
        });
}

function defineRender(program: Command, { output, setExitCode }: CommandContext): void {
    program
        .command('render')
        .description('draw a view of a journey as the preview does: .svg, .html (self-contained), .png or .pdf, from the extension of OUT')
        .argument('<path>', 'a .cjourney file (with -o) or a folder (with --out-dir)')
        .option('-o, --output <file>', 'the file to write: .svg, .html, .png or .pdf')
        .option('--out-dir <folder>', 'render every journey of a folder into this folder')
        .addOption(
            new Option('--view <view>', 'which view (default: preview.defaultView of cjourney.config.json, else map)').choices(RENDER_VIEWS)
        )
        .addOption(new Option('--theme <theme>', 'colours (default: theme of cjourney.config.json, else light)').choices(RENDER_THEMES))
        .option('--journey <id>', 'the journey to draw when the file has several (default: the first)')
        .option('--persona <ids>', "the map: draw only these personas' steps and curves (comma-separated persona ids)")
        .option(
            '--lanes <names>',
            'the map: draw only these lanes, in this order (comma-separated: touchpoints, doing, emotion, pains, blueprint, stakeholders, kpis, or custom lane ids)'
        )
        .addOption(new Option('--format <format>', 'format of the files written with --out-dir').choices(RENDER_FORMATS).default('svg'))
        .addOption(
            new Option(
                '--page <page>',
                'pages of a PDF: poster (one page the size of the drawing, the default), a4 or a3 (landscape, a long map in readable parts) or slides (16:9: title, summary, the map in parts, stakeholders, opportunities)'
            ).choices(RENDER_PAGES)
        )
        .option(
            '--diff <old>',
            'draw a visual diff against this old version (a file, or a folder for a folder): added, changed and removed elements marked'
        )
        .option('--diff-git <revision>', 'draw a visual diff against this git revision of the path (e.g. HEAD, origin/main)')
        .addOption(workspaceOption())
        .action(async (input: string, options: RenderCommandOptions) => {
            const { runRender } = await import('./commands/render.js');
            setExitCode(await runRender(input, options, output));
        });
}

function defineDiff(program: Command, { output, setExitCode }: CommandContext): void {
    program
        .command('diff')
        .description('what changed between two versions of journeys, in journey terms')
        .argument(
            '[paths...]',
            'OLD NEW (two files or two folders); with --git, the files or folders to compare (default: the whole repository)'
        )
        .option('--git <revision>', 'compare the working tree against this git revision (e.g. HEAD, origin/main)')
        .addOption(new Option('--format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
        .option('--exit-code', 'exit 1 when there are differences (as git diff --exit-code)', false)
        .addOption(workspaceOption())
        .action(async (paths: string[], options: { format: DiffFormat; git?: string; exitCode: boolean; workspace?: string[] }) => {
            const { runDiff } = await import('./commands/diff.js');
            setExitCode(await runDiff(paths, options, output));
        });
}

function defineImport(program: Command, { output, setExitCode }: CommandContext): void {
    program
        .command('import')
        .description('convert a Mermaid journey diagram into a .cjourney file')
        .argument('<file>', 'a Mermaid file (.mmd) holding a journey diagram')
        .option('-o, --output <file>', 'write the .cjourney file here instead of standard output')
        .action(async (file: string, options: { output?: string }) => {
            const { runImport } = await import('./commands/import.js');
            setExitCode(await runImport(file, options, output));
        });
}

/** Runs the command line and returns its exit code. */
export async function main(argv: readonly string[], output: Output = processOutput): Promise<number> {
    let exitCode: number = ExitCode.Ok;
    const program = createProgram(output, code => {
        exitCode = code;
    });
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    } catch (error) {
        if (error instanceof CommanderError) {
            // Help and version exit 0; any other commander error is a usage error.
            return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
        }
        if (error instanceof UsageError) {
            output.err(`cjourney: ${oneLine(error.message)}\n`);
            return ExitCode.Usage;
        }
        output.err(`cjourney: unexpected problem: ${oneLine((error as Error)?.message ?? String(error))}\n`);
        if (process.env.CJOURNEY_DEBUG) {
            output.err(`${(error as Error)?.stack}\n`);
        }
        return ExitCode.Usage;
    }
}
