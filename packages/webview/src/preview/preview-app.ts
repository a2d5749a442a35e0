/**
 * The preview: keeps the map in step with the document's models from the extension host —
 * the newest without errors (dimmed, under an error banner, while the text has errors),
 * redrawn latest-wins, swapped in one step at the same zoom — and links map and source both ways.
 */
import type { CjourneyModel, Journey, SourcePosition, SourceRange } from '@cjourney/model';
import type {
    ElementRef,
    ExportFormat,
    HostMessage,
    ModelMessage,
    PreviewCommand,
    PreviewSettings,
    PreviewState,
    ViewName
} from '../protocol.js';
import { ModelHistory } from '../model-history.js';
import { DEFAULT_PREVIEW_SETTINGS, isViewName } from '../protocol.js';
import { changeState } from '../view-memory.js';
import { filterOf, layoutFilter, toggleInState } from '../map-filter.js';
import { elementAt, journeyOf, locationOf } from '../source-lookup.js';
import { element } from './dom.js';
import { ErrorBanner } from './error-banner.js';
import { ExportFonts } from './export-fonts.js';
import { exportMessage } from './export-map.js';
import { FilterBar } from './filter-bar.js';
import { FROZEN_PANE_VIEWS, FrozenPanes } from './frozen-panes.js';
import { addAffordances, onEnter } from './map-affordances.js';
import { clickedElement, highlightElement } from './highlight.js';
import { ImageLinks } from './image-links.js';
import { LatestWins } from './latest-wins.js';
import { Legend } from './legend.js';
import { PanZoom } from './pan-zoom.js';
import { renderForPreview, type MapRequest } from './renderer.js';
import { StageNavigation } from './stage-navigation.js';
import { drawnStages } from './stage-picker.js';
import { StartScreen } from './start-screen.js';
import { SvgSurface } from './svg-patch.js';
import { Toolbar } from './toolbar.js';
import type { HostConnection } from './vscode-api.js';

/** Zooming and panning fire many events; the state is saved once they pause. */
const SAVE_STATE_DELAY_MS = 250;

export class PreviewApp {
    private settings: PreviewSettings = DEFAULT_PREVIEW_SETTINGS;
    private state: PreviewState | undefined;
    private fileName = '';
    /** The models received for the shown document, and which one the map shows. */
    private readonly history = new ModelHistory();
    private cursor: SourcePosition | null = null;
    /** The journey the map on screen was drawn from. */
    private drawn: Journey | undefined;
    private saveTimer: ReturnType<typeof setTimeout> | undefined;

    private readonly toolbar: Toolbar;
    private readonly filterBar = new FilterBar((group, id) => this.toggleFilter(group, id));
    private readonly banner: ErrorBanner;
    private readonly canvas = element('main', { class: 'cj-canvas', tabindex: '0', 'aria-label': 'Journey map' });
    private readonly startScreen: StartScreen;
    private readonly legend = new Legend();
    private readonly images = new ImageLinks();
    private readonly fonts = new ExportFonts();
    private readonly panZoom: PanZoom;
    private readonly stages: StageNavigation;
    /** Copies of the stage header row and lane label column that stay in view (map view). */
    private readonly frozen = new FrozenPanes(this.canvas, event => this.onMapClick(event));
    /** The map on screen; an edit replaces only the SVG elements it changed. */
    private readonly surface = new SvgSurface();
    private readonly renders = new LatestWins<void>(
        () => this.draw(),
        error => this.drawFailed(error)
    );

    constructor(
        private readonly host: HostConnection,
        root: HTMLElement
    ) {
        this.toolbar = new Toolbar({
            showView: view => this.updateState({ view }, true),
            showJourney: journeyId => this.updateState({ journeyId }, true),
            goToStage: stageId => this.stages.goTo(stageId),
            zoomIn: () => this.panZoom.zoomIn(),
            zoomOut: () => this.panZoom.zoomOut(),
            fit: () => this.panZoom.fit(),
            actualSize: () => this.panZoom.actualSize(),
            toggleLegend: () => this.toggleLegend(),
            export: format => void this.exportMap(format)
        });
        this.banner = new ErrorBanner(range => this.revealInDocument(range), this.canvas);
        this.startScreen = new StartScreen(() => this.host.post({ type: 'insertStarter' }));
        this.panZoom = new PanZoom(
            this.canvas,
            viewport => this.updateState({ viewport }, false),
            (viewport, panel) => {
                this.toolbar.showZoom(viewport.scale);
                this.frozen.apply(viewport, panel);
            }
        );
        const scrollEditor = (line: number) => this.settings.scrollEditorWithPreview && this.host.post({ type: 'scrollEditor', line });
        this.stages = new StageNavigation(this.canvas, this.panZoom, this.frozen, () => this.drawn, scrollEditor, this.toolbar);
        this.canvas.addEventListener('click', event => this.onMapClick(event));
        onEnter(this.canvas, event => this.onMapClick(event));
        root.replaceChildren(
            this.toolbar.element,
            this.filterBar.element,
            element('div', { class: 'cj-stage-area' }, this.canvas, this.banner.element, this.startScreen.element, this.legend.element)
        );
        // Over the map, under the banner and the legend.
        this.canvas.after(this.frozen.left, this.frozen.top);
    }

