/**
 * The installable npm products, as a user gets them: `packaging/pack.mjs` packs each tarball,
 * `npm install ./x.tgz` puts it into an empty folder (from npm's cache when it can), and the
 * installed `bin` runs on a copy of examples/ — with no other file of this repository.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, test } from 'vitest';
import { FALLBACK_FONT_PACKAGES, WHOLE_FONT_FILES } from '../src/render/fallback-fonts.js';
import { EXAMPLES, filesOf, makeTempDir, writeIn } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
// npm and the installed bins run on the Node that runs the tests (24), whatever the PATH says.
const env = { ...process.env, NO_COLOR: '', PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}` };

let tarballs: Record<'cli' | 'server', string>;
let app: string;
let work: string;

function bin(name: string): string {
    return path.join(app, 'node_modules/.bin', name);
}

function run(args: string[]): { code: number | null; stdout: string; stderr: string } {
    const result = spawnSync(bin('cjourney'), args, { cwd: work, encoding: 'utf8', env, timeout: 60_000 });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The files a tarball holds, from `tar -t`. */
function contents(tarball: string): string[] {
    return execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
        .trim()
        .split('\n')
        .map(file => file.replace(/^package\//, ''))
        .sort();
}

beforeAll(() => {
    const out = makeTempDir('cjourney-pack-');
    const printed = execFileSync(process.execPath, [path.join(ROOT, 'packaging/pack.mjs'), '--out', out], {
        encoding: 'utf8',
        env,
        timeout: 120_000
    });
    const [cli, server] = printed.trim().split('\n');
    tarballs = { cli, server };
    app = makeTempDir('cjourney-install-');
    writeIn(app, 'package.json', '{ "name": "journeys", "private": true }\n');
    execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', cli, server], {
        cwd: app,
        env,
        timeout: 150_000,
        stdio: 'pipe'
    });
    work = makeTempDir('cjourney-examples-');
    cpSync(EXAMPLES, work, { recursive: true });
}, 300_000);

