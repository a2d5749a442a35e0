/**
 * assets/home.js: the home page's search and filters. Plain ES2017 in a string, written into
 * the site as a file (the pages' CSP allows no inline script). It builds results with
 * textContent only, so indexed text is never parsed as HTML.
 */
export const HOME_SCRIPT = String.raw`(function () {
    'use strict';
    var index = window.CJ_SEARCH || { journeys: [], entries: [] };
    var search = document.getElementById('search');
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
    var cards = Array.prototype.slice.call(document.querySelectorAll('.card'));
    var results = document.getElementById('results');
    var section = results.closest('section');
    var resultCount = document.getElementById('result-count');
    var shownCount = document.getElementById('shown-count');
    var MAX_RESULTS = 50;

    // Accents and case do not matter: "zoe" finds "Zoë".
    function normalize(value) {
        return value.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    }
    var texts = index.entries.map(function (entry) { return normalize(entry[3]); });

    // An entry matches when it holds every word of the query.
    function find(query) {
        var words = normalize(query).split(/\s+/).filter(Boolean);
        var hits = [];
        for (var i = 0; i < texts.length; i++) {
            if (words.every(function (word) { return texts[i].indexOf(word) >= 0; })) hits.push(index.entries[i]);
        }
        return hits;
    }

    function passesFilters(card) {
        return selects.every(function (select) {
            var value = select.value;
            if (!value) return true;
            var name = select.getAttribute('data-filter');
            if (name === 'state') return card.getAttribute('data-state') === value;
            return (card.getAttribute('data-' + name) || '').indexOf(' ' + value + ' ') >= 0;
        });
    }

    function resultItem(entry) {
        var journey = index.journeys[entry[0]];
        var item = document.createElement('li');
        var link = document.createElement('a');
        link.href = 'journeys/' + encodeURIComponent(journey.slug) + '.html' + (entry[1] ? '#' + encodeURIComponent(entry[1]) : '');
        link.textContent = journey.title;
        var what = document.createElement('span');
        what.textContent = ' — ' + entry[2] + ': ' + entry[3];
        item.appendChild(link);
        item.appendChild(what);
        return item;
    }

    function apply() {
        var query = search.value.trim();
        var hits = query ? find(query) : null;
        var found = {};
        if (hits) hits.forEach(function (entry) { found[index.journeys[entry[0]].slug] = true; });
        var shown = 0;
        var visible = {};
        cards.forEach(function (card) {
            var slug = card.getAttribute('data-journey');
            var show = passesFilters(card) && (!hits || found[slug] === true);
            card.hidden = !show;
            if (show) { shown++; visible[slug] = true; }
        });
        shownCount.textContent = shown + ' of ' + cards.length + ' journeys shown.';
        results.textContent = '';
        section.hidden = !hits;
        if (!hits) return;
        var listed = hits.filter(function (entry) { return visible[index.journeys[entry[0]].slug]; });
        listed.slice(0, MAX_RESULTS).forEach(function (entry) { results.appendChild(resultItem(entry)); });
        resultCount.textContent = listed.length === 0 ? 'Nothing matches.' :
            listed.length + (listed.length === 1 ? ' match' : ' matches') + (listed.length > MAX_RESULTS ? ', the first ' + MAX_RESULTS + ' shown.' : '.');
    }

    search.addEventListener('input', apply);
    selects.forEach(function (select) { select.addEventListener('change', apply); });
    apply();
})();
`;
