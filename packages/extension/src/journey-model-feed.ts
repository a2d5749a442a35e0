/**
 * The extension's side of the server's journey model protocol (journey-model-protocol.ts):
 * tells the server which documents are previewed, asks for a model when a preview opens,
 * and fans pushed models out to the previews. It applies the server's model deltas, so the
 * previews always get whole models.
 */
import * as vscode from 'vscode';
import { modelAfterDelta } from '@cjourney/model';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import {
    JourneyModelDeltaNotification,
    JourneyModelNotification,
    JourneyModelRequest,
    PreviewedDocumentsNotification,
    type JourneyModelDeltaParams,
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
    /** The newest whole model of each previewed document: what the server's next delta applies to. */
    private readonly latest = new Map<string, JourneyModelParams>();

    constructor(
        private readonly client: BaseLanguageClient,
        private readonly log: vscode.LogOutputChannel
    ) {
        this.subscriptions.push(
            client.onNotification(JourneyModelNotification, params => this.accept(params)),
            client.onNotification(JourneyModelDeltaNotification, params => void this.acceptDelta(params)),
            // A restarted server knows nothing of the previews (nor of the models it sent): tell it again.
            client.onDidChangeState(event => {
                this.latest.clear();
                if (event.newState === State.Running) void this.sendPreviewed();
            })
        );
    }

    private accept(params: JourneyModelParams): void {
        const known = this.latest.get(params.uri);
        if (known && known.version > params.version) return; // an answer that a newer push overtook
        this.latest.set(params.uri, params);
        this.models.fire(params);
    }

    /** Applies a delta to the model it was made from; without that model, asks for the whole one. */
    private async acceptDelta(delta: JourneyModelDeltaParams): Promise<void> {
        const model = modelAfterDelta(this.latest.get(delta.uri), delta);
        if (model) {
            const { uri, version, errors } = delta;
            this.accept({ uri, version, errors, model });
            return;
        }
        const whole = await this.request(vscode.Uri.parse(delta.uri));
        if (whole) this.accept(whole);
    }

    /** The model of a document, once the server has validated it; null if it cannot say. */
    async request(uri: vscode.Uri): Promise<JourneyModelResponse> {
        try {
            await this.whenRunning();
            const params: JourneyModelRequestParams = { uri: uri.toString() };
            const answer = await this.client.sendRequest(JourneyModelRequest, params);
            // The server's next delta starts from the model it answered.
            if (answer) this.latest.set(answer.uri, answer);
            return answer;
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
        const params: PreviewedDocumentsParams = { uris: this.previewed, deltas: true };
        // The server prints URIs its own way; compare them as VS Code prints them.
        const unseen = [...this.latest.keys()].filter(uri => !this.previewed.includes(vscode.Uri.parse(uri).toString()));
        unseen.forEach(uri => this.latest.delete(uri));
        await this.client.sendNotification(PreviewedDocumentsNotification, params).catch(error => this.log.warn(String(error)));
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
