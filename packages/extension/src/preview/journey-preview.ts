/**
 * One preview panel: its webview (HTML set once), the conversation with it (nothing is sent
 * before it says `ready`; after a reload it says `ready` again and gets the current state),
 * and the document it shows, which can change when the preview follows the active editor.
 * Models from the server are debounced (latest wins) before they are posted.
 */
import * as vscode from 'vscode';
import type { CjourneyModel, SourceLocation, SourcePosition } from '@cjourney/model';
import type { JourneyModelParams } from '@cjourney/language/protocol';
import { ModelHistory } from '@cjourney/webview';
import type { ExportFormat, ExportMessage, HostMessage, ModelMessage, PreviewCommand, WebviewMessage } from '@cjourney/webview/protocol';
import type { ExtensionSettings } from '../settings.js';
import type { JourneyModelFeed } from '../journey-model-feed.js';
import { insertStarterJourney } from '../starter-journey.js';
import { previewHtml, previewWebviewOptions } from './preview-html.js';
import { previewFontDataUris } from './preview-fonts.js';
import { PreviewImages } from './preview-images.js';
import { revealSource } from './reveal-source.js';
import { PostedModels } from './posted-models.js';
import { saveExport, withPdf } from './save-export.js';
import { checkWebviewMessage, notificationText, revealableFiles, revealTarget } from './webview-messages.js';

export const PREVIEW_VIEW_TYPE = 'cjourney.preview';

/** The webview command that exports in each format. */
export const EXPORT_COMMANDS: Readonly<Record<ExportFormat, PreviewCommand>> = { svg: 'exportSvg', png: 'exportPng', pdf: 'exportPdf' };

export interface PreviewContext {
    extensionUri: vscode.Uri;
    feed: JourneyModelFeed;
    /** The VS Code settings; for a document, with its project's cjourney.config.json applied. */
    settings(document?: vscode.Uri): ExtensionSettings;
    log: vscode.LogOutputChannel;
    /** Makes a PDF of an exported drawing; only the desktop extension host can (pdf-export.ts). */
    pdf?: PdfMaker;
}

/** The drawing's SVG → the PDF's bytes (one page the size of the drawing, fonts embedded). */
export type PdfMaker = (svg: string, meta: { title: string; theme: 'light' | 'dark' }) => Promise<Uint8Array>;

export class JourneyPreview implements vscode.Disposable {
    private ready = false;
    /** The models of the document (a reloaded webview needs the newest and the last good one). */
    private readonly history = new ModelHistory();
    /** What the webview has of the model: the next goes as a delta from it. */
    private readonly posted = new PostedModels();
    private pending: ModelMessage | undefined;
    private debounce: ReturnType<typeof setTimeout> | undefined;
    private exportTarget: { target: vscode.Uri; done: (uri: vscode.Uri | undefined) => void } | undefined;
    private readonly disposed = new vscode.EventEmitter<void>();
    readonly onDidDispose = this.disposed.event;
    private readonly subscriptions: vscode.Disposable[] = [this.disposed];
    private isDisposed = false;
    private readonly images: PreviewImages;

    constructor(
        readonly panel: vscode.WebviewPanel,
        private uri: vscode.Uri,
        private readonly context: PreviewContext,
        private lockedToDocument = false
    ) {
        panel.webview.options = previewWebviewOptions(context.extensionUri, uri);
        this.images = new PreviewImages(context.log, panel.webview);
        panel.webview.html = previewHtml(panel.webview, context.extensionUri);
        panel.iconPath = vscode.Uri.joinPath(context.extensionUri, 'images', 'preview.svg');
        this.updateTitle();
        this.subscriptions.push(
            // Checked before use: the webview shows the pull request's text (see webview-messages.ts).
            panel.webview.onDidReceiveMessage((raw: unknown) => {
                const message = checkWebviewMessage(raw);
                if (message) void this.receive(message);
                else this.context.log.warn('Ignored a malformed message from the preview.');
            }),
            // A hidden webview is destroyed (no retainContextWhenHidden); shown again, it reloads and says `ready`.
            panel.onDidChangeViewState(event => {
                if (!event.webviewPanel.visible) this.ready = false;
            }),
            panel.onDidDispose(() => this.dispose()),
            vscode.workspace.onDidChangeWorkspaceFolders(() => this.updateImageRoots())
        );
    }

