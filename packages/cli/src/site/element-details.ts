/**
 * What the side panel of a journey page shows about each element: everything the model knows
 * about a touchpoint (stage, channel, personas, emotions, thoughts, evidence with its source,
 * the blueprint, pains and the opportunities answering them, owner, stakeholders) or a stage.
 * Written into the page as hidden articles, escaped here, so the page's script only shows one.
 */
import type { Journey, Opportunity, Pain, Stage, Touchpoint } from '@cjourney/model';
import { attr, evidenceHtml, facts, list, repositoryLink, text, titleIn } from './html.js';

export interface DetailContext {
    journey: Journey;
    file: string;
    repoUrl?: string;
    /** `'../'` from a journey page. */
    prefix: string;
}

export function detailArticle(kind: string, id: string, title: string, body: string): string {
    return `<article class="detail" hidden data-kind="${attr(kind)}" data-id="${attr(id)}" aria-label="${attr(`${kind}: ${title}`)}"><h3>${text(title)}</h3>${body}</article>`;
}

function opportunityHtml(context: DetailContext, opportunity: Opportunity): string {
    const place = opportunity.portfolio ? `, ${opportunity.portfolio.replace('-', ' ')}` : '';
    const owner = titleIn(context.journey.stakeholders, opportunity.ownerId);
    const evidence = opportunity.evidence.map(entry => evidenceHtml(context.journey, entry, context.prefix));
    return `${text(opportunity.text)} <span class="muted">(${text(opportunity.status)}${place}${owner ? `, owner ${text(owner)}` : ''})</span>${list(evidence)}`;
}

function painHtml(context: DetailContext, touchpoint: Touchpoint, pain: Pain): string {
    const findings = pain.findings.map(entry => evidenceHtml(context.journey, entry, context.prefix));
    const answers = pain.answeredBy.map(index => touchpoint.opportunities[index]).filter(Boolean);
    return `${text(pain.text)}${findings.length ? `<div class="sub">Evidence${list(findings)}</div>` : ''}${
        answers.length ? `<div class="sub">Answered by${list(answers.map(opportunity => opportunityHtml(context, opportunity)))}</div>` : ''
    }`;
}

function emotionsHtml(context: DetailContext, touchpoint: Touchpoint): string {
    const persona = (id: string) => text(titleIn(context.journey.personas, id) ?? id);
    const rows = touchpoint.personaEmotions.map(
        entry =>
            `${persona(entry.personaId)}: <span class="emotion emotion-${entry.emotion}">${entry.emotion}</span>${entry.evidence ? ` — ${evidenceHtml(context.journey, entry.evidence, context.prefix)}` : ''}`
    );
    if (rows.length === 0 && touchpoint.emotion)
        rows.push(`Everyone: <span class="emotion emotion-${touchpoint.emotion}">${touchpoint.emotion}</span>`);
    return rows.length ? `<h4>Emotions</h4>${list(rows)}` : '';
}

function thoughtsHtml(context: DetailContext, touchpoint: Touchpoint): string {
    const rows = touchpoint.thoughtNotes.map(note => {
        const whose = note.personaIds.length
            ? ` <span class="muted">(${note.personaIds.map(id => text(titleIn(context.journey.personas, id) ?? id)).join(', ')})</span>`
            : '';
        return `“${text(note.text)}”${whose}${note.evidence ? ` — ${evidenceHtml(context.journey, note.evidence, context.prefix)}` : ''}`;
    });
    return rows.length ? `<h4>Thoughts</h4>${list(rows)}` : '';
}

function blueprintHtml(context: DetailContext, touchpoint: Touchpoint): string {
    const rows = touchpoint.blueprint.map(entry => {
        const by = titleIn(context.journey.stakeholders, entry.byId);
        return `<strong>${entry.lane}</strong>: ${text(entry.text)}${by ? ` <span class="muted">(by ${text(by)})</span>` : ''}`;
    });
    const lanes = touchpoint.laneCells.map(
        cell => `<strong>${text(titleIn(context.journey.lanes, cell.laneId) ?? cell.laneId)}</strong>: ${text(cell.text)}`
    );
    return rows.length || lanes.length ? `<h4>Service blueprint and lanes</h4>${list([...rows, ...lanes])}` : '';
}

