/**
 * cjourney.config.json for the command line: the nearest file above each input file, up to
 * the git repository's root (a folder holding `.git`) or the top of the file system. Warnings
 * (unknown keys) are printed and the rest of the file applies; errors stop the command with
 * exit 2 and the located problems, since a check under half-read rules would mislead.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { emptyConfig, findConfigFile, parseProjectConfig, type ConfigSearch, type ProjectConfig } from '@cjourney/language/config';
import { UsageError } from './cli-error.js';
import { displayPath } from './files.js';

const NODE_SEARCH: ConfigSearch<string> = {
    // Synchronous, like isRoot: a missing file is answered at once, without a round trip
    // through libuv's thread pool (and without loading fs/promises when a command starts).
    read: async file => {
        try {
            return readFileSync(file, 'utf8');
        } catch {
            return undefined;
        }
    },
    isRoot: async folder => existsSync(path.join(folder, '.git')),
    parent: folder => (path.dirname(folder) === folder ? undefined : path.dirname(folder)),
    child: (folder, name) => path.join(folder, name)
};

export class ProjectConfigs {
    private readonly byFolder = new Map<string, Promise<ProjectConfig>>();

    /** `warn` receives each warning of a config file as one located line. */
    constructor(private readonly warn: (line: string) => void) {}

    /** The config that applies to a file; rejects with a UsageError when that config has errors. */
    forFile(absolute: string): Promise<ProjectConfig> {
        const folder = path.dirname(absolute);
        let config = this.byFolder.get(folder);
        if (!config) {
            config = this.load(folder);
            this.byFolder.set(folder, config);
        }
        return config;
    }

    private async load(folder: string): Promise<ProjectConfig> {
        const found = await findConfigFile(folder, NODE_SEARCH);
        if (!found) {
            return emptyConfig();
        }
        const { config, problems } = parseProjectConfig(found.text);
        const lines = problems.map(
            problem => `${displayPath(found.file)}:${problem.line}:${problem.column}: ${problem.severity}: ${problem.message}`
        );
        const errors = lines.filter((_, index) => problems[index].severity === 'error');
        if (errors.length > 0) {
            throw new UsageError(errors.join('\ncjourney: '));
        }
        lines.forEach(line => this.warn(line));
        return config;
    }
}
