/**
 * The stage picker of the toolbar: a dropdown of the stages the view on screen draws (map,
 * flow and blueprint have stage columns or boxes); choosing one brings that stage to the
 * panel's top-left corner at a readable zoom, so on a wide map any stage is two clicks away.
 * Hidden when the view draws fewer than two stages. A @vscode-elements single select, as the
 * journey picker, so it looks like VS Code's own dropdowns in every theme.
 */
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { Journey } from '@cjourney/model';
import { element } from './dom.js';

export interface StageChoice {
    id: string;
    title: string;
}

/** The SVG group a view draws for a stage (its header in the map, its box in the flow view). */
export function stageGroup(svg: ParentNode, stageId: string): SVGGraphicsElement | null {
    return svg.querySelector<SVGGraphicsElement>(`g[data-cj-kind="stage"][data-cj-id="${CSS.escape(stageId)}"]`);
}

/** The journey's stages that the drawn view shows, in the journey's order. */
export function drawnStages(journey: Journey, svg: ParentNode): StageChoice[] {
    return journey.stages
        .filter(stage => stageGroup(svg, stage.id) !== null)
        .map((stage, index) => ({ id: stage.id, title: `${index + 1}. ${stage.title}` }));
}

export class StagePicker {
    readonly element: VscodeSingleSelect;

    constructor(onPick: (stageId: string) => void) {
        this.element = element('vscode-single-select', {
            class: 'cj-stage-picker',
            'aria-label': 'Go to stage',
            label: 'Go to stage', // names the combobox inside its shadow root
            title: 'Go to stage',
            hidden: ''
        }) as VscodeSingleSelect;
        // A click on an option fires `change` even when it is the stage already chosen: it goes there again.
        this.element.addEventListener('change', () => {
            if (this.element.value) onPick(this.element.value);
        });
    }

    /** Shows `stageId` as chosen, as the map went there (setting the value fires no `change`: the map stays). */
    showCurrent(stageId: string): void {
        if (this.element.value !== stageId) this.element.value = stageId;
    }

    /** Lists the stages (rebuilt only when they change, so typing keeps the choice); hidden for fewer than two. */
    show(stages: readonly StageChoice[]): void {
        this.element.hidden = stages.length < 2;
        if (this.element.hidden) return;
        const key = stages.map(stage => `${stage.id}\u0000${stage.title}`).join('\u0001');
        if (this.element.dataset.stages === key) return;
        this.element.dataset.stages = key;
        this.element.replaceChildren(...stages.map(stage => element('vscode-option', { value: stage.id }, stage.title)));
    }
}
