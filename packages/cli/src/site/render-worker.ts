/**
 * A worker thread that draws journey pages (the renderer and ELK are CPU-bound; a site of
 * hundreds of journeys is drawn on every core). It answers each job with the page and map.
 */
import { parentPort } from 'node:worker_threads';
import { journeyPage } from './journey-page.js';
import type { DrawJob, DrawResult } from './render-pool.js';

parentPort?.on('message', async (job: DrawJob) => {
    try {
        const { html, mapSvg } = await journeyPage(job.entry, job.refs, job.options);
        parentPort!.postMessage({ id: job.id, html, mapSvg } satisfies DrawResult);
    } catch (error) {
        parentPort!.postMessage({ id: job.id, error: (error as Error)?.message ?? String(error) } satisfies DrawResult);
    }
});
