/**
 * What the preview's webview was last sent of its document's model, so that the next model
 * goes as a delta (model-delta.ts): `postMessage` copies a whole model, a megabyte for a
 * 1,000-touchpoint journey, where an edit changes a few values. The models the language
 * feed rebuilds from the server's deltas share their unchanged parts, so comparing them
 * here only walks what changed.
 */
import { valueChanges } from '@cjourney/model';
import type { ModelDeltaMessage, ModelMessage } from '@cjourney/webview/protocol';

export class PostedModels {
    private posted: ModelMessage | undefined;

    /** The message that brings the webview from the model it was sent last to `next`. */
    messageFor(next: ModelMessage): ModelMessage | ModelDeltaMessage {
        const base = this.posted;
        this.posted = next;
        if (!base || base.uri !== next.uri) return next;
        const { uri, version, errors } = next;
        return { type: 'modelDelta', uri, version, baseVersion: base.version, changes: valueChanges(base.model, next.model), errors };
    }

    /** The webview has no model (it reloaded, shows another document, or asked for whole models). */
    forget(): void {
        this.posted = undefined;
    }
}