    get documentUri(): vscode.Uri {
        return this.uri;
    }

    /** A locked preview stays on its document; an unlocked one may follow the active editor. */
    get locked(): boolean {
        return this.lockedToDocument;
    }

    setLocked(locked: boolean): void {
        if (locked === this.lockedToDocument) return;
        this.lockedToDocument = locked;
        this.updateTitle();
        this.post(this.documentMessage());
    }

    /** Shows another document in this panel (the preview follows the active editor). */
    showDocument(uri: vscode.Uri): void {
        if (uri.toString() === this.uri.toString()) return;
        this.uri = uri;
        this.history.clear();
        this.posted.forget();
        this.pending = undefined;
        clearTimeout(this.debounce);
        this.updateTitle();
        this.images.forget();
        this.updateImageRoots();
        if (this.ready) {
            // Another document may be under another cjourney.config.json (export theme).
            this.settingsChanged();
            this.post(this.documentMessage());
            void this.requestModel();
        }
    }

    /** A model pushed by the server; ignored unless it is for this preview's document. */
    acceptModel(params: JourneyModelParams): void {
        if (vscode.Uri.parse(params.uri).toString() !== this.uri.toString()) return;
        const message: ModelMessage = { type: 'model', ...params, uri: this.uri.toString() };
        if (!this.history.accept(message)) return;
        this.pending = message;
        clearTimeout(this.debounce);
        const delay = this.context.settings().debounceMs;
        if (delay === 0) {
            this.flush();
        } else {
            this.debounce = setTimeout(() => this.flush(), delay);
        }
    }

    showCursor(position: SourcePosition | null): void {
        this.post({ type: 'cursor', uri: this.uri.toString(), position });
    }

    /** The document's editor scrolled to `line` (its first visible line). */
    showEditorScroll(line: number): void {
        this.post({ type: 'scroll', uri: this.uri.toString(), line });
    }

    settingsChanged(): void {
        this.post({ type: 'settings', settings: this.context.settings(this.uri).preview });
    }

    runCommand(command: PreviewCommand): void {
        this.post({ type: 'command', command });
    }

    /** Exports without a save dialog (commands called with a target file, e.g. by tests and scripts). */
    exportTo(format: ExportFormat, target: vscode.Uri): Promise<vscode.Uri | undefined> {
        return new Promise(resolve => {
            this.exportTarget?.done(undefined);
            this.exportTarget = { target, done: resolve };
            this.runCommand(EXPORT_COMMANDS[format]);
        });
    }

    reveal(viewColumn?: vscode.ViewColumn, preserveFocus = false): void {
        this.panel.reveal(viewColumn, preserveFocus);
    }

    private flush(): void {
        if (this.pending) {
            this.postModel(this.pending);
            this.pending = undefined;
            void this.postImages();
        }
    }

    /** The images the preview may draw, when they changed or the webview is `fresh` (checked by the host: preview-images.ts). */
    private async postImages(fresh = false): Promise<void> {
        if (fresh) this.images.forget();
        const uri = this.uri;
        const images = await this.images.changed(this.models(), uri);
        if (images && uri.toString() === this.uri.toString()) this.post({ type: 'images', uri: uri.toString(), images });
    }

    /** The models the webview has (the newest, and the last good one). */
    private models(): CjourneyModel[] {
        return this.history.replay().map(message => message.model);
    }

    /** Another document or other workspace folders may allow other image folders (the webview then reloads). */
    private updateImageRoots(): void {
        const options = previewWebviewOptions(this.context.extensionUri, this.uri);
        const roots = options.localResourceRoots?.map(String).join(' ');
        if (roots !== this.panel.webview.options.localResourceRoots?.map(String).join(' ')) this.panel.webview.options = options;
    }

