// The map of event places: world-atlas countries (bundled TopoJSON) drawn with topojson-client as SVG
// in an equirectangular projection, one circle per place (area ~ events); a click opens its events.
(function () {
  "use strict";
  var svg = document.getElementById("map");
  if (!svg || typeof topojson === "undefined") { return; }
  var NS = "http://www.w3.org/2000/svg";
  var W = 960, H = 480;
  function x(lon) { return (lon + 180) / 360 * W; }
  function y(lat) { return (90 - lat) / 180 * H; }
  function ringPath(ring) {
    var d = "", prev = null;
    ring.forEach(function (p, i) {
      // Break the line where a ring crosses the antimeridian, rather than draw across the map.
      var jump = prev && Math.abs(p[0] - prev[0]) > 180;
      d += (i === 0 || jump ? "M" : "L") + x(p[0]).toFixed(1) + "," + y(p[1]).toFixed(1);
      prev = p;
    });
    return d + "Z";
  }
  function geometryPath(g) {
    if (!g) { return ""; }
    var polys = g.type === "Polygon" ? [g.coordinates] : g.type === "MultiPolygon" ? g.coordinates : [];
    return polys.map(function (poly) { return poly.map(ringPath).join(""); }).join("");
  }
  function el(name, attrs) {
    var node = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }
  function json(url) {
    return fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(url + ": HTTP " + r.status); } return r.json(); });
  }
  Promise.all([json(svg.dataset.world), json(svg.dataset.src)]).then(function (results) {
    var world = results[0], data = results[1];
    var countries = topojson.feature(world, world.objects.countries);
    var land = el("g", { "class": "countries" });
    countries.features.forEach(function (f) {
      var path = el("path", { "class": "country", d: geometryPath(f.geometry) });
      var title = el("title", {});
      title.textContent = (f.properties && f.properties.name) || "";
      path.appendChild(title);
      land.appendChild(path);
    });
    svg.appendChild(land);
    var max = Math.max.apply(null, data.places.map(function (p) { return p.events; }).concat([1]));
    var marks = el("g", { "class": "places" });
    var base = svg.dataset.events || "/events";
    data.places.forEach(function (p) {
      var r = 3 + 14 * Math.sqrt(p.events / max);
      var c = el("circle", { "class": "place", cx: x(p.lon).toFixed(1), cy: y(p.lat).toFixed(1), r: r.toFixed(1),
        "data-place": p.place, "data-events": String(p.events), tabindex: "0" });
      var title = el("title", {});
      title.textContent = p.place + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " event(s)";
      c.appendChild(title);
      c.addEventListener("click", function () {
        window.location.assign(base + (base.indexOf("?") >= 0 ? "&" : "?") + "place=" + encodeURIComponent(p.place));
      });
      marks.appendChild(c);
    });
    svg.appendChild(marks);
    svg.dataset.countries = String(countries.features.length);
    svg.dataset.places = String(data.places.length);
    svg.dataset.ready = "true";
  }).catch(function (err) {
    svg.dataset.error = String(err);
  });
})();
