// The dyad timeline: events per period stacked by quad class (above) and the mean Goldstein
// score (below), from /stats/timeline with the page's filters.
"use strict";
(function () {
  const el = document.getElementById("timeline");
  const choice = document.getElementById("interval");
  const table = document.getElementById("timeline-table");
  const quads = ["1", "2", "3", "4"];

  async function draw() {
    const data = await tidings.json("/stats/timeline?" + el.dataset.query + "&interval=" + encodeURIComponent(choice.value));
    const points = data.points;
    fill(points);
    if (!points.length) {
      tidings.say(el, "No dated events match" + (data.unplaced ? " (" + data.unplaced + " dated too coarsely for this interval)." : "."));
      el.dataset.ready = "true";
      el.dataset.points = "0";
      return;
    }
    const width = Math.max(el.clientWidth - 16, 480), top = 280, gap = 36, bottom = 140;
    const m = {left: 48, right: 16, top: 12, bottom: 52};
    const height = m.top + top + gap + bottom + m.bottom;
    const x = d3.scaleBand().domain(points.map(p => p.period)).range([m.left, width - m.right]).padding(0.15);
    const yCount = d3.scaleLinear().domain([0, d3.max(points, p => p.total) || 1]).nice().range([m.top + top, m.top]);
    const gTop = m.top + top + gap;
    const yG = d3.scaleLinear().domain([-10, 10]).range([gTop + bottom, gTop]);
    const stacked = d3.stack().keys(quads).value((p, k) => p.counts[k])(points);

    const svg = d3.create("svg").attr("viewBox", [0, 0, width, height]).attr("role", "img")
      .attr("aria-label", "events per " + data.interval + " by quad class, and mean Goldstein score");
    svg.append("g").attr("class", "grid").selectAll("line").data(yCount.ticks(5)).join("line")
      .attr("x1", m.left).attr("x2", width - m.right).attr("y1", d => yCount(d)).attr("y2", d => yCount(d));
    svg.append("g").attr("class", "bars").selectAll("g").data(stacked).join("g")
      .attr("fill", s => tidings.quadColor[s.key]).attr("data-quad", s => s.key)
      .selectAll("rect").data(s => s.filter(d => d[1] > d[0]).map(d => Object.assign(d, {key: s.key}))).join("rect")
      .attr("class", "bar").attr("x", d => x(d.data.period)).attr("width", x.bandwidth())
      .attr("y", d => yCount(d[1])).attr("height", d => yCount(d[0]) - yCount(d[1]))
      .append("title").text(d => d.data.period + ": " + (d[1] - d[0]) + " " + tidings.quadNames[d.key]);
    const every = Math.ceil(points.length / Math.max(1, Math.floor((width - m.left) / 70)));
    const xAxis = d3.axisBottom(x).tickValues(points.map(p => p.period).filter((_, i) => i % every === 0));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (m.top + top) + ")").call(xAxis);
    svg.append("g").attr("class", "axis").attr("transform", "translate(" + m.left + ",0)").call(d3.axisLeft(yCount).ticks(5));
    svg.append("text").attr("x", m.left).attr("y", m.top + 2).attr("dx", 6).attr("font-size", 11).attr("fill", "#555")
      .text("events per " + data.interval);

    svg.append("line").attr("x1", m.left).attr("x2", width - m.right).attr("y1", yG(0)).attr("y2", yG(0)).attr("stroke", "#bbb");
    svg.append("g").attr("class", "axis").attr("transform", "translate(" + m.left + ",0)").call(d3.axisLeft(yG).ticks(5));
    svg.append("g").attr("class", "axis").attr("transform", "translate(0," + (gTop + bottom) + ")").call(xAxis)
      .selectAll("text").attr("transform", "rotate(-30)").style("text-anchor", "end");
    const mid = p => x(p.period) + x.bandwidth() / 2;
    // the line joins the periods that have events; an empty period has no mean to draw
    const line = d3.line().x(mid).y(p => yG(p.goldstein_mean));
    svg.append("path").attr("class", "goldstein").attr("fill", "none").attr("stroke", "#222").attr("stroke-width", 1.6)
      .attr("d", line(points.filter(p => p.goldstein_mean !== null)));
    svg.append("g").selectAll("circle").data(points.filter(p => p.goldstein_mean !== null)).join("circle")
      .attr("class", "goldstein-point").attr("cx", mid).attr("cy", p => yG(p.goldstein_mean)).attr("r", 3).attr("fill", "#222")
      .append("title").text(p => p.period + ": mean Goldstein " + p.goldstein_mean);
    svg.append("text").attr("x", m.left).attr("y", gTop - 6).attr("dx", 6).attr("font-size", 11).attr("fill", "#555")
      .text("mean Goldstein score (−10 conflict … +10 cooperation)");

    el.replaceChildren(svg.node());
    el.dataset.ready = "true";
    el.dataset.points = String(points.length);
    el.dataset.events = String(d3.sum(points, p => p.total));
  }

  function fill(points) {
    const body = table.querySelector("tbody");
    body.replaceChildren();
    for (const p of points.filter(p => p.total)) {
      const tr = document.createElement("tr");
      for (const value of [p.period, ...quads.map(k => p.counts[k]), p.total, p.goldstein_mean ?? ""]) {
        const td = document.createElement("td");
        td.textContent = String(value);
        tr.appendChild(td);
      }
      body.appendChild(tr);
    }
    table.hidden = !body.children.length;
  }

  function run() {
    el.dataset.ready = "false";
    draw().catch(function (e) { tidings.say(el, "Could not draw the timeline: " + e.message); });
  }
  choice.addEventListener("change", run);
  run();
})();
