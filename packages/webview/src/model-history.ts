import { modelAfterDelta, type CjourneyModel } from '@cjourney/model';
import type { ModelDeltaMessage, ModelMessage } from './protocol.js';

/**
 * The preview's one rule about models, kept in one place for both sides of `postMessage`
 * (the extension host, which replays models to a reloaded webview, and the webview, which
 * draws them): show the newest model without errors — dimmed under an error banner while the
 * text has errors — or the newest one when none was ever error-free; never go back in time.
 */
export class ModelHistory {
    private newest: ModelMessage | undefined;
    private newestGood: ModelMessage | undefined;

    /** Takes a model unless it is older than the newest known; says whether it was taken. */
    accept(message: ModelMessage): boolean {
        // A model request's answer can arrive after a newer push.
        if (this.newest && message.version < this.newest.version) {
            return false;
        }
        this.newest = message;
        if (message.errors.length === 0) {
            this.newestGood = message;
        }
        return true;
    }

    /**
     * A whole model as it is, or the whole model a delta makes of the newest model when the
     * delta was made from it; undefined otherwise (then the sender must send the whole model).
     * Unchanged parts are shared with the newest model.
     */
    whole(delta: ModelMessage | ModelDeltaMessage): ModelMessage | undefined {
        if (delta.type === 'model') return delta;
        const model = modelAfterDelta(this.newest, delta);
        const { uri, version, errors } = delta;
        return model && { type: 'model', uri, version, errors, model };
    }

    /** Forgets everything (another document is shown). */
    clear(): void {
        this.newest = this.newestGood = undefined;
    }

    get latest(): ModelMessage | undefined {
        return this.newest;
    }

    /** The model to draw. */
    get shown(): CjourneyModel | undefined {
        return (this.newestGood ?? this.newest)?.model;
    }

    /** The text has errors now, so what is drawn is dimmed. */
    get stale(): boolean {
        return (this.newest?.errors.length ?? 0) > 0;
    }

    /** The map shows an older, error-free model than the text (the banner says so). */
    get showsOlderModel(): boolean {
        return this.stale && this.newestGood !== undefined;
    }

    /** What a webview that (re)loads needs, in order: the last good model, then the newest. */
    replay(): ModelMessage[] {
        return [this.newestGood, this.newest].filter(
            (message, index, all): message is ModelMessage => message !== undefined && all.indexOf(message) === index
        );
    }
}
