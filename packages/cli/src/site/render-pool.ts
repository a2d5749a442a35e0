/**
 * Draws journey pages on worker threads, one per core (at most 4), or in this thread when
 * there is one core, few journeys, or no worker file (the bundled CLI). The pages are the
 * same bytes either way: each page depends only on its journey and the journey references.
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
const MIN_JOURNEYS_FOR_WORKERS = 12;

function workerFile(): string | undefined {
    try {
        const file = fileURLToPath(new URL('./render-worker.js', import.meta.url));
        return existsSync(file) ? file : undefined;
    } catch {
        return undefined;
    }
}

/** Draws every journey; `done` receives each page as it is ready, in any order. */
export async function drawAll(
    entries: readonly SiteJourney[],
    refs: readonly JourneyRef[],
    options: JourneyPageOptions,
    done: (entry: SiteJourney, drawn: Drawn) => Promise<void>
): Promise<void> {
    const file = workerFile();
    const count = Math.min(4, availableParallelism(), Math.ceil(entries.length / MIN_JOURNEYS_FOR_WORKERS));
    if (!file || count < 2) {
        for (const entry of entries) await done(entry, await journeyPage(entry, refs, options));
        return;
    }
    const queue = entries.map((entry, id) => ({ id, entry }));
    const workers = Array.from({ length: count }, () => new Worker(file));
    try {
        await Promise.all(workers.map(worker => runWorker(worker, queue, refs, options, done)));
    } finally {
        await Promise.all(workers.map(worker => worker.terminate()));
    }
}

/** One worker takes jobs from the shared queue until it is empty. */
function runWorker(
    worker: Worker,
    queue: Array<{ id: number; entry: SiteJourney }>,
    refs: readonly JourneyRef[],
    options: JourneyPageOptions,
    done: (entry: SiteJourney, drawn: Drawn) => Promise<void>
): Promise<void> {
    return new Promise((resolve, reject) => {
        let current: { id: number; entry: SiteJourney } | undefined;
        const next = () => {
            current = queue.shift();
            if (!current) return resolve();
            worker.postMessage({ id: current.id, entry: current.entry, refs, options } satisfies DrawJob);
        };
        worker.on('message', (result: DrawResult) => {
            if (result.error !== undefined) return reject(new Error(`drawing ${current?.entry.journey.id}: ${result.error}`));
            done(current!.entry, result).then(next, reject);
        });
        worker.on('error', reject);
        next();
    });
}
