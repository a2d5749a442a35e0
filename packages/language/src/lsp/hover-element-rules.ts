/**
 * Which model element a declaration's hover describes, kind by kind: stages, touchpoints and
 * KPIs only inside their own journey; stakeholders, personas, channels, sources and
 * competitors in the journey first, else among the file's shared definitions.
 */
import type { AstNode } from 'langium';
import type { Journey, SharedDefinitions } from '@cjourney/model';
import * as ast from '../generated/ast.js';
import { channelHover, kpiHover, personaHover, stageHover, stakeholderHover, touchpointHover } from './hover-content.js';
import { competitorHover, sourceHover } from './hover-content-v2.js';

/** Where a hovered declaration is looked up. */
export interface HoverScope {
    /** The journey that declares it, if any. */
    own: Journey | undefined;
    /** Its own journey, else the journey under the pointer. */
    journey: Journey | undefined;
    /** The shared definitions of its file, when no journey declares it. */
    shared: SharedDefinitions | undefined;
}

interface ElementHoverRule {
    is: (node: AstNode) => boolean;
    hover: (name: string, scope: HoverScope) => string | undefined;
}

type OwnKind = 'stages' | 'touchpoints' | 'kpis';
type SharedKind = keyof SharedDefinitions;
type Element<K extends OwnKind | SharedKind> = Journey[K][number];

function findById<T extends { id: string }>(list: readonly T[] | undefined, id: string): T | undefined {
    return list?.find(element => element.id === id);
}

function ownElement<K extends OwnKind>(
    is: (node: AstNode) => boolean,
    kind: K,
    describe: (found: Element<K>, journey: Journey) => string
): ElementHoverRule {
    return {
        is,
        hover: (name, { own }) => {
            const found = own && findById(own[kind] as readonly Element<K>[], name);
            return own && found ? describe(found, own) : undefined;
        }
    };
}

function sharedElement<K extends SharedKind>(
    is: (node: AstNode) => boolean,
    kind: K,
    describe: (found: Element<K>, journey: Journey | undefined) => string
): ElementHoverRule {
    return {
        is,
        hover: (name, { journey, shared }) => {
            const inJourney = findById(journey?.[kind] as readonly Element<K>[] | undefined, name);
            const found = inJourney ?? findById(shared?.[kind] as readonly Element<K>[] | undefined, name);
            return found ? describe(found, inJourney ? journey : undefined) : undefined;
        }
    };
}

const ELEMENT_HOVER_RULES: readonly ElementHoverRule[] = [
    ownElement(ast.isStage, 'stages', stageHover),
    ownElement(ast.isTouchpoint, 'touchpoints', touchpointHover),
    ownElement(ast.isKpi, 'kpis', kpiHover),
    sharedElement(ast.isStakeholder, 'stakeholders', stakeholderHover),
    sharedElement(ast.isPersona, 'personas', personaHover),
    sharedElement(ast.isSource, 'sources', sourceHover),
    sharedElement(ast.isCompetitor, 'competitors', competitorHover),
    sharedElement(ast.isChannel, 'channels', channelHover)
];

/** The hover of the model element a declaration `target` named `name` stands for. */
export function elementHoverOf(target: AstNode, name: string, scope: HoverScope): string | undefined {
    return ELEMENT_HOVER_RULES.find(rule => rule.is(target))?.hover(name, scope);
}
