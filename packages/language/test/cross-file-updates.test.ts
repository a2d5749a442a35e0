/**
 * Edits of a file others depend on (issue 17, part 2). The journeys of a workspace refer to
 * the stakeholders, personas and channels of one shared file. After an edit of the shared
 * file, every journey must read as a full build of the same workspace reads it (diagnostics,
 * journey model), while only the journeys the edit can affect are linked or validated again:
 * none for a changed title, those using a renamed stakeholder for a rename.
 */
import { DocumentState, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { beforeEach, describe, expect, test } from 'vitest';
import { createCJourneyServices, type CJourneyServices } from '../src/cjourney-module.js';
import { ensureBuiltinDocument } from '../src/cjourney-workspace.js';
import { buildCjourneyModel } from '../src/model-builder/build-model.js';

const SHARED_URI = 'file:///workspace/shared.cjourney';
const SHARED = `stakeholder Desk "Service desk" { power high interest high }
stakeholder Finance "Finance team" { power low interest low }
persona Ana "Ana, first-time buyer"
channel Kiosk "In-store kiosk" offline
`;

function journey(index: number, owner: string): string {
    return `journey J${index} "Journey ${index}" {
  stage Buy {
    touchpoint Pay${index} "Pays" {
      channel Kiosk
      persona Ana
      owner ${owner}
      emotion happy
    }
  }
}
`;
}

/** Ten journeys: the even ones owned by Desk, the odd ones by Finance. */
const JOURNEYS = Array.from({ length: 10 }, (_, index) => ({
    uri: `file:///workspace/journey-${index}.cjourney`,
    text: journey(index, index % 2 === 0 ? 'Desk' : 'Finance')
}));

async function servicesFor(files: { uri: string; text: string }[]): Promise<CJourneyServices> {
    const services = createCJourneyServices(EmptyFileSystem).CJourney;
    await ensureBuiltinDocument(services.shared);
    const { LangiumDocuments, LangiumDocumentFactory, DocumentBuilder } = services.shared.workspace;
    const documents = files.map(file => LangiumDocumentFactory.fromString(file.text, URI.parse(file.uri)));
    documents.forEach(document => LangiumDocuments.addDocument(document));
    await DocumentBuilder.build(documents, { validation: true });
    return services;
}

/** A document's diagnostics and its journey model as the editor features read it (cached), and as built afresh. */
function outcomeOf(services: CJourneyServices, uri: string) {
    const document = services.shared.workspace.LangiumDocuments.getDocument(URI.parse(uri)) as LangiumDocument;
    return {
        diagnostics: (document.diagnostics ?? []).map(diagnostic => diagnostic.message).sort(),
        model: services.model.JourneyModels.get(document),
        built: buildCjourneyModel(document)
    };
}

let editor: CJourneyServices;
let validated: string[];
let linked: string[];

beforeEach(async () => {
    editor = await servicesFor([{ uri: SHARED_URI, text: SHARED }, ...JOURNEYS]);
    // Models read before the edit, so that a stale cached model would show.
    JOURNEYS.forEach(({ uri }) => outcomeOf(editor, uri));
    validated = [];
    linked = [];
    // The built-in channels are validated (to nothing) on every update, as Langium does for a document built without validation.
    editor.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (document.uri.scheme !== 'builtin') validated.push(document.uri.toString());
    });
    editor.shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Linked, document => void linked.push(document.uri.toString()));
});

let version = 1;

/** Edits a file as the editor does (its text document, then an update of it alone). */
async function edit(uri: string, text: string): Promise<void> {
    editor.shared.workspace.TextDocuments.set(TextDocument.create(uri, 'cjourney', ++version, text));
    await editor.shared.workspace.DocumentBuilder.update([URI.parse(uri)], []);
}

const editShared = (text: string) => edit(SHARED_URI, text);

async function expectSameAsFullBuild(sharedText: string, journeys = JOURNEYS): Promise<void> {
    const fresh = await servicesFor([{ uri: SHARED_URI, text: sharedText }, ...journeys]);
    for (const { uri } of [{ uri: SHARED_URI }, ...journeys]) {
        expect(outcomeOf(editor, uri), uri).toEqual(outcomeOf(fresh, uri));
    }
}

describe('edits of a shared file', () => {
    test('a changed title is followed by every journey without linking or validating any of them again', async () => {
        const retitled = SHARED.replace('"Service desk"', '"Service desks"');
        await editShared(retitled);
        expect(validated).toEqual([SHARED_URI]);
        await expectSameAsFullBuild(retitled);
        // The journeys' models now name the new title (the model cache followed the edit).
        expect(JSON.stringify(outcomeOf(editor, JOURNEYS[0].uri).model)).toContain('Service desks');
    });

    test('a renamed stakeholder is flagged in the journeys that use it, and only those are validated again', async () => {
        const renamed = SHARED.replace('stakeholder Desk ', 'stakeholder FrontDesk ');
        await editShared(renamed);
        const deskJourneys = JOURNEYS.filter((_, index) => index % 2 === 0).map(file => file.uri);
        expect(validated.filter(uri => uri !== SHARED_URI).sort()).toEqual([...deskJourneys].sort());
        for (const uri of deskJourneys) {
            expect(outcomeOf(editor, uri).diagnostics.some(message => message.startsWith("Unknown stakeholder 'Desk'."))).toBe(true);
        }
        await expectSameAsFullBuild(renamed);
    });

    test('renaming it back resolves the journeys again', async () => {
        await editShared(SHARED.replace('stakeholder Desk ', 'stakeholder FrontDesk '));
        await editShared(SHARED);
        await expectSameAsFullBuild(SHARED);
    });

    test('a new definition placed before the others moves them: the journeys are linked again by name', async () => {
        const moved = `stakeholder Legal "Legal" { power low interest low }\n${SHARED}`;
        await editShared(moved);
        await expectSameAsFullBuild(moved);
        expect(linked.filter(uri => uri !== SHARED_URI).length).toBeGreaterThan(0);
    });
});

describe('typing in a journey that uses shared definitions', () => {
    const first = JOURNEYS[0];

    test('a keystroke in a touchpoint validates that journey only: the shared file is used as before', async () => {
        const typed = first.text.replace('"Pays"', '"Pays by card"');
        await edit(first.uri, typed);
        expect(validated).toEqual([first.uri]);
        await expectSameAsFullBuild(SHARED, [{ uri: first.uri, text: typed }, ...JOURNEYS.slice(1)]);
    });

    test('a touchpoint that now uses another stakeholder has the shared file check its usage again', async () => {
        const owners = JOURNEYS.map(file => ({ ...file, text: file.text.replace('owner Desk', 'owner Finance') }));
        for (const [index, file] of owners.entries()) if (file.text !== JOURNEYS[index].text) await edit(file.uri, file.text);
        expect(validated).toContain(SHARED_URI);
        await expectSameAsFullBuild(SHARED, owners);
        expect(outcomeOf(editor, SHARED_URI).diagnostics.some(message => message.includes("'Service desk' has high power"))).toBe(true);
    });
});
