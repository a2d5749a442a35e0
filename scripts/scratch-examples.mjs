/**
 * `npm start` opens a scratch copy of examples/ rather than examples/ itself: anyone trying the
 * preview edits an example, and examples/ are the golden tests' inputs, so an edit there made
 * `npm test` fail. The copy is kept between runs (edits survive a restart) and made again from
 * examples/ on request (`npm start -- --fresh`).
 */
import { cpSync, existsSync, rmSync } from 'node:fs';

/**
 * Makes `target` a copy of `source` unless it exists already (or `fresh` asks for a new one).
 * Returns what happened, for the message the user sees.
 */
export function prepareScratchExamples({ source, target, fresh = false }) {
    const existed = existsSync(target);
    if (existed && !fresh) return 'kept';
    rmSync(target, { recursive: true, force: true });
    cpSync(source, target, { recursive: true });
    return existed ? 'refreshed' : 'created';
}
