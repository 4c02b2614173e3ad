// Place names on a map, shown where they fit: in the order given (the most telling first) a name is
// shown when its box overlaps no name already shown and lies inside the map, so zooming in shows more
// of them. The names lie in a pane above the circles and under the clusters' counts, starting right of
// a cluster's disc, and let clicks through. Names go in as text.
window.hlPlaceLabels = function (map, places, options) {
  "use strict";
  options = options || {};
  var max = options.max || 60;
  if (!map.getPane("hl-labels")) {
    var pane = map.createPane("hl-labels");
    pane.style.zIndex = "590";  // Leaflet's overlays (the circles) are at 400, its markers (the clusters) at 600
    pane.style.pointerEvents = "none";
  }
  var CHAR = 6.8, HEIGHT = 16, GAP = 3;  // the label font's average character width and line height, in px
  var SHIFT = 16;  // from the point to the name's left edge: clear of a small cluster's disc
  var items = places.map(function (p) {
    var el = document.createElement("span");
    el.className = "place-label place-" + (p.kind || "place");
    el.dataset.name = p.name;
    el.textContent = p.name;
    var icon = L.divIcon({ className: "place-label-icon", html: el, iconSize: null, iconAnchor: [-SHIFT, HEIGHT / 2] });
    return {
      p: p, el: el, width: null, height: HEIGHT, shown: false,
      marker: L.marker([p.lat, p.lon], { icon: icon, pane: "hl-labels", interactive: false, keyboard: false })
    };
  });

  // A name's width as drawn (its font, its letters), measured once off screen; the estimate only where a
  // browser cannot measure it.
  function width(item) {
    if (item.width === null) {
      var el = item.el, holder = map.getPane("hl-labels");
      el.style.visibility = "hidden";
      el.style.position = "absolute";
      holder.appendChild(el);
      item.width = (el.offsetWidth || item.p.name.length * CHAR) + 6;
      item.height = Math.max(HEIGHT, el.offsetHeight || 0);
      holder.removeChild(el);
      el.style.visibility = "";
      el.style.position = "";
    }
    return item.width;
  }

  function overlaps(a, b) {
    return a[0] < b[2] + GAP && b[0] < a[2] + GAP && a[1] < b[3] + GAP && b[1] < a[3] + GAP;
  }

  function place() {
    var size = map.getSize(), boxes = [];
    items.forEach(function (item) {
      var pt = map.latLngToContainerPoint([item.p.lat, item.p.lon]);
      var w = width(item), h = item.height;
      var box = [pt.x + SHIFT, pt.y - HEIGHT / 2, pt.x + SHIFT + w, pt.y - HEIGHT / 2 + h];  // as anchored
      var fits = boxes.length < max && box[0] >= 0 && box[1] >= 0 && box[2] <= size.x && box[3] <= size.y &&
        !boxes.some(function (other) { return overlaps(box, other); });
      if (fits) { boxes.push(box); }
      if (fits && !item.shown) { item.marker.addTo(map); }
      if (!fits && item.shown) { map.removeLayer(item.marker); }
      item.shown = fits;
    });
  }

  map.on("zoomend moveend resize", place);
  place();
  return {
    remove: function () {
      map.off("zoomend moveend resize", place);
      items.forEach(function (item) { if (item.shown) { map.removeLayer(item.marker); } });
    }
  };
};
