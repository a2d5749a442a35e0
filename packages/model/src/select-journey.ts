import type { CjourneyModel, Journey } from './journey-model.js';

/** The journey found, or the ids a caller can offer instead. */
export type JourneyChoice = { journey: Journey } | { journey?: undefined; known: string[] };

/**
 * The journey a command or a view is about: the one named `journeyId` when given, else the
 * file's first. The one rule for every output (render, export, the visual diff, the preview).
 */
export function selectJourney(model: CjourneyModel, journeyId?: string): JourneyChoice {
    const journey = journeyId === undefined ? model.journeys[0] : model.journeys.find(candidate => candidate.id === journeyId);
    return journey ? { journey } : { known: model.journeys.map(candidate => candidate.id) };
}
