// The incident's place on a small map; an analyst clicks the map to move it (fills lat/lon in the form).
(function () {
  "use strict";
  var el = document.getElementById("incident-map");
  if (!el || !window.L) { return; }
  var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
  var has = !isNaN(lat) && !isNaN(lon);
  var map = L.map(el).setView(has ? [lat, lon] : [35.0, 38.5], has ? 9 : 6);
  window.hlBaseLayers(map, el.dataset.tileUrl);
  var marker = has ? L.circleMarker([lat, lon], { radius: 9, color: "#b0192f", fillOpacity: 0.7 }).addTo(map) : null;
  if (!el.dataset.editable) { return; }
  var latIn = document.getElementById("f-lat"), lonIn = document.getElementById("f-lon");
  function moveTo(lat, lon) {
    var p = L.latLng(lat, lon);
    if (marker) { marker.setLatLng(p); } else { marker = L.circleMarker(p, { radius: 9, color: "#b0192f" }).addTo(map); }
    if (latIn) { latIn.value = p.lat.toFixed(5); }
    if (lonIn) { lonIn.value = p.lng.toFixed(5); }
  }
  map.on("click", function (ev) { moveTo(ev.latlng.lat, ev.latlng.lng); });

  // Look the typed place name up in the gazetteer and fill the place fields from it.
  var button = document.getElementById("geocode"), out = document.getElementById("geocode-result");
  function set(id, value) { var input = document.getElementById("f-" + id); if (input) { input.value = value == null ? "" : value; } }
  if (button) {
    button.addEventListener("click", function () {
      var name = document.getElementById("f-place_name").value, within = document.getElementById("f-admin1").value;
      out.textContent = "looking up…";
      fetch("/api/geocode?" + new URLSearchParams({ name: name, within: within }))
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (data) {
          var p = data && data.resolved;
          if (!p || p.lat == null) { out.textContent = "not in the gazetteer; click the map instead"; return; }
          set("place_id", p.place_id); set("admin1", p.admin1); set("admin1_pcode", p.admin1_pcode);
          set("admin2", p.admin2); set("where_prec", p.precision);
          moveTo(p.lat, p.lon);
          map.setView([p.lat, p.lon], 10);
          out.textContent = "found " + p.name + (p.admin1 ? ", " + p.admin1 : "") + "; save to keep it";
        }).catch(function () { out.textContent = "the lookup failed"; });
    });
  }
}());
