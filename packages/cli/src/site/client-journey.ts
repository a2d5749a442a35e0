/**
 * assets/journey.js: a journey page's tabs over the views, the map's persona and lane filters
 * (client-map-filter.ts), pan and zoom (the drawing's viewBox, so no inline style is needed),
 * and the side panel: a click on an element of the drawing, or a deep link `#Id`, shows the
 * details written into the page.
 */
import { MAP_FILTER_SCRIPT } from './client-map-filter.js';

export const JOURNEY_SCRIPT = String.raw`(function () {
    'use strict';
    var tabs = Array.prototype.slice.call(document.querySelectorAll('[role="tab"]'));
    var panels = Array.prototype.slice.call(document.querySelectorAll('[role="tabpanel"]'));
    var personaSelect = document.getElementById('persona');
    var details = Array.prototype.slice.call(document.querySelectorAll('.detail'));
    var hint = document.getElementById('panel-hint');
    var panelTitle = document.getElementById('panel-title');
    // The kind of detail each kind of drawn element opens (pains and opportunities: their step's).
    var DETAIL_OF = { touchpoint: 'touchpoint', emotion: 'touchpoint', 'touchpoint-details': 'touchpoint', pain: 'touchpoint',
        opportunity: 'touchpoint', doing: 'touchpoint', stage: 'stage', kpi: 'kpi', benchmark: 'kpi', stakeholder: 'stakeholder' };

    function visibleDrawing() {
        var panel = panels.filter(function (candidate) { return !candidate.hidden; })[0];
        if (!panel) return null;
        return Array.prototype.filter.call(panel.querySelectorAll('.drawing'), function (drawing) { return !drawing.hidden; })[0] || null;
    }

    function selectTab(tab, focus) {
        tabs.forEach(function (other) {
            var selected = other === tab;
            other.setAttribute('aria-selected', String(selected));
            other.tabIndex = selected ? 0 : -1;
            document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
        });
        if (focus) tab.focus();
        showMapFilters(tab.getAttribute('data-view'));
        sizeToContent();
        highlight(currentId);
    }

    tabs.forEach(function (tab, position) {
        tab.addEventListener('click', function () { selectTab(tab, false); });
        tab.addEventListener('keydown', function (event) {
            var step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
            if (event.key === 'Home') selectTab(tabs[0], true);
            else if (event.key === 'End') selectTab(tabs[tabs.length - 1], true);
            else if (step) selectTab(tabs[(position + step + tabs.length) % tabs.length], true);
            else return;
            event.preventDefault();
        });
    });
${MAP_FILTER_SCRIPT}
    // Pan and zoom: each drawing keeps its own viewBox.
    function box(svg) {
        if (!svg.__cjBox) {
            var base = svg.viewBox.baseVal;
            svg.__cjBox = { x: base.x, y: base.y, w: base.width, h: base.height, full: { x: base.x, y: base.y, w: base.width, h: base.height } };
        }
        return svg.__cjBox;
    }
    function apply(svg) {
        var b = box(svg);
        svg.setAttribute('viewBox', [b.x, b.y, b.w, b.h].join(' '));
    }
    function toMap(svg, clientX, clientY) {
        var point = svg.createSVGPoint();
        point.x = clientX;
        point.y = clientY;
        return point.matrixTransform(svg.getScreenCTM().inverse());
    }
    function zoom(svg, factor, clientX, clientY) {
        var b = box(svg);
        // Buttons zoom around the middle of what is shown; the wheel around the pointer.
        var anchor = clientX === undefined ? { x: b.x + b.w / 2, y: b.y + b.h / 2 } : toMap(svg, clientX, clientY);
        var w = Math.min(Math.max(b.w / factor, b.full.w / 50), b.full.w * 4);
        var ratio = w / b.w;
        b.x = anchor.x - (anchor.x - b.x) * ratio;
        b.y = anchor.y - (anchor.y - b.y) * ratio;
        b.w = w;
        b.h = b.h * ratio;
        apply(svg);
    }
    // A wide, short drawing (the flow) gets a short panel instead of a strip in a tall, empty one.
    function sizeToContent() {
        var drawing = visibleDrawing();
        var svg = drawing && drawing.querySelector('svg');
        if (!svg) return;
        var full = box(svg).full;
        var width = drawing.clientWidth || 800;
        svg.style.height = Math.round(Math.max(240, Math.min(window.innerHeight * 0.72, (width * full.h) / full.w))) + 'px';
    }
    function fit(svg) {
        var b = box(svg);
        b.x = b.full.x; b.y = b.full.y; b.w = b.full.w; b.h = b.full.h;
        apply(svg);
    }
    Array.prototype.forEach.call(document.querySelectorAll('[data-zoom]'), function (button) {
        button.addEventListener('click', function () {
            var drawing = visibleDrawing();
            var svg = drawing && drawing.querySelector('svg');
            if (!svg) return;
            var action = button.getAttribute('data-zoom');
            if (action === 'fit') fit(svg); else zoom(svg, action === 'in' ? 1.25 : 0.8);
        });
    });

    var drag = null;
    // Each drawing, and the map each time the filters draw it again.
    function wire(svg) {
        svg.setAttribute('preserveAspectRatio', 'xMidYMin meet');
        svg.addEventListener('wheel', function (event) {
            event.preventDefault();
            zoom(svg, Math.pow(1.1, -event.deltaY / 100), event.clientX, event.clientY);
        }, { passive: false });
        svg.addEventListener('pointerdown', function (event) {
            if (event.button !== 0) return;
            drag = { svg: svg, x: event.clientX, y: event.clientY, moved: false };
        });
        svg.addEventListener('click', function (event) {
            if (drag && drag.moved) { drag = null; return; }
            drag = null;
            var element = event.target.closest('[data-cj-kind]');
            if (!element) return;
            var id = element.getAttribute('data-cj-id');
            if (id) choose(DETAIL_OF[element.getAttribute('data-cj-kind')], id);
        });
    }
    Array.prototype.forEach.call(document.querySelectorAll('.drawing svg'), wire);
    window.addEventListener('pointermove', function (event) {
        if (!drag) return;
        var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
        if (!drag.moved && Math.abs(dx) + Math.abs(dy) < 4) return;
        drag.moved = true;
        var b = box(drag.svg);
        var scale = b.w / drag.svg.getBoundingClientRect().width;
        b.x -= dx * scale; b.y -= dy * scale;
        drag.x = event.clientX; drag.y = event.clientY;
        apply(drag.svg);
    });
    window.addEventListener('pointerup', function () { if (drag && !drag.moved) drag = null; });

    // The side panel.
    var currentId = null;
    function findDetail(kind, id) {
        return details.filter(function (d) { return d.getAttribute('data-id') === id && (!kind || d.getAttribute('data-kind') === kind); })[0] ||
            details.filter(function (d) { return d.getAttribute('data-id') === id; })[0] || null;
    }
    function highlight(id) {
        Array.prototype.forEach.call(document.querySelectorAll('.cj-selected'), function (element) { element.classList.remove('cj-selected'); });
        var drawing = visibleDrawing();
        if (!id || !drawing) return null;
        var matches = Array.prototype.filter.call(drawing.querySelectorAll('[data-cj-id]'), function (element) { return element.getAttribute('data-cj-id') === id; });
        matches.forEach(function (element) { element.classList.add('cj-selected'); });
        return matches[0] || null;
    }
    // A deep link shows its element at full size (one map unit per pixel) in the middle of the panel.
    function centerOn(element) {
        var svg = element.ownerSVGElement;
        var rect = element.getBoundingClientRect();
        var center = toMap(svg, rect.left + rect.width / 2, rect.top + rect.height / 2);
        var panel = svg.getBoundingClientRect();
        var b = box(svg);
        b.w = Math.min(b.full.w, panel.width);
        b.h = b.w * panel.height / panel.width;
        b.x = center.x - b.w / 2;
        b.y = center.y - b.h / 2;
        apply(svg);
    }
    function choose(kind, id, fromHash) {
        var detail = findDetail(kind, id);
        if (!detail) return false;
        details.forEach(function (d) { d.hidden = d !== detail; });
        hint.hidden = true;
        currentId = id;
        var element = highlight(id);
        if (!fromHash) history.replaceState(null, '', '#' + encodeURIComponent(id));
        if (fromHash && element) {
            centerOn(element);
            document.querySelector('.viewer').scrollIntoView({ block: 'start' });
        }
        panelTitle.focus({ preventScroll: true });
        return true;
    }
    function followHash() {
        var id = decodeURIComponent(window.location.hash.slice(1));
        if (id) choose(null, id, true);
    }
    window.addEventListener('hashchange', followHash);
    window.addEventListener('resize', sizeToContent);
    showMapFilters(tabs.filter(function (tab) { return tab.getAttribute('aria-selected') === 'true'; })[0].getAttribute('data-view'));
    sizeToContent();
    followHash();
})();
`;
