/* The explorer page: a form of filters kept in the URL, and the map, chart, places, claims and place timeline
   that follow it, all read from the public API. Leaflet draws the map, Chart.js the chart. */
(function () {
  "use strict";

  var API = "/api";
  var THEATRE = [[43.5, 21.5], [57.5, 47.5]]; // Ukraine and western Russia
  var MANY_MARKERS = 2000; // above this, markers are drawn on one canvas instead of one SVG element each
  var LISTED_PLACES = 200;
  var CONTROL = {
    RU: { letter: "R", label: "Russian control", colour: "#b3261e" },
    UA: { letter: "U", label: "Ukrainian control", colour: "#1d5fa8" },
    contested: { letter: "C", label: "Contested", colour: "#e08a00" },
    none: { letter: "·", label: "No control claim", colour: "#6b6b6b" }
  };
  var SIDES = {
    RU: { label: "Russia", colour: "#b3261e" }, UA: { label: "Ukraine", colour: "#1d5fa8" },
    KP: { label: "North Korea", colour: "#7a2e12" }, US: { label: "United States", colour: "#2e7d4f" },
    INT: { label: "International", colour: "#7048a3" }, media: { label: "Media", colour: "#8a8a8a" },
    other: { label: "Other", colour: "#b39400" }
  };
  var RU_CAMP = ["RU", "KP"], UA_CAMP = ["UA"];

  var form = document.getElementById("filters");
  var mapElement = document.getElementById("map");
  var statusLine = document.getElementById("status");
  var placesList = document.getElementById("places");
  var claimsList = document.getElementById("claims");
  var moreButton = document.getElementById("more");
  var panel = document.getElementById("panel");
  var chart = null;
  var markers = null;
  var nextClaims = null;
  var generation = 0; // answers to an older set of filters are dropped
  var fitted = false;

  // ------------------------------------------------------------------ filters <-> URL

  function apiParams() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim() !== "") params.append(name, String(value).trim());
    });
    return params;
  }

  function pageParams() {
    var params = apiParams();
    var place = new URLSearchParams(window.location.search).get("place");
    if (place && !panel.hidden) params.set("place", place);
    return params;
  }

  function fillForm(params) {
    Array.prototype.forEach.call(form.elements, function (element) {
      if (!element.name) return;
      var values = params.getAll(element.name).reduce(function (all, v) { return all.concat(v.split(",")); }, []);
      if (element.type === "checkbox") element.checked = values.indexOf(element.value) !== -1;
      else element.value = values[0] || "";
    });
  }

  function withParams(path, params, extra) {
    var query = new URLSearchParams(params);
    Object.keys(extra || {}).forEach(function (key) { query.set(key, extra[key]); });
    var text = query.toString();
    return path + (text ? "?" + text : "");
  }

  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (response) {
      return response.json().then(function (body) {
        if (!response.ok) {
          var problems = Object.keys(body).map(function (key) { return key + ": " + [].concat(body[key]).join(" "); });
          throw new Error(problems.join("; ") || response.statusText);
        }
        return body;
      });
    });
  }

  // ------------------------------------------------------------------ text helpers

  function element(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") node.textContent = attributes[key];
      else if (key === "className") node.className = attributes[key];
      else node.setAttribute(key, attributes[key]);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function humanDate(value, precision) {
    if (!value) return "undated";
    if (precision === "month") return value.slice(0, 7);
    if (precision === "year") return value.slice(0, 4);
    return value;
  }

  function words(value) { return String(value || "").replace(/_/g, " "); }

  function plural(n, word) { return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s"); }

  function controlOf(place) { return CONTROL[place.control || "none"]; }

  function approximate(place) {
    return place.geo_precision !== "exact" && place.kind !== "region" && place.kind !== "country";
  }

  function placeDescription(place) {
    var text = place.name + ": " + plural(place.claims_count, "claim") + ", " + controlOf(place).label;
    if (place.kind === "region" || place.kind === "country") text += " (whole " + place.kind + ", at its centroid)";
    else if (approximate(place)) text += " (approximate: at the centroid of its " + place.geo_precision + ")";
    return text;
  }

  // ------------------------------------------------------------------ map

  var map = L.map(mapElement, { zoomSnap: 0.5, minZoom: 3, maxZoom: 14 });
  map.fitBounds(THEATRE);
  map.attributionControl.addAttribution("Boundaries: Natural Earth");
  map.createPane("boundaries").style.zIndex = 350; // under the markers' pane (400), whichever loads first
  if (mapElement.dataset.tilesUrl) {
    L.tileLayer(mapElement.dataset.tilesUrl, {
      attribution: mapElement.dataset.tilesAttribution || "", maxZoom: 18
    }).addTo(map);
    mapElement.classList.add("with-tiles");
  }
  getJSON(mapElement.dataset.boundaries).then(function (world) {
    var countries = topojson.feature(world, world.objects.countries);
    var tiles = Boolean(mapElement.dataset.tilesUrl);
    L.geoJSON(countries, {
      pane: "boundaries", interactive: false,
      style: function (feature) {
        var theatre = feature.properties.name === "Ukraine" || feature.properties.name === "Russia";
        return {
          color: "#5a5a5a", weight: theatre ? 1.6 : 0.7, fill: !tiles, fillColor: theatre ? "#fbf8ef" : "#efece4",
          fillOpacity: 1
        };
      }
    }).addTo(map);
    mapElement.dataset.boundaries_ready = "true";
  }).catch(function () { /* the markers stay readable without the boundaries */ });

  // /api/claims/markers/ answers one list per field (a sixth of the size of one object per place): back to
  // one object per place, with the same keys as /api/claims/places/.
  function placesOf(columns) {
    var places = new Array(columns.count);
    for (var i = 0; i < columns.count; i++) {
      places[i] = {
        id: columns.id[i], name: columns.name[i], name_fr: columns.name_fr[i], kind: columns.kind[i],
        latitude: columns.latitude[i], longitude: columns.longitude[i], geo_precision: columns.geo_precision[i],
        claims_count: columns.claims_count[i], control: columns.control[i]
      };
    }
    return places;
  }

  function radius(count) { return 3 + 5 * Math.log10(1 + count); }

  function drawPlaces(places) {
    if (markers) markers.remove();
    var many = places.length > MANY_MARKERS;
    var renderer = many ? L.canvas({ padding: 0.3 }) : L.svg();
    // One tooltip and one click handler for the whole group: tens of thousands of each cost more than drawing.
    markers = L.featureGroup();
    markers.bindTooltip(function (layer) { return controlOf(layer.place).letter + " · " + placeDescription(layer.place); });
    markers.on("click", function (event) { openPlace(event.layer.place); });
    // The first time, the view is fitted to the places before any marker is added: fitting afterwards projected
    // and drew every marker twice (tens of thousands at a million claims).
    if (!fitted && places.length) {
      fitted = true; // once: later filters keep the view the reader chose
      map.fitBounds(L.latLngBounds(places.map(function (p) { return [p.latitude, p.longitude]; })).pad(0.15), { maxZoom: 7 });
    }
    // smallest last, so that they stay clickable on top of the busy ones: the API lists the busiest first
    places.forEach(function (place) {
      var approx = approximate(place);
      var marker = L.circleMarker([place.latitude, place.longitude], {
        renderer: renderer, radius: radius(place.claims_count), color: approx ? "#222" : "#fff",
        weight: approx ? 2 : 1.5, dashArray: approx ? "3 3" : null,
        fillColor: controlOf(place).colour, fillOpacity: 0.85,
        className: many ? "" : "place-marker control-" + (place.control || "none") + (approx ? " approximate" : "")
      });
      marker.place = place;
      markers.addLayer(marker);
    });
    markers.addTo(map);
    if (!many) {
      markers.eachLayer(function (marker) {
        var path = marker.getElement();
        path.setAttribute("data-place-id", marker.place.id);
        path.setAttribute("data-place-name", marker.place.name);
      });
    }
    mapElement.dataset.markers = String(places.length);
  }

  // ------------------------------------------------------------------ places list

  function drawPlacesList(places) {
    placesList.textContent = "";
    places.slice(0, LISTED_PLACES).forEach(function (place) {
      var control = controlOf(place);
      var button = element("button", { type: "button", className: "link", "data-place-id": place.id }, [
        element("span", { className: "key control-" + (place.control || "none"), "aria-hidden": "true", text: control.letter }),
        " " + placeDescription(place)
      ]);
      button.addEventListener("click", function () { openPlace(place); });
      placesList.appendChild(element("li", {}, [button]));
    });
    if (places.length > LISTED_PLACES) {
      placesList.appendChild(element("li", { className: "summary", text: "… and " + plural(places.length - LISTED_PLACES, "more place") + " on the map." }));
    }
  }

  // ------------------------------------------------------------------ chart

  function drawChart(rows) {
    var weeks = [], undated = 0, bySide = {};
    rows.forEach(function (row) {
      if (row.week === null) { undated += row.claims; return; }
      if (weeks[weeks.length - 1] !== row.week) weeks.push(row.week);
      (bySide[row.claimant_side] = bySide[row.claimant_side] || {})[row.week] = row.claims;
    });
    var datasets = Object.keys(SIDES).filter(function (side) { return bySide[side]; }).map(function (side) {
      return {
        label: SIDES[side].label, backgroundColor: SIDES[side].colour, stack: "claims",
        data: weeks.map(function (week) { return bySide[side][week] || 0; })
      };
    });
    var total = rows.reduce(function (sum, row) { return sum + row.claims; }, 0) - undated;
    document.getElementById("chart-summary").textContent = weeks.length
      ? plural(total, "dated claim") + " over " + plural(weeks.length, "week") + ", from the week of " + weeks[0] +
        " to the week of " + weeks[weeks.length - 1] + (undated ? "; " + plural(undated, "claim") + " without a date." : ".")
      : "No dated claim for these filters.";
    var data = { labels: weeks, datasets: datasets };
    if (chart) { chart.data = data; chart.update(); return; }
    chart = new Chart(document.getElementById("chart"), {
      type: "bar", data: data,
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        scales: { x: { stacked: true, ticks: { maxTicksLimit: 12 } }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: "bottom" } }
      }
    });
  }

  // ------------------------------------------------------------------ claims list

  function sourceLink(claim) {
    var href = "/sources/" + claim.source.id + "/?quote_start=" + claim.quote_start + "&quote_end=" + claim.quote_end + "#quote";
    return element("a", { href: href, className: "source-link" }, ["Read it in the article (" + (claim.source.title || claim.source.name) + ")"]);
  }

  function claimItem(claim, event) {
    var places = (event.localities || []).map(function (p) { return p.name; }).join(", ") || (event.region ? event.region.name : "");
    return element("li", { className: "claim side-" + claim.claimant.side }, [
      element("p", { className: "claim-head" }, [
        element("strong", { text: claim.claimant.name }), " (" + claim.claimant.side + ") ",
        element("span", { className: "stance stance-" + claim.stance, text: claim.stance }), " ",
        words(event.event_type) + (event.actor_side ? " by " + event.actor_side : "") + (places ? " at " + places : "") +
        ", " + humanDate(event.occurred_on, event.occurred_precision)
      ]),
      element("blockquote", { text: claim.quote }),
      element("p", { className: "claim-foot" }, ["Claimed " + humanDate(claim.claimed_on, claim.claimed_precision) + " · ", sourceLink(claim)])
    ]);
  }

  function loadClaims(url, mine, append) {
    return getJSON(url).then(function (page) {
      if (mine !== generation) return;
      if (!append) claimsList.textContent = "";
      page.results.forEach(function (claim) { claimsList.appendChild(claimItem(claim, claim.event)); });
      if (!page.results.length && !append) claimsList.appendChild(element("li", { text: "No claim matches these filters." }));
      claimsList.dataset.state = "ready";
      nextClaims = page.next;
      moreButton.hidden = !page.next;
    });
  }

  moreButton.addEventListener("click", function () { if (nextClaims) loadClaims(nextClaims, generation, true); });

  // ------------------------------------------------------------------ place panel: the timeline

  function camp(side) {
    if (RU_CAMP.indexOf(side) !== -1) return "ru";
    if (UA_CAMP.indexOf(side) !== -1) return "ua";
    return "other";
  }

  function timelineEvent(entries) {
    var first = entries[0];
    var columns = { ru: [], ua: [], other: [] };
    entries.forEach(function (entry) {
      columns[camp(entry.claimant.side)].push(element("div", { className: "claim side-" + entry.claimant.side }, [
        element("p", { className: "claim-head" }, [
          element("strong", { text: entry.claimant.name }), " (" + entry.claimant.side + ") ",
          element("span", { className: "stance stance-" + entry.stance, text: entry.stance }),
          " · claimed " + humanDate(entry.claimed_on, entry.claimed_precision)
        ]),
        element("blockquote", { text: entry.quote }),
        sourceLink(entry)
      ]));
    });
    var opposing = columns.ru.length && columns.ua.length;
    var sides = ["ru", "ua", "other"].filter(function (key) { return columns[key].length; }).map(function (key) {
      var title = { ru: "Russian side", ua: "Ukrainian side", other: "Others" }[key];
      return element("div", { className: "column column-" + key }, [element("h4", { text: title })].concat(columns[key]));
    });
    var places = first.localities.map(function (p) { return p.name; }).join(", ");
    return element("li", { className: "timeline-event" + (opposing ? " opposing" : "") }, [
      element("h3", { text: humanDate(first.occurred_on, first.occurred_precision) + " · " + words(first.event_type) +
        (first.actor_side ? " by " + first.actor_side : "") + (places ? " · " + places : "") + (opposing ? " · opposing claims" : "") }),
      element("div", { className: "columns" }, sides)
    ]);
  }

  function openPlace(place) {
    panel.hidden = false;
    document.body.classList.add("panel-open");
    document.getElementById("panel-title").textContent = place.name + (place.name_fr && place.name_fr !== place.name ? " (" + place.name_fr + ")" : "");
    document.getElementById("panel-meta").textContent = placeDescription(place) +
      ". Control claims (capture, withdrawal, attack repelled, territorial control, encirclement) with the current filters, oldest first.";
    var timeline = document.getElementById("timeline");
    timeline.textContent = "Loading…";
    var params = pageParams();
    params.set("place", place.id);
    history.replaceState(null, "", "?" + params.toString());
    getJSON(withParams(API + "/localities/" + place.id + "/timeline/", apiParams(), { limit: 500 })).then(function (page) {
      timeline.textContent = "";
      var events = [], byEvent = {};
      page.results.forEach(function (entry) {
        if (!byEvent[entry.event_id]) { byEvent[entry.event_id] = []; events.push(byEvent[entry.event_id]); }
        byEvent[entry.event_id].push(entry);
      });
      if (!events.length) timeline.textContent = "No control claim about this place with these filters.";
      else timeline.appendChild(element("ol", { className: "timeline" }, events.map(timelineEvent)));
      panel.dataset.placeId = String(place.id);
      panel.focus();
    }).catch(function (error) { timeline.textContent = "Could not read the timeline: " + error.message; });
  }

  document.getElementById("panel-close").addEventListener("click", function () {
    panel.hidden = true;
    document.body.classList.remove("panel-open");
    history.replaceState(null, "", "?" + apiParams().toString());
  });

  // ------------------------------------------------------------------ loading everything for the filters

  function load(push) {
    var mine = ++generation;
    var params = apiParams();
    if (push) history.pushState(null, "", "?" + pageParams().toString());
    statusLine.textContent = "Loading…";
    mapElement.dataset.state = "loading";
    claimsList.dataset.state = "loading";
    var places = getJSON(withParams(API + "/claims/markers/", params)).then(function (columns) {
      if (mine !== generation) return null;
      var rows = placesOf(columns);
      drawPlaces(rows);
      drawPlacesList(rows);
      var claims = rows.reduce(function (sum, place) { return sum + place.claims_count; }, 0);
      statusLine.textContent = plural(rows.length, "place") + " with " + plural(claims, "claim") + " on the map.";
      mapElement.dataset.state = "ready";
      mapElement.dataset.readyMs = String(Math.round(performance.now())); // since navigation: the benchmark's figure
      return rows;
    });
    var weekly = getJSON(withParams(API + "/claims/weekly/", params)).then(function (rows) { if (mine === generation) drawChart(rows); });
    var claims = loadClaims(withParams(API + "/claims/", params, { limit: 50, ordering: "-occurred_on" }), mine, false);
    return Promise.all([places, weekly, claims]).then(function (results) {
      var wanted = new URLSearchParams(window.location.search).get("place");
      var rows = results[0] || [];
      var place = rows.filter(function (p) { return String(p.id) === wanted; })[0];
      if (place) openPlace(place);
    }).catch(function (error) {
      if (mine !== generation) return;
      statusLine.textContent = "The filters could not be applied: " + error.message;
      mapElement.dataset.state = "error";
    });
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); load(true); });
  form.addEventListener("change", function (event) { if (event.target.type !== "search") load(true); });
  document.getElementById("reset").addEventListener("click", function (event) {
    event.preventDefault();
    form.reset();
    load(true);
  });
  window.addEventListener("popstate", function () { fillForm(new URLSearchParams(window.location.search)); load(false); });

  fillForm(new URLSearchParams(window.location.search));
  load(false);
})();
