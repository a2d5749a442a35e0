/**
 * The host's checks on what the preview webview sends. The webview runs a CSP-locked page,
 * but it renders the pull request's text: if a script ever ran there, its messages would
 * reach the extension host, which can open files, write them and show notifications. So no
 * message is trusted (defence in depth): its shape is checked, `reveal` may only open the
 * previewed document or a file its model names (its workspace definitions), a suggested file
 * name loses every folder part, and text shown in a notification cannot hold a link.
 * Pure functions (no `vscode`), so they are tested without an editor.
 */
import type { SourceLocation, SourceRange } from '@cjourney/model';
import type { ExportFormat, WebviewMessage } from '@cjourney/webview/protocol';

const FORMATS: readonly ExportFormat[] = ['svg', 'png', 'pdf'];
/** Longer notification text is cut: a notification is one or two lines. */
const MAX_NOTIFICATION = 500;

type Data = Record<string, unknown>;

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value);
const isLine = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0 && (value as number) < 10_000_000;

function isRange(value: unknown): value is SourceRange {
    const position = (point: unknown) => isObject(point) && isLine(point.line) && isLine(point.character);
    return isObject(value) && position(value.start) && position(value.end);
}

function isLocation(value: unknown): value is SourceLocation {
    return (
        isObject(value) &&
        isRange(value.range) &&
        (value.nameRange === undefined || isRange(value.nameRange)) &&
        (value.file === undefined || typeof value.file === 'string')
    );
}

/** The message when it has one of the protocol's shapes, else undefined (it is then ignored). */
export function checkWebviewMessage(raw: unknown): WebviewMessage | undefined {
    if (!isObject(raw)) return undefined;
    switch (raw.type) {
        case 'ready':
        case 'insertStarter':
        case 'modelNeeded':
            return { type: raw.type };
        case 'reveal':
            return isLocation(raw.location) ? { type: 'reveal', location: raw.location } : undefined;
        case 'scrollEditor':
            return isLine(raw.line) ? { type: 'scrollEditor', line: raw.line } : undefined;
        case 'embedImages':
        case 'embedFonts':
            return isLine(raw.id) ? { type: raw.type, id: raw.id } : undefined;
        case 'problem':
        case 'exportFailed':
            return typeof raw.message === 'string' ? { type: raw.type, message: raw.message } : undefined;
        case 'export': {
            const format = FORMATS.find(candidate => candidate === raw.format);
            const data = raw.data;
            // PNG bytes arrive as a typed array (or an ArrayBuffer), possibly of another realm: no instanceof.
            const bytes = ArrayBuffer.isView(data) || Object.prototype.toString.call(data) === '[object ArrayBuffer]';
            const dataOk = format === 'png' ? bytes : typeof data === 'string';
            const title = typeof raw.title === 'string' ? { title: raw.title } : {};
            return format && dataOk && typeof raw.suggestedName === 'string'
                ? { type: 'export', format, suggestedName: raw.suggestedName, data: data as string | Uint8Array, ...title }
                : undefined;
        }
        default:
            return undefined;
    }
}

/**
 * The files a `reveal` may open: the previewed document, and every file the model's source
 * locations name (the shared definitions it uses). Collected from the model the host itself
 * received from the language server, never from the message.
 */
export function revealableFiles(documentUri: string, models: readonly unknown[]): Set<string> {
    const files = new Set([documentUri]);
    const visit = (value: unknown, depth: number): void => {
        if (depth > 64 || typeof value !== 'object' || value === null) return;
        if (Array.isArray(value)) {
            value.forEach(item => visit(item, depth + 1));
            return;
        }
        const record = value as Data;
        if (typeof record.file === 'string' && isRange(record.range)) files.add(record.file);
        Object.values(record).forEach(item => visit(item, depth + 1));
    };
    models.forEach(model => visit(model, 0));
    return files;
}

/** The file a `reveal` opens, or undefined when it names a file the preview does not show. */
export function revealTarget(location: SourceLocation, documentUri: string, allowed: ReadonlySet<string>): string | undefined {
    const file = location.file ?? documentUri;
    return allowed.has(file) ? file : undefined;
}

/** A bare file name for the save dialog: no folders, no `..`, no control characters, the format's extension. */
export function safeFileName(suggested: string, format: ExportFormat): string {
    const base = suggested.split(/[/\\]/).pop() ?? '';

    const cleaned = base
        .replace(/[\u0000-\u001f\u007f-\u009f:*?"<>|]/g, '')
        .replace(/^[.\s]+/, '')
        .trim()
        .slice(0, 120);
    const name = cleaned === '' ? 'journey' : cleaned;
    return name.toLowerCase().endsWith(`.${format}`) ? name : `${name}.${format}`;
}

/**
 * Text for a notification: VS Code turns `[label](command:…)` (and https:, file: targets)
 * into a link the user may click, so the `](` of a link is broken by a zero-width space,
 * control characters are dropped and long text is cut.
 */
export function notificationText(text: string): string {
    const flat = String(text).replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
    const neutral = flat.replace(/\]\s*\(/g, ']\u200b(').replace(/\b(command|file|https?|vscode):/gi, '$1\u200b:');
    return neutral.length > MAX_NOTIFICATION ? `${neutral.slice(0, MAX_NOTIFICATION - 1)}…` : neutral;
}
