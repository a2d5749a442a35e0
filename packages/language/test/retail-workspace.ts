/** The small retail workspace the editor tests (LSP conformance, Neovim) open: a store team and a journey that names it. */

export const STAKEHOLDERS = 'stakeholder StoreTeam "Store team" {\n  type internal\n  power high\n  interest high\n}\n';

/** The retail journey: one touchpoint at the counter, written with `counter` lines, then the journey's `rest`. */
export function retailJourney(counter: readonly string[], rest: readonly string[] = []): string {
    return [
        'journey RetailRepurchase "Retail re-purchase" {',
        '  stage Visit "Store visit" {',
        '    touchpoint Counter "At the counter" {',
        '      channel store',
        ...counter,
        '    }',
        '  }',
        ...rest,
        '}',
        ''
    ].join('\n');
}
