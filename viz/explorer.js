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
  /* text shown in passing (heading, note, labels, tooltips) is clipped; the panel shows it whole */
  function clip(text, n) {
    var t = String(text === undefined || text === null ? "" : text);
    return t.length > n ? t.slice(0, n - 1) + "\u2026" : t;
  }
  function nodeSize(r) { return r.size || 8; }
  function baseColor(r) { return COLORS[r.kind] || "#888"; }
  function visNode(r, i) {
    return {
      id: i, x: r.x, y: r.y, label: clip(r.label, 80), shape: SHAPES[r.kind] || "dot", size: nodeSize(r),
      color: { background: baseColor(r), border: "#ffffff", highlight: { background: baseColor(r), border: "#1f2328" } },
      borderWidth: 1.5, font: { size: r.kind === "Paper" ? 12 : 15, color: "#30343a", strokeWidth: 3, strokeColor: "#fbfbfa" }
    };
  }
  var EDGE_STYLE = {
    INTRODUCES: { color: "#5a5f66", dashes: false, arrows: "to" },
    USES: { color: "#b8bcc2", dashes: false, arrows: "" },
    PUBLISHED_BY: { color: "#2a9d8f", dashes: [4, 4], arrows: "to" },
    SHARES: { color: "#7f9cc0", dashes: false, arrows: "" }
  };
  function visEdge(e, i) {
    var s = EDGE_STYLE[e.type] || { color: "#c8c8c8", dashes: false, arrows: "" };
    var out = { id: i, from: e.from, to: e.to, color: { color: s.color, highlight: "#1f2328", opacity: 0.9 },
      dashes: s.dashes, arrows: s.arrows ? { to: { enabled: true, scaleFactor: 0.45 } } : undefined,
      width: e.type === "SHARES" ? Math.min(8, 0.8 + 1.2 * e.weight) : (e.type === "INTRODUCES" ? 1.6 : 1) };
    if (e.type === "SHARES" && data.edges.length <= 300 && e.shared) out.label = e.shared.slice(0, 3).join(", ");
    return out;
  }

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
  [["INTRODUCES", "introduces (arrow)"], ["USES", "uses"], ["PUBLISHED_BY", "published by"], ["SHARES", "shares entities"]]
    .forEach(function (p) {
      if (!data.edges.some(function (e) { return e.type === p[0]; })) return;
      var lab = el("label");
      var sw = el("span", "swatch");
      sw.style.background = EDGE_STYLE[p[0]].color; sw.style.height = "3px";
      lab.appendChild(sw); lab.appendChild(el("span", null, p[1]));
      legend.appendChild(lab);
    });
  legend.appendChild(el("div", "hint", "Size = number of connections. Click a node for details; " +
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
    if (!dimOthers) return;  /* vis-network's own selection still marks the node and its edges */
    var keep = {};
    keep[i] = true;
    adj[i].forEach(function (p) { keep[p[0]] = true; });
    nodes.update(recs.map(function (r, j) {
      return keep[j] ? { id: j, color: visNode(r, j).color, font: { color: "#30343a" } }
        : { id: j, color: { background: DIM, border: DIM }, font: { color: "rgba(90,90,90,0.25)" } };
    }));
    var edgeKeep = {};
    adj[i].forEach(function (p) { edgeKeep[p[1]] = true; });
    edges.update(data.edges.map(function (e, j) {
      var base = visEdge(e, j).color;
      return { id: j, color: edgeKeep[j] ? base : { color: DIM, opacity: 0.25 } };
    }));
    highlighted = true;
  }
  function clearHighlight() {
    if (!highlighted) return;
    nodes.update(recs.map(function (r, j) { return { id: j, color: visNode(r, j).color, font: { color: "#30343a" } }; }));
    edges.update(data.edges.map(function (e, j) { return { id: j, color: visEdge(e, j).color }; }));
    highlighted = false;
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
    section("Entities", adj[i].filter(function (p) { return recs[p[0]].kind !== "Paper"; }).map(function (p) {
      var e = data.edges[p[1]];
      return nodeButton(p[0], " — " + recs[p[0]].kind.toLowerCase() + (e.type === "INTRODUCES" ? ", introduced" : ""));
    }));
    if (i === data.focus && data.ranking.length) {
      section("Papers sharing entities (ranked)", data.ranking.map(function (x) {
        var span = el("span");
        span.appendChild(nodeButton(x.node));
        span.appendChild(el("span", "meta", " — " + x.shared.length + " shared: " + x.shared.join(", ")));
        return span;
      }));
    }
    section("Related papers", adj[i].filter(function (p) { return recs[p[0]].kind === "Paper"; }).map(function (p) {
      var e = data.edges[p[1]];
      return nodeButton(p[0], e.shared ? " — shares " + e.shared.join(", ") : "");
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
  function select(i, move) {
    var wasHidden = panel.hidden;
    network.selectNodes([i]);
    highlight(i);
    openPanel(i);
    if (wasHidden) network.setSize("100%", "100%");  /* the panel took width: resize the canvas now */
    if (move) network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
  }
  document.getElementById("kg-panel-close").addEventListener("click", function () { closePanel(); clearHighlight(); });
  network.on("click", function (p) {
    hideTip();
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
    highlight(data.focus);
    openPanel(data.focus);
  }

  /* ---------- a small handle for tests and the curious ---------- */
  window.kgExplorer = {
    network: network, data: data, timing: timing, search: search,
    select: function (id) {
      for (var i = 0; i < recs.length; i++) if (recs[i].id === id) { select(i, true); return true; }
      return false;
    },
    drawnNodeCount: function () { return network.body.nodeIndices.length; },
    drawnEdgeCount: function () { return network.body.edgeIndices.length; },
    position: function (id) {
      for (var i = 0; i < recs.length; i++) if (recs[i].id === id) return network.canvasToDOM(network.getPosition(i));
      return null;
    }
  };
  timing.interactive = performance.now();
  document.documentElement.setAttribute("data-kg-ready", "1");
})();
