/**
 * `layout(model, view, options)`: the one entry point from the journey model to a laid-out
 * scene. It picks the journey (the first, or `journeyId`), and answers files without
 * journeys: the stakeholder map of their shared stakeholders, a helpful message elsewhere.
 */
import { plural, selectJourney, type CjourneyModel, type Journey } from '@cjourney/model';
import { layoutFlow } from './flow/flow-layout.js';
import { journeyHeader } from './journey-header.js';
import { journeySummary } from './journey-summary.js';
import type { LayoutOptions } from './layout-options.js';
import { layoutMap } from './map/map-layout.js';
import type { Scene, ViewName } from './scene.js';
import { layoutStakeholderMap } from './stakeholders/stakeholder-layout.js';
import { layoutBlueprint } from './blueprint/blueprint-layout.js';
import { layoutOpportunities } from './opportunities/opportunities-layout.js';
import { layoutSummary } from './summary/summary-layout.js';

export type JourneySelection = { journey: Journey } | { journey?: undefined; message: string };

/** The journey a view draws (see selectJourney), or what to say instead. */
export function journeyToDraw(model: CjourneyModel, journeyId?: string): JourneySelection {
    const choice = selectJourney(model, journeyId);
    if (choice.journey) return choice;
    if (journeyId !== undefined) {
        const { known } = choice;
        return {
            message: `There is no journey '${journeyId}' in this file${known.length > 0 ? `; its journeys are ${known.join(', ')}` : ''}.`
        };
    }
    const { stakeholders, personas, channels } = model.shared;
    const shared = [
        plural(stakeholders.length, 'shared stakeholder'),
        plural(personas.length, 'persona'),
        plural(channels.length, 'channel')
    ].join(', ');
    return {
        message: `This file has no journey, only shared definitions (${shared}). The stakeholder map shows its shared stakeholders; add “journey Name { … }” to draw a journey.`
    };
}

/** What each view is called where people read it (toolbar, headers, exports). */
export const VIEW_TITLES: Readonly<Record<ViewName, string>> = {
    map: 'Journey map',
    stakeholders: 'Stakeholder map',
    flow: 'Flow',
    opportunities: 'Opportunities',
    blueprint: 'Blueprint',
    summary: 'Summary'
};

/** A drawing that only says something: no journey to draw, or an unknown journey. */
function messageScene(view: ViewName, title: string, message: string, notices: readonly string[]): Scene {
    const header = journeyHeader({ title, facts: VIEW_TITLES[view], notices: [...notices, message] }, 32, 32, 640);
    return {
        view,
        width: header.width + 64,
        height: header.height + 64,
        title: `${title} — ${VIEW_TITLES[view].toLowerCase()}`,
        description: message,
        notes: [message],
        marks: header.marks
    };
}

function fileTitle(model: CjourneyModel): string {
    return model.file.split(/[\\/]/).pop() || 'Untitled';
}

function journeyStakeholderMap(journey: Journey, options: LayoutOptions): Scene {
    const placed = journey.stakeholders.filter(stakeholder => stakeholder.quadrant).length;
    const facts = ['Stakeholder map', plural(journey.stakeholders.length, 'stakeholder'), `${placed} on the power/interest grid`].join(
        ' · '
    );
    return layoutStakeholderMap({
        stakeholders: journey.stakeholders,
        subject: journey.title,
        header: { title: journey.title, facts, notices: options.notices }
    });
}

export async function layout(model: CjourneyModel, view: ViewName, options: LayoutOptions = {}): Promise<Scene> {
    const selection = journeyToDraw(model, options.journeyId);
    if (!selection.journey) {
        if (view === 'stakeholders' && model.journeys.length === 0) {
            const stakeholders = model.shared.stakeholders;
            const scene = layoutStakeholderMap({
                stakeholders,
                subject: fileTitle(model),
                header: {
                    title: `Shared stakeholders of ${fileTitle(model)}`,
                    facts: ['Stakeholder map', plural(stakeholders.length, 'shared stakeholder')].join(' · '),
                    notices: options.notices
                }
            });
            const names = stakeholders.map(stakeholder => stakeholder.title).join(', ');
            return { ...scene, description: `${plural(stakeholders.length, 'shared stakeholder')}${names ? `: ${names}` : ''}.` };
        }
        return messageScene(view, fileTitle(model), selection.message, options.notices ?? []);
    }
    const scene = await journeyScene(selection.journey, view, options, baselineOf(model, selection.journey));
    return { ...scene, description: journeySummary(selection.journey) };
}

/** The journey a future journey changes (`baseline`), when it is in the same file. */
function baselineOf(model: CjourneyModel, journey: Journey): Journey | undefined {
    const baseline = journey.baselineId === undefined ? undefined : model.journeys.find(candidate => candidate.id === journey.baselineId);
    return baseline === journey ? undefined : baseline;
}

async function journeyScene(journey: Journey, view: ViewName, options: LayoutOptions, baseline: Journey | undefined): Promise<Scene> {
    switch (view) {
        case 'map':
            return layoutMap(journey, options, baseline);
        case 'stakeholders':
            return journeyStakeholderMap(journey, options);
        case 'flow':
            return layoutFlow(journey, options);
        case 'opportunities':
            return layoutOpportunities(journey, options);
        case 'blueprint':
            return layoutBlueprint(journey, options);
        case 'summary':
            return layoutSummary(journey, baseline, options);
    }
}
