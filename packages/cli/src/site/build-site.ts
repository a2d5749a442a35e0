/**
 * Builds the site into a folder: every journey's page and map, the home page with its search
 * index, the stakeholder register, the KPI dashboard, the opportunity backlog and the research
 * page, and the assets. `rebuild` (for `cjourney serve`) redraws only the journeys of the files
 * Langium relinked after an edit, then the cross-journey pages, and writes only changed files.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { backlogPage } from './backlog-page.js';
import { homePage } from './home-page.js';
import type { JourneyPageOptions } from './journey-page.js';
import { kpiPage } from './kpi-page.js';
import { registerPage } from './register-page.js';
import { researchPage } from './research-page.js';
import { searchIndexScript } from './search-index.js';
import { siteAssets } from './site-assets.js';
import { RenderPool, type Drawn } from './render-pool.js';
import { collectJourneys, refOf, type FileModel, type SiteJourney } from './site-journeys.js';
import type { SiteFile, SiteWorkspace } from './site-workspace.js';

export interface SiteOptions {
    outDir: string;
    /** The repository folder at a ref, e.g. https://github.com/acme/cx/blob/main: elements link to their line. */
    repoUrl?: string;
    /** `cjourney serve`: pages load the live-reload script. */
    live?: boolean;
}

export interface BuildResult {
    journeys: number;
    /** Journey pages drawn by this build. */
    drawn: string[];
    /** Files written (changed or new). */
    written: number;
}

type Files = Map<string, string | Buffer>;

export class SiteBuilder {
    private journeys: SiteJourney[] = [];
    private readonly pool: RenderPool;
    private readonly models = new Map<string, FileModel | undefined>();
    /** `serve`: site path → what was last written there (see unchanged), to skip rewriting it. */
    private readonly written = new Map<string, string>();
    /** Folders of the site known to exist. */
    private readonly folders = new Set<string>();

    /** @param pool the render workers, when started already (else started here). */
    constructor(
        private readonly workspace: SiteWorkspace,
        private readonly options: SiteOptions,
        pool?: RenderPool
    ) {
        this.pool = pool ?? new RenderPool(workspace.files.filter(file => file.target).length);
    }

    /** The site's files with errors (their pages may be incomplete). */
    filesWithErrors(): SiteFile[] {
        return this.workspace.files.filter(file => file.target && this.workspace.errorCount(file) > 0);
    }

    private modelOf(file: SiteFile): FileModel | undefined {
        if (!this.models.has(file.uri)) {
            const model = this.workspace.modelOf(file);
            this.models.set(file.uri, model ? { model, errors: this.workspace.errorCount(file) } : undefined);
        }
        return this.models.get(file.uri);
    }

    private collect(): SiteJourney[] {
        return collectJourneys(this.workspace.files, file => this.modelOf(file));
    }

    async build(): Promise<BuildResult> {
        this.journeys = this.collect();
        const files: Files = siteAssets(this.options.live ?? false);
        // Journey pages are written as they are drawn, so hundreds of them never sit in memory at once.
        let written = 0;
        const refs = this.journeys.map(refOf);
        const drawn = Promise.all(
            this.journeys.map(async entry => {
                const page: Files = new Map();
                this.addJourney(entry, await this.pool.draw(entry, refs, this.pageOptions()), page);
                written += await this.write(page);
                for (const name of page.keys()) files.set(name, '');
            })
        );
        // While the workers draw (each has its next journey already), this thread writes the cross-journey pages.
        this.crossJourneyPages(files);
        await drawn;
        written += await this.write(new Map([...files].filter(([name]) => !name.startsWith('journeys/'))));
        await this.removeStale(new Set(files.keys()));
        return { journeys: this.journeys.length, drawn: this.journeys.map(entry => entry.slug), written };
    }

