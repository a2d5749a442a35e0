/**
 * The host posts the preview's webview a delta from the model it posted last (issue 17,
 * part 3): the first model, another document's and the first after `forget` go whole; the
 * webview's ModelHistory rebuilds from each delta the model the host holds.
 */
import type { CjourneyModel } from '@cjourney/model';
import { describe, expect, test } from 'vitest';
import { ModelHistory } from '@cjourney/webview';
import type { ModelMessage } from '@cjourney/webview/protocol';
import { PostedModels } from '../src/preview/posted-models.js';

function model(title: string, touchpoints: number): CjourneyModel {
    return {
        modelVersion: 1,
        file: 'j.cjourney',
        journeys: [{ id: 'J', title, touchpoints: Array.from({ length: touchpoints }, (_, i) => ({ id: `T${i}`, title: `Step ${i}` })) }],
        shared: { stakeholders: [], personas: [], channels: [], sources: [], competitors: [] }
    } as unknown as CjourneyModel;
}

const message = (version: number, title: string, uri = 'file:///j.cjourney'): ModelMessage => ({
    type: 'model',
    uri,
    version,
    model: model(title, 40),
    errors: []
});

describe('models posted to the preview', () => {
    test('after the first whole model, each is the delta from the one before, and rebuilds it exactly', () => {
        const posted = new PostedModels();
        const webview = new ModelHistory();
        const sent = [message(1, 'Trial'), message(2, 'Trial!'), message(3, 'Trial!!')].map(next => {
            const outgoing = JSON.parse(JSON.stringify(posted.messageFor(next))) as Parameters<ModelHistory['whole']>[0];
            const whole = webview.whole(outgoing);
            expect(whole && webview.accept(whole)).toBe(true);
            expect(JSON.stringify(webview.latest?.model)).toBe(JSON.stringify(next.model));
            return outgoing;
        });
        expect(sent.map(outgoing => outgoing.type)).toEqual(['model', 'modelDelta', 'modelDelta']);
        expect(sent[2]).toMatchObject({ baseVersion: 2, changes: [{ path: ['journeys', 0, 'title'], value: 'Trial!!' }] });
    });

    test('another document, or a webview that lost its models, gets a whole model', () => {
        const posted = new PostedModels();
        posted.messageFor(message(1, 'Trial'));
        expect(posted.messageFor(message(1, 'Other', 'file:///other.cjourney')).type).toBe('model');
        posted.forget();
        expect(posted.messageFor(message(2, 'Other', 'file:///other.cjourney')).type).toBe('model');
    });
});
