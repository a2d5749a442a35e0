/** The extension's `cjourney.*` settings, read in one place with their defaults. */
import * as vscode from 'vscode';
import { isViewName, type ExportTheme, type LayoutDirection, type PreviewSettings, type ViewName } from '@cjourney/webview/protocol';

export interface ExtensionSettings {
    /** What the webview needs to draw and export. */
    preview: PreviewSettings;
    defaultView: ViewName;
    debounceMs: number;
    followActiveEditor: boolean;
}

export function readSettings(): ExtensionSettings {
    const config = vscode.workspace.getConfiguration('cjourney');
    const direction = config.get<string>('layout.direction');
    const exportTheme = config.get<string>('export.theme');
    const defaultView = config.get<string>('preview.defaultView');
    const debounce = config.get<number>('preview.debounce', 0);
    return {
        preview: {
            direction: direction === 'down' ? 'down' : ('right' satisfies LayoutDirection),
            exportTheme: exportTheme === 'dark' ? 'dark' : ('light' satisfies ExportTheme),
            highlightAtCursor: config.get<boolean>('preview.highlightAtCursor', true),
            scrollPreviewWithEditor: config.get<boolean>('preview.scrollPreviewWithEditor', true),
            scrollEditorWithPreview: config.get<boolean>('preview.scrollEditorWithPreview', true)
        },
        defaultView: isViewName(defaultView) ? defaultView : 'map',
        debounceMs: Number.isFinite(debounce) ? Math.min(2000, Math.max(0, debounce)) : 0,
        followActiveEditor: config.get<boolean>('preview.followActiveEditor', true)
    };
}

export function affectsPreview(event: vscode.ConfigurationChangeEvent): boolean {
    return ['cjourney.preview', 'cjourney.layout', 'cjourney.export'].some(section => event.affectsConfiguration(section));
}
