import { AstUtils, EmptyFileSystemProvider, URI, UriUtils, type FileSystemProvider, type ValidationAcceptor } from 'langium';
import type { CJourneyCoreServices } from '../cjourney-core-module.js';
import { DiagnosticCode } from '../diagnostic-codes.js';
import type { Persona, Touchpoint } from '../generated/ast.js';
import { reporter } from './report.js';
import { imageMediaType, MAX_IMAGE_BYTES } from '@cjourney/model';

/**
 * `image-not-found` and `image-unsupported` (contract, Version 2): a persona's or a
 * touchpoint's image must exist, be PNG, JPEG or WebP by content (SVG can carry script),
 * weigh at most 2 MB, and lie inside the workspace folders the editor opened (a path is
 * always relative to the file). Without a real file system
 * (the browser, in-memory tests) nothing can be known, so nothing is reported.
 */
export class ImageValidator {
    private readonly fileSystem: FileSystemProvider;
    private readonly services: CJourneyCoreServices;

    constructor(services: CJourneyCoreServices) {
        this.services = services;
        this.fileSystem = services.shared.workspace.FileSystemProvider;
    }

    async checkImage(node: Persona | Touchpoint, accept: ValidationAcceptor): Promise<void> {
        if (node.image === undefined || this.fileSystem instanceof EmptyFileSystemProvider) {
            return;
        }
        const report = reporter(accept);
        const documentUri = AstUtils.getDocument(node).uri;
        const written = node.image;
        const unsupported = (why: string) =>
            report(DiagnosticCode.ImageUnsupported, `The image '${written}' ${why}`, { node, property: 'image' });
        if (/^[a-z][a-z0-9+.-]*:/i.test(written) || written.startsWith('/') || written.startsWith('\\')) {
            unsupported('is not a path inside the workspace: write it relative to this file, e.g. "images/photo.png".');
            return;
        }
        const uri = UriUtils.resolvePath(UriUtils.dirname(documentUri), written);
        if (!this.insideWorkspace(uri)) {
            unsupported('lies outside the workspace: keep images with the journeys.');
            return;
        }
        if (!(await this.fileSystem.exists(uri))) {
            report(
                DiagnosticCode.ImageNotFound,
                `The image '${written}' does not exist (looked for ${UriUtils.relative(UriUtils.dirname(documentUri), uri)} beside this file).`,
                { node, property: 'image' }
            );
            return;
        }
        const bytes = await this.fileSystem.readBinary(uri);
        if (bytes.length > MAX_IMAGE_BYTES) {
            unsupported(`is ${(bytes.length / 1024 / 1024).toFixed(1)} MB: images are embedded in every export, so at most 2 MB.`);
        } else if (!imageMediaType(bytes)) {
            unsupported('is not a PNG, JPEG or WebP image (by its content; SVG is refused because it can carry script).');
        }
    }

    private insideWorkspace(uri: URI): boolean {
        const folders = (this.services.shared.workspace.WorkspaceManager.workspaceFolders ?? []).map(folder => URI.parse(folder.uri));
        // Without known workspace folders (the command line), any relative path is accepted.
        return folders.length === 0 || folders.some(root => !UriUtils.relative(root, uri).startsWith('..'));
    }
}
