/** assets/table.js: the backlog's filters (a row's data attributes) and column sorting (a cell's data-sort). */
export const TABLE_SCRIPT = String.raw`(function () {
    'use strict';
    var table = document.querySelector('table.sortable');
    if (!table) return;
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    var selects = Array.prototype.slice.call(document.querySelectorAll('select[data-filter]'));
    var count = document.getElementById('row-count');

    function filter() {
        var shown = 0;
        rows.forEach(function (row) {
            var show = selects.every(function (select) {
                return !select.value || row.getAttribute('data-' + select.getAttribute('data-filter')) === select.value;
            });
            row.hidden = !show;
            if (show) shown++;
        });
        count.textContent = shown + ' of ' + rows.length + ' opportunities shown.';
    }

    function key(row, column) {
        return row.cells[column].getAttribute('data-sort') || '';
    }

    function sort(button) {
        var column = Number(button.getAttribute('data-sort-column'));
        var header = button.parentElement;
        var ascending = header.getAttribute('aria-sort') !== 'ascending';
        Array.prototype.forEach.call(table.tHead.rows[0].cells, function (cell) { cell.setAttribute('aria-sort', 'none'); });
        header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        var sorted = rows.slice().sort(function (a, b) {
            var x = key(a, column), y = key(b, column);
            var order = x !== '' && y !== '' && !isNaN(x) && !isNaN(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
            return ascending ? order : -order;
        });
        sorted.forEach(function (row) { body.appendChild(row); });
    }

    selects.forEach(function (select) { select.addEventListener('change', filter); });
    Array.prototype.forEach.call(table.querySelectorAll('button[data-sort-column]'), function (button) {
        button.addEventListener('click', function () { sort(button); });
    });
    filter();
})();
`;

/** assets/live-reload.js (`cjourney serve` only): reloads the page when the server says a journey changed. */
export const LIVE_RELOAD_SCRIPT = String.raw`(function () {
    'use strict';
    var events = new EventSource('/__cjourney/events');
    events.addEventListener('reload', function () { window.location.reload(); });
})();
`;
