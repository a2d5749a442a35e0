/**
 * Which persona and touchpoint images the preview may show. The model names image files (it
 * is built from the pull request's text, so a path may point anywhere); the host, never the
 * webview, decides: a file inside the workspace folders (or beside the previewed document
 * when it lies in none), a regular file (no symbolic link, which could lead outside), at most
 * MAX_IMAGE_BYTES, and PNG, JPEG or WebP by its content — an SVG named `.png` is refused, as
 * SVG can carry script. Pure functions over URI parts and a small file-system interface, so
 * they are tested on real files without an editor (preview-images.ts binds them to VS Code).
 */
import { type CjourneyModel, type ImageMediaType, imageMediaType, MAX_IMAGE_BYTES } from '@cjourney/model';

/** The parts of a URI that say where a file is (vscode.Uri and vscode-uri's URI both have them). */
export interface FileLocation {
    scheme: string;
    authority: string;
    path: string;
}

export interface ImageFileSystem<T extends FileLocation> {
    /** The file's kind, size and modification time; undefined when it does not exist or cannot be read. */
    stat(file: T): Promise<{ kind: 'file' | 'directory' | 'symlink' | 'other'; size: number; modified?: number } | undefined>;
    read(file: T): Promise<Uint8Array | undefined>;
}

export type ImageVerdict = { allowed: true; mediaType: ImageMediaType; bytes: Uint8Array } | { allowed: false; reason: string };

/** A path's segments, with a Windows drive letter in one case (`/C:/…` and `/c:/…` are the same folder). */
function segments(path: string): string[] {
    return path
        .replace(/^\/([A-Za-z]):/, (_, drive: string) => `/${drive.toLowerCase()}:`)
        .split('/')
        .filter(part => part !== '');
}

/** Whether `file` lies inside `root` (or is it). A path with `.` or `..` segments is never inside. */
export function isInside(file: FileLocation, root: FileLocation): boolean {
    if (file.scheme !== root.scheme || file.authority.toLowerCase() !== root.authority.toLowerCase()) return false;
    const [inner, outer] = [segments(file.path), segments(root.path)];
    if (inner.some(part => part === '.' || part === '..')) return false;
    return outer.length <= inner.length && outer.every((part, index) => inner[index] === part);
}

/** The folders images may come from: the workspace folders, and the document's own folder when it lies in none of them. */
export function imageRoots<T extends FileLocation>(document: T, folders: readonly T[], folderOf: (file: T) => T): T[] {
    return folders.some(folder => isInside(document, folder)) ? [...folders] : [...folders, folderOf(document)];
}

/** The image files a model names (personas and touchpoints, of every journey and of `shared`), each once. */
export function imagePaths(model: CjourneyModel): string[] {
    const paths = new Set<string>();
    const personas = [...model.shared.personas, ...model.journeys.flatMap(journey => journey.personas)];
    personas.forEach(persona => persona.imageFile && paths.add(persona.imageFile.path));
    for (const touchpoint of model.journeys.flatMap(journey => journey.touchpoints)) {
        if (touchpoint.imageFile) paths.add(touchpoint.imageFile.path);
    }
    return [...paths].sort();
}

/** Whether the preview may show the image file, with its bytes when it may (checked in this order). */
export async function checkImage<T extends FileLocation>(file: T, roots: readonly T[], fs: ImageFileSystem<T>): Promise<ImageVerdict> {
    if (!roots.some(root => isInside(file, root))) return { allowed: false, reason: 'outside the workspace' };
    const stat = await fs.stat(file);
    if (!stat) return { allowed: false, reason: 'not found' };
    if (stat.kind !== 'file') return { allowed: false, reason: stat.kind === 'symlink' ? 'a symbolic link' : 'not a file' };
    if (stat.size > MAX_IMAGE_BYTES) return { allowed: false, reason: 'larger than 2 MB' };
    const bytes = await fs.read(file);
    if (!bytes || bytes.length > MAX_IMAGE_BYTES) return { allowed: false, reason: 'not readable' };
    const mediaType = imageMediaType(bytes.subarray(0, 16));
    return mediaType ? { allowed: true, mediaType, bytes } : { allowed: false, reason: 'not a PNG, JPEG or WebP image' };
}

/** The image (or the preview's font: preview-fonts.ts) as a data URI, so an export stays self-contained. */
export function dataUri(mediaType: ImageMediaType | 'font/woff2', bytes: Uint8Array): string {
    let binary = '';
    for (let start = 0; start < bytes.length; start += 0x8000) {
        binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
    }
    return `data:${mediaType};base64,${btoa(binary)}`;
}
