// The incident's place on a small map; an analyst clicks the map to move it (fills lat/lon in the
// correction form and in the "add a place to the gazetteer" form), or looks a name up in the whole
// gazetteer and chooses among the places it can be.
(function () {
  "use strict";
  var el = document.getElementById("incident-map");
  if (!el || !window.L) { return; }
  var lat = parseFloat(el.dataset.lat), lon = parseFloat(el.dataset.lon);
  var has = !isNaN(lat) && !isNaN(lon);
  var map = L.map(el, { maxZoom: 16 });
  el.hlMap = map;  // for the browser tests and the console
  map.on("zoomend", function () { el.dataset.zoom = String(map.getZoom()); });
  map.setView(has ? [lat, lon] : [35.0, 38.5], has ? 8 : 6);
  el.dataset.zoom = String(map.getZoom());
  window.hlBaseLayers(map, el.dataset.tileUrl);
  var marker = has ? L.circleMarker([lat, lon], { radius: 9, color: "#b0192f", fillOpacity: 0.7 }).addTo(map) : null;
  showContext();
  if (!el.dataset.editable) { return; }

  // Where it is: the governorate and the country in a corner, and the towns around the place by name,
  // at a zoom that shows the nearest of them (never closer than a town's surroundings).
  function showContext() {
    var where = [el.dataset.admin1, "Syria"].filter(Boolean).join(", ");
    var note = L.control({ position: "bottomleft" });
    note.onAdd = function () {
      var box = L.DomUtil.create("div", "map-context");
      box.id = "minimap-context";
      box.textContent = where;
      return box;
    };
    note.addTo(map);
    if (!has) { el.dataset.context = "none"; return; }
    fetch("/map/context?" + new URLSearchParams({ lat: String(lat), lon: String(lon) }))
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        var places = (data && data.places) || [];
        var nearest = places.slice().sort(function (a, b) { return a.km - b.km; }).slice(0, 3);
        if (nearest.length) {
          // Centred on the incident (a click on the map moves it from there), as close as shows the nearest
          // towns on either side: each one's mirror image through the incident is in the bounds too.
          var bounds = L.latLngBounds([[lat, lon]]);
          nearest.forEach(function (p) { bounds.extend([p.lat, p.lon]).extend([2 * lat - p.lat, 2 * lon - p.lon]); });
          map.setView([lat, lon], Math.max(7, Math.min(10, map.getBoundsZoom(bounds.pad(0.1)))), { animate: false });
        }
        // The incident's own place first: it is always named, and the towns make room for it.
        var own = el.dataset.place ? [{ name: el.dataset.place, lat: lat, lon: lon, kind: "incident" }] : [];
        window.hlPlaceLabels(map, own.concat(places), { max: 15 });
        el.dataset.zoom = String(map.getZoom());
        el.dataset.context = String(places.length);
      }).catch(function () { el.dataset.context = "none"; });
  }

  function input(id) { return document.getElementById(id); }
  function set(id, value) { var field = input(id); if (field) { field.value = value == null ? "" : value; } }
  function moveTo(lat, lon) {
    var p = L.latLng(lat, lon);
    if (marker) { marker.setLatLng(p); } else { marker = L.circleMarker(p, { radius: 9, color: "#b0192f" }).addTo(map); }
    set("f-lat", p.lat.toFixed(5)); set("f-lon", p.lng.toFixed(5));
    set("g-lat", p.lat.toFixed(5)); set("g-lon", p.lng.toFixed(5));
  }
  map.on("click", function (ev) { moveTo(ev.latlng.lat, ev.latlng.lng); });

  // One line per candidate: name, type, district and governorate (always as text, never as markup).
  function describe(p) {
    var where = [p.admin2, p.admin1].filter(function (v, i, all) { return v && all.indexOf(v) === i; }).join(", ");
    return { name: p.name + (p.feature_type ? " (" + p.feature_type + ")" : ""), admin: where || p.country || "" };
  }

  function choose(p, out) {
    set("f-place_id", p.place_id); set("f-admin1", p.admin1); set("f-admin1_pcode", p.admin1_pcode);
    set("f-admin2", p.admin2); set("f-where_prec", p.precision);
    moveTo(p.lat, p.lon);
    map.setView([p.lat, p.lon], 10);
    out.textContent = "chose " + p.name + (p.admin1 ? ", " + p.admin1 : "") +
      "; save the corrections to keep it for this incident, or add a name at this point to the gazetteer";
  }

  // Look a name up in the whole gazetteer (no governorate restriction: the incident's may be wrong).
  function lookUp(button) {
    var source = input(button.dataset.input), prefix = button.dataset.out;
    var out = input(prefix + "-result"), list = input(prefix + "-candidates");
    if (!source || !out || !list) { return; }
    var name = source.value.trim();
    list.replaceChildren();
    if (!name) { out.textContent = "type a name first"; return; }
    out.textContent = "looking up…";
    fetch("/api/geocode?" + new URLSearchParams({ name: name }), { credentials: "same-origin" })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) {
        var found = ((data && data.candidates) || []).filter(function (p) { return p.lat != null && p.lon != null; });
        if (!found.length) { out.textContent = "not in the gazetteer; click the map to place it"; return; }
        out.textContent = found.length === 1 ? "one place has this name:" : found.length + " places can have this name; choose one:";
        found.forEach(function (p) {
          var text = describe(p), li = document.createElement("li"), choice = document.createElement("button");
          var admin = document.createElement("span");
          choice.type = "button";
          choice.className = "candidate";
          choice.dataset.placeId = p.place_id;
          choice.dataset.admin1 = p.admin1 || "";
          choice.textContent = text.name + " — ";
          admin.className = "admin";
          admin.textContent = text.admin;
          choice.appendChild(admin);
          if (p.picked) { li.className = "picked"; }
          choice.addEventListener("click", function () { choose(p, out); });
          li.appendChild(choice);
          list.appendChild(li);
        });
      }).catch(function () { out.textContent = "the lookup failed"; });
  }
  Array.prototype.forEach.call(document.querySelectorAll("button.lookup"), function (button) {
    button.addEventListener("click", function () { lookUp(button); });
  });

  // A name the gazetteer did not know, from the incident's reports, into the gazetteer form.
  Array.prototype.forEach.call(document.querySelectorAll("button.use-name"), function (button) {
    button.addEventListener("click", function () { set("g-name", button.dataset.name); });
  });
}());
