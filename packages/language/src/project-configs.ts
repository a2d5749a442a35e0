/**
 * The language server's view of `cjourney.config.json`: the config that applies to each
 * document (the nearest file up to the workspace folder or repository root), read through
 * the server's file system (Node's, or the client's in the browser), cached per folder until
 * a config file changes. Problems of a config file are published as diagnostics of that
 * file, so the editor shows them where they are; the usable rest of the file still applies.
 */
import { URI, UriUtils, type FileSystemProvider, type LangiumSharedCoreServices, type WorkspaceManager } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import type { Diagnostic } from 'vscode-languageserver-types';
import { findConfigFile, type ConfigSearch } from './config/find-config.js';
import { emptyConfig, parseProjectConfig, type ConfigProblem, type ProjectConfig } from './config/project-config.js';

export class ProjectConfigs {
    private readonly fileSystem: FileSystemProvider;
    private readonly workspace: WorkspaceManager;
    private readonly connection: Connection | undefined;
    private readonly byFolder = new Map<string, Promise<ProjectConfig>>();
    /** Config files whose problems are on show, to clear them once fixed or deleted. */
    private readonly published = new Set<string>();

    constructor(shared: LangiumSharedCoreServices) {
        this.fileSystem = shared.workspace.FileSystemProvider;
        this.workspace = shared.workspace.WorkspaceManager;
        this.connection = (shared as Partial<LangiumSharedServices>).lsp?.Connection;
    }

    /** The config of the document's folder; the defaults (no rules) when there is none. */
    configFor(document: URI): Promise<ProjectConfig> {
        const folder = UriUtils.dirname(document);
        const key = folder.toString();
        let config = this.byFolder.get(key);
        if (!config) {
            config = this.load(folder);
            this.byFolder.set(key, config);
        }
        return config;
    }

    /** Forgets every config read, after a config file changed, appeared or went away. */
    clear(): void {
        this.byFolder.clear();
        for (const uri of this.published) {
            void this.connection?.sendDiagnostics({ uri, diagnostics: [] });
        }
        this.published.clear();
    }

    private async load(folder: URI): Promise<ProjectConfig> {
        try {
            const found = await findConfigFile(folder, this.search());
            if (!found) {
                return emptyConfig();
            }
            const { config, problems } = parseProjectConfig(found.text);
            this.publish(found.file.toString(), problems);
            return config;
        } catch (error) {
            // A config must never stop validation: without it the defaults apply.
            console.error(`cjourney: could not read the project settings: ${String(error)}`);
            return emptyConfig();
        }
    }

    private search(): ConfigSearch<URI> {
        const roots = new Set((this.workspace.workspaceFolders ?? []).map(folder => URI.parse(folder.uri).toString()));
        return {
            read: async file => {
                try {
                    return await this.fileSystem.readFile(file);
                } catch {
                    return undefined;
                }
            },
            isRoot: async folder =>
                roots.has(folder.toString()) || (await this.fileSystem.exists(UriUtils.joinPath(folder, '.git')).catch(() => false)),
            parent: folder => {
                const parent = UriUtils.dirname(folder);
                return parent.path === folder.path ? undefined : parent;
            },
            child: (folder, name) => UriUtils.joinPath(folder, name)
        };
    }

    private publish(uri: string, problems: readonly ConfigProblem[]): void {
        if (!this.connection || (problems.length === 0 && !this.published.has(uri))) {
            return;
        }
        const diagnostics: Diagnostic[] = problems.map(problem => {
            const position = { line: problem.line - 1, character: problem.column - 1 };
            return {
                range: { start: position, end: position },
                severity: problem.severity === 'error' ? 1 : 2,
                source: 'cjourney',
                message: problem.message
            };
        });
        if (problems.length > 0) this.published.add(uri);
        else this.published.delete(uri);
        void this.connection.sendDiagnostics({ uri, diagnostics });
    }
}
