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

/** A history that accepted models of these versions with these numbers of errors, in order. */
function historyOf(...accepted: [version: number, errors: number][]): ModelHistory {
    const history = new ModelHistory();
    accepted.forEach(([version, errors]) => history.accept(message(version, errors)));
    return history;
}

/** What the preview shows: the model's file, dimmed or not, and whether it is an older model. */
function shownState(history: ModelHistory): { file?: string; stale: boolean; showsOlderModel: boolean } {
    return { file: history.shown?.file, stale: history.stale, showsOlderModel: history.showsOlderModel };
}

describe('ModelHistory', () => {
    test('shows the newest model while the text is fine', () => {
        expect(shownState(historyOf([1, 0], [2, 0]))).toEqual({ file: 'v2', stale: false, showsOlderModel: false });
    });

    test('keeps the last good model, dimmed, while the text has errors', () => {
        const history = historyOf([1, 0], [2, 3]);
        expect(shownState(history)).toEqual({ file: 'v1', stale: true, showsOlderModel: true });
        expect(history.replay().map(item => item.version)).toEqual([1, 2]);
    });

    test('shows a broken model when none was ever good, and says it is not an older one', () => {
        const history = historyOf([1, 2]);
        expect(shownState(history)).toMatchObject({ file: 'v1', showsOlderModel: false });
        expect(history.replay().map(item => item.version)).toEqual([1]);
    });

    test('never goes back in time: an older answer after a newer push is refused', () => {
        const history = historyOf([5, 0]);
        expect(history.accept(message(4, 0))).toBe(false);
        expect(history.latest?.version).toBe(5);
        history.clear();
        expect(history.accept(message(4, 0))).toBe(true);
    });

    test('a delta from the newest model gives the whole next model; one from another model gives nothing', () => {
        const history = historyOf([1, 0], [2, 1]);
        const delta = { type: 'modelDelta' as const, uri: 'file:///j.cjourney', version: 3, baseVersion: 2, errors: [] };
        const whole = history.whole({ ...delta, changes: [{ path: ['file'], value: 'v3' }] });
        expect(whole).toMatchObject({ type: 'model', version: 3, errors: [] });
        expect(whole?.model.file).toBe('v3');
        // The newest model itself is left as it was: the map may still show it.
        expect(history.latest?.model.file).toBe('v2');
        expect(history.latest?.model.shared).toBe(whole?.model.shared);
        expect(history.whole({ ...delta, baseVersion: 1, changes: [] })).toBeUndefined();
        expect(history.whole({ ...delta, uri: 'file:///other.cjourney', changes: [] })).toBeUndefined();
        expect(new ModelHistory().whole({ ...delta, changes: [] })).toBeUndefined();
    });
});
