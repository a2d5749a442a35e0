/**
 * The previews of a window, modelled on VS Code's Markdown preview: "Open Preview" and
 * "Open Preview to the Side"; either one preview that follows the active `.cjourney` editor
 * or one preview per document (`cjourney.preview.followActiveEditor`); previews restored
 * after a reload by a WebviewPanelSerializer from the state the webview saved; models and
 * cursor moves routed to the previews showing the document.
 */
import * as vscode from 'vscode';
import type { PreviewCommand, PreviewState } from '@cjourney/webview/protocol';
import { JourneyPreview, PREVIEW_VIEW_TYPE, previewWebviewOptions, type PreviewContext } from './journey-preview.js';

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
            vscode.window.onDidChangeActiveTextEditor(editor => this.followEditor(editor)),
            vscode.window.onDidChangeTextEditorSelection(event => this.cursorMoved(event.textEditor))
        );
    }

    /** Opens (or reveals) the preview of a document: in the active column, or beside it. */
    showPreview(uri: vscode.Uri, toSide: boolean): void {
        const column = toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
        const existing = this.previewFor(uri);
        if (existing) {
            existing.reveal(toSide ? existing.panel.viewColumn : column, toSide);
            return;
        }
        if (this.context.settings().followActiveEditor && this.following) {
            this.following.showDocument(uri);
            this.following.reveal(this.following.panel.viewColumn, toSide);
            this.previewedDocumentsChanged();
            return;
        }
        const panel = vscode.window.createWebviewPanel(
            PREVIEW_VIEW_TYPE,
            'Preview',
            { viewColumn: column, preserveFocus: toSide },
            { ...previewWebviewOptions(this.context.extensionUri), enableFindWidget: false, retainContextWhenHidden: false }
        );
        this.track(new JourneyPreview(panel, uri, this.context));
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
        this.track(new JourneyPreview(panel, vscode.Uri.parse(saved.documentUri), this.context));
    }

    private track(preview: JourneyPreview): void {
        this.previews.add(preview);
        this.active = preview;
        if (this.context.settings().followActiveEditor && !this.following) {
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

    private followEditor(editor: vscode.TextEditor | undefined): void {
        if (!editor || editor.document.languageId !== LANGUAGE_ID || !this.following || !this.context.settings().followActiveEditor) return;
        if (this.previewFor(editor.document.uri)) return;
        this.following.showDocument(editor.document.uri);
        this.previewedDocumentsChanged();
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
