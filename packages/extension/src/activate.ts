/**
 * What the desktop and the web extension share once their language client exists: the
 * journey model feed, the previews, the commands and the settings.
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerCommands } from './commands.js';
import { JourneyModelFeed } from './journey-model-feed.js';
import { PreviewManager } from './preview/preview-manager.js';
import type { PdfMaker } from './preview/journey-preview.js';
import { ProjectSettings, withProjectConfig } from './project-settings.js';
import { affectsPreview, readSettings } from './settings.js';

export const LANGUAGE_CLIENT_ID = 'cjourney';
export const LANGUAGE_CLIENT_NAME = 'CJourney Language Server';

/** The output channel of the language server's log and the extension's own messages. */
export function createOutputChannel(): vscode.LogOutputChannel {
    return vscode.window.createOutputChannel('CJourney', { log: true });
}

export function languageClientOptions(output: vscode.LogOutputChannel): LanguageClientOptions {
    return {
        documentSelector: [{ language: 'cjourney' }],
        // Files that are not open still matter: shared stakeholders, personas and channels;
        // and the project settings, whose rules change every journey's diagnostics.
        synchronize: {
            fileEvents: [
                vscode.workspace.createFileSystemWatcher('**/*.cjourney'),
                vscode.workspace.createFileSystemWatcher('**/cjourney.config.json')
            ]
        },
        // The extension contributes its own (fuller) snippets; the server's would show twice.
        initializationOptions: { snippets: false },
        outputChannel: output
    };
}

export async function activateWithClient(
    context: vscode.ExtensionContext,
    client: BaseLanguageClient,
    output: vscode.LogOutputChannel,
    /** What only some hosts can do: the desktop makes PDFs. */
    host: { pdf?: PdfMaker } = {}
): Promise<void> {
    let settings = readSettings();
    const feed = new JourneyModelFeed(client, output);
    const project = new ProjectSettings(output);
    const previews = new PreviewManager({
        extensionUri: context.extensionUri,
        feed,
        log: output,
        pdf: host.pdf,
        settings: document => (document ? withProjectConfig(settings, project.configFor(document)) : settings)
    });
    context.subscriptions.push(
        output,
        feed,
        project,
        previews,
        registerCommands(previews, client),
        project.onDidChange(() => previews.settingsChanged()),
        vscode.workspace.onDidChangeConfiguration(event => {
            if (affectsPreview(event)) {
                settings = readSettings();
                previews.settingsChanged();
            }
        }),
        { dispose: () => void client.stop() }
    );
    try {
        await client.start();
    } catch (error) {
        output.error(`The language server did not start: ${String(error)}`);
        void vscode.window.showErrorMessage('The CJourney language server did not start; see the CJourney output channel.');
    }
}
