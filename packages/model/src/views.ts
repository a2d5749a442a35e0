/**
 * The views of a journey, named once: the renderer draws them, and the CLI (`--view`), the
 * project settings (`preview.defaultView`), the preview's toolbar and its exports use the
 * same names. Kept in the model (which imports nothing) so every package can read the one list.
 */
export const VIEWS = ['map', 'stakeholders', 'flow', 'opportunities', 'blueprint', 'summary'] as const;
export type ViewName = (typeof VIEWS)[number];
