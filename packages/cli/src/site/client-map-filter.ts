/**
 * The part of assets/journey.js that filters the journey map, as the preview does: a persona
 * and the lanes to show. The page carries the journey's model as JSON; assets/render.js (the
 * renderer, bundled for the browser) draws the map again from it with only the chosen
 * persona's steps and only the chosen lanes, stacked with no gap. The new drawing is wired
 * like the first (pan, zoom, clicks), the selected element stays outlined, and a status line
 * tells a screen reader what the map now shows. Without the renderer (no JavaScript, a
 * blocked script) the filters stay hidden and the page shows the map drawn when the site was built.
 * It runs inside journey.js's function (client-journey.ts), whose helpers it calls.
 */
export const MAP_FILTER_SCRIPT = String.raw`
    var mapFilters = document.getElementById('map-filters');
    var laneBoxes = Array.prototype.slice.call(document.querySelectorAll('input[name="lane"]'));
    var mapDataElement = document.getElementById('journey-data');
    var mapStatus = document.getElementById('map-status');
    var renderer = window.cjourneySite;
    var canFilter = Boolean(mapFilters && mapDataElement && renderer && typeof renderer.drawMap === 'function');
    var mapData = null;
    var drawTicket = 0;

    function showMapFilters(view) {
        if (mapFilters) mapFilters.hidden = !canFilter || view !== 'map';
    }

    /** The renderer's filter: nothing when every persona and lane is shown (the map as first drawn). */
    function mapFilter() {
        var filter = {};
        var persona = personaSelect ? personaSelect.value : '';
        if (persona) filter.personas = [persona];
        var shown = laneBoxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
        if (shown.length < laneBoxes.length) filter.lanes = shown;
        return filter;
    }

    function describeMap(filter) {
        var lanes = filter.lanes ? filter.lanes.length + ' of ' + laneBoxes.length + ' lanes' : 'every lane';
        var persona = personaSelect && personaSelect.value ? personaSelect.options[personaSelect.selectedIndex].text : 'every persona';
        return 'The journey map now shows ' + lanes + ', for ' + persona + '.';
    }

    function redrawMap() {
        var filter = mapFilter();
        var ticket = ++drawTicket;
        var drawing = document.querySelector('#panel-map .drawing');
        // A large map takes a moment: the old drawing is dimmed (and marked busy) until the new one is in.
        drawing.setAttribute('aria-busy', 'true');
        mapData = mapData || JSON.parse(mapDataElement.textContent);
        renderer.drawMap(mapData, filter).then(function (svgText) {
            // A later choice is already being drawn: this drawing is out of date.
            if (ticket !== drawTicket) return;
            drawing.removeAttribute('aria-busy');
            drawing.innerHTML = svgText;
            drawing.setAttribute('data-persona', filter.personas ? filter.personas[0] : '');
            drawing.setAttribute('data-lanes', filter.lanes ? filter.lanes.join(' ') : '');
            wire(drawing.querySelector('svg'));
            sizeToContent();
            highlight(currentId);
            if (mapStatus) mapStatus.textContent = describeMap(filter);
        }, function (error) {
            if (ticket === drawTicket) drawing.removeAttribute('aria-busy');
            console.error('cjourney: the journey map could not be drawn again: ' + (error && error.message));
        });
    }

    if (canFilter) {
        if (personaSelect) personaSelect.addEventListener('change', redrawMap);
        laneBoxes.forEach(function (box) {
            box.addEventListener('change', function () {
                // The last lane shown stays on, as in the preview: an empty map helps no one.
                if (!laneBoxes.some(function (other) { return other.checked; })) {
                    box.checked = true;
                    return;
                }
                redrawMap();
            });
        });
    }
`;
