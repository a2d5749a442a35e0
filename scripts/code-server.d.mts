// Types of scripts/code-server.mjs, for the TypeScript end-to-end tests that use it.
import type { ChildProcess } from 'node:child_process';

export const ROOT: string;
export const CODE_SERVER_VERSION: string;

export interface RunningCodeServer {
    url: string;
    port: number;
    process: ChildProcess;
    output(): string;
    stop(): Promise<void>;
}

export interface StartOptions {
    dataDir: string;
    folder: string;
    port?: number;
    extraSettings?: Record<string, unknown>;
    log?: (message: string) => void;
    /** Where code-server's own log goes; by default it is kept in memory for error messages. */
    logFile?: string;
}

export function ensureCodeServer(log?: (message: string) => void): string;
export function freePort(preferred?: number): Promise<number>;
export function installExtension(dataDir: string, vsix: string): void;
export function startCodeServer(options: StartOptions): Promise<RunningCodeServer>;
export function workbenchUrl(server: { url: string }, folder: string): string;
