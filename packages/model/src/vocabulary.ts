/**
 * The closed word lists of the language (the contract's enumerations), each word with a
 * one-line explanation. The validator, completion, hover and the renderers all read these,
 * so a word is explained the same way everywhere.
 */

export interface VocabularyWord<W extends string = string> {
    readonly word: W;
    readonly explanation: string;
}

export const EMOTIONS = ['delighted', 'pleased', 'neutral', 'frustrated', 'angry'] as const;
export type Emotion = (typeof EMOTIONS)[number];

/** The five-step scale, best to worst; the number is also Mermaid's journey score. */
export const EMOTION_SCORE: Readonly<Record<Emotion, number>> = {
    delighted: 5,
    pleased: 4,
    neutral: 3,
    frustrated: 2,
    angry: 1
};

export const STAKEHOLDER_TYPES = ['customer', 'internal', 'external', 'indirect'] as const;
export type StakeholderType = (typeof STAKEHOLDER_TYPES)[number];

export const LEVELS = ['low', 'medium', 'high'] as const;
export type Level = (typeof LEVELS)[number];

export const ATTITUDES = ['champion', 'supporter', 'neutral', 'sceptic', 'blocker'] as const;
export type Attitude = (typeof ATTITUDES)[number];

export const DIRECTIONS = ['higher', 'lower'] as const;
export type BetterDirection = (typeof DIRECTIONS)[number];

export const CHANNEL_MODES = ['online', 'offline'] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];

export const JOURNEY_STATES = ['current', 'future'] as const;
export type JourneyState = (typeof JOURNEY_STATES)[number];

/** Kinds of research source and of competitor: the words of their vocabularies below. */
export type SourceKind = WordOf<'sourceKind'>;
export type CompetitorKind = WordOf<'competitorKind'>;

export const OPPORTUNITY_STATUSES = ['idea', 'planned', 'doing', 'done', 'dropped'] as const;
export type OpportunityStatus = (typeof OPPORTUNITY_STATUSES)[number];

export const BLUEPRINT_LANES = ['frontstage', 'backstage', 'support'] as const;
export type BlueprintLane = (typeof BLUEPRINT_LANES)[number];

/** impact × effort (version 2): where an opportunity sits in the portfolio. */
export const PORTFOLIO_PLACES = ['quick-win', 'big-bet', 'fill-in', 'money-pit'] as const;
export type PortfolioPlace = (typeof PORTFOLIO_PLACES)[number];

export const KPI_STATUSES = ['met', 'close', 'off', 'unknown'] as const;
export type KpiStatus = (typeof KPI_STATUSES)[number];

export const KPI_TRENDS = ['improving', 'worsening', 'flat'] as const;
export type KpiTrend = (typeof KPI_TRENDS)[number];