    /** Restores what VS Code kept of the previous session, then tells the host it can send. */
    start(): void {
        const saved = this.host.savedState();
        if (saved) {
            this.state = { ...saved, view: isViewName(saved.view) ? saved.view : 'map' };
            this.applyStateToControls();
        }
        this.startScreen.showWaiting('Opening the journey…');
        this.toolbar.showMapTools(false);
        this.host.post({ type: 'ready' });
    }

    receive(message: HostMessage): void {
        switch (message.type) {
            case 'settings':
                this.settings = { ...DEFAULT_PREVIEW_SETTINGS, ...message.settings };
                this.redraw();
                break;
            case 'document':
                this.showDocument(message.uri, message.fileName, message.defaultView);
                this.rememberLock(message.locked);
                break;
            case 'model':
            case 'modelDelta':
                this.acceptModel(message);
                break;
            case 'waiting':
                if (message.uri === this.state?.documentUri && !this.history.latest) this.startScreen.showWaiting(message.message);
                break;
            case 'cursor':
                if (message.uri === this.state?.documentUri) this.moveCursor(message.position);
                break;
            case 'scroll':
                if (message.uri === this.state?.documentUri && this.settings.scrollPreviewWithEditor)
                    this.stages.followEditor(this.drawn, message.line);
                break;
            case 'command':
                this.runCommand(message.command);
                break;
            case 'images':
                if (this.images.accept(message, this.state?.documentUri)) this.redraw();
                break;
            case 'embeddedImages':
                this.images.answer(message);
                break;
            case 'embeddedFonts':
                this.fonts.answer(message);
                break;
        }
    }

    private rememberLock(locked: boolean | undefined): void {
        if (!this.state || (this.state.locked ?? false) === (locked ?? false)) return;
        this.state = { ...this.state, locked: locked === true };
        this.saveState();
    }

    private showDocument(uri: string, fileName: string, defaultView: ViewName): void {
        this.stages.reset();
        this.fileName = fileName;
        if (this.state?.documentUri === uri) return;
        // Another document: keep the chosen view and this panel's remembered zooms, forget the old maps.
        this.state = this.state
            ? changeState(this.state, { documentUri: uri, journeyId: undefined })
            : { documentUri: uri, view: isViewName(defaultView) ? defaultView : 'map' };
        this.history.clear();
        this.images.clear();
        this.drawn = undefined;
        this.cursor = null;
        this.clearCanvas();
        this.banner.clear();
        this.startScreen.showWaiting(`Reading ${fileName}…`);
        this.toolbar.showMapTools(false);
        this.applyStateToControls();
        this.saveState();
    }

    /** A whole model, or a delta from the newest (the host sends whole models again if it does not apply). */
    private acceptModel(received: ModelMessage | Extract<HostMessage, { type: 'modelDelta' }>): void {
        if (received.uri !== this.state?.documentUri) return;
        const message = this.history.whole(received);
        if (!message) return this.host.post({ type: 'modelNeeded' });
        if (!this.history.accept(message)) return;
        this.banner.update(message.errors, this.history.showsOlderModel, this.history.stale);
        this.redraw();
    }

    private redraw(): void {
        if (this.history.latest) this.renders.push();
    }

    /** Draws the map for the current state; runs one at a time (see LatestWins). */
    private async draw(): Promise<void> {
        const state = this.state;
        const model = this.history.shown;
        if (!state || !model) return;
        const journey = journeyOf(model, state.journeyId);
        this.toolbar.showJourneys(model.journeys, journey?.id);
        this.filterBar.showFor(journey, state);
        if (!journey) {
            this.drawn = undefined;
            this.clearCanvas();
            this.legend.show(state.view, false);
            this.toolbar.showMapTools(false);
            this.toolbar.showStages([]);
            this.startScreen.showForModel(model, this.fileName);
            return;
        }
        const svgText = await renderForPreview(this.mapRequest(journey, state.view, model));
        if (this.state?.documentUri !== state.documentUri) return; // the document changed while drawing
        // One synchronous swap or patch before the next paint: the old map is never removed without the new one in place.
        const { svg, fresh } = this.surface.update(svgText);
        addAffordances(svg);
        if (fresh) {
            this.panZoom.attach(svg);
            this.canvas.replaceChildren(svg);
        }
        this.drawn = journey;
        this.startScreen.hide();
        this.toolbar.showMapTools(true);
        this.toolbar.showStages(drawnStages(journey, svg));
        this.frozen.update(svg, FROZEN_PANE_VIEWS.has(state.view));
        const { viewport, panel } = this.panZoom.view();
        this.frozen.apply(viewport, panel);
        this.legend.show(state.view, state.legendOpen ?? false);
        this.highlightCursor(false);
    }

