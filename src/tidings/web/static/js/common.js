// Shared by the pages: the quad-class colours (from the stylesheet) and a JSON fetch that fails loudly.
"use strict";
window.tidings = (function () {
  const css = getComputedStyle(document.documentElement);
  const quadColor = {};
  for (const k of ["1", "2", "3", "4"]) quadColor[k] = css.getPropertyValue("--q" + k).trim() || "#888";
  const quadNames = {"1": "verbal cooperation", "2": "material cooperation", "3": "verbal conflict", "4": "material conflict"};

  async function json(url) {
    const response = await fetch(url, {headers: {"Accept": "application/json"}});
    if (!response.ok) throw new Error(url + ": " + response.status);
    return response.json();
  }

  // Replace the chart's placeholder with a message (the data is there, but there is nothing to draw).
  function say(el, message) {
    const p = document.createElement("p");
    p.className = "empty";
    p.textContent = message;
    el.replaceChildren(p);
  }

  return {quadColor, quadNames, json, say};
})();