export const QUADRANTS = ['manage-closely', 'keep-satisfied', 'keep-informed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

/** Which property takes which word list; the key is the keyword a user writes. */
export const VOCABULARIES = {
    emotion: [
        { word: 'delighted', explanation: 'Best on the scale (5): the moment exceeds what the customer hoped for.' },
        { word: 'pleased', explanation: 'Good (4): it went as the customer wanted.' },
        { word: 'neutral', explanation: 'Middle of the scale (3): nothing felt good or bad.' },
        { word: 'frustrated', explanation: 'Poor (2): friction, waiting or confusion.' },
        { word: 'angry', explanation: 'Worst on the scale (1): the customer may leave or complain.' }
    ],
    type: [
        { word: 'customer', explanation: 'Buys or uses the product (buyers, users, members).' },
        { word: 'internal', explanation: 'Inside the organisation: employees, teams, executives.' },
        { word: 'external', explanation: 'Outside partners: suppliers, resellers, agencies, investors.' },
        { word: 'indirect', explanation: 'Affects the journey from afar: regulators, influencers, media, communities.' }
    ],
    power: [
        { word: 'low', explanation: 'Little ability to change the journey or its outcome.' },
        { word: 'medium', explanation: 'Some say in decisions; can slow things down or speed them up.' },
        { word: 'high', explanation: 'Can decide, approve, fund or block.' }
    ],
    interest: [
        { word: 'low', explanation: 'Rarely affected by the journey and pays little attention.' },
        { word: 'medium', explanation: 'Affected now and then; follows the main milestones.' },
        { word: 'high', explanation: 'Directly affected and wants to be involved.' }
    ],
    attitude: [
        { word: 'champion', explanation: 'Actively promotes the journey and recruits others.' },
        { word: 'supporter', explanation: 'In favour and willing to help.' },
        { word: 'neutral', explanation: 'Neither for nor against (the default).' },
        { word: 'sceptic', explanation: 'Doubts the value; needs evidence.' },
        { word: 'blocker', explanation: 'Opposes it and may stop it.' }
    ],
    better: [
        { word: 'higher', explanation: 'A bigger number is better, e.g. NPS, CSAT, retention (the default).' },
        { word: 'lower', explanation: 'A smaller number is better, e.g. churn, time to resolve, cost.' }
    ],
    state: [
        { word: 'current', explanation: 'The journey as customers live it today (as-is, the default).' },
        { word: 'future', explanation: 'A journey to come (to-be), usually with the current one as its baseline.' }
    ],
    sourceKind: [
        { word: 'survey', explanation: 'Answers to a questionnaire.' },
        { word: 'interview', explanation: 'Conversations with customers or staff.' },
        { word: 'analytics', explanation: 'Measured behaviour: funnels, logs, clicks.' },
        { word: 'observation', explanation: 'Watching people live the journey.' },
        { word: 'support', explanation: 'Tickets, calls and chats with customer support.' },
        { word: 'review', explanation: 'Public reviews and ratings.' },
        { word: 'usability', explanation: 'Usability tests.' },
        { word: 'benchmark', explanation: 'Comparisons with other companies.' },
        { word: 'other', explanation: 'Any other research.' }
    ],
    competitorKind: [
        { word: 'leader', explanation: 'The industry leader, the best in class.' },
        { word: 'direct', explanation: 'A direct competitor, selling the same to the same customers.' },
        { word: 'indirect', explanation: 'An indirect competitor, meeting the same need another way.' },
        { word: 'market', explanation: 'The market as a whole: a median or an average.' }
    ],
    impact: [
        { word: 'low', explanation: 'A small improvement of the journey.' },
        { word: 'medium', explanation: 'A noticeable improvement (counts as the low half of the portfolio).' },
        { word: 'high', explanation: 'A large improvement of the journey.' }
    ],
    effort: [
        { word: 'low', explanation: 'Little work.' },
        { word: 'medium', explanation: 'Some work (counts as the low half of the portfolio).' },
        { word: 'high', explanation: 'Much work.' }
    ],
    status: [
        { word: 'idea', explanation: 'Proposed, not decided (the default).' },
        { word: 'planned', explanation: 'Decided and scheduled.' },
        { word: 'doing', explanation: 'Being implemented.' },
        { word: 'done', explanation: 'Implemented: monitor its effect.' },
        { word: 'dropped', explanation: 'Decided against.' }
    ]
} as const satisfies Record<string, readonly VocabularyWord[]>;

export type VocabularyProperty = keyof typeof VOCABULARIES;

/** The words of one vocabulary. */
export type WordOf<P extends VocabularyProperty> = (typeof VOCABULARIES)[P][number]['word'];

export function isVocabularyProperty(property: string): property is VocabularyProperty {
    return Object.hasOwn(VOCABULARIES, property);
}

/** What each quadrant of the power/interest grid asks of the team (Mendelow). */
export const QUADRANT_INFO: Readonly<Record<Quadrant, { label: string; advice: string }>> = {
    'manage-closely': {
        label: 'Manage closely',
        advice: 'High power, high interest: involve them in decisions and engage them at every stage.'
    },
    'keep-satisfied': { label: 'Keep satisfied', advice: 'High power, lower interest: meet their needs without overloading them.' },
    'keep-informed': { label: 'Keep informed', advice: 'Lower power, high interest: keep them up to date; they are often good allies.' },
    monitor: { label: 'Monitor', advice: 'Lower power, lower interest: watch for changes with minimal effort.' }
};

/** What each place of the opportunity portfolio (impact × effort) asks of the team. */
export const PORTFOLIO_INFO: Readonly<Record<PortfolioPlace, { label: string; advice: string }>> = {
    'quick-win': { label: 'Quick wins', advice: 'High impact, less effort: do these first.' },
    'big-bet': { label: 'Big bets', advice: 'High impact, much effort: plan them as projects and fund them.' },
    'fill-in': { label: 'Fill-ins', advice: 'Lower impact, less effort: do them when there is room.' },
    'money-pit': { label: 'Money pits', advice: 'Lower impact, much effort: rethink or drop them.' }
};

export function isVocabularyWord<P extends VocabularyProperty>(property: P, word: string | undefined): word is WordOf<P> {
    return word !== undefined && VOCABULARIES[property].some(entry => entry.word === word);
}

export function explainWord(property: VocabularyProperty, word: string): string | undefined {
    return VOCABULARIES[property].find(entry => entry.word === word)?.explanation;
}

/**
 * Words people naturally write for a closed-list value, mapped to the language's word. Used
 * only to suggest a fix ("did you mean 'pleased'?"), never accepted silently.
 */
export const SYNONYMS: Readonly<Record<VocabularyProperty, Readonly<Record<string, string>>>> = {
    emotion: {
        happy: 'pleased',
        satisfied: 'pleased',
        content: 'pleased',
        good: 'pleased',
        positive: 'pleased',
        excited: 'delighted',
        thrilled: 'delighted',
        amazed: 'delighted',
        love: 'delighted',
        ok: 'neutral',
        okay: 'neutral',
        indifferent: 'neutral',
        calm: 'neutral',
        meh: 'neutral',
        annoyed: 'frustrated',
        confused: 'frustrated',
        disappointed: 'frustrated',
        sad: 'frustrated',
        anxious: 'frustrated',
        negative: 'frustrated',
        unhappy: 'frustrated',
        upset: 'angry',
        furious: 'angry',
        mad: 'angry',
        hate: 'angry'
    },
    type: {
        employee: 'internal',
        staff: 'internal',
        team: 'internal',
        executive: 'internal',
        partner: 'external',
        supplier: 'external',
        vendor: 'external',
        investor: 'external',
        reseller: 'external',
        regulator: 'indirect',
        influencer: 'indirect',
        media: 'indirect',
        community: 'indirect',
        user: 'customer',
        buyer: 'customer',
        client: 'customer',
        member: 'customer'
    },
    power: { none: 'low', little: 'low', mid: 'medium', moderate: 'medium', strong: 'high' },
    interest: { none: 'low', little: 'low', mid: 'medium', moderate: 'medium', strong: 'high' },
    attitude: {
        skeptic: 'sceptic',
        skeptical: 'sceptic',
        sceptical: 'sceptic',
        advocate: 'champion',
        promoter: 'champion',
        supportive: 'supporter',
        ally: 'supporter',
        opponent: 'blocker',
        resistant: 'blocker',
        detractor: 'blocker'
    },
    state: { asis: 'current', today: 'current', now: 'current', tobe: 'future', target: 'future', planned: 'future' },
    sourceKind: { interviews: 'interview', surveys: 'survey', tickets: 'support', reviews: 'review', test: 'usability', data: 'analytics' },
    competitorKind: { best: 'leader', competitor: 'direct', average: 'market', median: 'market' },
    impact: { none: 'low', little: 'low', mid: 'medium', moderate: 'medium', big: 'high', large: 'high' },
    effort: { none: 'low', little: 'low', small: 'low', mid: 'medium', moderate: 'medium', big: 'high', large: 'high' },
    status: {
        todo: 'planned',
        open: 'idea',
        proposed: 'idea',
        wip: 'doing',
        started: 'doing',
        finished: 'done',
        closed: 'done',
        rejected: 'dropped',
        cancelled: 'dropped'
    },
    better: {
        up: 'higher',
        increase: 'higher',
        more: 'higher',
        high: 'higher',
        down: 'lower',
        decrease: 'lower',
        less: 'lower',
        low: 'lower'
    }
};

/** How a closed-list property is named in messages. */
export const VOCABULARY_LABELS: Readonly<Record<VocabularyProperty, string>> = {
    emotion: 'emotion',
    type: 'stakeholder type',
    power: 'power level',
    interest: 'interest level',
    attitude: 'attitude',
    better: 'direction for "better"',
    state: 'journey state',
    sourceKind: 'kind of source',
    competitorKind: 'kind of competitor',
    impact: 'impact level',
    effort: 'effort level',
    status: 'opportunity status'
};

/**
 * The word list of an element's word property, where the property's name alone is ambiguous
 * (`kind` is a source's kind or a competitor's); other properties use their own name.
 */
export function vocabularyOf(type: string, property: string): VocabularyProperty | undefined {
    const named =
        type === 'Source' && property === 'kind'
            ? 'sourceKind'
            : type === 'Competitor' && property === 'kind'
              ? 'competitorKind'
              : property;
    return isVocabularyProperty(named) ? named : undefined;
}
