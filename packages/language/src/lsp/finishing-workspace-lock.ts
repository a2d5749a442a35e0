/**
 * No starvation while typing (issue 17, part 5). Langium's workspace lock cancels the running
 * build on every write, so each keystroke threw away the build of the previous one: at 5,000
 * touchpoints, where a build takes longer than the gap between two keys, no diagnostics
 * appeared until the typing stopped (2.1 s after the last key at a key every 100 ms).
 *
 * Here a build that has started runs to its end and publishes (its diagnostics name the
 * version they are for: document-versions.ts); a write that is queued and not yet started
 * is superseded by the next one, so the build after it is always of the newest text. What
 * stays correct: every write still runs, in order (a superseded one still marks its
 * documents as changed before it stops, so the next build includes them), and the last
 * write is never superseded, so the last version's diagnostics are always published. What
 * it costs: after the last key, the newest text waits for the build already running, so the
 * final diagnostics can come up to one build later than with cancellation; while typing,
 * results keep coming about once per build.
 */
import { DefaultWorkspaceLock, startCancelableOperation, type WorkspaceLock } from 'langium';
import { CancellationTokenSource, type CancellationToken } from 'vscode-languageserver';

type MaybePromise<T> = T | Promise<T>;

export class FinishingWorkspaceLock implements WorkspaceLock {
    /** Langium's lock keeps the order of writes and reads; its own cancellation tokens are not used. */
    private readonly queue = new DefaultWorkspaceLock();
    /** The newest write, until it starts: the next write supersedes it. */
    private queued: CancellationTokenSource | undefined;
    private running: CancellationTokenSource | undefined;

    write(action: (token: CancellationToken) => MaybePromise<void>): Promise<void> {
        this.queued?.cancel();
        const source = new CancellationTokenSource();
        this.queued = source;
        return this.queue.write(async () => {
            if (this.queued === source) this.queued = undefined;
            this.running = source;
            // Restarts the time slice after which long operations yield to incoming messages.
            startCancelableOperation().dispose();
            try {
                await action(source.token);
            } finally {
                if (this.running === source) this.running = undefined;
            }
        });
    }

    read<T>(action: () => MaybePromise<T>, priority?: Parameters<WorkspaceLock['read']>[1]): Promise<T> {
        return this.queue.read(action, priority);
    }

    /** Cancels the running write and the queued one (shutting down, or an explicit cancel). */
    cancelWrite(): void {
        this.queued?.cancel();
        this.running?.cancel();
        this.queue.cancelWrite();
    }
}
