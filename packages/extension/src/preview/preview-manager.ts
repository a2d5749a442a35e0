/**
 * The previews of a window, modelled on VS Code's Markdown preview: "Open Preview", "Open
 * Preview to the Side" and "Open Locked Preview to the Side"; one preview that follows the
 * active `.cjourney` editor holding a journey (unless `cjourney.preview.followActiveEditor`
 * is off), any number of locked previews that stay on their document ("Toggle Preview
 * Locking" switches a preview between the two); previews restored
 * after a reload by a WebviewPanelSerializer from the state the webview saved; models and
 * cursor moves routed to the previews showing the document.
 */
import * as vscode from 'vscode';
import type { PreviewCommand, PreviewState } from '@cjourney/webview/protocol';
import { JourneyPreview, PREVIEW_VIEW_TYPE, type PreviewContext } from './journey-preview.js';
import { previewWebviewOptions } from './preview-html.js';

const LANGUAGE_ID = 'cjourney';

export class PreviewManager implements vscode.Disposable {
    private readonly previews = new Set<JourneyPreview>();
    /** The preview that follows the active editor, when the setting asks for one. */
    private following: JourneyPreview | undefined;
    /** The preview commands act on: the focused one, else the last one focused. */
    private active: JourneyPreview | undefined;
    private readonly subscriptions: vscode.Disposable[] = [];

    constructor(private readonly context: PreviewContext) {
        this.subscriptions.push(
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: async (panel, state: unknown) => this.restore(panel, state)
            }),
            context.feed.onModel(params => {
                for (const preview of this.previews) preview.acceptModel(params);
            }),
            vscode.window.onDidChangeActiveTextEditor(editor => void this.followEditor(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => this.cursorMoved(event.textEditor)),
            vscode.window.onDidChangeTextEditorVisibleRanges(event => this.editorScrolled(event.textEditor))
        );
    }

    /** Opens (or reveals) the preview of a document: in the active column, or beside it. */
    showPreview(uri: vscode.Uri, toSide: boolean, locked = false): void {
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        const existing = locked ? this.lockedPreviewFor(uri) : this.previewFor(uri);
        if (existing) {
            existing.reveal(toSide ? existing.panel.viewColumn : column, toSide);
            return;
        }
        if (!locked && this.context.settings().followActiveEditor && this.following) {
            this.following.showDocument(uri);
            this.following.reveal(this.following.panel.viewColumn, toSide);
            this.previewedDocumentsChanged();
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            'Preview',
            { viewColumn: column, preserveFocus: toSide },
            { ...previewWebviewOptions(this.context.extensionUri, uri), enableFindWidget: false, retainContextWhenHidden: false }
        );
        this.track(new JourneyPreview(panel, uri, this.context, locked));
    }

    /**
     * Locks the preview commands act on to its document, or unlocks it so it follows the
     * active editor; there is one following preview, so another one is locked in its place.
     */
    toggleLock(): boolean {
        const target = this.commandTarget();
        if (!target) return false;
        if (!target.locked) {
            target.setLocked(true);
            if (this.following === target) this.following = undefined;
            return true;
        }
        if (this.following && this.following !== target) this.following.setLocked(true);
        target.setLocked(false);
        this.following = target;
        return true;
    }

    /**
     * The preview a command acts on: the focused preview, else the preview of the focused
     * editor's document (export from the editor), else the last preview focused.
     */
    commandTarget(): JourneyPreview | undefined {
        if (this.active?.panel.active) return this.active;
        const editor = vscode.window.activeTextEditor;
        return (editor && this.previewFor(editor.document.uri)) ?? this.active;
    }

    runCommand(command: PreviewCommand): boolean {
        const target = this.commandTarget();
        target?.runCommand(command);
        return target !== undefined;
    }

    settingsChanged(): void {
        for (const preview of this.previews) preview.settingsChanged();
    }

    private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const saved = state as Partial<PreviewState> | undefined;
        if (typeof saved?.documentUri !== 'string') {
            // Nothing to show (e.g. a panel from an older version): close it rather than show a blank page.
            panel.dispose();
            return;
        }
        this.track(new JourneyPreview(panel, vscode.Uri.parse(saved.documentUri), this.context, saved.locked === true));
    }

    private track(preview: JourneyPreview): void {
        this.previews.add(preview);
        this.active = preview;
        if (this.context.settings().followActiveEditor && !this.following && !preview.locked) {
            this.following = preview;
        }
        preview.panel.onDidChangeViewState(event => {
            if (event.webviewPanel.active) this.active = preview;
        });
        preview.onDidDispose(() => {
            this.previews.delete(preview);
            if (this.following === preview) this.following = undefined;
            if (this.active === preview) this.active = [...this.previews].at(-1);
            this.previewedDocumentsChanged();
        });
        this.previewedDocumentsChanged();
    }

    private async followEditor(editor: vscode.TextEditor | undefined): Promise<void> {
        if (!editor || editor.document.languageId !== LANGUAGE_ID || !this.following || !this.context.settings().followActiveEditor) return;
        const uri = editor.document.uri;
        if (this.previewFor(uri)) return;
        // A file of shared definitions has no map: opening it (e.g. by clicking a shared
        // stakeholder in the map) keeps the journey on screen, where it was.
        if (await this.holdsOnlySharedDefinitions(uri)) return;
        // The user may have moved on while the server answered.
        if (!this.following || vscode.window.activeTextEditor?.document.uri.toString() !== uri.toString() || this.previewFor(uri)) return;
        this.following.showDocument(uri);
        this.previewedDocumentsChanged();
    }

    /** Shared stakeholders, personas or channels and no journey (an empty file gets the start screen: followed). */
    private async holdsOnlySharedDefinitions(uri: vscode.Uri): Promise<boolean> {
        const model = (await this.context.feed.request(uri))?.model;
        if (!model || model.journeys.length > 0) return false;
        const { stakeholders, personas, channels } = model.shared;
        return stakeholders.length + personas.length + channels.length > 0;
    }

    private cursorMoved(editor: vscode.TextEditor): void {
        if (editor.document.languageId !== LANGUAGE_ID) return;
        const highlight = this.context.settings().preview.highlightAtCursor;
        const active = editor.selection.active;
        for (const preview of this.previews) {
            if (preview.documentUri.toString() === editor.document.uri.toString()) {
                preview.showCursor(highlight ? { line: active.line, character: active.character } : null);
            }
        }
    }

    private editorScrolled(editor: vscode.TextEditor): void {
        const top = editor.visibleRanges[0]?.start.line;
        if (editor.document.languageId !== LANGUAGE_ID || top === undefined) return;
        if (!this.context.settings().preview.scrollPreviewWithEditor) return;
        for (const preview of this.previews) {
            if (preview.documentUri.toString() === editor.document.uri.toString()) preview.showEditorScroll(top);
        }
    }

    private lockedPreviewFor(uri: vscode.Uri): JourneyPreview | undefined {
        return [...this.previews].find(preview => preview.locked && preview.documentUri.toString() === uri.toString());
    }

    private previewFor(uri: vscode.Uri): JourneyPreview | undefined {
        return [...this.previews].find(preview => preview.documentUri.toString() === uri.toString());
    }

    private previewedDocumentsChanged(): void {
        this.context.feed.setPreviewed([...this.previews].map(preview => preview.documentUri));
    }

    dispose(): void {
        for (const preview of this.previews) preview.dispose();
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}
