import { oneLine } from './safe-text.js';

/** Where a command writes: injectable so commands can be tested without a process. */
export interface Output {
    out(text: string): void;
    err(text: string): void;
    /** Whether stdout is a terminal (for colours and progress lines). */
    isTerminal: boolean;
}

// Output piped into `head` closes early: stop quietly, as other command-line tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') {
        process.exit(0);
    }
    throw error;
});

/** `cjourney: MESSAGE` on standard error, on one line whatever the message holds (see safe-text.ts). */
export function warnLine(output: Output, message: string): void {
    output.err(`cjourney: ${oneLine(message)}\n`);
}

export const processOutput: Output = {
    out: text => process.stdout.write(text),
    err: text => process.stderr.write(text),
    isTerminal: Boolean(process.stdout.isTTY)
};
