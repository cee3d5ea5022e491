// The actor network: Cytoscape.js (bundled) over /api/network; click a node for the actor, an edge for its events.
(function () {
  "use strict";
  var box = document.getElementById("network");
  if (!box || typeof cytoscape !== "function") { return; }
  fetch(box.dataset.src, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(function (graph) {
      var maxNode = Math.max.apply(null, graph.nodes.map(function (n) { return n.weight; }).concat([1]));
      var maxEdge = Math.max.apply(null, graph.edges.map(function (e) { return e.weight; }).concat([1]));
      var elements = graph.nodes.map(function (n) {
        return { group: "nodes", data: { id: n.id, label: n.label, weight: n.weight, href: n.href } };
      }).concat(graph.edges.map(function (e, i) {
        return { group: "edges", data: { id: "e" + i, source: e.source, target: e.target, weight: e.weight,
          label: e.type || "", href: e.href } };
      }));
      var cy = cytoscape({
        container: box,
        elements: elements,
        wheelSensitivity: 0.3,
        style: [
          { selector: "node", style: {
            "label": "data(label)", "font-size": 10, "text-valign": "bottom", "text-margin-y": 3,
            "background-color": "#0b5cad", "color": "#1d1d1f",
            "width": "mapData(weight, 1, " + maxNode + ", 12, 48)", "height": "mapData(weight, 1, " + maxNode + ", 12, 48)" } },
          { selector: "edge", style: {
            "width": "mapData(weight, 1, " + maxEdge + ", 1, 9)", "line-color": "#9fb3c8", "target-arrow-color": "#9fb3c8",
            "target-arrow-shape": "triangle", "curve-style": "bezier", "label": "data(label)", "font-size": 8,
            "color": "#7a8794", "text-rotation": "autorotate" } },
          { selector: "node:selected", style: { "background-color": "#ef6c00" } }
        ],
        layout: { name: graph.nodes.length > 60 ? "concentric" : "cose", animate: false, randomize: false,
          nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; } }
      });
      cy.on("tap", "node, edge", function (evt) {
        var href = evt.target.data("href");
        if (href) { window.location.assign(href); }
      });
      box.dataset.nodes = String(cy.nodes().length);
      box.dataset.edges = String(cy.edges().length);
      box.dataset.ready = "true";
      window.peristiwaNetwork = cy;
    })
    .catch(function (err) {
      box.dataset.error = String(err);
      box.textContent = "The network could not be drawn: " + err;
    });
})();
