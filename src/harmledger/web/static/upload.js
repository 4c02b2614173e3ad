// The upload page's list of latest uploads follows their background processing: while a row is queued,
// processing or linking, /upload/status is asked again every few seconds and the rows are updated.
// Every value goes in as text (textContent), never as markup.
(function () {
  "use strict";
  var table = document.getElementById("uploads");
  var progress = document.getElementById("uploads-progress");
  if (!table || !progress) { return; }
  var MOVING = ["queued", "processing", "linking"];
  var PERIOD = 1500;

  function rows() { return Array.prototype.slice.call(table.querySelectorAll("tbody tr[data-document-id]")); }

  function update(item) {
    var row = rows().filter(function (r) { return r.dataset.documentId === item.document_id; })[0];
    if (!row) { return; }
    row.dataset.state = item.state;
    var state = row.querySelector("td.state"), incidents = row.querySelector("td.incidents");
    state.className = "state state-" + item.state;
    state.textContent = item.summary;
    incidents.replaceChildren();
    item.incidents.forEach(function (id, i) {
      if (i) { incidents.appendChild(document.createTextNode(", ")); }
      var a = document.createElement("a");
      a.href = "/incidents/" + encodeURIComponent(id);
      a.textContent = id;
      incidents.appendChild(a);
    });
  }

  function summarise() {
    var all = rows(), done = all.filter(function (r) { return r.dataset.state === "done"; }).length;
    var moving = all.some(function (r) { return MOVING.indexOf(r.dataset.state) >= 0; });
    progress.textContent = done + " of " + all.length + " processed" + (moving ? "; working…" : ".");
    progress.dataset.moving = moving ? "1" : "";
    return moving;
  }

  function poll() {
    var ids = rows().filter(function (r) { return MOVING.indexOf(r.dataset.state) >= 0; })
      .map(function (r) { return r.dataset.documentId; });
    if (!ids.length) { summarise(); return; }
    var q = new URLSearchParams();
    ids.forEach(function (id) { q.append("ids", id); });
    fetch("/upload/status?" + q.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (data) {
        data.items.forEach(update);
        if (summarise()) { window.setTimeout(poll, PERIOD); }
      })
      .catch(function (err) {
        progress.textContent = "could not follow the processing (" + err.message + "); reload the page to try again";
      });
  }

  if (summarise()) { window.setTimeout(poll, PERIOD); }
}());
