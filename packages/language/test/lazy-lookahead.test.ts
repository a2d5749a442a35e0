/**
 * The parser computes each decision's LL(3) lookahead when the decision is first taken
 * (src/lazy-lookahead.ts), so a command starts without analysing the whole grammar. It must
 * parse exactly as Chevrotain's eager strategy: the same AST, the same lexer and parser
 * errors, on the examples and on mutated texts that drive the parser's error recovery.
 */
import { exampleTexts, fuzzRuns, fuzzSeed, mutatedText } from '@cjourney/test-support/fuzz-mutations';
import fc from 'fast-check';
import { createDefaultCoreModule, createDefaultSharedCoreModule, EmptyFileSystem, inject, type Module } from 'langium';
import { LLkLookaheadStrategy } from 'chevrotain';
import { describe, expect, test } from 'vitest';
import { CJourneyCoreModule, CJourneySharedCoreModule, type CJourneyCoreServices } from '../src/cjourney-core-module.js';
import { CJourneyGeneratedModule, CJourneyGeneratedSharedModule } from '../src/generated/module.js';
import { LazyLLkLookaheadStrategy } from '../src/lazy-lookahead.js';

/** The language's services with the parser configuration given (as createCJourneyCoreServices builds them). */
function servicesWith(parserConfig: () => object): CJourneyCoreServices {
    const shared = inject(createDefaultSharedCoreModule(EmptyFileSystem), CJourneyGeneratedSharedModule, CJourneySharedCoreModule);
    const override = { parser: { ParserConfig: parserConfig } } as Module<CJourneyCoreServices, object>;
    const services = inject(createDefaultCoreModule({ shared }), CJourneyGeneratedModule, CJourneyCoreModule, override);
    shared.ServiceRegistry.register(services);
    return services;
}

/** An AST as JSON: each node with its CST's place, references by their text (nothing linked). */
function plainAst(key: string, value: unknown): unknown {
    if (key === '$container' || key === '$document') return undefined;
    if (key === '$cstNode') {
        const node = value as { offset: number; length: number } | undefined;
        return node && [node.offset, node.length];
    }
    if (value && typeof value === 'object' && '$refText' in value) return (value as { $refText: string }).$refText;
    return value;
}

/** Everything the parser gives for a text, as plain JSON. */
function parseResult(services: CJourneyCoreServices, text: string): string {
    const result = services.parser.LangiumParser.parse(text);
    return JSON.stringify({
        ast: JSON.stringify(result.value, plainAst),
        lexerErrors: result.lexerErrors,
        parserErrors: result.parserErrors.map(error => ({
            message: error.message,
            name: error.name,
            token: error.token.image,
            offset: error.token.startOffset
        }))
    });
}

const lazyStrategy = new LazyLLkLookaheadStrategy({ maxLookahead: 3 });
const lazy = servicesWith(() => ({ maxLookahead: 3, lookaheadStrategy: lazyStrategy }));
const eager = servicesWith(() => ({ maxLookahead: 3, lookaheadStrategy: new LLkLookaheadStrategy({ maxLookahead: 3 }) }));
const seeds = exampleTexts();

describe('lookahead computed on first use', () => {
    test("is the language's strategy; building the parser computes no lookahead", () => {
        const strategy = new LazyLLkLookaheadStrategy({ maxLookahead: 3 });
        const services = servicesWith(() => ({ maxLookahead: 3, lookaheadStrategy: strategy }));
        expect(services.parser.LangiumParser).toBeDefined();
        expect(strategy.built).toBe(0);
        expect(strategy.decisions).toBeGreaterThan(30);
        services.parser.LangiumParser.parse('journey "A" { stage "S" { touchpoint "T" { channel email } } }');
        expect(strategy.built).toBeGreaterThan(0);
        expect(strategy.built).toBeLessThan(strategy.decisions / 2);
        const config = CJourneyCoreModule.parser!.ParserConfig!({} as CJourneyCoreServices);
        expect(config.lookaheadStrategy).toBeInstanceOf(LazyLLkLookaheadStrategy);
    });

    test('parses every example exactly as the eager strategy', () => {
        expect(seeds.length).toBeGreaterThan(5);
        for (const text of seeds) expect(parseResult(lazy, text)).toBe(parseResult(eager, text));
    });

    test('parses mutated examples (error recovery) exactly as the eager strategy', () => {
        fc.assert(
            fc.property(mutatedText(seeds), text => {
                expect(parseResult(lazy, text)).toBe(parseResult(eager, text));
            }),
            { numRuns: fuzzRuns(150), seed: fuzzSeed() }
        );
    });
});
