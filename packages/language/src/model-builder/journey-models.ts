import { DocumentCache, DocumentState, type LangiumDocument, type LangiumSharedCoreServices } from 'langium';
import type { CjourneyModel } from '@cjourney/model';
import { buildCjourneyModel } from './build-model.js';

/**
 * The journey model of each document, built once per change and shared by hover, the
 * preview notifier and anything else that reads it. A document's model also holds what its
 * references resolve to in other files, so it is dropped whenever the document is linked
 * again (Langium re-links every document affected by a change), not only when it is edited.
 */
export class JourneyModels {
    private readonly cache: DocumentCache<string, CjourneyModel>;

    constructor(shared: LangiumSharedCoreServices) {
        this.cache = new DocumentCache(shared, DocumentState.Linked);
    }

    /** The model of a linked document, with its own URIs as file names. */
    get(document: LangiumDocument): CjourneyModel {
        return this.cache.get(document.uri, 'model', () => buildCjourneyModel(document));
    }
}
