/**
 * Draws journey pages on worker threads, one per core (at most 4), or in this thread when
 * there is one core, few journeys, or no worker file (the bundled CLI). A journey always goes
 * to the same worker (by its slug), so when `cjourney serve` redraws it after an edit that
 * worker's renderer is warm and its flow-layout cache knows the journey's graph. The pages are
 * the same bytes either way: each depends only on its journey and the journey references.
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

/** A stable small hash of a slug (FNV-1a), to pick its worker. */
function hashOf(text: string): number {
    let hash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193) >>> 0;
    return hash;
}

interface Waiting {
    resolve: (drawn: Drawn) => void;
    reject: (error: Error) => void;
    worker: Worker;
}

export class RenderPool {
    private readonly workers: Worker[] = [];
    private readonly waiting = new Map<number, Waiting>();
    private nextId = 0;

    /** Workers for a site of `journeys` journeys (none when drawing here is as fast). */
    constructor(journeys: number) {
        const file = workerFile();
        const count = Math.min(4, availableParallelism(), Math.ceil(journeys / MIN_JOURNEYS_PER_WORKER));
        if (!file || count < 2) return;
        for (let i = 0; i < count; i++) {
            const worker = new Worker(file);
            worker.on('message', (result: DrawResult) => this.answer(result));
            worker.on('error', error => this.failAll(worker, error));
            this.workers.push(worker);
        }
    }

    draw(entry: SiteJourney, refs: readonly JourneyRef[], options: JourneyPageOptions): Promise<Drawn> {
        if (this.workers.length === 0) return journeyPage(entry, refs, options);
        const worker = this.workers[hashOf(entry.slug) % this.workers.length];
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            this.waiting.set(id, { resolve, reject, worker });
            worker.postMessage({ id, entry, refs, options } satisfies DrawJob);
        });
    }

    async close(): Promise<void> {
        await Promise.all(this.workers.map(worker => worker.terminate()));
        this.workers.length = 0;
    }

    private answer(result: DrawResult): void {
        const waiting = this.waiting.get(result.id);
        if (!waiting) return;
        this.waiting.delete(result.id);
        if (result.error !== undefined) waiting.reject(new Error(result.error));
        else waiting.resolve({ html: result.html, mapSvg: result.mapSvg });
    }

    private failAll(worker: Worker, error: Error): void {
        for (const [id, waiting] of this.waiting) {
            if (waiting.worker === worker) {
                this.waiting.delete(id);
                waiting.reject(error);
            }
        }
    }
}
