/**
 * The notice over a map whose document has errors: how many, that the map shown is the last
 * one without errors (dimmed), and each error as a link to its line. Calm while a person
 * types: it floats over the map (the map never moves), and errors show, and the map dims, only
 * once the text has rested for ERROR_SETTLE_MS — a half-typed word flashes nothing.
 */
import type { SourceRange } from '@cjourney/model';
import type { ModelError } from '../protocol.js';
import { element } from './dom.js';

/** More than this many errors are summarised: the Problems panel lists them all. */
const LISTED_ERRORS = 5;

/** How long no newer model must arrive before errors are shown (a pause in typing). */
export const ERROR_SETTLE_MS = 600;

export class ErrorBanner {
    readonly element = element('div', { class: 'cj-banner', role: 'alert', hidden: '' });
    private settle: ReturnType<typeof setTimeout> | undefined;

    constructor(
        private readonly reveal: (range: SourceRange) => void,
        private readonly canvas: HTMLElement
    ) {}

    /** The newest model's errors: none clears the notice and the dimming at once; errors wait for the text to rest. */
    update(errors: readonly ModelError[], showsLastGoodMap: boolean, stale: boolean): void {
        clearTimeout(this.settle);
        if (errors.length === 0) {
            this.show([], false);
            this.canvas.classList.remove('cj-stale');
            return;
        }
        this.settle = setTimeout(() => {
            this.show(errors, showsLastGoodMap);
            this.canvas.classList.toggle('cj-stale', stale);
        }, ERROR_SETTLE_MS);
    }

    /** At once: another document, nothing to show. */
    clear(): void {
        this.update([], false, false);
    }

    private show(errors: readonly ModelError[], showsLastGoodMap: boolean): void {
        this.element.hidden = errors.length === 0;
        if (errors.length === 0) {
            this.element.replaceChildren();
            return;
        }
        const count = errors.length === 1 ? '1 error' : `${errors.length} errors`;
        const consequence = showsLastGoodMap
            ? 'Showing the last map without errors.'
            : 'The map is drawn from what could be read; fix the errors to complete it.';
        const list = element('ul', { class: 'cj-banner-errors' }, ...errors.slice(0, LISTED_ERRORS).map(error => this.item(error)));
        if (errors.length > LISTED_ERRORS) {
            list.append(element('li', {}, `…and ${errors.length - LISTED_ERRORS} more in the Problems panel.`));
        }
        this.element.replaceChildren(
            element(
                'div',
                { class: 'cj-banner-summary' },
                element('span', { class: 'codicon codicon-error', 'aria-hidden': 'true' }),
                ` ${count} in this file. ${consequence}`
            ),
            list
        );
    }

    private item(error: ModelError): HTMLElement {
        const line = error.range.start.line + 1;
        const link = element('a', { href: '#', class: 'cj-banner-link', title: 'Go to the error' }, `Line ${line}`);
        link.addEventListener('click', event => {
            event.preventDefault();
            this.reveal(error.range);
        });
        return element('li', {}, link, `: ${error.message}`);
    }
}
