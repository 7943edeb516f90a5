// The map: country outlines from the bundled Natural Earth TopoJSON (no tile server), countries
// shaded by the events they are a party to, and circles at event places.
"use strict";
(function () {
  const el = document.getElementById("map");
  const note = document.getElementById("map-note");

  async function draw() {
    const q = el.dataset.query;
    const [world, countries, places] = await Promise.all([
      tidings.json("/static/vendor/countries-110m.json"), tidings.json("/stats/countries?" + q),
      tidings.json("/stats/places?" + q)]);
    const byNumeric = new Map();
    for (const [alpha3, c] of Object.entries(countries)) if (c.numeric) byNumeric.set(c.numeric, Object.assign({alpha3}, c));
    const features = topojson.feature(world, world.objects.countries).features;
    const width = Math.max(el.clientWidth - 16, 600), height = Math.round(width * 0.52);
    const projection = d3.geoNaturalEarth1().fitSize([width, height], {type: "Sphere"});
    const path = d3.geoPath(projection);
    const max = d3.max(Array.from(byNumeric.values()), c => c.total) || 1;
    const shade = d3.scaleSequentialSqrt(d3.interpolateOrRd).domain([0, max]);

    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("role", "img").attr("aria-label", "map of events");
    svg.append("path").attr("class", "sphere").attr("d", path({type: "Sphere"}));
    svg.append("g").selectAll("path").data(features).join("path")
      .attr("class", d => "country" + (byNumeric.has(d.id) ? " has-events" : ""))
      .attr("data-id", d => d.id || "")
      .attr("fill", d => byNumeric.has(d.id) ? shade(byNumeric.get(d.id).total) : "#dfe3e6")
      .attr("d", path)
      .append("title").text(d => {
        const c = byNumeric.get(d.id);
        return d.properties.name + (c ? ": " + c.total + " events (" + c.source + " as source, " + c.target + " as target)" : "");
      });
    const dominant = p => ["1", "2", "3", "4"].reduce((a, b) => (p.counts[b] > p.counts[a] ? b : a), "1");
    const shown = places.filter(p => projection([p.lon, p.lat]));
    svg.append("g").selectAll("circle").data(shown).join("circle")
      .attr("class", "place").attr("cx", p => projection([p.lon, p.lat])[0]).attr("cy", p => projection([p.lon, p.lat])[1])
      .attr("r", p => 3 + 2.5 * Math.sqrt(p.total)).attr("fill", p => tidings.quadColor[dominant(p)])
      .append("title").text(p => p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.total + " events");

    el.replaceChildren(svg.node());
    const shaded = features.filter(f => byNumeric.has(f.id)).length;
    el.dataset.ready = "true";
    el.dataset.countries = String(shaded);
    el.dataset.places = String(shown.length);
    note.textContent = shaded + " countries with events, " + shown.length + " event places." +
      (shown.length ? "" : " No event in this selection has a place with coordinates.");
  }

  draw().catch(function (e) { tidings.say(el, "Could not draw the map: " + e.message); });
})();
