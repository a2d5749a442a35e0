/**
 * Runs asynchronous work one job at a time, skipping every job that was superseded while an
 * earlier one ran: when keystrokes arrive faster than the map can be drawn, the map jumps
 * straight to the newest text instead of replaying every intermediate state.
 */
export class LatestWins<T> {
    private pending: { job: T } | undefined;
    private running = false;

    constructor(
        private readonly work: (job: T) => Promise<void>,
        private readonly onError: (error: unknown) => void
    ) {}

    push(job: T): void {
        this.pending = { job };
        if (!this.running) {
            void this.drain();
        }
    }

    private async drain(): Promise<void> {
        this.running = true;
        while (this.pending) {
            const { job } = this.pending;
            this.pending = undefined;
            try {
                await this.work(job);
            } catch (error) {
                this.onError(error);
            }
        }
        this.running = false;
    }
}
