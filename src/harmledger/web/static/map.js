// The incident map: offline base layer from the package's boundaries, markers from /api/map gathered
// into clusters (Leaflet.markercluster) so that incidents at one place never hide each other, and the
// names of their places (labels.js). Every text from the data goes in through textContent, never as HTML.
(function () {
  "use strict";
  var el = document.getElementById("map");
  if (!el || !window.L) { return; }
  var form = document.getElementById("filters");
  var countEl = document.getElementById("map-count");
  // maxZoom: the clusters need one, and no tile layer may be there to give it.
  var map = L.map(el, { preferCanvas: false, worldCopyJump: true, maxZoom: 16 }).setView([35.0, 38.5], 7);
  el.hlMap = map;  // for the browser tests and the console
  window.hlBaseLayers(map, el.dataset.tileUrl);

  var markers = null, placeNames = null;
  var firstLoad = true;

  // The clusters hide and show circles while they animate; Leaflet.markercluster gives only markers that.
  L.CircleMarker.include({
    clusterHide: function () {
      if (!this._hlStyle) { this._hlStyle = { opacity: this.options.opacity, fillOpacity: this.options.fillOpacity }; }
      return this.setStyle({ opacity: 0, fillOpacity: 0 });
    },
    clusterShow: function () {
      var style = this._hlStyle;
      this._hlStyle = null;
      return style ? this.setStyle(style) : this;
    }
  });

  function colour(k) {
    if (k === null || k === undefined) { return "#b8c0c6"; }
    if (!k) { return "#7d8a94"; }
    if (k < 5) { return "#f2a541"; }
    if (k < 20) { return "#e4572e"; }
    if (k < 100) { return "#b0192f"; }
    return "#5c0a1a";
  }

  // Labels for codes come from the page (web/display.py owns them); the API keeps the codes.
  var labels = {};
  try { labels = JSON.parse(el.getAttribute("data-labels") || "{}"); } catch (e) { labels = {}; }
  function label(kind, code) { return (labels[kind] && labels[kind][code]) || code; }
  // A figure no source gave is unknown, not zero.
  function fig(v) { return v === null || v === undefined ? "unknown" : String(v); }

  function popup(f) {
    var p = f.properties, box = document.createElement("div");
    box.className = "hl-popup";
    var a = document.createElement("a");
    a.href = "/incidents/" + encodeURIComponent(f.id);
    a.textContent = p.d || "undated";
    box.appendChild(a);
    var line = document.createElement("div");
    line.textContent = "killed (all) " + fig(p.k) + ", injured " + fig(p.i) + " · grade " + label("grade", p.g);
    box.appendChild(line);
    var more = document.createElement("div");
    box.appendChild(more);
    // The map data is kept small; the rest of the incident comes when its popup opens.
    fetch("/api/incidents/" + encodeURIComponent(f.id)).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (inc) {
        if (!inc) { return; }
        a.textContent = (inc.place.name || "Unnamed place") + ", " + (inc.date.start || "undated");
        var k = (inc.casualties && inc.casualties.killed) || {};
        var inj = (inc.casualties && inc.casualties.injured) || {};
        var of = ["civilians", "children", "women"].filter(function (n) { return k[n] !== null && k[n] !== undefined; })
          .map(function (n) { return n + " " + k[n]; });
        // "killed (all)" is everyone killed; the parts a source states are named beside it, never instead.
        line.textContent = "killed (all) " + fig(k.best) + (of.length ? " (of whom " + of.join(", ") + ")" : "") +
          ", injured " + fig(inj.best) + " · grade " + label("grade", inc.grade);
        more.textContent = (inc.weapons.map(function (w) { return label("weapons", w); }).join(", ") || "weapon unknown") +
          " · " + (inc.perpetrator ? label("actors", inc.perpetrator) : "perpetrator unknown") +
          " · " + inc.n_sources + " source(s) · " + (inc.status === "machine" ? "unreviewed machine output" : label("status", inc.status));
      }).catch(function () {});
    return box;
  }

  function params() {
    var out = new URLSearchParams();
    if (!form) { return out; }
    new FormData(form).forEach(function (value, key) { if (value !== "") { out.append(key, value); } });
    return out;
  }

  // A cluster shows how many incidents it holds; its title says how many were killed where a figure is known.
  function clusterIcon(cluster) {
    var children = cluster.getAllChildMarkers(), n = cluster.getChildCount(), killed = 0, known = 0;
    children.forEach(function (m) { if (m.options.killed !== null && m.options.killed !== undefined) { killed += m.options.killed; known += 1; } });
    var box = document.createElement("div"), count = document.createElement("span");
    box.className = "hl-cluster-inner";
    box.title = n + " incidents here; " + (known ? killed + " killed (all) in the " + known + " with a known figure" : "killed unknown");
    count.textContent = String(n);
    box.appendChild(count);
    var size = n < 10 ? 30 : n < 100 ? 38 : 46;
    return L.divIcon({ html: box, className: "hl-cluster " + (n < 10 ? "small" : n < 100 ? "medium" : "large"),
                       iconSize: L.point(size, size) });
  }

  function loadLabels(qs) {
    fetch("/map/labels" + (qs ? "?" + qs : "")).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (placeNames) { placeNames.remove(); }
        placeNames = window.hlPlaceLabels(map, data.places, { max: 60 });
      }).catch(function () { /* the map works without names */ });
  }

  function load() {
    var q = params();
    var qs = q.toString();
    countEl.textContent = "loading…";
    fetch(el.dataset.api + (qs ? "?" + qs : ""), { headers: { Accept: "application/geo+json" } })
      .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
      .then(function (gj) {
        if (markers) { map.removeLayer(markers); }
        var renderer = gj.features.length > 3000 ? L.canvas({ padding: 0.3 }) : L.svg();
        // Smallest on top, so a big circle does not hide the small ones under it.
        var circles = gj.features.slice().reverse().map(function (f) {
          var k = f.properties.k;
          return L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]], {
            renderer: renderer, radius: Math.min(4 + Math.sqrt(k || 0) * 1.6, 32), color: "#fff", weight: 1,
            fillColor: colour(k), fillOpacity: 0.8, killed: k,
            className: "incident-marker k-" + (k === null || k === undefined ? "unknown" : k)
          }).bindPopup(function () { return popup(f); });
        });
        var done = function () {
          if (firstLoad && circles.length) { map.fitBounds(markers.getBounds().pad(0.15), { maxZoom: 9 }); }
          firstLoad = false;
          // Set once every circle is in a cluster or on the map: the tests wait for it.
          countEl.dataset.count = String(gj.features.length);
        };
        markers = L.markerClusterGroup({
          maxClusterRadius: 36, showCoverageOnHover: false, spiderfyOnMaxZoom: true, chunkedLoading: true,
          iconCreateFunction: clusterIcon,
          // Called before the group has its bounds: done() waits for the rest of that step.
          chunkProgress: function (processed, total) { if (processed === total) { window.setTimeout(done, 0); } }
        });
        markers.addTo(map);
        markers.addLayers(circles);
        if (!circles.length) { done(); }
        countEl.textContent = gj.features.length + (gj.features.length === 1 ? " incident" : " incidents") + " on the map" +
          (gj.total > gj.features.length ? " (of " + gj.total + ")" : "") +
          (gj.unplaced ? "; " + gj.unplaced + " more without a known place (in the list)" : "");
        loadLabels(qs);
        var list = document.getElementById("list-link"), exp = document.getElementById("export-link");
        if (list) { list.href = "/incidents" + (qs ? "?" + qs : ""); }
        if (exp) { exp.href = "/api/export?format=geojson" + (qs ? "&" + qs : ""); }
      })
      .catch(function (err) { countEl.textContent = "could not load incidents (" + err.message + ")"; });
  }

  if (form) {
    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      var qs = params().toString();
      history.replaceState(null, "", qs ? "/?" + qs : "/");
      load();
    });
    form.addEventListener("change", function () { form.requestSubmit(); });
  }
  load();
}());
