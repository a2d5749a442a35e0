/**
 * The images one preview panel shows, checked by the host (image-access.ts) through
 * `vscode.workspace.fs`, so it works for every file system VS Code has (also in the browser).
 * The webview gets a webview resource URI for each allowed image, keyed by the model's image
 * path, and — for an export only — data URIs, so exported files stay self-contained.
 */
import * as vscode from 'vscode';
import type { CjourneyModel } from '@cjourney/model';
import { checkImage, dataUri, imagePaths, imageRoots, type ImageFileSystem } from './image-access.js';

const workspaceFs: ImageFileSystem<vscode.Uri> = {
    stat: async file => {
        try {
            const { type, size, mtime } = await vscode.workspace.fs.stat(file);
            const kind =
                type & vscode.FileType.SymbolicLink
                    ? 'symlink'
                    : type === vscode.FileType.File
                      ? 'file'
                      : type === vscode.FileType.Directory
                        ? 'directory'
                        : 'other';
            return { kind, size, modified: mtime };
        } catch {
            return undefined;
        }
    },
    read: file => Promise.resolve(vscode.workspace.fs.readFile(file)).catch(() => undefined)
};

/** The folders the preview's images may come from (see `imageRoots`). */
export function previewImageRoots(document: vscode.Uri): vscode.Uri[] {
    const folders = (vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri);
    return imageRoots(document, folders, file => vscode.Uri.joinPath(file, '..'));
}

export class PreviewImages {
    /** Whether an image may be shown, by URI, while its modification time and size stay the same. */
    private readonly verdicts = new Map<string, { stamp: string; allowed: boolean }>();

    /** The map last sent to the webview (JSON), so an unchanged set is not sent again. */
    private sent: string | undefined;

    constructor(
        private readonly log: vscode.LogOutputChannel,
        private readonly webview: vscode.Webview
    ) {}

    /** The webview (reloaded, or showing another document) has no images yet. */
    forget(): void {
        this.sent = undefined;
    }

    /** The images to send when they differ from those the webview has, else undefined. */
    async changed(models: readonly CjourneyModel[], document: vscode.Uri): Promise<Record<string, string> | undefined> {
        const images = await this.webviewUris(models, document).catch(() => undefined);
        if (!images) return undefined;
        // With the document: a set computed for the previous document must not count as sent for this one.
        const text = `${document.toString()} ${JSON.stringify(images)}`;
        if (text === this.sent) return undefined;
        this.sent = text;
        return images;
    }

    /** Image path (as the model writes it) → webview URI, for every image of the models the preview may show. */
    private async webviewUris(models: readonly CjourneyModel[], document: vscode.Uri): Promise<Record<string, string>> {
        const roots = previewImageRoots(document);
        const uris: Record<string, string> = {};
        for (const path of new Set(models.flatMap(imagePaths))) {
            const file = vscode.Uri.parse(path);
            if (await this.allowed(file, roots)) uris[path] = this.webview.asWebviewUri(file).toString();
        }
        return uris;
    }

    /** Image path → data URI, read afresh, for the images an export draws (none when reading fails). */
    async dataUris(models: readonly CjourneyModel[], document: vscode.Uri): Promise<Record<string, string>> {
        return this.readDataUris(models, document).catch(() => ({}));
    }

    private async readDataUris(models: readonly CjourneyModel[], document: vscode.Uri): Promise<Record<string, string>> {
        const roots = previewImageRoots(document);
        const uris: Record<string, string> = {};
        for (const path of new Set(models.flatMap(imagePaths))) {
            const verdict = await checkImage(vscode.Uri.parse(path), roots, workspaceFs);
            if (verdict.allowed) uris[path] = dataUri(verdict.mediaType, verdict.bytes);
        }
        return uris;
    }

    private async allowed(file: vscode.Uri, roots: readonly vscode.Uri[]): Promise<boolean> {
        const stat = await workspaceFs.stat(file);
        const stamp = stat ? `${roots.map(String).join(' ')} ${stat.kind} ${stat.size} ${stat.modified}` : 'missing';
        const key = file.toString();
        const known = this.verdicts.get(key);
        if (known?.stamp === stamp) return known.allowed;
        const verdict = await checkImage(file, roots, workspaceFs);
        if (!verdict.allowed) this.log.info(`The preview does not show the image ${file.toString(true)}: ${verdict.reason}.`);
        this.verdicts.set(key, { stamp, allowed: verdict.allowed });
        return verdict.allowed;
    }
}
