// The offline base layer: country outline and administrative boundaries shipped with the package,
// in panes of their own so that they always lie under the markers. An online tile layer is added
// only when the server is configured with one (HARMLEDGER_TILE_URL).
window.hlBaseLayers = function (map, tileUrl) {
  "use strict";
  var panes = [["hl-land", 200], ["hl-admin2", 210], ["hl-admin1", 220]];
  panes.forEach(function (p) { map.createPane(p[0]).style.zIndex = String(p[1]); });
  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: "map tiles as configured" }).addTo(map);
  }
  var styles = {
    country: { pane: "hl-land", style: { color: "#556", weight: 1.5, fillColor: "#f4f1ea", fillOpacity: tileUrl ? 0 : 1 } },
    admin2: { pane: "hl-admin2", style: { color: "#b7bec4", weight: 0.6, fill: false } },
    admin1: { pane: "hl-admin1", style: { color: "#7b858d", weight: 1.1, fill: false, dashArray: "4 3" } }
  };
  Object.keys(styles).forEach(function (layer) {
    fetch("/api/basemap/" + layer).then(function (r) { return r.ok ? r.json() : null; }).then(function (gj) {
      if (gj) { L.geoJSON(gj, { interactive: false, pane: styles[layer].pane, style: styles[layer].style }).addTo(map); }
    }).catch(function () { /* the markers still show without a base layer */ });
  });
};
