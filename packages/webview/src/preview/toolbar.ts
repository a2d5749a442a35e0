/**
 * The preview's toolbar, built from @vscode-elements/elements so it looks and behaves like
 * VS Code's own toolbars in every theme: the view switcher, the journey picker (files with
 * several journeys), the stage picker (views with two or more stages), zoom, the legend
 * toggle and export.
 */
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-container/index.js';
import type { VscodeSingleSelect } from '@vscode-elements/elements/dist/vscode-single-select/index.js';
import type { VscodeToolbarButton } from '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import { VIEWS, VIEW_TITLES, type ExportFormat, type ViewName } from '../protocol.js';
import { element } from './dom.js';
import { StagePicker, type StageChoice } from './stage-picker.js';

export interface ToolbarActions {
    showView(view: ViewName): void;
    showJourney(journeyId: string): void;
    goToStage(stageId: string): void;
    zoomIn(): void;
    zoomOut(): void;
    fit(): void;
    actualSize(): void;
    toggleLegend(): void;
    export(format: ExportFormat): void;
}

const VIEW_ICONS: Readonly<Record<ViewName, string>> = {
    map: 'map',
    stakeholders: 'organization',
    flow: 'type-hierarchy-sub',
    opportunities: 'lightbulb',
    blueprint: 'layers',
    summary: 'graph-line'
};

export class Toolbar {
    readonly element: HTMLElement;
    private readonly viewButtons = new Map<ViewName, VscodeToolbarButton>();
    private readonly journeyPicker: VscodeSingleSelect;
    private readonly stagePicker: StagePicker;
    private readonly legendButton: VscodeToolbarButton;
    private readonly mapButtons: VscodeToolbarButton[] = [];
    private readonly zoomReadout: HTMLElement;

    constructor(actions: ToolbarActions) {
        const views = this.viewSwitcher(actions);
        this.journeyPicker = element('vscode-single-select', {
            class: 'cj-journey-picker',
            'aria-label': 'Journey',
            // The combobox inside its shadow root is named from this, not from the host's aria-label.
            label: 'Journey',
            hidden: ''
        }) as VscodeSingleSelect;
        this.journeyPicker.addEventListener('change', () => actions.showJourney(this.journeyPicker.value));

        this.stagePicker = new StagePicker(stageId => actions.goToStage(stageId));

        const mapButton = (icon: string, label: string, action: () => void): VscodeToolbarButton => {
            const button = element('vscode-toolbar-button', { icon, label, title: label }) as VscodeToolbarButton;
            button.addEventListener('click', action);
            this.mapButtons.push(button);
            return button;
        };
        this.legendButton = element('vscode-toolbar-button', {
            icon: 'symbol-color',
            label: 'Legend',
            title: 'Legend',
            toggleable: ''
        }) as VscodeToolbarButton;
        this.legendButton.addEventListener('change', () => actions.toggleLegend());
        this.mapButtons.push(this.legendButton);
        // The zoom in effect, as a button that resets it to 100 % (as image viewers do).
        this.zoomReadout = element('span', { class: 'cj-zoom-level' }, '100 %');
        const readout = element(
            'vscode-toolbar-button',
            { class: 'cj-zoom-readout', label: readoutLabel('100 %'), title: 'Zoom to 100 %' },
            this.zoomReadout
        ) as VscodeToolbarButton;
        readout.addEventListener('click', () => actions.actualSize());
        this.mapButtons.push(readout);
        const tools = element(
            'vscode-toolbar-container',
            { class: 'cj-tools' },
            mapButton('zoom-out', 'Zoom out (-)', () => actions.zoomOut()),
            readout,
            mapButton('zoom-in', 'Zoom in (+)', () => actions.zoomIn()),
            mapButton('screen-normal', 'Fit to window (0)', () => actions.fit()),
            this.legendButton,
            mapButton('file-code', 'Export as SVG…', () => actions.export('svg')),
            mapButton('file-media', 'Export as PNG…', () => actions.export('png')),
            mapButton('file-pdf', 'Export as PDF…', () => actions.export('pdf'))
        );

        this.element = element(
            'header',
            { class: 'cj-toolbar' },
            views,
            this.journeyPicker,
            this.stagePicker.element,
            element('span', { class: 'cj-spacer' }),
            tools
        );
    }

    /** One toggle button per view, as tabs. */
    private viewSwitcher(actions: ToolbarActions): HTMLElement {
        // A group of switches (each button is role=switch with aria-checked inside its shadow
        // root): a host role such as tab would nest one control in another.
        const views = element('vscode-toolbar-container', { class: 'cj-views', role: 'group', 'aria-label': 'View' });
        for (const view of VIEWS) {
            const button = element(
                'vscode-toolbar-button',
                {
                    icon: VIEW_ICONS[view],
                    toggleable: '',
                    'data-view': view,
                    label: VIEW_TITLES[view],
                    title: VIEW_TITLES[view]
                },
                element('span', { class: 'cj-view-label' }, VIEW_TITLES[view])
            ) as VscodeToolbarButton;
            // A toggleable button flips itself; the preview decides which view is checked.
            button.addEventListener('change', () => actions.showView(view));
            this.viewButtons.set(view, button);
            views.append(button);
        }
        return views;
    }

    showView(view: ViewName): void {
        for (const [kind, button] of this.viewButtons) {
            button.checked = kind === view;
        }
    }

    /** Shows the journey picker when the file has more than one journey. */
    showJourneys(journeys: readonly { id: string; title: string }[], selectedId: string | undefined): void {
        this.journeyPicker.hidden = journeys.length < 2;
        if (this.journeyPicker.hidden) return; // untouched while hidden: updating it costs a layout
        const key = journeys.map(journey => `${journey.id}\u0000${journey.title}`).join('\u0001');
        if (this.journeyPicker.dataset.journeys !== key) {
            this.journeyPicker.dataset.journeys = key;
            this.journeyPicker.replaceChildren(...journeys.map(journey => element('vscode-option', { value: journey.id }, journey.title)));
        }
        if (selectedId !== undefined && this.journeyPicker.value !== selectedId) {
            this.journeyPicker.value = selectedId;
        }
    }

    /** The stages the view on screen draws, for the stage picker (hidden for fewer than two). */
    showStages(stages: readonly StageChoice[]): void {
        this.stagePicker.show(stages);
    }

    /** The stage the map went to, shown as the stage picker's choice. */
    showStage(stageId: string): void {
        this.stagePicker.showCurrent(stageId);
    }

    showZoom(scale: number): void {
        const text = `${Math.round(scale * 100)} %`;
        if (this.zoomReadout.textContent !== text) {
            this.zoomReadout.textContent = text;
            (this.zoomReadout.parentElement as VscodeToolbarButton).label = readoutLabel(text);
        }
    }

    showLegendOpen(open: boolean): void {
        this.legendButton.checked = open;
    }

    /** Zoom, legend and export only make sense while a map is shown. */
    showMapTools(shown: boolean): void {
        for (const button of this.mapButtons) {
            button.hidden = !shown;
        }
    }
}

/** The readout's name starts with the zoom it shows, so a voice user can say what they see (WCAG 2.5.3). */
function readoutLabel(zoom: string): string {
    return `${zoom}, zoom to 100 %`;
}