    private async receive(message: WebviewMessage): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                this.settingsChanged();
                this.post(this.documentMessage());
                // A reloaded webview gets what is known at once, then whatever is newer from the server.
                this.posted.forget();
                this.history.replay().forEach(model => this.postModel(model));
                void this.postImages(true);
                await this.requestModel();
                break;
            case 'reveal':
                await this.revealFromWebview(message.location);
                break;
            case 'scrollEditor':
                this.scrollEditor(message.line);
                break;
            case 'export':
                await this.saveExport(message);
                break;
            case 'exportFailed':
                this.exportTarget?.done(undefined);
                this.exportTarget = undefined;
                this.problem(message.message);
                break;
            case 'embedImages':
                this.post({ type: 'embeddedImages', id: message.id, images: await this.images.dataUris(this.models(), this.uri) });
                break;
            case 'embedFonts':
                this.post({ type: 'embeddedFonts', id: message.id, fonts: await previewFontDataUris(this.context.extensionUri) });
                break;
            case 'modelNeeded':
                this.posted.forget();
                this.history.replay().forEach(model => this.postModel(model));
                break;
            case 'insertStarter':
                await insertStarterJourney(this.uri).catch(error => this.problem(`Cannot insert the starter journey: ${String(error)}`));
                break;
            case 'problem':
                this.problem(message.message);
                break;
        }
    }

    /** Opens only the previewed document or a file its current model names. */
    /** The document's visible editors show `line` at their top; nothing is opened or selected. */
    private scrollEditor(line: number): void {
        if (!this.context.settings(this.uri).preview.scrollEditorWithPreview) return;
        const at = new vscode.Range(line, 0, line, 0);
        for (const editor of vscode.window.visibleTextEditors) {
            if (editor.document.uri.toString() === this.uri.toString()) editor.revealRange(at, vscode.TextEditorRevealType.AtTop);
        }
    }

    private async revealFromWebview(location: SourceLocation): Promise<void> {
        const allowed = revealableFiles(this.uri.toString(), this.models());
        const file = revealTarget(location, this.uri.toString(), allowed);
        if (file === undefined) {
            this.context.log.warn('Ignored a request from the preview to open a file the journey does not use.');
            return;
        }
        await revealSource({ ...location, file }, this.uri, this.panel.viewColumn).catch(error =>
            this.problem(`Cannot open the source: ${String(error)}`)
        );
    }

    private async requestModel(): Promise<void> {
        const uri = this.uri;
        const params = await this.context.feed.request(uri);
        if (uri.toString() !== this.uri.toString()) return;
        if (params) {
            this.acceptModel(params);
            this.flush();
        } else if (!this.history.latest) {
            this.post({
                type: 'waiting',
                uri: uri.toString(),
                message: 'The language server has not read this file yet; the map appears as soon as it has.'
            });
        }
    }

    private async saveExport(message: ExportMessage): Promise<void> {
        const pending = this.exportTarget;
        this.exportTarget = undefined;
        try {
            const pdfTheme = this.context.settings(this.uri).preview.exportTheme;
            const saved = await saveExport(await withPdf(message, this.context.pdf, pdfTheme), this.uri, pending?.target);
            pending?.done(saved);
            if (saved && !pending) {
                const open = await vscode.window.showInformationMessage(
                    `Exported the map to ${vscode.workspace.asRelativePath(saved)}.`,
                    'Open'
                );
                if (open) await vscode.commands.executeCommand('vscode.open', saved);
            }
        } catch (error) {
            pending?.done(undefined);
            this.problem(`The export could not be saved: ${String(error)}`);
        }
    }

    private problem(text: string): void {
        const shown = notificationText(text);
        this.context.log.error(shown);
        void vscode.window.showWarningMessage(shown);
    }

    private documentMessage(): HostMessage {
        return {
            type: 'document',
            uri: this.uri.toString(),
            fileName: fileNameOf(this.uri),
            defaultView: this.context.settings(this.uri).defaultView,
            locked: this.lockedToDocument
        };
    }

    private postModel(message: ModelMessage): void {
        if (this.ready) this.post(this.posted.messageFor(message));
    }

    private post(message: HostMessage): void {
        // Messages to a hidden webview are dropped; it reloads when shown and says `ready` again.
        if (this.ready) void this.panel.webview.postMessage(message);
    }

    private updateTitle(): void {
        // As VS Code's Markdown preview names its locked previews.
        this.panel.title = this.lockedToDocument ? `[Preview] ${fileNameOf(this.uri)}` : `Preview ${fileNameOf(this.uri)}`;
    }

    dispose(): void {
        if (this.isDisposed) return;
        this.isDisposed = true;
        clearTimeout(this.debounce);
        this.exportTarget?.done(undefined);
        this.disposed.fire();
        vscode.Disposable.from(...this.subscriptions).dispose();
        this.panel.dispose();
    }
}

function fileNameOf(uri: vscode.Uri): string {
    return uri.path.split('/').pop() || uri.toString(true);
}
