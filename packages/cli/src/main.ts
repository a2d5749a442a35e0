/**
 * The `cjourney` command line: check, export, import, diff, render, site and serve.
 * Exit codes follow the contract: 0 fine, 1 findings (errors; with --strict warnings),
 * 2 usage errors or unreadable input — always with a one-line message, never a stack trace.
 */
import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from './cli-error.js';
import { COMMANDS, workspaceOption, type CommandSpec } from './command-table.js';
import { processOutput, type Output } from './output.js';
import { defineSiteCommands } from './site/site-commands.js';
import { oneLine } from './safe-text.js';
import { packageVersion } from './version.js';

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
    COMMANDS.forEach(spec => defineCommand(program, spec, context));
    defineSiteCommands(program, { ...context, workspaceOption });
    return program;
}

interface CommandContext {
    output: Output;
    setExitCode: (code: number) => void;
}

function defineCommand(program: Command, spec: CommandSpec, { output, setExitCode }: CommandContext): void {
    const command = program.command(spec.usage[0]).description(spec.description).argument(spec.usage[1], spec.usage[2]);
    spec.options().forEach(option => command.addOption(option));
    command.action(async (argument: unknown, options: unknown) => {
        const run = await spec.load();
        // Commander has parsed both as the spec declares them.
        setExitCode(await run(argument as never, options as never, output));
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
