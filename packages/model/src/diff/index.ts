// The semantic diff of journey models: Langium-free, shared by the CLI and the preview.
export * from './journey-diff.js';
export { diffJourneys, diffJourney } from './diff-journeys.js';
export { summarizeDiff } from './summarize-diff.js';
export { describeChanges, journeyElements, placeOf, type Style } from './phrases.js';
export { baselineVersions, type BaselineVersions } from './baseline.js';
