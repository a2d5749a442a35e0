/**
 * What the preview shows instead of a map: the start screen of an empty or new file (with a
 * button that inserts a starter journey), a note for files that only hold shared
 * definitions, and the wait for the language server.
 */
import { plural, type CjourneyModel } from '@cjourney/model';
import { element } from './dom.js';

export type StartScreenKind = 'empty' | 'shared-only' | 'waiting';

export class StartScreen {
    readonly element = element('section', { class: 'cj-start', hidden: '' });

    constructor(private readonly insertStarter: () => void) {}

    hide(): void {
        this.element.hidden = true;
    }

    /** A file without journeys: a starter for an empty file, a summary for a file of shared definitions. */
    showForModel(model: CjourneyModel, fileName: string): void {
        const { stakeholders, personas, channels } = model.shared;
        if (stakeholders.length + personas.length + channels.length === 0) {
            this.showEmpty(fileName);
        } else {
            const counts = [
                countOf(stakeholders.length, 'stakeholder'),
                countOf(personas.length, 'persona'),
                countOf(channels.length, 'channel')
            ].filter(Boolean);
            this.show(
                element('h1', {}, `${fileName} holds shared definitions`),
                element('p', {}, `${counts.join(', ')}, shared by every journey of the workspace.`),
                element('p', {}, 'Open a journey file to see its map. Clicking a shared stakeholder in a map brings you back here.')
            );
        }
    }

    showWaiting(message: string): void {
        this.show(
            element(
                'div',
                { class: 'cj-start-progress' },
                element('span', { class: 'codicon codicon-loading codicon-modifier-spin', 'aria-hidden': 'true' }),
                ` ${message}`
            )
        );
    }

    private showEmpty(fileName: string): void {
        const button = element('button', { class: 'cj-button', type: 'button' }, 'Insert a starter journey');
        button.addEventListener('click', () => this.insertStarter());
        this.show(
            element('h1', {}, 'Start your journey map'),
            element(
                'p',
                {},
                `${fileName} has no journey yet. A journey is an outline: stages run left to right, each with the touchpoints a customer meets there.`
            ),
            button,
            element(
                'p',
                { class: 'cj-hint' },
                'Or type ',
                element('code', {}, 'journey'),
                ', ',
                element('code', {}, 'stage'),
                ' or ',
                element('code', {}, 'touchpoint'),
                ' and press Tab for a snippet. The map appears here as you type.'
            )
        );
    }

    private show(...content: (Node | string)[]): void {
        this.element.replaceChildren(...content);
        this.element.hidden = false;
    }
}

/** Nothing for none, so an empty count drops out of the line. */
function countOf(count: number, noun: string): string {
    return count === 0 ? '' : plural(count, noun);
}
