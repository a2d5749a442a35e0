/**
 * Which cjourney.config.json the preview uses for a document, and what it changes in the
 * extension's settings. Free of the `vscode` module so it is tested as plain functions;
 * project-settings.ts does the reading and watching.
 */
import { emptyConfig, type ProjectConfig } from '@cjourney/language/config';
import type { ExtensionSettings } from './settings.js';

/**
 * The config nearest above a document, looking no higher than its workspace folder.
 * `configs` maps folder URIs (as `Uri.toString()` writes them, no trailing slash) to the
 * config file in that folder.
 */
export function nearestConfig(
    configs: ReadonlyMap<string, ProjectConfig>,
    document: string,
    workspaceFolder: string | undefined
): ProjectConfig {
    let folder = document;
    while (folder.lastIndexOf('/') > 0) {
        folder = folder.slice(0, folder.lastIndexOf('/'));
        const config = configs.get(folder);
        if (config) return config;
        if (folder === workspaceFolder) break;
    }
    return emptyConfig();
}

/** The VS Code settings with what a project's config says for the preview; the project's file wins. */
export function withProjectConfig(settings: ExtensionSettings, config: ProjectConfig): ExtensionSettings {
    return {
        ...settings,
        defaultView: config.preview.defaultView ?? settings.defaultView,
        preview: { ...settings.preview, exportTheme: config.theme ?? settings.preview.exportTheme }
    };
}
