/**
 * The page of one journey: the drawing of every view (tabs over the renderer's VIEWS), the
 * persona and lane filters of the map (drawn again in the browser by assets/render.js from
 * the journey's model, which the page carries as JSON), pan and zoom, a side panel with what
 * the model knows about the element clicked, and a list of stages and steps whose links are
 * the deep links (`journey.html#Checkout`) a keyboard or screen reader user follows.
 */
import { type ImageFile, plural } from '@cjourney/model';
import { MAP_LANE_IDS, MAP_LANES, renderView, VIEW_TITLES, VIEWS, type ViewName } from '@cjourney/render';
import { imageDataUri } from '../image-data.js';
import { attr, jsonScript, repositoryLink, text } from './html.js';
import { MAP_SCOPE, mapOptions, pageModel, scopeSvgIds, type MapData } from './map-drawing.js';
import { touchpointDetail, stageDetail, type DetailContext } from './element-details.js';
import { kpiDetail } from './kpi-details.js';
import { stakeholderDetail } from './stakeholder-details.js';
import { journeyFacts } from './journey-facts.js';
import { stateHtml } from './home-page.js';
import { page } from './page-shell.js';
import type { JourneyRef, SiteJourney } from './site-journeys.js';

export interface JourneyPageOptions {
    repoUrl?: string;
    live: boolean;
}

interface Drawing {
    view: ViewName;
    svg: string;
}

/**
 * Every view as it first shows (and shows without JavaScript), and what the page needs to
 * draw the map again in the browser with the persona and lane filters (map-drawing.ts).
 */
async function drawings(entry: SiteJourney): Promise<{ list: Drawing[]; data: MapData }> {
    const notices = entry.errors
        ? [`${entry.file} has ${plural(entry.errors, 'error')} (run cjourney check): this drawing may be incomplete.`]
        : [];
    // Pictures embedded as data URIs, so the site stays self-contained. The model's paths are
    // relative to the site's base folder, as the journey's own file is.
    const fileAbsolute = entry.source.absolute;
    const siteBase = fileAbsolute.slice(0, fileAbsolute.length - entry.file.length);
    const imageHref = (image: ImageFile) => imageDataUri(image, siteBase);
    const data: MapData = { model: pageModel(entry.model, entry.journey), journeyId: entry.journey.id, notices, images: {} };
    // Every picture the whole map asks for is kept for the page's redraws (a filter only leaves things out).
    const keepImage = (image: ImageFile) => {
        const uri = imageHref(image);
        if (uri !== undefined) data.images[image.path] = uri;
        return uri;
    };
    const list: Drawing[] = [];
    for (const view of VIEWS) {
        const options = { ...mapOptions(data), imageHref: view === 'map' ? keepImage : imageHref };
        list.push({ view, svg: await renderView(entry.model, view, options) });
    }
    return { list, data };
}

/** The lanes of the map filter: the built-in ones, then the journey's own (as the renderer names them). */
function laneChoices(entry: SiteJourney): Array<{ id: string; title: string }> {
    const custom = entry.journey.lanes.filter(lane => !MAP_LANE_IDS.includes(lane.id));
    return [...MAP_LANES, ...custom];
}

/** The persona and lane filters of the map: shown by journey.js once the renderer is there, and on the map tab only. */
function mapFilters(entry: SiteJourney): string {
    const personas = entry.journey.personas.map(persona => `<option value="${attr(persona.id)}">${text(persona.title)}</option>`).join('');
    const personaSelect =
        entry.journey.personas.length > 1
            ? `<div class="field"><label for="persona">Persona (journey map)</label><select id="persona"><option value="">Every persona</option>${personas}</select></div>`
            : '';
    const lanes = laneChoices(entry)
        .map(lane => `<label><input type="checkbox" name="lane" value="${attr(lane.id)}" checked> ${text(lane.title)}</label>`)
        .join('');
    return `<div class="map-filters" id="map-filters" hidden>${personaSelect}<fieldset class="lanes"><legend>Lanes (journey map)</legend>${lanes}</fieldset></div><p id="map-status" role="status" class="visually-hidden"></p>`;
}

function toolbar(entry: SiteJourney): string {
    const tabs = VIEWS.map(
        (view, index) =>
            `<button type="button" role="tab" id="tab-${view}" aria-controls="panel-${view}" aria-selected="${index === 0}" tabindex="${index === 0 ? 0 : -1}" data-view="${view}">${text(VIEW_TITLES[view])}</button>`
    ).join('');
    return `<div class="toolbar"><div role="tablist" aria-label="Views">${tabs}</div>${mapFilters(entry)}
<div class="zoom" role="group" aria-label="Zoom"><button type="button" data-zoom="out" aria-label="Zoom out">−</button><button type="button" data-zoom="fit" aria-label="Fit the drawing">Fit</button><button type="button" data-zoom="in" aria-label="Zoom in">+</button></div></div>`;
}

