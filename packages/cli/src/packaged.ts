/**
 * What the bundler (packaging/bundle.mjs) writes into the packaged CLI — the npm package
 * `cjourney` and the Action's committed entry — where the workspace's files are not there to
 * read: the version (no package.json beside the bundle in the Action) and the folder of the
 * font files, relative to the bundle (the package has no font dependencies). Undefined when
 * cjourney runs from the workspace, which reads both from its packages.
 */
declare const CJOURNEY_PACKAGED: PackagedBuild | undefined;

export interface PackagedBuild {
    version: string;
    /** The fonts folder, relative to the bundle's URL, laid out as in node_modules; absent: HTML and PNG are not available. */
    fonts?: string;
}

export const packaged: PackagedBuild | undefined = typeof CJOURNEY_PACKAGED === 'undefined' ? undefined : CJOURNEY_PACKAGED;
