// The network of actors: nodes are actors (name and country), edges the events between two of
// them, one edge per quad class that occurs, coloured by it and bent so that they do not overlap.
"use strict";
(function () {
  const el = document.getElementById("network");
  const note = document.getElementById("network-note");

  async function draw() {
    const dyads = await tidings.json("/stats/dyads?by=actor&limit=200&" + el.dataset.query);
    if (!dyads.length) {
      tidings.say(el, "No events between two known actors match.");
      el.dataset.ready = "true";
      el.dataset.nodes = "0";
      el.dataset.links = "0";
      return;
    }
    const nodes = new Map();
    const node = (name, country) => {
      const id = name + "\u0000" + (country || "");
      if (!nodes.has(id)) nodes.set(id, {id, name, country, events: 0});
      return nodes.get(id);
    };
    const links = [];
    for (const d of dyads) {
      const s = node(d.source, d.source_country), t = node(d.target, d.target_country);
      s.events += d.total; t.events += d.total;
      let bend = 0;
      for (const k of ["1", "2", "3", "4"]) {
        if (!d.counts[k]) continue;
        links.push({source: s.id, target: t.id, quad: k, n: d.counts[k], bend: bend++, self: s === t});
      }
    }
    const width = Math.max(el.clientWidth - 16, 600), height = 640;
    const radius = n => 4 + 2 * Math.sqrt(n.events);
    const sim = d3.forceSimulation(Array.from(nodes.values()))
      .force("link", d3.forceLink(links).id(n => n.id).distance(90))
      .force("charge", d3.forceManyBody().strength(-220))
      .force("center", d3.forceCenter(width / 2, height / 2))
      .force("collide", d3.forceCollide(n => radius(n) + 6))
      .force("x", d3.forceX(width / 2).strength(0.04))  // keeps unconnected pairs near the middle
      .force("y", d3.forceY(height / 2).strength(0.04))
      .stop();
    for (let i = 0; i < 300; i++) sim.tick();  // a settled, still layout: no animation to wait for

    // the view fits the laid-out graph, labels included (they run to the right of each node)
    const all = Array.from(nodes.values());
    const x0 = d3.min(all, n => n.x - radius(n)) - 20, x1 = d3.max(all, n => n.x + radius(n) + 8 + 7 * labelOf(n).length) + 10;
    const y0 = d3.min(all, n => n.y - radius(n)) - 30, y1 = d3.max(all, n => n.y + radius(n)) + 20;
    // never zoomed in past the drawing's own size: a small graph stays small, in the middle
    const w = Math.max(x1 - x0, width), h = Math.max(y1 - y0, height);
    const cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
    const svg = d3.create("svg").attr("viewBox", [cx - w / 2, cy - h / 2, w, h]).attr("role", "img")
      .attr("aria-label", "network of actors");
    const defs = svg.append("defs");
    for (const k of ["1", "2", "3", "4"]) {
      defs.append("marker").attr("id", "arrow-" + k).attr("viewBox", "0 -4 8 8").attr("refX", 8).attr("markerWidth", 6)
        .attr("markerHeight", 6).attr("orient", "auto").append("path").attr("d", "M0,-4L8,0L0,4").attr("fill", tidings.quadColor[k]);
    }
    const world = svg.append("g");
    svg.call(d3.zoom().scaleExtent([0.3, 5]).on("zoom", e => world.attr("transform", e.transform)));
    world.append("g").selectAll("path").data(links).join("path")
      .attr("class", l => "link quad-" + l.quad).attr("stroke", l => tidings.quadColor[l.quad])
      .attr("stroke-width", l => 1 + Math.sqrt(l.n)).attr("marker-end", l => "url(#arrow-" + l.quad + ")")
      .attr("d", l => arc(l, radius))
      .append("title").text(l => l.source.name + " → " + l.target.name + ": " + l.n + " " + tidings.quadNames[l.quad]);
    const g = world.append("g").selectAll("g").data(Array.from(nodes.values())).join("g")
      .attr("class", "node").attr("transform", n => "translate(" + n.x + "," + n.y + ")");
    g.append("circle").attr("r", radius).attr("fill", "#36506b");
    g.append("text").attr("dx", n => radius(n) + 3).attr("dy", "0.35em").text(labelOf);
    g.append("title").text(n => labelOf(n) + ": " + n.events + " events");

    el.replaceChildren(svg.node());
    el.dataset.ready = "true";
    el.dataset.nodes = String(nodes.size);
    el.dataset.links = String(links.length);
    note.textContent = nodes.size + " actors, " + links.length + " edges (the " + dyads.length + " most frequent pairs). Drag to pan, scroll to zoom.";
  }

  function labelOf(n) { return n.name + (n.country ? " (" + n.country + ")" : ""); }

  // A curved edge from source to target, ending at the target's rim; each quad class bends further.
  function arc(l, radius) {
    const s = l.source, t = l.target;
    if (l.self) {
      const r = radius(s) + 10 + 6 * l.bend;
      return "M" + s.x + "," + (s.y - radius(s)) + "a" + r + "," + r + " 0 1,1 0.1,0";
    }
    const dx = t.x - s.x, dy = t.y - s.y, dist = Math.hypot(dx, dy) || 1;
    const ex = t.x - dx / dist * (radius(t) + 2), ey = t.y - dy / dist * (radius(t) + 2);
    const r = dist * (1.2 + l.bend * 0.6);
    return "M" + s.x + "," + s.y + "A" + r + "," + r + " 0 0,1 " + ex + "," + ey;
  }

  draw().catch(function (e) { tidings.say(el, "Could not draw the network: " + e.message); });
})();
