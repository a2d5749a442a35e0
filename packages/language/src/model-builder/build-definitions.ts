/**
 * The facts of definitions (stakeholders, personas, channels) and of a file's shared
 * definitions, and which definitions a journey shows. Split from build-model.ts, which builds
 * the journeys around them.
 */
import { type AstNode } from 'langium';
import {
    isChannel as isChannelNode,
    isCompetitor as isCompetitorNode,
    isPersona as isPersonaNode,
    isSource as isSourceNode,
    isStakeholder as isStakeholderNode,
    type Channel as ChannelNode,
    type Persona as PersonaNode,
    type Stakeholder as StakeholderNode
} from '../generated/ast.js';
import { type Channel, isVocabularyWord, type Persona, quadrantOf, type SharedDefinitions, type Stakeholder } from '@cjourney/model';
import { competitorFacts, sourceFacts } from './build-v2.js';
import { definitionHead, IdRegistry, type ModelContext, optional, titleOf, uniqueDefined } from './model-context.js';

/**
 * The definitions a journey shows: its own, in written order, then the ones it refers to
 * from elsewhere (shared or built in) in order of first reference. A shared definition whose
 * name is already taken by the journey's own is shadowed and left out.
 */
export function collectDefinitions<N extends AstNode & { name: string }>(
    declared: readonly N[],
    referenced: readonly (N | undefined)[],
    ids: IdRegistry
): N[] {
    const result: N[] = [];
    for (const node of declared) {
        ids.assign(node);
        result.push(node);
    }
    for (const node of referenced) {
        if (!node || ids.has(node) || ids.isTaken(node.name)) {
            continue;
        }
        ids.assign(node);
        result.push(node);
    }
    return result;
}

export function buildShared(elements: readonly AstNode[], context: ModelContext): SharedDefinitions {
    const stakeholderIds = new IdRegistry();
    const stakeholderNodes = elements.filter(isStakeholderNode);
    stakeholderNodes.forEach(node => stakeholderIds.assign(node));
    const personaIds = new IdRegistry();
    const channelIds = new IdRegistry();
    const sourceIds = new IdRegistry();
    const competitorIds = new IdRegistry();
    const stakeholders = stakeholderNodes.map(node => stakeholderFacts(node, stakeholderIds.idOf(node)!, context, stakeholderIds));
    for (const stakeholder of stakeholders) {
        stakeholder.influencedBy = stakeholders.filter(other => other.influences.includes(stakeholder.id)).map(other => other.id);
    }
    return {
        stakeholders,
        personas: elements
            .filter(isPersonaNode)
            .map(node => ({ ...personaFacts(node, personaIds.assign(node), context), touchpointIds: [] })),
        channels: elements
            .filter(isChannelNode)
            .map(node => ({ ...channelFacts(node, channelIds.assign(node), context), touchpointIds: [] })),
        sources: elements.filter(isSourceNode).map(node => sourceFacts(node, sourceIds.assign(node), context, 0)),
        competitors: elements.filter(isCompetitorNode).map(node => competitorFacts(node, competitorIds.assign(node), context))
    };
}

export function stakeholderFacts(node: StakeholderNode, id: string, context: ModelContext, ids: IdRegistry): Stakeholder {
    const type = isVocabularyWord('type', node.type) ? node.type : undefined;
    const power = isVocabularyWord('power', node.power) ? node.power : undefined;
    const interest = isVocabularyWord('interest', node.interest) ? node.interest : undefined;
    return {
        ...definitionHead(node, id, context),
        ...optional('type', type),
        ...optional('power', power),
        ...optional('interest', interest),
        attitude: isVocabularyWord('attitude', node.attitude) ? node.attitude : 'neutral',
        ...optional('quadrant', power && interest ? quadrantOf(power, interest) : undefined),
        ...optional('role', node.role),
        ...optional('description', node.description),
        risks: [...node.risks],
        influences: uniqueDefined(node.influences.map(reference => ids.idOf(reference.ref))),
        influencedBy: [],
        owns: [],
        involvedIn: [],
        needs: [],
        engaged: false,
        loc: context.loc(node)
    };
}

export function personaFacts(node: PersonaNode, id: string, context: ModelContext): Omit<Persona, 'touchpointIds'> {
    return {
        ...definitionHead(node, id, context),
        ...optional('description', node.description),
        segments: [...node.segments],
        goals: [...node.goals],
        needs: [...node.needs],
        expectations: [...node.expectations],
        ...optional('image', node.image),
        ...optional('imageFile', context.imageFile(node, node.image)),
        loc: context.loc(node)
    };
}

export function channelFacts(node: ChannelNode, id: string, context: ModelContext): Omit<Channel, 'touchpointIds'> {
    const scope = context.scopeOf(node);
    return {
        id,
        title: titleOf(node, id),
        scope,
        ...optional('mode', node.mode),
        ...(scope === 'builtin' ? {} : { loc: context.loc(node) })
    };
}
