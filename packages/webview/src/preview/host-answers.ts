/**
 * Questions the preview asks the host during an export (the images and fonts as data: URLs),
 * matched with their answers by id. An export never hangs on a host that does not answer: after
 * a time limit it goes on with the fallback (then without the images or fonts).
 */
export class HostAnswers<T> {
    private nextId = 1;
    private readonly waiting = new Map<number, (answer: T) => void>();

    constructor(
        private readonly fallback: T,
        private readonly timeoutMs: number
    ) {}

    /** `send` posts the question with its id; resolves with the answer, or the fallback after the time limit. */
    ask(send: (id: number) => void): Promise<T> {
        const id = this.nextId++;
        return new Promise<T>(resolve => {
            const timer = setTimeout(() => done(this.fallback), this.timeoutMs);
            const done = (answer: T) => {
                clearTimeout(timer);
                this.waiting.delete(id);
                resolve(answer);
            };
            this.waiting.set(id, done);
            send(id);
        });
    }

    /** The host's answer to question `id`. */
    answer(id: number, answer: T | undefined): void {
        this.waiting.get(id)?.(answer ?? this.fallback);
    }
}