    private clearCanvas(): void {
        this.canvas.replaceChildren();
        this.surface.clear();
        this.toolbar.showStages([]);
        this.frozen.update(undefined, false);
    }

    private drawFailed(error: unknown): void {
        const message = error instanceof Error ? error.message : String(error);
        this.host.post({ type: 'problem', message: `The map could not be drawn: ${message}` });
        this.startScreen.showWaiting(`The map could not be drawn: ${message}`);
    }

    private mapRequest(journey: Journey, view: ViewName, model: CjourneyModel): MapRequest {
        const baseline = journey.baselineId
            ? model.journeys.find(other => other.id === journey.baselineId && other !== journey)
            : undefined;
        // Exports draw the same personas and lanes as the preview shows.
        const filter = this.state ? layoutFilter(journey, filterOf(this.state, journey.id)) : {};
        return { journey, view, direction: this.settings.direction, baseline, imageHref: this.images.href, ...filter };
    }

    private toggleFilter(group: 'persona' | 'lane', id: string): void {
        if (this.state && this.drawn) this.updateState({ filters: toggleInState(this.state, this.drawn, group, id).filters }, true);
    }

    private toggleLegend(): void {
        this.updateState({ legendOpen: !(this.state?.legendOpen ?? false) }, false);
        if (this.state) this.legend.show(this.state.view, (this.state.legendOpen ?? false) && this.drawn !== undefined);
    }

    /** Changes the persisted state; `redraw` when the map itself must change. */
    private updateState(change: Partial<PreviewState>, redraw: boolean): void {
        if (!this.state) return;
        this.state = changeState(this.state, change);
        this.applyStateToControls();
        if (redraw) this.redraw();
        // Zooming and panning save once they pause; a chosen view or journey is saved at once.
        if (redraw) this.saveState();
        else this.scheduleSave();
    }

    private applyStateToControls(): void {
        if (!this.state) return;
        this.toolbar.showView(this.state.view);
        this.toolbar.showLegendOpen(this.state.legendOpen ?? false);
        this.panZoom.restore(this.state.viewport);
    }

    private scheduleSave(): void {
        clearTimeout(this.saveTimer);
        this.saveTimer = setTimeout(() => this.saveState(), SAVE_STATE_DELAY_MS);
    }

    private saveState(): void {
        clearTimeout(this.saveTimer);
        if (this.state) this.host.saveState(this.state);
    }

    private onMapClick(event: Event): void {
        if (this.panZoom.wasDrag() || !this.drawn) return;
        const ref = clickedElement(event.target);
        const location = ref ? locationOf(this.drawn, ref) : undefined;
        if (location) this.host.post({ type: 'reveal', location });
    }

    private revealInDocument(range: SourceRange): void {
        this.host.post({ type: 'reveal', location: { range, nameRange: range } });
    }

    private moveCursor(position: SourcePosition | null): void {
        this.cursor = position;
        this.highlightCursor(true);
    }

    private highlightCursor(scrollIntoView: boolean): void {
        const ref: ElementRef | undefined =
            this.settings.highlightAtCursor && this.cursor && this.drawn ? elementAt(this.drawn, this.cursor) : undefined;
        // The whole journey is not an element to point at: the cursor is merely inside it.
        const target = highlightElement(this.canvas, ref?.kind === 'journey' ? undefined : ref);
        if (target && scrollIntoView) {
            this.panZoom.reveal(target);
        }
    }

    private runCommand(command: PreviewCommand): void {
        const view = command.startsWith('view:') ? command.slice('view:'.length) : undefined;
        const formats: Partial<Record<PreviewCommand, ExportFormat>> = { exportSvg: 'svg', exportPng: 'png', exportPdf: 'pdf' };
        const format = formats[command];
        if (view !== undefined) {
            if (isViewName(view)) this.updateState({ view }, true);
        } else if (format) void this.exportMap(format);
        else if (command === 'zoomIn' || command === 'zoomOut' || command === 'fit') this.panZoom[command]();
    }

    private async exportMap(format: ExportFormat): Promise<void> {
        const model = this.history.shown;
        const journey = model && this.state ? journeyOf(model, this.state.journeyId) : undefined;
        const request = model && journey && this.state ? this.mapRequest(journey, this.state.view, model) : undefined;
        // Exports embed their images (data URIs from the host): the webview's resource URIs work only in this panel.
        const imageHref = request && (await this.images.embedded(message => this.host.post(message)));
        const exported = request && { ...request, imageHref };
        // The PDF maker embeds its own fonts; an SVG or PNG carries the preview's (export-fonts.ts).
        const embedFonts = request && format !== 'pdf' ? await this.fonts.embedder(message => this.host.post(message)) : undefined;
        this.host.post(await exportMessage(exported, model, this.fileName, format, this.settings.exportTheme, embedFonts));
    }
}
