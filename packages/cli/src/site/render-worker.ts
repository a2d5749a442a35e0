/**
 * A worker thread that draws journey pages (the renderer and ELK are CPU-bound; a site of
 * hundreds of journeys is drawn on every core). Jobs are drawn one after the other, in the
 * order they came, each answered with the page and the map.
 */
import { parentPort } from 'node:worker_threads';
import { journeyPage } from './journey-page.js';
import type { DrawJob, DrawResult } from './render-pool.js';

async function draw(job: DrawJob): Promise<DrawResult> {
    try {
        const { html, mapSvg } = await journeyPage(job.entry, job.refs, job.options);
        return { id: job.id, html, mapSvg };
    } catch (error) {
        return { id: job.id, error: (error as Error)?.message ?? String(error) };
    }
}

let queue: Promise<void> = Promise.resolve();
parentPort?.on('message', (job: DrawJob) => {
    queue = queue.then(async () => parentPort!.postMessage(await draw(job)));
});
