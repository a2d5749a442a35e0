/** A stakeholder in one journey: grid place, attitude, risks, and what they own, do or need. */
import { QUADRANT_INFO, type Journey, type Stakeholder } from '@cjourney/model';
import { facts, list, repositoryLink, text, titleIn } from './html.js';
import { detailArticle, type DetailContext } from './element-details.js';

/** Every place a stakeholder appears in a journey, in words: "owns Checks out", "needs at Buy: …". */
export function engagementOf(journey: Journey, stakeholder: Stakeholder): string[] {
    const step = (id: string) => titleIn(journey.touchpoints, id) ?? id;
    const rows: string[] = [
        ...stakeholder.owns.map(id => `owns the step ${step(id)}`),
        ...stakeholder.involvedIn.map(id => `is involved in ${step(id)}`),
        ...stakeholder.needs.map(need => `needs at ${titleIn(journey.stages, need.stageId) ?? need.stageId}: ${need.text}`)
    ];
    for (const touchpoint of journey.touchpoints) {
        for (const entry of touchpoint.blueprint.filter(item => item.byId === stakeholder.id))
            rows.push(`${entry.lane} at ${touchpoint.title}: ${entry.text}`);
        for (const opportunity of touchpoint.opportunities.filter(item => item.ownerId === stakeholder.id))
            rows.push(`owns the opportunity ${opportunity.text}`);
    }
    for (const kpi of journey.kpis.filter(item => item.ownerId === stakeholder.id)) rows.push(`owns the KPI ${kpi.title}`);
    return rows;
}

export function stakeholderFacts(stakeholder: Stakeholder): string {
    return facts([
        ['Type', stakeholder.type],
        ['Power / interest', stakeholder.power && stakeholder.interest ? `${stakeholder.power} / ${stakeholder.interest}` : undefined],
        ['Quadrant', stakeholder.quadrant ? text(QUADRANT_INFO[stakeholder.quadrant].label) : undefined],
        ['Attitude', stakeholder.attitude],
        ['Role', stakeholder.role ? text(stakeholder.role) : undefined]
    ]);
}

export function stakeholderDetail(context: DetailContext, stakeholder: Stakeholder): string {
    const { journey } = context;
    const body = [
        stakeholder.description ? `<p>${text(stakeholder.description)}</p>` : '',
        stakeholderFacts(stakeholder),
        stakeholder.risks.length ? `<h4>Risks</h4>${list(stakeholder.risks.map(risk => text(risk)))}` : '',
        stakeholder.influences.length
            ? `<h4>Influences</h4>${list(stakeholder.influences.map(id => text(titleIn(journey.stakeholders, id) ?? id)))}`
            : '',
        `<h4>In this journey</h4>${list(engagementOf(journey, stakeholder).map(row => text(row))) || '<p>Not engaged.</p>'}`,
        repositoryLink(context.repoUrl, context.file, stakeholder.loc)
    ].join('');
    return detailArticle('stakeholder', stakeholder.id, stakeholder.title, body);
}
