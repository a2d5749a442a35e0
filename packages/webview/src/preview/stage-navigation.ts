/**
 * Going to a stage of the drawn map: from the stage picker (at a readable zoom, see
 * PanZoom.showArea) and when the editor scrolls into another stage (scroll sync, as VS Code's
 * Markdown preview follows its editor: at the map's own zoom, only when the stage changes).
 * Either way the stage starts right of the frozen lane labels, not under them. The other way,
 * when the user pans or wheels the map to another stage, or picks one, the editor scrolls to its
 * first line.
 * The stage both sides last agreed on is kept, so neither answers the other's echo.
 */
import type { Journey } from '@cjourney/model';
import { stageAtLine } from '../source-lookup.js';
import type { FrozenPanes } from './frozen-panes.js';
import type { PanZoom } from './pan-zoom.js';
import { stageGroup } from './stage-picker.js';

/** Wheel and drag events come in bursts: the editor follows once they pause. */
const PAN_SETTLE_MS = 200;
/** Map units of a stage that must be in view for it to count as the one at the left edge. */
const MIN_VISIBLE = 24;

export class StageNavigation {
    /** The stage the editor and the map last agreed on. */
    private followed: string | undefined;
    private panTimer: ReturnType<typeof setTimeout> | undefined;

    /**
     * `shownJourney` is the journey the map on screen shows; `scrollEditor` is called with the
     * first line of the stage the user panned to, once the user's wheel or drag settles, and
     * `picker` (the toolbar's stage picker) shows each stage editor and map agree on.
     */
    constructor(
        private readonly canvas: HTMLElement,
        private readonly panZoom: PanZoom,
        private readonly frozen: FrozenPanes,
        private readonly shownJourney: () => Journey | undefined,
        private readonly scrollEditor: (line: number) => unknown,
        private readonly picker: { showStage(stageId: string): void }
    ) {
        const settled = () => {
            clearTimeout(this.panTimer);
            this.panTimer = setTimeout(() => this.mapPanned(this.shownJourney()), PAN_SETTLE_MS);
        };
        canvas.addEventListener('wheel', settled, { passive: true });
        canvas.addEventListener('pointerup', () => this.panZoom.wasDrag() && settled());
    }

    private mapPanned(journey: Journey | undefined): void {
        const { viewport } = this.panZoom.view();
        const left = viewport.x + this.frozen.coveredLeft() / viewport.scale;
        const stage = journey?.stages.find(candidate => {
            const box = stageGroup(this.canvas, candidate.id)?.getBBox();
            return box !== undefined && box.x + box.width > left + MIN_VISIBLE;
        });
        if (stage) this.editorFollows(stage);
    }

    /** The map went to `stage`: the editor scrolls to its first line, once (stages of other files have none here). */
    private editorFollows(stage: Journey['stages'][number]): void {
        if (stage.id === this.followed || stage.loc === undefined || stage.loc.file !== undefined) return;
        this.followed = stage.id;
        this.picker.showStage(stage.id);
        this.scrollEditor(stage.loc.range.start.line);
    }

    /** The stage picker's choice: the stage fills the panel at a readable zoom, and the editor follows. */
    goTo(stageId: string): void {
        const group = stageGroup(this.canvas, stageId);
        if (!group) return;
        this.panZoom.showArea(group.getBBox());
        this.panZoom.panBy(this.frozen.coveredLeft(), 0);
        const stage = this.shownJourney()?.stages.find(candidate => candidate.id === stageId);
        if (stage) this.editorFollows(stage);
    }

    /**
     * The editor's first visible line moved to `line`: its stage comes in from the left, zoom and
     * height kept. A stage already (partly) in view stays where it is, so revealing a clicked
     * element's line in the editor never moves the map under the pointer.
     */
    followEditor(journey: Journey | undefined, line: number): void {
        const stage = journey ? stageAtLine(journey, line) : undefined;
        if (stage === undefined || stage === this.followed) return;
        this.followed = stage;
        this.picker.showStage(stage);
        const box = stageGroup(this.canvas, stage)?.getBBox();
        if (box && !this.inView(box)) this.panZoom.placeLeftEdge(box.x, this.frozen.coveredLeft());
    }

    private inView(box: DOMRect): boolean {
        const { viewport, panel } = this.panZoom.view();
        const left = viewport.x + this.frozen.coveredLeft() / viewport.scale;
        return box.x < viewport.x + panel.width / viewport.scale && box.x + box.width > left;
    }

    /** Another document is shown: its stages are new. */
    reset(): void {
        this.followed = undefined;
    }
}
