/** The preview's rule about which model the map shows, shared by the extension host and the webview. */
import type { CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { ModelHistory } from '../src/model-history.js';
import type { ModelMessage } from '../src/protocol.js';

function message(version: number, errors: number): ModelMessage {
    const model = {
        modelVersion: 1,
        file: `v${version}`,
        journeys: [],
        shared: { stakeholders: [], personas: [], channels: [] }
    } as CjourneyModel;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    return {
        type: 'model',
        uri: 'file:///j.cjourney',
        version,
        model,
        errors: Array.from({ length: errors }, () => ({ range, message: 'broken' }))
    };
}

describe('ModelHistory', () => {
    test('shows the newest model while the text is fine', () => {
        const history = new ModelHistory();
        history.accept(message(1, 0));
        history.accept(message(2, 0));
        expect(history.shown?.file).toBe('v2');
        expect(history.stale).toBe(false);
        expect(history.showsOlderModel).toBe(false);
    });

    test('keeps the last good model, dimmed, while the text has errors', () => {
        const history = new ModelHistory();
        history.accept(message(1, 0));
        history.accept(message(2, 3));
        expect(history.shown?.file).toBe('v1');
        expect(history.stale).toBe(true);
        expect(history.showsOlderModel).toBe(true);
        expect(history.replay().map(item => item.version)).toEqual([1, 2]);
    });

    test('shows a broken model when none was ever good, and says it is not an older one', () => {
        const history = new ModelHistory();
        history.accept(message(1, 2));
        expect(history.shown?.file).toBe('v1');
        expect(history.showsOlderModel).toBe(false);
        expect(history.replay().map(item => item.version)).toEqual([1]);
    });

    test('never goes back in time: an older answer after a newer push is refused', () => {
        const history = new ModelHistory();
        history.accept(message(5, 0));
        expect(history.accept(message(4, 0))).toBe(false);
        expect(history.latest?.version).toBe(5);
        history.clear();
        expect(history.accept(message(4, 0))).toBe(true);
    });
});
