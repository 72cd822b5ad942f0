/* kg explorer glue: draws the embedded graph with vis-network.
 * Safety rule of this file: text from the graph is only ever put in the page with
 * textContent / createTextNode / title properties, never innerHTML; links only when
 * they parse as http(s) URLs. Positions come from Python, so physics stays off. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var t0 = performance.now();
  var COLORS = {}, SHAPES = {};
  data.legend.forEach(function (k) { COLORS[k.kind] = k.color; SHAPES[k.kind] = k.shape; });
  var DIM = "rgba(200,200,200,0.35)";
  var big = data.nodes.length > 800;
  var recs = data.nodes;

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }
  function safeHref(u) {
    try {
      var p = new URL(String(u));
      return (p.protocol === "http:" || p.protocol === "https:") ? p.href : null;
    } catch (err) { return null; }
  }
  function baseColor(r) { return COLORS[r.kind] || "#888"; }
  /* vis-network options per node and edge, assembled in Python with pyvis's Network (copied:
   * the DataSets are updated in place when highlighting, the originals restore the colours) */
  function copy(o) { return JSON.parse(JSON.stringify(o)); }
  /* text shown in passing (heading, note, labels, tooltips) is clipped; the panel shows it whole */
  function clip(text, n) {
    var t = String(text === undefined || text === null ? "" : text);
    return t.length > n ? t.slice(0, n - 1) + "\u2026" : t;
  }
  function visNode(r, i) {
    var n = copy(data.draw.nodes[i]);
    if (n.label !== undefined) n.label = clip(n.label, 80);
    return n;
  }
  function visEdge(e, i) { return copy(data.draw.edges[i]); }
  var EDGE_COLOR = data.edge_colors;

  var nodes = new vis.DataSet(recs.map(visNode));
  var edges = new vis.DataSet(data.edges.map(visEdge));
  var adj = recs.map(function () { return []; });
  data.edges.forEach(function (e, i) { adj[e.from].push([e.to, i]); adj[e.to].push([e.from, i]); });

  var container = document.getElementById("kg-graph");
  var options = {
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 7 },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: big, hideEdgesOnZoom: big, multiselect: false,
      navigationButtons: false, keyboard: { enabled: true, bindToWindow: false } },
    edges: { smooth: false, selectionWidth: 1.5, font: { size: 10, color: "#555", strokeWidth: 3 } },
    nodes: { scaling: { label: { drawThreshold: 5 } } }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  var timing = { start: t0 };
  network.once("afterDrawing", function () {
    timing.firstDraw = performance.now();
    document.documentElement.setAttribute("data-kg-drawn", "1");
  });

  /* ---------- header, legend, filters, note ---------- */
  document.getElementById("kg-title").textContent = clip(data.title, 200);
  document.getElementById("kg-note").textContent = clip(data.note, 300) + "  ·  " + recs.length + " nodes, " +
    data.edges.length + " edges";
  var hiddenKinds = {};
  var legend = document.getElementById("kg-legend");
  legend.appendChild(el("h2", null, "Types"));
  var counts = {};
  recs.forEach(function (r) { counts[r.kind] = (counts[r.kind] || 0) + 1; });
  data.legend.forEach(function (k) {
    var lab = el("label");
    var box = el("input");
    box.type = "checkbox"; box.checked = true; box.setAttribute("data-kind", k.kind);
    box.addEventListener("change", function () { setKindVisible(k.kind, box.checked); });
    var sw = el("span", "swatch shape-" + k.shape);
    sw.style.background = k.color;
    lab.appendChild(box); lab.appendChild(sw); lab.appendChild(el("span", null, k.kind));
    lab.appendChild(el("span", "count", counts[k.kind] || 0));
    legend.appendChild(lab);
  });
  legend.appendChild(el("h2", null, "Edges"));
  [["INTRODUCES", "introduces (arrow)"], ["USES", "uses"], ["PUBLISHED_BY", "published by"], ["SHARES", "shares entities"],
    ["CONTAINS", "in community"]]
    .forEach(function (p) {
      if (!data.edges.some(function (e) { return e.type === p[0]; })) return;
      var lab = el("label");
      var sw = el("span", "swatch");
      sw.style.background = EDGE_COLOR[p[0]]; sw.style.height = "3px";
      lab.appendChild(sw); lab.appendChild(el("span", null, p[1]));
      legend.appendChild(lab);
    });
  if (data.scale && data.scale.items.length) {
    legend.appendChild(el("h2", null, data.scale.title));
    data.scale.items.forEach(function (it) {
      var lab = el("label");
      var sw = el("span", "swatch");
      sw.style.background = it[1];
      lab.appendChild(sw); lab.appendChild(el("span", null, it[0]));
      legend.appendChild(lab);
    });
  }
  legend.appendChild(el("div", "hint", data.kind === "paper" ?
    "Closer to the centre and larger = shares more with the focus paper. Hover a ranked paper to " +
    "highlight it and what it shares; click a node for details." : "Size = number of connections. Click a node for details; " +
    "click the background to clear. Hover an edge for its evidence."));

  function setKindVisible(kind, visible) {
    hiddenKinds[kind] = !visible;
    var upd = [];
    recs.forEach(function (r, i) { if (r.kind === kind) upd.push({ id: i, hidden: !visible }); });
    nodes.update(upd);
  }

  /* ---------- highlight and side panel ---------- */
  var highlighted = false;
  var dimOthers = recs.length <= 1500;  /* above that, recolouring every node costs too much per click */
  function highlight(i) {
    var keep = {};
    keep[i] = true;
    adj[i].forEach(function (p) { keep[p[0]] = true; });
    highlightSet(keep);
  }
  function highlightSet(keep) {
    if (!dimOthers) return;  /* vis-network's own selection still marks the node and its edges */
    nodes.update(recs.map(function (r, j) {
      return keep[j] ? { id: j, color: visNode(r, j).color, font: { color: "#30343a" } }
        : { id: j, color: { background: DIM, border: DIM }, font: { color: "rgba(90,90,90,0.25)" } };
    }));
    edges.update(data.edges.map(function (e, j) {
      var base = visEdge(e, j).color;
      return { id: j, color: keep[e.from] && keep[e.to] ? base : { color: DIM, opacity: 0.25 } };
    }));
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) return;
    nodes.update(recs.map(function (r, j) { return { id: j, color: visNode(r, j).color, font: { color: "#30343a" } }; }));
    edges.update(data.edges.map(function (e, j) { return { id: j, color: visEdge(e, j).color }; }));
    highlighted = false;
  }

  /* a ranked paper, the focus and the entities they share; the rest dimmed while hovering */
  function showShared(j) {
    var keep = {}, mine = {};
    keep[j] = true; keep[data.focus] = true;
    adj[data.focus].forEach(function (p) { mine[p[0]] = true; });
    adj[j].forEach(function (p) { if (mine[p[0]]) keep[p[0]] = true; });
    highlightSet(keep);
    network.selectNodes([j]);
  }

  var panel = document.getElementById("kg-panel");
  var body = document.getElementById("kg-panel-body");
  var focusEntity = (data.focus !== null && recs[data.focus] && recs[data.focus].kind !== "Paper") ? data.focus : null;

  function markedText(parent, text, marks) {
    var at = 0;
    (marks || []).forEach(function (m) {
      if (m[0] < at || m[1] > text.length) return;
      parent.appendChild(document.createTextNode(text.slice(at, m[0])));
      var mk = el("mark", m[2] === focusEntity ? "focus" : null, text.slice(m[0], m[1]));
      if (m[2] >= 0 && recs[m[2]]) mk.title = recs[m[2]].name + " (" + recs[m[2]].kind + ")";
      parent.appendChild(mk);
      at = m[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
  }
  function nodeButton(j, extra) {
    var b = el("button", "linklike", recs[j].name + (extra || ""));
    b.type = "button";
    b.addEventListener("click", function () { select(j, true); });
    return b;
  }
  function section(title, items) {
    if (!items.length) return;
    body.appendChild(el("h2", null, title));
    var ul = el("ul");
    items.forEach(function (it) { var li = el("li"); li.appendChild(it); ul.appendChild(li); });
    body.appendChild(ul);
  }
  function chip(r) {
    var c = el("span", "kind", r.kind);
    c.style.background = baseColor(r);
    return c;
  }
  function paperPanel(i, r) {
    var h = el("h1");
    markedText(h, r.name, r.tmarks);
    body.appendChild(h);
    var meta = [];
    if (r.date) meta.push(r.date);
    if (r.authors && r.authors.length) {
      meta.push(r.authors.slice(0, 8).join(", ") + (r.authors.length > 8 ? " et al." : ""));
    } else if (r.n_authors) meta.push(r.n_authors + " authors");
    if (r.upvotes !== null && r.upvotes !== undefined) meta.push(r.upvotes + " upvotes");
    if (r.org) meta.push(r.org);
    meta.push("id " + r.id);
    body.appendChild(el("div", "meta", meta.join(" · ")));
    var links = el("div", "links");
    (r.links || []).forEach(function (l) {
      var href = safeHref(l[1]);
      if (!href) return;
      var a = el("a", null, l[0]);
      a.href = href; a.target = "_blank"; a.rel = "noopener noreferrer";
      links.appendChild(a);
    });
    body.appendChild(links);
    if (r.abstract) {
      body.appendChild(el("h2", null, "Abstract"));
      var p = el("p", "abstract");
      markedText(p, r.abstract, r.amarks);
      body.appendChild(p);
    }
    section("Entities", (r.ents || []).map(function (x) {
      return rowButton(x[0], x[3], " — " + x[1].toLowerCase() + (x[2] ? ", introduced" : ""));
    }));
    if (i === data.focus && data.ranking.length) {
      section("Papers sharing entities (ranked)", data.ranking.map(function (x) {
        var span = el("span", "ranked");
        span.appendChild(nodeButton(x.node));
        span.appendChild(el("span", "meta", " — " + x.shared.length + " shared: " + x.shared.join(", ")));
        span.setAttribute("data-node", recs[x.node].id);
        span.addEventListener("mouseenter", function () { showShared(x.node); });
        span.addEventListener("mouseleave", function () { clearHighlight(); network.selectNodes([data.focus]); });
        return span;
      }));
    }
    section("Related papers", adj[i].filter(function (p) { return recs[p[0]].kind === "Paper"; }).map(function (p) {
      var e = data.edges[p[1]];
      return nodeButton(p[0], e.shared ? " — shares " + e.shared.join(", ") : "");
    }));
  }
  function rowButton(name, j, extra) {
    if (j >= 0) return nodeButton(j, extra);
    return el("span", null, name + (extra || ""));
  }
  function adoptionChart(rows) {
    var top = Math.max.apply(null, rows.map(function (x) { return x[1]; }));
    var chart = el("div", "chart");
    chart.setAttribute("role", "img");
    chart.setAttribute("aria-label", "papers per month");
    rows.forEach(function (x) {
      var col = el("div", "col");
      col.title = x[0] + ": " + x[1] + (x[1] === 1 ? " paper" : " papers");
      var bar = el("div", "bar");
      bar.style.height = Math.max(2, Math.round(60 * x[1] / top)) + "px";
      col.appendChild(el("span", "n", x[1])); col.appendChild(bar); col.appendChild(el("span", "m", x[0].slice(2)));
      chart.appendChild(col);
    });
    return chart;
  }
  function fitChart(chart) {
    // Fitted whenever the chart gets or changes its size (the panel may be laid out later, or resized).
    if (typeof ResizeObserver === "function") new ResizeObserver(function () { fitColumns(chart); }).observe(chart);
    fitColumns(chart);
  }
  function fitColumns(chart) {
    // In the panel: months as wide as it allows; labels thinned (the latest month keeps its own) so they never
    // overlap; a long history scrolls, opened on its latest months.
    var cols = chart.children;
    if (!chart.clientWidth) return;  // not laid out (yet): the observer calls again
    var width = chart.clientWidth / Math.max(1, cols.length);
    var every = Math.max(1, Math.ceil(32 / width));
    for (var i = 0; i < cols.length; i++) {
      var keep = (cols.length - 1 - i) % every === 0;
      cols[i].querySelector(".m").style.visibility = keep ? "" : "hidden";
      cols[i].querySelector(".n").style.visibility = keep || width >= 20 ? "" : "hidden";
    }
    chart.scrollLeft = chart.scrollWidth;
  }
  function storyPanel(s) {
    section("Introduced by", s.introduced.map(function (x) {
      return rowButton(x[0], x[2], x[1] ? " — " + x[1] : "");
    }));
    if (s.adoption.length) {
      body.appendChild(el("h2", null, "Adoption (papers per month)"));
      fitChart(body.appendChild(adoptionChart(s.adoption)));
    }
    section("Used with", s.co_used.map(function (x) {
      return rowButton(x[0], x[3], " — " + x[1].toLowerCase() + ", " + x[2] + " paper" + (x[2] === 1 ? "" : "s"));
    }));
  }
  function entityPanel(i, r) {
    body.appendChild(el("h1", null, r.name));
    var meta = [r.type];
    if (r.n_papers !== null && r.n_papers !== undefined) meta.push(r.n_papers + " papers in the graph");
    if (r.first_seen) meta.push("first seen " + r.first_seen);
    meta.push("id " + r.id);
    body.appendChild(el("div", "meta", meta.join(" · ")));
    if (r.aliases && r.aliases.length) {
      body.appendChild(el("h2", null, "Aliases"));
      body.appendChild(el("p", null, r.aliases.join(" · ")));
    }
    if (r.story) storyPanel(r.story);
    if (r.kind === "Community") {
      body.appendChild(el("p", "meta", "Click the community again to hide its members."));
      section("Top entities", members(i).filter(function (j) { return recs[j].kind !== "Paper"; }).map(function (j) {
        return nodeButton(j, " — " + recs[j].kind.toLowerCase());
      }));
    }
    section("Papers", adj[i].filter(function (p) { return recs[p[0]].kind === "Paper"; }).map(function (p) {
      var e = data.edges[p[1]];
      return nodeButton(p[0], e.type === "INTRODUCES" ? " — introduces it" : "");
    }));
  }
  function openPanel(i) {
    var r = recs[i];
    if (r.kind !== "Paper") focusEntity = i;
    body.textContent = "";
    body.appendChild(chip(r));
    if (r.kind === "Paper") paperPanel(i, r); else entityPanel(i, r);
    panel.hidden = false;
    panel.setAttribute("data-node", r.id);
  }
  function closePanel() { panel.hidden = true; panel.removeAttribute("data-node"); }
  /* communities: a click shows (or hides again) the top entities and papers drawn around it */
  function members(i) {
    return adj[i].filter(function (p) { return data.edges[p[1]].type === "CONTAINS" && p[0] !== i &&
      recs[p[0]].kind !== "Community"; }).map(function (p) { return p[0]; });
  }
  var opened = {};
  function toggleCommunity(i, open) {
    opened[i] = open === undefined ? !opened[i] : open;
    nodes.update(members(i).map(function (m) { return { id: m, hidden: !opened[i] }; }));
  }
  function revealHidden(i) {
    if (!recs[i].hidden || opened.hasOwnProperty(i)) return;
    adj[i].forEach(function (p) { if (recs[p[0]].kind === "Community") toggleCommunity(p[0], true); });
  }
  function select(i, move) {
    var wasHidden = panel.hidden;
    revealHidden(i);
    network.selectNodes([i]);
    highlight(i);
    openPanel(i);
    if (wasHidden) network.setSize("100%", "100%");  /* the panel took width: resize the canvas now */
    if (move) network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }
  document.getElementById("kg-panel-close").addEventListener("click", function () { closePanel(); clearHighlight(); });
  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length && recs[p.nodes[0]].kind === "Community") toggleCommunity(p.nodes[0]);
    if (p.nodes.length) select(p.nodes[0], false);
    else if (!p.edges.length) { closePanel(); clearHighlight(); network.unselectAll(); }
  });

  /* ---------- tooltips (own element, text only) ---------- */
  var tip = document.getElementById("kg-tip");
  function showTip(lines, ev) {
    tip.textContent = "";
    lines.forEach(function (l, k) {
      if (k) tip.appendChild(document.createTextNode("\n"));
      if (Array.isArray(l)) { tip.appendChild(el("b", null, l[0])); tip.appendChild(document.createTextNode(" " + clip(l[1], 300))); }
      else tip.appendChild(document.createTextNode(clip(l, 300)));
    });
    var box = container.getBoundingClientRect();
    tip.style.left = Math.min(window.innerWidth - 440, box.left + ev.x + 14) + "px";
    tip.style.top = (box.top + ev.y + 14) + "px";
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) {
    var r = recs[p.node];
    var lines = [[r.kind, r.name]];
    if (r.kind === "Paper" && r.date) lines.push(r.date);
    if (r.kind !== "Paper" && r.aliases && r.aliases.length > 1) lines.push("also: " + r.aliases.slice(0, 6).join(", "));
    lines.push(adj[p.node].length + " connections in view");
    showTip(lines, p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = data.edges[p.edge];
    var a = recs[e.from], b = recs[e.to];
    var lines = [[e.type === "INTRODUCES" ? "introduces" : e.type === "USES" ? "uses" : e.type.toLowerCase(),
      a.name + " → " + b.name]];
    if (e.shared) lines.push("shared: " + e.shared.join(", "));
    if (e.text) lines.push(["mention", "“" + e.text + "” in the " + (e.field || "text")]);
    if (e.sentence) lines.push(["evidence", e.sentence]);
    if (e.confidence !== undefined) lines.push("confidence " + e.confidence + (e.found_by ? " · found by " + e.found_by : ""));
    showTip(lines, p.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) { network.on(ev, hideTip); });

  /* ---------- search ---------- */
  var list = document.getElementById("kg-names");
  if (recs.length <= 3000) {
    recs.forEach(function (r) { var o = el("option"); o.value = r.name; list.appendChild(o); });
  }
  var status = document.getElementById("kg-search-status");
  var lastQuery = null, hits = [], hitAt = 0;
  function search(q) {
    q = String(q || "").trim().toLowerCase();
    if (!q) { status.textContent = ""; return null; }
    if (q !== lastQuery) {
      var exact = [], starts = [], inside = [];
      recs.forEach(function (r, i) {
        if (hiddenKinds[r.kind]) return;
        var names = [r.name.toLowerCase(), r.id.toLowerCase()].concat((r.aliases || []).map(function (a) { return a.toLowerCase(); }));
        if (names.indexOf(q) >= 0) exact.push(i);
        else if (names.some(function (n) { return n.indexOf(q) === 0; })) starts.push(i);
        else if (names.some(function (n) { return n.indexOf(q) >= 0; })) inside.push(i);
      });
      hits = exact.concat(starts, inside); hitAt = 0; lastQuery = q;
    } else { hitAt = hits.length ? (hitAt + 1) % hits.length : 0; }
    if (!hits.length) { status.textContent = "no match"; return null; }
    status.textContent = (hitAt + 1) + " of " + hits.length + (hits.length > 1 ? " (Enter: next)" : "");
    select(hits[hitAt], true);
    return recs[hits[hitAt]].id;
  }
  document.getElementById("kg-search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    search(document.getElementById("kg-search").value);
  });

  if (data.focus !== null && data.focus !== undefined && recs[data.focus]) {
    network.selectNodes([data.focus]);
    if (data.kind !== "paper") highlight(data.focus);  /* the paper view shows its whole neighbourhood */
    openPanel(data.focus);
    network.setSize("100%", "100%");  /* the panel took width: fit the drawing to what is left */
  }
  network.fit({ animation: false, maxZoomLevel: 2 });  /* fill the graph area, also when it is larger */
  network.moveTo({ scale: network.getScale() * 0.9 });  /* fit counts shapes only: room for the outer labels */

  /* ---------- a small handle for tests and the curious ---------- */
  window.kgExplorer = {
    network: network, data: data, timing: timing, search: search,
    select: function (id) {
      for (var i = 0; i < recs.length; i++) if (recs[i].id === id) { select(i, true); return true; }
      return false;
    },
    drawnNodeCount: function () { return network.body.nodeIndices.length; },
    drawnEdgeCount: function () { return network.body.edgeIndices.length; },
    showShared: showShared,
    /* the drawn label boxes (canvas units) and the zoom they are drawn at */
    labelBoxes: function () {
      var out = [], scale = network.getScale();
      network.body.nodeIndices.forEach(function (id) {
        var n = network.body.nodes[id], lab = n.labelModule;
        if (!String(n.options.label || "").trim() || n.options.hidden || lab.size.width <= 0) return;
        if ((n.options.font.size || 14) * scale < 5) return;  /* below vis-network's draw threshold */
        out.push([lab.size.left, lab.size.top, lab.size.left + lab.size.width, lab.size.top + lab.size.height, id]);
      });
      return out;
    },
    /* the drawn edge label boxes (canvas units), as labelBoxes */
    edgeLabelBoxes: function () {
      var out = [];
      network.body.edgeIndices.forEach(function (id) {
        var e = network.body.edges[id], lab = e.labelModule;
        if (!String(e.options.label || "").trim() || !e.options.font || lab.size.width <= 0) return;
        out.push([lab.size.left, lab.size.top, lab.size.left + lab.size.width, lab.size.top + lab.size.height, id]);
      });
      return out;
    },
    position: function (id) {
      for (var i = 0; i < recs.length; i++) if (recs[i].id === id) return network.canvasToDOM(network.getPosition(i));
      return null;
    }
  };
  timing.interactive = performance.now();
  document.documentElement.setAttribute("data-kg-ready", "1");
})();
