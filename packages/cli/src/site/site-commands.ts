/**
 * The `site` and `serve` commands as the command line describes them. Their code (Langium,
 * the renderer, the server) is imported only when one of them runs.
 */
import { Command, Option } from 'commander';
import type { Output } from '../output.js';

interface Context {
    output: Output;
    setExitCode: (code: number) => void;
    /** `--workspace`, as check and render have it (main.ts). */
    workspaceOption: () => Option;
}

const REPO_URL_HELP =
    'link each element to its line: the repository folder at a ref, e.g. https://github.com/ORG/REPO/blob/main or https://gitlab.com/ORG/REPO/-/blob/main';
const BASE_PATH_HELP =
    'file paths (and repository links) are relative to this folder (default: the git repository root, else the working folder)';

export function defineSiteCommands(program: Command, { output, setExitCode, workspaceOption }: Context): void {
    withSiteInputs(program.command('site'), workspaceOption)
        .description(
            'build a static website of every journey: home with search and filters, a page per journey, stakeholder register, KPI dashboard, opportunity backlog, research'
        )
        .requiredOption('-o, --output <folder>', 'the folder to write the site into')
        .action(async (paths: string[], options: { output: string; repoUrl?: string; basePath?: string; workspace?: string[] }) => {
            const { runSite } = await import('./run-site.js');
            setExitCode(await runSite(paths, options, output));
        });
    withSiteInputs(program.command('serve'), workspaceOption)
        .description('serve the same site on 127.0.0.1 and reload the pages when a .cjourney file changes')
        .addOption(new Option('--port <number>', 'the port to listen on (0: any free port)').default('4321'))
        .action(async (paths: string[], options: { port: string; repoUrl?: string; basePath?: string; workspace?: string[] }) => {
            const { runServe } = await import('./run-serve.js');
            setExitCode(await runServe(paths, options, output));
        });
}

/** What site and serve both read: the journeys, links to their repository, the base path, --workspace. */
function withSiteInputs(command: Command, workspaceOption: () => Option): Command {
    return command
        .argument('<paths...>', '.cjourney files or folders (searched recursively)')
        .option('--repo-url <url>', REPO_URL_HELP)
        .option('--base-path <folder>', BASE_PATH_HELP)
        .addOption(workspaceOption());
}
