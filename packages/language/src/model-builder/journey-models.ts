import { DocumentCache, DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CjourneyModel } from '@cjourney/model';
import { buildCjourneyModel } from './build-model.js';
import { TouchpointModels } from './touchpoint-models.js';

/**
 * The journey model of each document, built once per change and shared by hover, the
 * preview notifier and anything else that reads it. A document's model also holds what its
 * references resolve to in other files, so it is dropped whenever the document is linked
 * again (Langium re-links every document affected by a change), not only when it is edited.
 */
export class JourneyModels {
    private readonly cache: DocumentCache<string, CjourneyModel>;
    /** Each document's touchpoint models from its previous build: an edit builds again only the touchpoints it changed. */
    private readonly touchpoints = new Map<string, TouchpointModels>();

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new DocumentCache(shared, DocumentState.Linked);
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.touchpoints.delete(uri.toString())));
    }

    /** The model of a linked document, with its own URIs as file names. */
    get(document: LangiumDocument): CjourneyModel {
        return this.cache.get(document.uri, 'model', () => buildCjourneyModel(document, { touchpoints: this.touchpointsOf(document) }));
    }

    private touchpointsOf(document: LangiumDocument): TouchpointModels {
        const key = document.uri.toString();
        let models = this.touchpoints.get(key);
        if (!models) {
            models = new TouchpointModels();
            this.touchpoints.set(key, models);
        }
        return models;
    }
}
