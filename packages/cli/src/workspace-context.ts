/**
 * The context of the journeys a command is about: the other `.cjourney` files of their
 * folders that can share a definition with them. Every file is read once and pre-scanned as
 * text (no parsing); only those that declare a top-level name the checked files use (and,
 * in turn, the names those definitions use, e.g. `influences`), or that use a name the
 * checked files declare at top level (a shared persona is "used", a name is duplicated), are
 * kept and built. So a folder of tens of thousands of unrelated journeys costs a scan, not
 * tens of thousands of Langium documents, and at most `limit` files are ever kept: past
 * that, a warning names the folder and says how to choose the context.
 */
import { scanSharedNames } from '@cjourney/language/core';
import { displayPath, findJourneyFiles, readTextFileSync, type JourneyFile, type Warn } from './files.js';

/** The most context files built for one command; ample for any real set of shared definitions. */
export const MAX_CONTEXT_FILES = 1000;

/** What a context file does for the checked files; lower ranks are kept first when there are too many. */
const Rank = {
    /** Declares a name the checked files use. */
    Defines: 0,
    /** Declares a name a kept definition uses (e.g. a stakeholder it influences). */
    DefinesIndirectly: 1,
    /** Only uses or repeats a name the checked files declare at top level. */
    Uses: 2
} as const;
type Rank = (typeof Rank)[keyof typeof Rank];

/** A context file: where it was listed (files are loaded in that order, as before any choice). */
interface Listed {
    order: number;
    absolute: string;
}

interface Kept extends Listed {
    rank: Rank;
    file: JourneyFile;
}

interface Candidate extends Listed {
    /** The names it declares at top level. */
    declared: string[];
}

export async function readContext(
    folders: readonly string[],
    targets: readonly { absolute: string; text: string }[],
    warn: Warn,
    limit = MAX_CONTEXT_FILES
): Promise<JourneyFile[]> {
    const chooser = new ContextChooser(targets, limit);
    const seen = new Set(targets.map(target => target.absolute));
    for (const folder of folders) {
        for (const absolute of await findJourneyFiles(folder)) {
            if (!seen.has(absolute)) {
                seen.add(absolute);
                chooser.consider({ order: seen.size, absolute }, readContextFile(absolute, warn));
            }
        }
    }
    chooser.closeOverDefinitions(warn);
    if (chooser.dropped > 0) {
        warn(tooManyContextFiles(folders, chooser.kept.length + chooser.dropped, limit));
    }
    return chooser.kept.sort((a, b) => a.order - b.order).map(kept => kept.file);
}

class ContextChooser {
    /** Words of the checked files and of the definitions kept: names a definition must have to matter. */
    private readonly used = new Set<string>();
    /** Names the checked files declare at top level: a file using one matters to their checks. */
    private readonly declaredByTargets = new Set<string>();
    /** Files declaring names that nothing kept uses yet (their text is not kept). */
    private waiting: Candidate[] = [];
    /**
     * The files kept, by rank, each rank in the order kept: the file to drop when there are too
     * many is always the last of the highest rank, found without scanning the others.
     */
    private readonly keptByRank: Kept[][] = Object.values(Rank).map(() => []);
    private keptCount = 0;
    dropped = 0;

    private targetsScanned = false;

    constructor(
        private readonly targets: readonly { text: string }[],
        private readonly limit: number
    ) {}

    /** Scans the checked files when the first other file comes: one alone in its folder needs no scan. */
    private scanTargets(): void {
        if (this.targetsScanned) return;
        this.targetsScanned = true;
        for (const target of this.targets) {
            const scan = scanSharedNames(target.text);
            scan.words.forEach(word => this.used.add(word));
            scan.declared.forEach(name => this.declaredByTargets.add(name));
        }
    }

    /** The files kept, by rank then in the order kept. */
    get kept(): Kept[] {
        return this.keptByRank.flat();
    }

    consider(listed: Listed, text: string | undefined): void {
        if (text === undefined) {
            return;
        }
        this.scanTargets();
        const { declared, words } = scanSharedNames(text);
        const file = () => ({ absolute: listed.absolute, display: displayPath(listed.absolute), text });
        if (declared.some(name => this.used.has(name))) {
            this.keep({ ...listed, rank: Rank.Defines, file: file() }, words);
        } else if (this.usesTargetName(words)) {
            this.keep({ ...listed, rank: Rank.Uses, file: file() }, words);
        } else if (declared.length > 0) {
            this.waiting.push({ ...listed, declared });
        }
    }

    private usesTargetName(words: ReadonlySet<string>): boolean {
        for (const name of this.declaredByTargets) {
            if (words.has(name)) {
                return true;
            }
        }
        return false;
    }

    /** Keeps, in turn, the files defining what the kept definitions use, until nothing more is needed. */
    closeOverDefinitions(warn: Warn): void {
        for (;;) {
            const needed = this.waiting.filter(candidate => candidate.declared.some(name => this.used.has(name)));
            if (needed.length === 0) {
                return;
            }
            const neededNow = new Set(needed);
            this.waiting = this.waiting.filter(candidate => !neededNow.has(candidate));
            for (const candidate of needed) {
                const text = readContextFile(candidate.absolute, warn);
                if (text !== undefined) {
                    const file = { absolute: candidate.absolute, display: displayPath(candidate.absolute), text };
                    this.keep({ ...candidate, rank: Rank.DefinesIndirectly, file }, scanSharedNames(text).words);
                }
            }
        }
    }

    /** Keeps a file, then drops the lowest-ranked, latest file kept while there are too many. */
    private keep(kept: Kept, words: ReadonlySet<string>): void {
        if (kept.rank !== Rank.Uses) {
            words.forEach(word => this.used.add(word));
        }
        this.keptByRank[kept.rank].push(kept);
        this.keptCount++;
        if (this.keptCount > this.limit) {
            this.keptByRank.findLast(rank => rank.length > 0)?.pop();
            this.keptCount--;
            this.dropped++;
        }
    }
}

function readContextFile(absolute: string, warn: Warn): string | undefined {
    try {
        return readTextFileSync(absolute);
    } catch (error) {
        warn(`skipping ${(error as Error).message}`);
        return undefined;
    }
}

function tooManyContextFiles(folders: readonly string[], found: number, limit: number): string {
    const where = folders.map(folder => `'${displayPath(folder)}'`).join(', ');
    return (
        `${where}: ${found} journey files share names with the files checked; only ${limit} of them ` +
        `(those defining shared names first) are loaded to resolve shared definitions. ` +
        `Name the folders that hold your shared definitions with --workspace.`
    );
}
