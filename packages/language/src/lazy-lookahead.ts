/**
 * Chevrotain's LL(k) lookahead, computed when a decision is first taken instead of for every
 * decision of the grammar when the parser is built.
 *
 * Building the parser computes a lookahead function for every alternation, option and
 * repetition of the grammar (`performSelfAnalysis`); with version 2's grammar that is most of
 * the parser's start-up, paid by every `cjourney check`, although a small journey takes only
 * a part of those decisions. Here each decision gets a stand-in that builds the real function
 * on its first call, with the same inputs Chevrotain would have used at start-up (the rule's
 * grammar and the decision's occurrence, which do not change after the parser is built), and
 * then delegates to it: the parser decides exactly as with the eager strategy
 * (test/lazy-lookahead.test.ts parses the examples both ways and compares).
 */
import { LLkLookaheadStrategy, type ILookaheadStrategy } from 'chevrotain';

type AlternationOptions = Parameters<ILookaheadStrategy['buildLookaheadForAlternation']>[0];
type OptionalOptions = Parameters<ILookaheadStrategy['buildLookaheadForOptional']>[0];
type AlternationLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForAlternation']>;
type OptionalLookahead = ReturnType<ILookaheadStrategy['buildLookaheadForOptional']>;

export class LazyLLkLookaheadStrategy extends LLkLookaheadStrategy {
    /** Decisions the parser has (a stand-in each), and how many have had their lookahead computed. */
    decisions = 0;
    built = 0;

    override buildLookaheadForAlternation(options: AlternationOptions): AlternationLookahead {
        this.decisions += 1;
        let lookahead: AlternationLookahead | undefined;
        const build = (): AlternationLookahead => {
            this.built += 1;
            return super.buildLookaheadForAlternation(options);
        };
        // Chevrotain calls lookahead functions with the parser as `this`.
        return function (this: unknown, alternatives) {
            lookahead ??= build();
            return lookahead.call(this, alternatives);
        };
    }

    override buildLookaheadForOptional(options: OptionalOptions): OptionalLookahead {
        this.decisions += 1;
        let lookahead: OptionalLookahead | undefined;
        const build = (): OptionalLookahead => {
            this.built += 1;
            return super.buildLookaheadForOptional(options);
        };
        return function (this: unknown) {
            lookahead ??= build();
            return lookahead.call(this);
        };
    }
}
