/** The one call the preview and the CLI make: journey model → SVG text of a view. */
import { type CjourneyModel, type Journey, MODEL_VERSION } from '@cjourney/model';
import { layout } from './layout/layout.js';
import type { LayoutOptions } from './layout/layout-options.js';
import type { ViewName } from './layout/scene.js';
import { renderScene } from './render/svg-writer.js';
import type { ThemeKind } from './themes.js';
import { applyDiffMarks } from './diff/apply-diff.js';
import type { DiffMarks } from './diff/diff-marks.js';
import type { MarkTextCache } from './render/reused-marks.js';

export interface RenderViewOptions extends LayoutOptions {
    theme?: ThemeKind;
    /** See `RenderSceneOptions.paint`: `classes` when the host's stylesheet paints (the preview). */
    paint?: 'attributes' | 'classes';
    /** Draw a visual diff: these elements marked, the removed ones listed, a legend (see diff/diff-marks.ts). */
    diff?: DiffMarks;
    /** The previous drawing's text, to reuse what did not change (the live preview; see reused-marks.ts). */
    reuse?: MarkTextCache;
}

/** Accepts a whole file's model or a single journey (then drawn alone). */
function asModel(input: CjourneyModel | Journey): CjourneyModel {
    if ('modelVersion' in input) {
        return input;
    }
    return {
        modelVersion: MODEL_VERSION,
        file: input.id,
        journeys: [input],
        shared: { stakeholders: [], personas: [], channels: [], sources: [], competitors: [] }
    };
}

export async function renderView(input: CjourneyModel | Journey, view: ViewName, options: RenderViewOptions = {}): Promise<string> {
    // A diff moves the scene's marks in place, which remembered marks must never be.
    const laidOut = await layout(asModel(input), view, options.diff ? { ...options, memo: undefined } : options);
    const scene = options.diff ? applyDiffMarks(laidOut, options.diff) : laidOut;
    return renderScene(scene, { theme: options.theme, paint: options.paint, reuse: options.reuse });
}
