/**
 * The row under the toolbar that chooses what the journey map shows: a chip per persona (when
 * the journey has two or more) and a toggle per lane (the built-in lanes, then the journey's
 * own). Toggleable @vscode-elements toolbar buttons, as the view switcher, so they look and
 * behave like VS Code's own in every theme; pressed means shown.
 */
import '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import '@vscode-elements/elements/dist/vscode-toolbar-container/index.js';
import type { VscodeToolbarButton } from '@vscode-elements/elements/dist/vscode-toolbar-button/index.js';
import type { Journey } from '@cjourney/model';
import { filterOf, laneChoices, personaChoices, type Choice } from '../map-filter.js';
import type { PreviewState } from '../protocol.js';
import { element } from './dom.js';

type Group = 'persona' | 'lane';

/** Called when a chip or toggle is pressed. */
export type ToggleFilter = (group: Group, id: string) => void;

export class FilterBar {
    readonly element: HTMLElement;
    private readonly personas: HTMLElement;
    private readonly lanes: HTMLElement;

    constructor(private readonly toggle: ToggleFilter) {
        this.personas = element('vscode-toolbar-container', { class: 'cj-persona-chips', role: 'group', 'aria-label': 'Personas shown' });
        this.lanes = element('vscode-toolbar-container', { class: 'cj-lane-toggles', role: 'group', 'aria-label': 'Lanes shown' });
        this.element = element(
            'div',
            { class: 'cj-filter-bar', hidden: '' },
            element('span', { class: 'cj-filter-label cj-persona-label' }, 'Personas'),
            this.personas,
            element('span', { class: 'cj-filter-label' }, 'Lanes'),
            this.lanes
        );
    }

    /** Shows the choices of the journey on the map; hidden for the other views (they draw no lanes). */
    showFor(journey: Journey | undefined, state: PreviewState): void {
        const filter = journey && filterOf(state, journey.id);
        if (!journey || !filter || state.view !== 'map') this.show([], [], false);
        else this.show(personaChoices(journey, filter), laneChoices(journey, filter), true);
    }

    private show(personas: readonly Choice[], lanes: readonly Choice[], shown: boolean): void {
        this.element.hidden = !shown;
        if (!shown) return;
        this.fill(this.personas, 'persona', personas);
        this.element.querySelector<HTMLElement>('.cj-persona-label')!.hidden = personas.length === 0;
        this.personas.hidden = personas.length === 0;
        this.fill(this.lanes, 'lane', lanes);
    }

    /** Rebuilds the buttons only when the choices changed (typing keeps them), then sets which are pressed. */
    private fill(container: HTMLElement, group: Group, choices: readonly Choice[]): void {
        const key = choices.map(choice => `${choice.id}\u0000${choice.title}`).join('\u0001');
        if (container.dataset.choices !== key) {
            container.dataset.choices = key;
            container.replaceChildren(...choices.map(choice => this.button(group, choice)));
        }
        const buttons = [...container.children] as VscodeToolbarButton[];
        choices.forEach((choice, i) => {
            buttons[i].checked = choice.shown;
            buttons[i].setAttribute('aria-pressed', String(choice.shown));
            buttons[i].title = `${choice.shown ? 'Hide' : 'Show'} ${choice.title}`;
        });
    }

    private button(group: Group, choice: Choice): VscodeToolbarButton {
        const button = element(
            'vscode-toolbar-button',
            { toggleable: '', class: `cj-${group}-toggle`, 'data-id': choice.id, label: choice.title },
            element('span', { class: 'cj-filter-text' }, choice.title)
        ) as VscodeToolbarButton;
        // A toggleable button flips itself; the preview decides what is shown and sets it back.
        button.addEventListener('change', () => this.toggle(group, choice.id));
        return button;
    }
}
