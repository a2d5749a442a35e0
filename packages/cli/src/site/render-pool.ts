/**
 * Draws journey pages on worker threads, one per core (at most 4), or in this thread when
 * there is one core, few journeys, or no worker file (the bundled CLI). Journeys wait in one
 * queue and each worker takes the next when it is done, so a worker that drew small journeys
 * never idles while the other still has a backlog. A journey drawn before goes back to the
 * worker that drew it (`cjourney serve` redraws it after an edit with that worker's renderer
 * warm and its flow-layout cache knowing the journey's graph). The pages are the same bytes
 * whichever thread draws them: each depends only on its journey and the journey references.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { journeyPage, type JourneyPageOptions } from './journey-page.js';
import type { JourneyRef, SiteJourney } from './site-journeys.js';

export interface DrawJob {
    id: number;
    entry: SiteJourney;
    refs: readonly JourneyRef[];
    options: JourneyPageOptions;
}

export type DrawResult = { id: number; html: string; mapSvg: string; error?: undefined } | { id: number; error: string };

export type Drawn = { html: string; mapSvg: string };

/** Below this many journeys, starting workers costs more than it saves. */
const MIN_JOURNEYS_PER_WORKER = 12;

function workerFile(): string | undefined {
    try {
        const file = fileURLToPath(new URL('./render-worker.js', import.meta.url));
        return existsSync(file) ? file : undefined;
    } catch {
        return undefined;
    }
}

interface Waiting {
    job: DrawJob;
    resolve: (drawn: Drawn) => void;
    reject: (error: Error) => void;
}

interface Drawer {
    worker: Worker;
    /** The jobs it was sent, in order: the one it draws and the next (see IN_FLIGHT). */
    sent: Waiting[];
    /** Journeys it drew before, waiting for it alone. */
    own: Waiting[];
}

/**
 * Jobs a worker holds at once: it starts its next journey the moment it sends one back, even
 * when this thread is busy (writing pages) and reads the answer late.
 */
const IN_FLIGHT = 2;

export class RenderPool {
    private readonly drawers: Drawer[] = [];
    /** Journeys any worker may draw, in the order asked. */
    private readonly queue: Waiting[] = [];
    /** Slug → the worker that drew it last. */
    private readonly drewBy = new Map<string, Drawer>();
    private nextId = 0;

    /** Workers for a site of `journeys` journeys (none when drawing here is as fast). */
    constructor(journeys: number) {
        const file = workerFile();
        const count = Math.min(4, availableParallelism(), Math.ceil(journeys / MIN_JOURNEYS_PER_WORKER));
        if (!file || count < 2) return;
        for (let i = 0; i < count; i++) {
            const drawer: Drawer = { worker: new Worker(file), sent: [], own: [] };
            drawer.worker.on('message', (result: DrawResult) => this.answer(drawer, result));
            drawer.worker.on('error', error => this.fail(drawer, error));
            this.drawers.push(drawer);
        }
    }

    draw(entry: SiteJourney, refs: readonly JourneyRef[], options: JourneyPageOptions): Promise<Drawn> {
        if (this.drawers.length === 0) return journeyPage(entry, refs, options);
        return new Promise((resolve, reject) => {
            const waiting: Waiting = { job: { id: this.nextId++, entry, refs, options }, resolve, reject };
            const drewBefore = this.drewBy.get(entry.slug);
            if (drewBefore) drewBefore.own.push(waiting);
            else this.queue.push(waiting);
            this.dispatch();
        });
    }

    async close(): Promise<void> {
        await Promise.all(this.drawers.map(drawer => drawer.worker.terminate()));
        this.drawers.length = 0;
    }

    /** Gives each worker with room its next journeys: its own first, then the next in the queue. */
    private dispatch(): void {
        for (let round = 0; round < IN_FLIGHT; round++) {
            for (const drawer of this.drawers) {
                if (drawer.sent.length >= IN_FLIGHT) continue;
                const next = drawer.own.shift() ?? this.queue.shift();
                if (!next) continue;
                drawer.sent.push(next);
                this.drewBy.set(next.job.entry.slug, drawer);
                drawer.worker.postMessage(next.job);
            }
        }
    }

    /** Workers answer in the order they were sent jobs. */
    private answer(drawer: Drawer, result: DrawResult): void {
        const waiting = drawer.sent[0];
        if (!waiting || waiting.job.id !== result.id) return;
        drawer.sent.shift();
        if (result.error !== undefined) waiting.reject(new Error(result.error));
        else waiting.resolve({ html: result.html, mapSvg: result.mapSvg });
        this.dispatch();
    }

    /** A worker that died fails what it drew and what waited for it; the rest go to the others. */
    private fail(drawer: Drawer, error: Error): void {
        if (!this.drawers.includes(drawer)) return;
        this.drawers.splice(this.drawers.indexOf(drawer), 1);
        for (const [slug, by] of this.drewBy) if (by === drawer) this.drewBy.delete(slug);
        for (const waiting of [...drawer.sent, ...drawer.own]) waiting.reject(error);
        if (this.drawers.length === 0) for (const waiting of this.queue.splice(0)) waiting.reject(error);
        this.dispatch();
    }
}