describe('npm package cjourney (the CLI)', { timeout: 120_000 }, () => {
    test('the tarball holds the launcher, the bundle and the libraries only some commands load, the fonts with their licence, README and LICENSE — nothing else', () => {
        expect(path.basename(tarballs.cli)).toMatch(/^cjourney-\d+\.\d+\.\d+\.tgz$/);
        const fallback = contents(tarballs.cli).filter(file => /^fonts\/@fontsource\/noto-/.test(file));
        expect(contents(tarballs.cli).filter(file => !fallback.includes(file))).toEqual(
            [
                'LICENSE',
                'README.md',
                'bin/cjourney.cjs',
                'dist/cli.cjs',
                // Libraries loaded only by the commands that use them: ELK (the flow view), the PDF
                // writer, YAML and HTML entities (Mermaid's import and export).
                'dist/elk.cjs',
                'dist/entities.cjs',
                'dist/pdfkit.cjs',
                'dist/svg-to-pdfkit.cjs',
                'dist/yaml.cjs',
                // The renderer for the browser, which `cjourney site` copies into every site as assets/render.js.
                'dist/site-render.js',
                'fonts/@expo-google-fonts/arimo/400Regular/Arimo_400Regular.ttf',
                'fonts/@expo-google-fonts/arimo/700Bold/Arimo_700Bold.ttf',
                'fonts/@expo-google-fonts/arimo/LICENSE_FONT',
                'fonts/@fontsource/arimo/LICENSE',
                // The whole Noto Emoji font the HTML export embeds, so emoji sequences join (emoji-font.ts).
                'fonts/@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf',
                'fonts/@expo-google-fonts/noto-emoji/LICENSE_FONT',
                // The whole fonts the PNG draws Arabic, Hebrew, Devanagari and Thai with, and their licence.
                ...Object.values(WHOLE_FONT_FILES).flatMap(file => [
                    `fonts/${file}`,
                    `fonts/${file.replace(/\/400Regular\/.*$/, '/LICENSE_FONT')}`
                ]),
                ...['cyrillic', 'greek', 'latin-ext', 'latin'].flatMap(subset =>
                    [400, 700].map(weight => `fonts/@fontsource/arimo/files/arimo-${subset}-${weight}-normal.woff2`)
                ),
                'THIRD-PARTY-NOTICES.md',
                'package.json'
            ].sort()
        );
        // The Noto fallbacks for other scripts: per package its stylesheet, licence and regular woff subsets.
        expect(
            fallback
                .map(file => file.replace(/\/files\/[^/]+-400-normal\.woff$/, '/files/*.woff'))
                .filter((file, index, all) => all.indexOf(file) === index)
        ).toEqual(
            [...FALLBACK_FONT_PACKAGES]
                .sort()
                .flatMap(pkg => [`fonts/${pkg}/LICENSE`, `fonts/${pkg}/files/*.woff`, `fonts/${pkg}/index.css`])
        );
        // The licences of what the bundle holds, each package once (one copy of the protocol packages).
        const notices = readFileSync(path.join(app, 'node_modules/cjourney/THIRD-PARTY-NOTICES.md'), 'utf8');
        for (const name of ['langium', 'chevrotain', 'elkjs', 'commander', 'yaml', 'entities', 'vscode-jsonrpc']) {
            expect(notices.match(new RegExp(`^## ${name} \\d`, 'gm')), name).toHaveLength(1);
        }
        const manifest = JSON.parse(readFileSync(path.join(app, 'node_modules/cjourney/package.json'), 'utf8'));
        expect(manifest.bin).toEqual({ cjourney: 'bin/cjourney.cjs' });
        expect(manifest.engines.node).toBe('>=22.12');
        // Only the native PNG encoder is a dependency, at the lockfile's exact version.
        expect(Object.keys(manifest.dependencies)).toEqual(['@resvg/resvg-js']);
        expect(manifest.dependencies['@resvg/resvg-js']).toMatch(/^\d+\.\d+\.\d+$/);
        expect(readdirSync(path.join(app, 'node_modules')).filter(name => name.startsWith('@cjourney'))).toEqual([]);
    });

    test('check and check --format sarif on the examples', () => {
        const text = run(['check', '.']);
        expect(text.code).toBe(0);
        expect(text.stdout).toContain('saas-onboarding.cjourney:');
        expect(text.stderr).toMatch(/^Checked \d+ files: 0 errors/);
        const sarif = JSON.parse(run(['check', '--format', 'sarif', 'saas-onboarding.cjourney']).stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(run(['--version']).stdout.trim()).toBe(
            JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')).version
        );
    });

    test('render writes SVG, self-contained HTML, PNG and PDF byte-identical to the workspace CLI', () => {
        const reference = makeTempDir('cjourney-reference-');
        for (const format of ['svg', 'html', 'png', 'pdf']) {
            const result = run(['render', 'saas-onboarding.cjourney', '--view', 'flow', '-o', `out/map.${format}`]);
            expect(result.stderr, format).toBe('');
            expect(result.code, format).toBe(0);
            execFileSync(process.execPath, [
                path.join(ROOT, 'packages/cli/bin/cjourney.js'),
                'render',
                path.join(work, 'saas-onboarding.cjourney'),
                '--view',
                'flow',
                '-o',
                path.join(reference, `map.${format}`)
            ]);
            expect(
                readFileSync(path.join(work, `out/map.${format}`)).equals(readFileSync(path.join(reference, `map.${format}`))),
                format
            ).toBe(true);
        }
        expect(readFileSync(path.join(work, 'out/map.html'), 'utf8')).toContain('data:font/woff2;base64,');
        expect(readFileSync(path.join(work, 'out/map.png')).subarray(1, 4).toString()).toBe('PNG');
        expect(readFileSync(path.join(work, 'out/map.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    });

    test('site builds the same bytes as the workspace CLI: the renderer for the browser and the Arimo fonts included', () => {
        const journeys = makeTempDir('cjourney-site-journeys-');
        cpSync(EXAMPLES, journeys, { recursive: true });
        const installed = makeTempDir('cjourney-site-installed-');
        const reference = makeTempDir('cjourney-site-reference-');
        const result = spawnSync(bin('cjourney'), ['site', '.', '-o', installed], {
            cwd: journeys,
            encoding: 'utf8',
            env,
            timeout: 120_000
        });
        expect(result.stderr).toBe('');
        expect(result.status).toBe(0);
        execFileSync(process.execPath, [path.join(ROOT, 'packages/cli/bin/cjourney.js'), 'site', '.', '-o', reference], { cwd: journeys });
        const files = filesOf(reference);
        expect(files).toContain('assets/render.js');
        expect(files.filter(file => file.startsWith('assets/fonts/')).length).toBeGreaterThan(0);
        expect(filesOf(installed)).toEqual(files);
        for (const file of files) {
            expect(readFileSync(path.join(installed, file)).equals(readFileSync(path.join(reference, file))), file).toBe(true);
        }
    });

    test('export, import and diff', () => {
        const mermaid = run(['export', 'saas-onboarding.cjourney', '--format', 'mermaid', '-o', 'out/j.mmd']);
        expect(mermaid.code).toBe(0);
        expect(readFileSync(path.join(work, 'out/j.mmd'), 'utf8')).toMatch(/^journey$/m);
        expect(run(['export', 'saas-onboarding.cjourney', '--format', 'markdown']).stdout).toContain('B2B SaaS: trial to advocacy');
        const imported = run(['import', 'out/j.mmd', '-o', 'out/imported/j.cjourney']);
        expect(imported.code).toBe(0);
        expect(run(['check', 'out/imported/j.cjourney']).code).toBe(0);
        const diff = run(['diff', '--format', 'json', '--exit-code', 'saas-onboarding.cjourney', 'out/imported/j.cjourney']);
        expect(diff.code).toBe(1);
        expect(JSON.parse(diff.stdout)).toBeTypeOf('object');
    });
});

describe('npm package cjourney-language-server', { timeout: 120_000 }, () => {
    test('the tarball holds the launcher, one bundle, the grammar files, README and LICENSE — and has no dependencies', () => {
        expect(contents(tarballs.server)).toEqual([
            'LICENSE',
            'README.md',
            'THIRD-PARTY-NOTICES.md',
            'bin/cjourney-language-server.cjs',
            'dist/server.cjs',
            'language-configuration.json',
            'package.json',
            'syntaxes/cjourney.tmLanguage.json'
        ]);
        const manifest = JSON.parse(readFileSync(path.join(app, 'node_modules/cjourney-language-server/package.json'), 'utf8'));
        expect(manifest.dependencies).toBeUndefined();
        expect(existsSync(bin('cjourney-language-server'))).toBe(true);
    });

    test('cjourney-language-server --stdio answers initialize and publishes diagnostics for an opened file', async () => {
        const messages = await lspSession(bin('cjourney-language-server'), 'journey J { stage S { touchpoint T { emotion happy } } }\n');
        const initialize = messages.find(message => message.id === 1) as { result: { capabilities: object } };
        expect(initialize.result.capabilities).toHaveProperty('completionProvider');
        const diagnostics = messages.find(
            message =>
                message.method === 'textDocument/publishDiagnostics' &&
                (message.params as { uri: string }).uri === 'file:///work/j.cjourney'
        ) as { params: { diagnostics: { message: string }[] } };
        expect(diagnostics.params.diagnostics.map(diagnostic => diagnostic.message).join('\n')).toContain("'happy' is not an emotion");
    });
});

interface LspMessage {
    id?: number;
    method?: string;
    params?: unknown;
    result?: unknown;
}

/** Initialize, open one document, wait for its diagnostics, shut down: the messages the server sent. */
function lspSession(command: string, text: string): Promise<LspMessage[]> {
    const server = spawn(command, ['--stdio'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    const send = (message: object) => {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }));
        server.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`), body]));
    };
    const received: LspMessage[] = [];
    let buffer = Buffer.alloc(0);
    return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
            server.kill();
            reject(new Error(`no diagnostics; got ${JSON.stringify(received)}`));
        }, 20_000);
        server.on('exit', () => {
            clearTimeout(timer);
            resolve(received);
        });
        server.stdout.on('data', (chunk: Buffer) => {
            buffer = Buffer.concat([buffer, chunk]);
            for (let header = buffer.indexOf('\r\n\r\n'); header >= 0; header = buffer.indexOf('\r\n\r\n')) {
                const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())![1]);
                if (buffer.length < header + 4 + length) {
                    return;
                }
                const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString('utf8')) as LspMessage;
                buffer = buffer.subarray(header + 4 + length);
                received.push(message);
                if (
                    message.method === 'textDocument/publishDiagnostics' &&
                    (message.params as { uri: string }).uri === 'file:///work/j.cjourney'
                ) {
                    send({ id: 2, method: 'shutdown' });
                    send({ method: 'exit' });
                }
            }
        });
        send({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
        send({ method: 'initialized', params: {} });
        send({
            method: 'textDocument/didOpen',
            params: { textDocument: { uri: 'file:///work/j.cjourney', languageId: 'cjourney', version: 1, text } }
        });
    });
}