    /** After `absolute` changed on disk: the journeys it (and what depends on it) holds are redrawn. */
    async rebuild(absolute: string): Promise<BuildResult> {
        const relinked = await this.workspace.update(absolute);
        if (relinked.length === 0) return { journeys: this.journeys.length, drawn: [], written: 0 };
        for (const file of relinked) this.models.delete(file.uri);
        const changedUris = new Set(relinked.map(file => file.uri));
        const before = new Map(this.journeys.map(entry => [entry.slug, entry]));
        this.journeys = this.collect();
        // A relinked file whose journey reads the same (same model, same errors) keeps its page.
        const changed = this.journeys.filter(entry => {
            const previous = before.get(entry.slug);
            return !previous || (changedUris.has(entry.source.uri) && !sameJourney(previous, entry));
        });
        const changedIds = new Set(changed.map(entry => entry.journey.id));
        const redraw = this.journeys.filter(
            entry => changed.includes(entry) || (entry.journey.baselineId !== undefined && changedIds.has(entry.journey.baselineId))
        );
        const files: Files = new Map();
        // The workers draw the journeys while this thread writes the cross-journey pages.
        const drawn = Promise.all(redraw.map(entry => this.drawJourney(entry, files)));
        this.crossJourneyPages(files);
        await drawn;
        const written = await this.write(files);
        const kept = new Set(
            [...this.written.keys()].filter(
                file => !file.startsWith('journeys/') || this.journeys.some(entry => file.startsWith(`journeys/${entry.slug}.`))
            )
        );
        await this.removeStale(kept);
        return { journeys: this.journeys.length, drawn: redraw.map(entry => entry.slug), written };
    }

    private pageOptions(): JourneyPageOptions {
        return { repoUrl: this.options.repoUrl, live: this.options.live ?? false };
    }

    private async drawJourney(entry: SiteJourney, files: Files): Promise<void> {
        this.addJourney(entry, await this.pool.draw(entry, this.journeys.map(refOf), this.pageOptions()), files);
    }

    /** Stops the render workers (`site` when done; `serve` keeps them for its redraws). */
    close(): Promise<void> {
        return this.pool.close();
    }

    private addJourney(entry: SiteJourney, drawn: Drawn, files: Files): void {
        files.set(`journeys/${entry.slug}.html`, drawn.html);
        files.set(`journeys/${entry.slug}.map.svg`, drawn.mapSvg);
    }

    private crossJourneyPages(files: Files): void {
        const live = this.options.live ?? false;
        files.set('index.html', homePage(this.journeys, live));
        files.set('assets/search-index.js', searchIndexScript(this.journeys));
        files.set('stakeholders.html', registerPage(this.journeys, live));
        files.set('kpis.html', kpiPage(this.journeys, live));
        files.set('backlog.html', backlogPage(this.journeys, live));
        files.set('research.html', researchPage(this.journeys, live));
    }

    private async write(files: Files): Promise<number> {
        let count = 0;
        for (const [name, bytes] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
            if (this.options.live && this.unchanged(name, bytes)) continue;
            const target = path.join(this.options.outDir, name);
            const folder = path.dirname(target);
            if (!this.folders.has(folder)) {
                await fs.mkdir(folder, { recursive: true });
                this.folders.add(folder);
            }
            await fs.writeFile(target, bytes);
            count++;
        }
        return count;
    }

    /**
     * Whether `serve` wrote these bytes there last (and notes them if not). The few
     * cross-journey pages are kept whole (comparing is quicker than hashing megabytes after
     * every edit); the hundreds of journey files by a digest.
     */
    private unchanged(name: string, bytes: string | Buffer): boolean {
        const kept =
            typeof bytes === 'string' && !name.startsWith('journeys/') ? bytes : createHash('sha256').update(bytes).digest('base64');
        if (this.written.get(name) === kept) return true;
        this.written.set(name, kept);
        return false;
    }

    /** Pages and maps of journeys that no longer exist (only in journeys/: the rest of the folder is the user's). */
    private async removeStale(kept: ReadonlySet<string>): Promise<void> {
        const folder = path.join(this.options.outDir, 'journeys');
        const names = await fs.readdir(folder).catch(() => [] as string[]);
        for (const name of names) {
            if ((name.endsWith('.html') || name.endsWith('.svg')) && !kept.has(`journeys/${name}`)) {
                await fs.rm(path.join(folder, name), { force: true });
                this.written.delete(`journeys/${name}`);
            }
        }
    }
}

function sameJourney(a: SiteJourney, b: SiteJourney): boolean {
    return a.errors === b.errors && a.file === b.file && JSON.stringify(a.journey) === JSON.stringify(b.journey);
}
