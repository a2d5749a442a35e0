/** The extension's commands (see `contributes.commands` in package.json). */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ExportFormat, PreviewCommand } from '@cjourney/webview/protocol';
import { EXPORT_COMMANDS } from './preview/journey-preview.js';
import type { PreviewManager } from './preview/preview-manager.js';
import { showSource } from './preview/reveal-source.js';

export function registerCommands(previews: PreviewManager, client: BaseLanguageClient): vscode.Disposable {
    const register = (id: string, run: (...args: unknown[]) => unknown): vscode.Disposable => vscode.commands.registerCommand(id, run);
    const previewCommand = (command: PreviewCommand) => (): void => {
        if (!previews.runCommand(command))
            void vscode.window.showInformationMessage('Open a journey preview first (CJourney: Open Preview).');
    };
    return vscode.Disposable.from(
        register('cjourney.showPreview', (uri?: unknown) => showPreview(previews, uri, false)),
        register('cjourney.showPreviewToSide', (uri?: unknown) => showPreview(previews, uri, true)),
        register('cjourney.showLockedPreviewToSide', (uri?: unknown) => showPreview(previews, uri, true, true)),
        register('cjourney.preview.toggleLock', () => {
            if (!previews.toggleLock()) void vscode.window.showInformationMessage('Open a journey preview first (CJourney: Open Preview).');
        }),
        register('cjourney.showSource', async () => {
            const preview = previews.commandTarget();
            if (preview) await showSource(preview.documentUri, preview.panel.viewColumn);
        }),
        register('cjourney.preview.exportSvg', (target?: unknown) => exportMap(previews, 'svg', target)),
        register('cjourney.preview.exportPng', (target?: unknown) => exportMap(previews, 'png', target)),
        register('cjourney.preview.exportPdf', (target?: unknown) => exportMap(previews, 'pdf', target)),
        register('cjourney.preview.showJourneyMap', previewCommand('view:map')),
        register('cjourney.preview.showStakeholderMap', previewCommand('view:stakeholders')),
        register('cjourney.preview.showFlow', previewCommand('view:flow')),
        register('cjourney.restartServer', async () => {
            await client.stop();
            await client.start();
        })
    );
}

/** From the editor title, the explorer or a keybinding: the given file, else the active editor's. */
function showPreview(previews: PreviewManager, uri: unknown, toSide: boolean, locked = false): void {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (target) {
        previews.showPreview(target, toSide, locked);
    } else {
        void vscode.window.showInformationMessage('Open a .cjourney file to preview its map.');
    }
}

/**
 * Exports the active preview's map: through a save dialog, or straight to `target` (a Uri)
 * when a script or test passes one. Resolves with the file written, if any.
 */
async function exportMap(previews: PreviewManager, format: ExportFormat, target: unknown): Promise<vscode.Uri | undefined> {
    const preview = previews.commandTarget();
    if (!preview) {
        void vscode.window.showInformationMessage('Open a journey preview first (CJourney: Open Preview).');
        return undefined;
    }
    if (target instanceof vscode.Uri) return preview.exportTo(format, target);
    preview.runCommand(EXPORT_COMMANDS[format]);
    return undefined;
}