function viewPanels(list: readonly Drawing[]): string {
    return VIEWS.map((view, index) => {
        const drawing = list.find(candidate => candidate.view === view)!;
        // The map's prefix is the one its redraws in the browser get (MAP_SCOPE).
        const svg = scopeSvgIds(drawing.svg, view === 'map' ? MAP_SCOPE : `${view}0`).trim();
        return `<div role="tabpanel" id="panel-${view}" aria-labelledby="tab-${view}" data-view="${view}"${index > 0 ? ' hidden' : ''}><div class="drawing">${svg}</div></div>`;
    }).join('\n');
}

function outline(entry: SiteJourney): string {
    const { journey } = entry;
    const link = (id: string, title: string) => `<a href="#${attr(encodeURIComponent(id))}">${text(title)}</a>`;
    const stages = journey.stages.map(stage => {
        const steps = stage.touchpointIds
            .map(id => journey.touchpoints.find(touchpoint => touchpoint.id === id))
            .filter(touchpoint => touchpoint !== undefined);
        return `<li>${link(stage.id, stage.title)}<ol>${steps.map(step => `<li>${link(step.id, step.title)}</li>`).join('')}</ol></li>`;
    });
    const kpis = journey.kpis.map(kpi => `<li>${link(kpi.id, kpi.title)}</li>`);
    const stakeholders = journey.stakeholders.map(stakeholder => `<li>${link(stakeholder.id, stakeholder.title)}</li>`);
    return `<section class="outline" aria-labelledby="outline-title"><h2 id="outline-title">Stages and steps</h2><ol>${stages.join('')}</ol>
${kpis.length ? `<h2>KPIs</h2><ul>${kpis.join('')}</ul>` : ''}${stakeholders.length ? `<h2>Stakeholders</h2><ul>${stakeholders.join('')}</ul>` : ''}</section>`;
}

function details(entry: SiteJourney, options: JourneyPageOptions): string {
    const context: DetailContext = { journey: entry.journey, file: entry.file, repoUrl: options.repoUrl, prefix: '../' };
    const { journey } = entry;
    return [
        ...journey.touchpoints.map(touchpoint => touchpointDetail(context, touchpoint)),
        ...journey.stages.map(stage => stageDetail(context, stage)),
        ...journey.kpis.map(kpi => kpiDetail(context, kpi)),
        ...journey.stakeholders.map(stakeholder => stakeholderDetail(context, stakeholder))
    ].join('\n');
}

/** The page's HTML and the map's SVG (written beside it, the home page's thumbnail). */
export async function journeyPage(
    entry: SiteJourney,
    journeys: readonly JourneyRef[],
    options: JourneyPageOptions
): Promise<{ html: string; mapSvg: string }> {
    const { journey } = entry;
    const { list, data } = await drawings(entry);
    const body = `<nav aria-label="Breadcrumb" class="breadcrumb"><a href="../index.html">Journeys</a> › <span aria-current="page">${text(journey.title)}</span></nav>
<h1>${text(journey.title)}</h1>
<p class="state">${stateHtml(entry, journeys, '../')} · ${text(journeyFacts(journey).counts)}</p>
${journey.objectives.length ? `<p>Objectives: ${journey.objectives.map(objective => text(objective)).join('; ')}</p>` : ''}
<p class="muted">From <code>${text(entry.file)}</code>. Click an element of the drawing, or a step below, for everything known about it.</p>
${repositoryLink(options.repoUrl, entry.file, journey.loc)}
${toolbar(entry)}
<div class="journey-layout">
<section class="viewer" aria-label="Drawing">
${viewPanels(list)}
</section>
<aside class="panel" aria-labelledby="panel-title"><h2 id="panel-title" tabindex="-1">Details</h2><p id="panel-hint">Nothing selected yet.</p>
${details(entry, options)}
</aside>
</div>
${outline(entry)}
${jsonScript('journey-data', data)}`;
    const html = page({
        title: `${journey.title} — customer journey`,
        prefix: '../',
        body,
        scripts: ['assets/render.js', 'assets/journey.js'],
        live: options.live
    });
    return { html, mapSvg: list.find(drawing => drawing.view === 'map')!.svg };
}
