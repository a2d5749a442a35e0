/**
 * The extension's side of the server's journey model protocol (journey-model-protocol.ts):
 * tells the server which documents are previewed, asks for a model when a preview opens,
 * and fans pushed models out to the previews.
 */
import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
    JOURNEY_MODEL_METHOD,
    PREVIEWED_DOCUMENTS_METHOD,
    type JourneyModelParams,
    type JourneyModelRequestParams,
    type JourneyModelResponse,
    type PreviewedDocumentsParams
} from '@cjourney/language/protocol';

/** How long a model request waits for the language server to start. */
const SERVER_START_WAIT_MS = 30_000;

export class JourneyModelFeed implements vscode.Disposable {
    private readonly models = new vscode.EventEmitter<JourneyModelParams>();
    /** Fires with every model the server pushes. */
    readonly onModel = this.models.event;
    private previewed: string[] = [];
    private readonly subscriptions: vscode.Disposable[] = [this.models];

    constructor(
        private readonly client: BaseLanguageClient,
        private readonly log: vscode.LogOutputChannel
    ) {
        this.subscriptions.push(
            client.onNotification(JOURNEY_MODEL_METHOD, (params: JourneyModelParams) => this.models.fire(params)),
            // A restarted server knows nothing of the previews: tell it again.
            client.onDidChangeState(event => {
                if (event.newState === State.Running) void this.sendPreviewed();
            })
        );
    }

    /** The model of a document, once the server has validated it; null if it cannot say. */
    async request(uri: vscode.Uri): Promise<JourneyModelResponse> {
        try {
            await this.whenRunning();
            const params: JourneyModelRequestParams = { uri: uri.toString() };
            return await this.client.sendRequest<JourneyModelResponse>(JOURNEY_MODEL_METHOD, params);
        } catch (error) {
            this.log.warn(`No journey model for ${uri.toString(true)}: ${error instanceof Error ? error.message : String(error)}`);
            return null;
        }
    }

    /** The documents shown by previews; only these get models pushed. */
    setPreviewed(uris: readonly vscode.Uri[]): void {
        const next = [...new Set(uris.map(uri => uri.toString()))].sort();
        if (next.join('\n') !== this.previewed.join('\n')) {
            this.previewed = next;
            void this.sendPreviewed();
        }
    }

    private async sendPreviewed(): Promise<void> {
        if (this.client.state !== State.Running) return; // sent on start (see the constructor)
        const params: PreviewedDocumentsParams = { uris: this.previewed };
        await this.client.sendNotification(PREVIEWED_DOCUMENTS_METHOD, params).catch(error => this.log.warn(String(error)));
    }

    private async whenRunning(): Promise<void> {
        if (this.client.state === State.Running) return;
        await new Promise<void>((resolve, reject) => {
            const finish = (error?: Error): void => {
                clearTimeout(timer);
                subscription.dispose();
                if (error) reject(error);
                else resolve();
            };
            const subscription = this.client.onDidChangeState(event => {
                if (event.newState === State.Running) finish();
            });
            const timer = setTimeout(() => finish(new Error('the language server did not start')), SERVER_START_WAIT_MS);
        });
    }

    dispose(): void {
        vscode.Disposable.from(...this.subscriptions).dispose();
    }
}