export function touchpointDetail(context: DetailContext, touchpoint: Touchpoint): string {
    const { journey } = context;
    const names = (ids: readonly string[], items: ReadonlyArray<{ id: string; title: string }>) =>
        ids.map(id => text(titleIn(items, id) ?? id)).join(', ');
    const body = [
        touchpoint.description ? `<p>${text(touchpoint.description)}</p>` : '',
        facts([
            ['Stage', text(titleIn(journey.stages, touchpoint.stageId) ?? touchpoint.stageId)],
            ['Channel', touchpoint.channelId ? text(titleIn(journey.channels, touchpoint.channelId) ?? touchpoint.channelId) : undefined],
            ['Lived by', names(touchpoint.livedBy, journey.personas)],
            ['Goal', touchpoint.goal ? text(touchpoint.goal) : undefined],
            ['Trigger', touchpoint.trigger ? text(touchpoint.trigger) : undefined],
            ['Moment of truth', touchpoint.moment ? text(touchpoint.moment) : undefined],
            ['Owner', touchpoint.ownerId ? text(titleIn(journey.stakeholders, touchpoint.ownerId) ?? touchpoint.ownerId) : undefined],
            ['Stakeholders involved', names(touchpoint.involvedIds, journey.stakeholders)]
        ]),
        touchpoint.actions.length ? `<h4>Doing</h4>${list(touchpoint.actions.map(action => text(action)))}` : '',
        emotionsHtml(context, touchpoint),
        thoughtsHtml(context, touchpoint),
        touchpoint.evidence.length
            ? `<h4>Evidence</h4>${list(touchpoint.evidence.map(entry => evidenceHtml(journey, entry, context.prefix)))}`
            : '',
        blueprintHtml(context, touchpoint),
        touchpoint.pains.length ? `<h4>Pains</h4>${list(touchpoint.pains.map(pain => painHtml(context, touchpoint, pain)))}` : '',
        unanswered(context, touchpoint),
        touchpoint.image ? `<p>Image: <code>${text(touchpoint.image)}</code></p>` : '',
        repositoryLink(context.repoUrl, context.file, touchpoint.loc)
    ].join('');
    return detailArticle('touchpoint', touchpoint.id, touchpoint.title, body);
}

/** Opportunities that answer no specific pain. */
function unanswered(context: DetailContext, touchpoint: Touchpoint): string {
    const rows = touchpoint.opportunities.filter(opportunity => opportunity.answersPain === undefined);
    return rows.length ? `<h4>Opportunities</h4>${list(rows.map(opportunity => opportunityHtml(context, opportunity)))}` : '';
}

export function stageDetail(context: DetailContext, stage: Stage): string {
    const { journey } = context;
    const steps = stage.touchpointIds.map(
        id => `<a href="#${attr(encodeURIComponent(id))}">${text(titleIn(journey.touchpoints, id) ?? id)}</a>`
    );
    const needs = stage.needs.map(
        need => `${text(titleIn(journey.stakeholders, need.stakeholderId) ?? need.stakeholderId)}: ${text(need.text)}`
    );
    const kpis = stage.kpiIds.map(id => `<a href="#${attr(encodeURIComponent(id))}">${text(titleIn(journey.kpis, id) ?? id)}</a>`);
    const body = [
        stage.description ? `<p>${text(stage.description)}</p>` : '',
        steps.length ? `<h4>Steps</h4>${list(steps)}` : '',
        needs.length ? `<h4>What stakeholders need here</h4>${list(needs)}` : '',
        kpis.length ? `<h4>KPIs</h4>${list(kpis)}` : '',
        repositoryLink(context.repoUrl, context.file, stage.loc)
    ].join('');
    return detailArticle('stage', stage.id, stage.title, body);
}
