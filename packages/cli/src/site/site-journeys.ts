/**
 * The journeys a site shows, each with the file name of its page (its slug). Slugs come from
 * journey ids, so links survive edits of titles; ids may repeat across files and may hold
 * any Unicode letter, so a slug keeps only file-name-safe ASCII and numbers its repeats.
 */
import type { CjourneyModel, Journey } from '@cjourney/model';
import type { SiteFile } from './site-workspace.js';

/** What another journey's page needs to know about a journey: where its page is and its name. */
export interface JourneyRef {
    slug: string;
    file: string;
    journey: Pick<Journey, 'id' | 'title'>;
}

/** A journey as a reference (small enough to send to every render worker). */
export function refOf(entry: JourneyRef): JourneyRef {
    return { slug: entry.slug, file: entry.file, journey: { id: entry.journey.id, title: entry.journey.title } };
}

export interface SiteJourney {
    /** The page's file name without `.html`, unique in the site (case-insensitively). */
    slug: string;
    journey: Journey;
    /** The whole file's model (renderView draws `journey` from it, with shared definitions). */
    model: CjourneyModel;
    /** The file, relative to the site's base folder. */
    file: string;
    /** The workspace file, for rebuilding this journey alone. */
    source: SiteFile;
    errors: number;
}

/** `Checkout` → `Checkout`; `Zoë` → `Zo_eb`: ASCII letters, digits, `_` and `-` kept, others as hex. */
export function slugOf(id: string): string {
    return [...id].map(char => (/[A-Za-z0-9_-]/.test(char) ? char : `_${char.codePointAt(0)!.toString(16)}`)).join('') || 'journey';
}

export function compareText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

export interface FileModel {
    model: CjourneyModel;
    errors: number;
}

/** The journeys of every named file, ordered by title, then file; slugs assigned in that order. */
export function collectJourneys(files: readonly SiteFile[], modelOf: (file: SiteFile) => FileModel | undefined): SiteJourney[] {
    const found: Omit<SiteJourney, 'slug'>[] = [];
    for (const source of files.filter(file => file.target)) {
        const loaded = modelOf(source);
        if (!loaded) continue;
        const { model, errors } = loaded;
        for (const journey of model.journeys) {
            found.push({ journey, model, file: model.file, source, errors });
        }
    }
    found.sort(
        (a, b) =>
            compareText(a.journey.title.toLowerCase(), b.journey.title.toLowerCase()) ||
            compareText(a.file, b.file) ||
            compareText(a.journey.id, b.journey.id)
    );
    return assignSlugs(found);
}

/** Slugs in id order so a journey's slug does not depend on other journeys' titles. */
function assignSlugs(found: Omit<SiteJourney, 'slug'>[]): SiteJourney[] {
    const byId = [...found].sort((a, b) => compareText(a.journey.id, b.journey.id) || compareText(a.file, b.file));
    const used = new Set<string>();
    const slugs = new Map<Omit<SiteJourney, 'slug'>, string>();
    for (const entry of byId) {
        const base = slugOf(entry.journey.id);
        let slug = base;
        for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
        used.add(slug.toLowerCase());
        slugs.set(entry, slug);
    }
    return found.map(entry => ({ ...entry, slug: slugs.get(entry)! }));
}
