/** A problem with how the command was called or with its input files: exit code 2. */
export class UsageError extends Error {
    readonly exitCode = 2;
}

export const ExitCode = {
    Ok: 0,
    /** Errors found (or, with --strict, warnings); for diff: differences found. */
    Findings: 1,
    Usage: 2
} as const;
