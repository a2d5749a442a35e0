/**
 * The workspace's cjourney.config.json files as the preview needs them: its default view
 * (`preview.defaultView`) and the theme of its exports (`theme`), for each document from the
 * nearest file in its folder or a folder above, within its workspace folder — the files the
 * language server reads too. They are all read at activation and again whenever one is
 * created, changed or deleted, so a preview opening gets its settings without waiting.
 * A file's problems are not reported here: the language server shows them on the file.
 */
import * as vscode from 'vscode';
import { CONFIG_FILE_NAME, parseProjectConfig, type ProjectConfig } from '@cjourney/language/config';
import { nearestConfig } from './project-config-lookup.js';

export { withProjectConfig } from './project-config-lookup.js';

export class ProjectSettings implements vscode.Disposable {
    /** Folder URI (as `Uri.toString()` writes it, no trailing slash) → the config file in it. */
    private configs = new Map<string, ProjectConfig>();
    private readonly changed = new vscode.EventEmitter<void>();
    readonly onDidChange = this.changed.event;
    private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    private readonly subscriptions: vscode.Disposable[];

    constructor(private readonly log: vscode.LogOutputChannel) {
        const reload = () => void this.reload();
        this.subscriptions = [
            this.changed,
            this.watcher,
            this.watcher.onDidCreate(reload),
            this.watcher.onDidChange(reload),
            this.watcher.onDidDelete(reload)
        ];
        reload();
    }

    /** The config that applies to a document: the nearest above it within its workspace folder, else the defaults. */
    configFor(document: vscode.Uri): ProjectConfig {
        return nearestConfig(this.configs, document.toString(), vscode.workspace.getWorkspaceFolder(document)?.uri.toString());
    }

    private async reload(): Promise<void> {
        const configs = new Map<string, ProjectConfig>();
        try {
            for (const file of await vscode.workspace.findFiles(`**/${CONFIG_FILE_NAME}`, '**/node_modules/**')) {
                const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
                const path = file.toString();
                configs.set(path.slice(0, path.lastIndexOf('/')), parseProjectConfig(text).config);
            }
        } catch (error) {
            this.log.warn(`Could not read the project settings (${CONFIG_FILE_NAME}): ${String(error)}`);
        }
        this.configs = configs;
        this.changed.fire();
    }

    dispose(): void {
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}
