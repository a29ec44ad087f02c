/* The knowledge-graph explorer.  Data comes from the JSON element #kg-data.
 * Every string from the data reaches the page through textContent or as a
 * canvas label (never as markup), so names render as text. */
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var TYPES = DATA.types, PRED = DATA.predicates, N = DATA.nodes, E = DATA.edges;
  var T2S = DATA.t2s || {};
  var FONT = '"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei",' +
    '"WenQuanYi Micro Hei","WenQuanYi Zen Hei","Noto Sans SC",sans-serif';
  var EDGE_COLOR = { partOf: "#b9b9b9", locatedIn: "#b9b9b9", conducts: "#e15759", holdsPost: "#f28e2b",
    partOfCampaign: "#e15759", issuedBy: "#b07aa1", basedOn: "#b07aa1", attended: "#ff7f9f",
    investsIn: "#76b7b2", associatedWith: "#999999", jurisdiction: "#b9b9b9" };
  var CAMPAIGN = TYPES.findIndex(function (t) { return t.name === "Campaign"; });
  var REGION = TYPES.findIndex(function (t) { return t.name === "Region"; });
  var isCampaignPage = DATA.page === "campaigns";

  // ------------------------------------------------------------------ helpers
  function el(tag, props, children) {
    var node = document.createElement(tag);
    if (props) {
      Object.keys(props).forEach(function (k) {
        if (k === "text") node.textContent = props[k];
        else if (k === "cls") node.className = props[k];
        else if (k === "on") Object.keys(props.on).forEach(function (ev) { node.addEventListener(ev, props.on[ev]); });
        else node.setAttribute(k, props[k]);
      });
    }
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function simp(s) {
    var out = "";
    for (var i = 0; i < s.length; i++) { var ch = s[i]; out += T2S[ch] || ch; }
    return out;
  }
  function norm(s) { return simp(String(s).toLowerCase().replace(/\s+/g, "")); }
  function uniq(list) { return list.filter(function (v, i) { return v && list.indexOf(v) === i; }); }
  function typeOf(i) { return TYPES[N[i].t]; }
  function nodeSize(d) { return Math.min(8 + 4 * Math.sqrt(d || 0), 48); }

  // ------------------------------------------------------------------ indexes
  var adj = N.map(function () { return []; });
  E.forEach(function (e, j) { adj[e[0]].push(j); if (e[1] !== e[0]) adj[e[1]].push(j); });
  var keys = N.map(function (n) {
    return uniq([n.l].concat(n.a || [], n.s || [], n.tr ? [n.tr] : []).map(norm));
  });
  var typeCount = TYPES.map(function () { return 0; });
  N.forEach(function (n) { typeCount[n.t]++; });
  var provinceSet = {};
  N.forEach(function (n) { (n.p || []).forEach(function (p) { provinceSet[p] = true; }); });
  var provinces = Object.keys(provinceSet).map(Number).sort(function (a, b) {
    return (N[a].k || "~").localeCompare(N[b].k || "~") || N[a].l.localeCompare(N[b].l);
  });
  var campaigns = [];
  N.forEach(function (n, i) { if (n.t === CAMPAIGN) campaigns.push(i); });
  campaigns.sort(function (a, b) { return N[a].l.localeCompare(N[b].l); });

  // ------------------------------------------------------------------ state
  var state = { types: TYPES.map(function () { return true; }), province: -1, campaign: -1,
    focus: -1, depth: 1, drill: null, showAll: false };
  var aggregateDefault = DATA.aggregateAbove > 0 && N.length > DATA.aggregateAbove;
  var current = { aggregated: false, visible: null };

  // ------------------------------------------------------------------ network
  var groups = {};
  TYPES.forEach(function (t, k) {
    groups["t" + k] = { shape: t.shape, color: { background: t.color, border: t.dashed ? "#b03a5b" : t.color,
      highlight: { background: t.color, border: "#111" }, hover: { background: t.color, border: "#111" } },
      shapeProperties: { borderDashes: t.dashed ? [4, 3] : false }, borderWidth: t.dashed ? 2 : 1 };
  });
  groups.agg = { shape: "dot", font: { size: 22 }, color: { background: "#9fb7d6", border: "#4e79a7",
    highlight: { background: "#c7d7ec", border: "#111" }, hover: { background: "#c7d7ec", border: "#111" } },
    borderWidth: 2 };
  var nodesDS = new vis.DataSet();
  var edgesDS = new vis.DataSet();
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, {
    autoResize: true,
    layout: { improvedLayout: false, randomSeed: 7 },
    physics: { enabled: false, solver: "barnesHut", stabilization: { enabled: false },
      barnesHut: { gravitationalConstant: -4000, springLength: 120, springConstant: 0.02, damping: 0.3 } },
    interaction: { hover: true, tooltipDelay: 100, hideEdgesOnDrag: N.length > 1500, multiselect: false,
      navigationButtons: false, keyboard: false },
    nodes: { font: { face: FONT, size: 14, color: "#222", strokeWidth: 3, strokeColor: "#ffffff" },
      scaling: { label: { enabled: false } } },
    edges: { smooth: false, arrows: { to: { enabled: true, scaleFactor: 0.5 } }, color: { inherit: false },
      font: { face: FONT, size: 12, align: "middle", strokeWidth: 3, strokeColor: "#ffffff" } },
    groups: groups
  });

  function visNode(i) {
    var n = N[i];
    return { id: i, label: n.l, x: n.x, y: n.y, group: "t" + n.t, size: nodeSize(n.d) };
  }
  function visEdge(j) {
    var e = E[j], pred = PRED[e[2]], w = e[3] || 1;
    var weighted = pred === "conducts";
    var item = { id: j, from: e[0], to: e[1], color: { color: EDGE_COLOR[pred] || "#999", highlight: "#111", hover: "#333" },
      width: weighted ? Math.min(1 + 1.5 * w, 12) : 1, dashes: pred === "partOf" };
    if (isCampaignPage && weighted) item.label = String(w);
    return item;
  }

  // ------------------------------------------------------------------ views
  function parentOf(i) {
    var up = -1;
    adj[i].forEach(function (j) {
      if (PRED[E[j][2]] === "partOf" && E[j][0] === i && N[E[j][1]].t === REGION) up = E[j][1];
    });
    return up;
  }
  function campaignMembers(c) {
    var keep = {};
    keep[c] = true;
    adj[c].forEach(function (j) { keep[E[j][0]] = true; keep[E[j][1]] = true; });
    // the region hierarchy above every region the campaign touches
    Object.keys(keep).map(Number).forEach(function (i) {
      var cur = i, guard = 0;
      while (N[cur].t === REGION && guard++ < 20) {
        var up = parentOf(cur);
        if (up < 0) break;
        keep[up] = true;
        cur = up;
      }
    });
    return keep;
  }
  function neighbourhood(i, depth) {
    var keep = {}, frontier = [i];
    keep[i] = true;
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (u) {
        adj[u].forEach(function (j) {
          [E[j][0], E[j][1]].forEach(function (v) { if (!keep[v]) { keep[v] = true; next.push(v); } });
        });
      });
      frontier = next;
    }
    return keep;
  }
  function visibleNodes() {
    var list = [];
    if (state.focus >= 0) {
      var nb = neighbourhood(state.focus, state.depth);
      Object.keys(nb).forEach(function (k) { var i = Number(k); if (state.types[N[i].t] || i === state.focus) list.push(i); });
      return list;
    }
    var camp = state.campaign >= 0 ? campaignMembers(state.campaign) : null;
    for (var i = 0; i < N.length; i++) {
      var n = N[i];
      if (!state.types[n.t]) continue;
      if (state.province >= 0 && (!n.p || n.p.indexOf(state.province) < 0)) continue;
      if (camp && !camp[i]) continue;
      if (state.drill !== null && groupKey(i) !== state.drill) continue;
      list.push(i);
    }
    return list;
  }
  function groupKey(i) { var n = N[i]; return n.pp !== undefined ? "p" + n.pp : "t" + n.t; }
  function wantsAggregate() {
    return aggregateDefault && !state.showAll && state.focus < 0 && state.province < 0 && state.campaign < 0 && state.drill === null;
  }

  function render() {
    hideTip();
    var list = visibleNodes();
    nodesDS.clear();
    edgesDS.clear();
    current.visible = {};
    if (wantsAggregate()) {
      current.aggregated = true;
      renderAggregate(list);
    } else {
      current.aggregated = false;
      list.forEach(function (i) { current.visible[i] = true; });
      nodesDS.add(list.map(visNode));
      var edges = [];
      for (var j = 0; j < E.length; j++) if (current.visible[E[j][0]] && current.visible[E[j][1]]) edges.push(visEdge(j));
      edgesDS.add(edges);
      setStatus(list.length + " / " + N.length + " 个节点 nodes，" + edges.length + " 条关系 edges");
    }
    network.fit({ animation: false });
  }

  function renderAggregate(list) {
    var groupsOf = {}, order = [];
    list.forEach(function (i) {
      var key = groupKey(i);
      if (!groupsOf[key]) { groupsOf[key] = { members: [], x: 0, y: 0 }; order.push(key); }
      var g = groupsOf[key];
      g.members.push(i); g.x += N[i].x; g.y += N[i].y;
    });
    var member = {};
    order.forEach(function (key) { groupsOf[key].members.forEach(function (i) { member[i] = key; }); });
    var radius = 120 * Math.max(order.length, 3) / Math.PI;
    var items = order.map(function (key, k) {
      var g = groupsOf[key], count = g.members.length, angle = 2 * Math.PI * k / order.length;
      g.x = radius * Math.cos(angle) * count; g.y = radius * Math.sin(angle) * count;
      var name = key[0] === "p" ? N[Number(key.slice(1))].l : TYPES[Number(key.slice(1))].name + "（未定位 no locality）";
      var item = { id: "g:" + key, label: name + "\n" + count + " 个实体", x: g.x / count, y: g.y / count,
        font: { size: 20 },
        size: Math.min(12 + 2.2 * Math.sqrt(count), 60), group: key[0] === "p" ? "agg" : "t" + key.slice(1) };
      return item;
    });
    var links = {};
    E.forEach(function (e) {
      var a = member[e[0]], b = member[e[1]];
      if (a === undefined || b === undefined || a === b) return;
      var k = a < b ? a + "|" + b : b + "|" + a;
      links[k] = (links[k] || 0) + 1;
    });
    var edges = Object.keys(links).map(function (k) {
      var ab = k.split("|");
      return { id: "l:" + k, from: "g:" + ab[0], to: "g:" + ab[1], width: Math.min(1 + Math.log2(links[k]), 10),
        color: { color: "#aaa" }, arrows: { to: { enabled: false } }, title: undefined, count: links[k] };
    });
    nodesDS.add(items);
    edgesDS.add(edges);
    setStatus("聚合视图 aggregated view：" + N.length + " 个节点按省份汇总 rolled up by province；点击展开 click to drill down");
  }

  function setStatus(text) { document.getElementById("view-status").textContent = text; }

  // ------------------------------------------------------------------ details and tooltips
  function provinceNames(n) { return (n.p || []).map(function (p) { return N[p].l; }); }
  function nodeFacts(i, full) {
    var n = N[i], t = TYPES[n.t], rows = [];
    rows.push(["类型 Type", [t.name + " · " + t.zh]]);
    if (n.a && n.a.length) rows.push(["别名 Aliases", [n.a.join("、")]]);
    if (n.tr) rows.push(["繁体 Traditional", [n.tr]]);
    if (n.k) rows.push(["行政区划代码 Code", [n.k]]);
    if (n.lv) rows.push(["级别 Level", [n.lv]]);
    if (full && n.p && n.p.length) rows.push(["省份 Province", [provinceNames(n).join("、")]]);
    if (n.po && n.po.length) rows.push(["职务 Posts", full ? n.po : n.po.slice(0, 3)]);
    if (n.q && n.q.length) rows.push(["来源 Quotes", full ? n.q : n.q.slice(0, 2), true]);
    if (n.m && n.m.length) rows.push(["原文写法 Mentions", [n.m.join("、")]]);
    if (n.n) rows.push(["文件数 Documents", [String(n.n)]]);
    rows.push(["连接数 Degree", [String(n.d || 0)]]);
    return rows;
  }
  function factsList(rows) {
    var dl = el("dl");
    rows.forEach(function (r) {
      dl.appendChild(el("dt", { text: r[0] }));
      r[1].forEach(function (v) { dl.appendChild(el("dd", null, [r[2] ? el("blockquote", { text: v }) : v])); });
    });
    return dl;
  }
  function edgeFacts(j) {
    var e = E[j], rows = [["关系 Relation", [N[e[0]].l + " → " + PRED[e[2]] + " → " + N[e[1]].l]]];
    var extra = e[4] || {};
    if (extra.po) rows.push(["职务 Post", [extra.po]]);
    rows.push(["文件数 Documents", [String(e[3] || 1)]]);
    if (extra.q) rows.push(["来源 Quotes", extra.q, true]);
    return rows;
  }

  var tip = document.getElementById("tip");
  function showTip(title, rows, pointer) {
    clear(tip);
    if (title) tip.appendChild(el("b", { text: title }));
    rows.forEach(function (r) {
      r[1].forEach(function (v) {
        tip.appendChild(el("p", null, [el("span", { cls: "tt-type", text: r[0] + "：" }), r[2] ? "「" + v + "」" : v]));
      });
    });
    tip.hidden = false;
    var box = container.getBoundingClientRect();
    var x = box.left + pointer.x + 14, y = box.top + pointer.y + 14;
    var w = tip.offsetWidth, h = tip.offsetHeight;
    if (x + w > window.innerWidth) x = Math.max(0, window.innerWidth - w - 4);
    if (y + h > window.innerHeight) y = Math.max(0, box.top + pointer.y - h - 10);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }

  var details = document.getElementById("details");
  function showDetails(i) {
    clear(details);
    details.hidden = false;
    var n = N[i];
    details.appendChild(el("h3", { id: "details-name", text: n.l }));
    details.appendChild(el("div", { cls: "row" }, [
      el("button", { type: "button", id: "focus-btn", text: "聚焦邻域 Focus neighbourhood",
        on: { click: function () { focusOn(i); } } })
    ]));
    details.appendChild(factsList(nodeFacts(i, true)));
    var neigh = [];
    adj[i].forEach(function (j) {
      var e = E[j], other = e[0] === i ? e[1] : e[0];
      neigh.push([other, (e[0] === i ? "→ " : "← ") + PRED[e[2]]]);
    });
    if (neigh.length) {
      details.appendChild(el("h2", { text: "关联 Neighbours (" + neigh.length + ")" }));
      var ul = el("ul", { cls: "linklist" });
      neigh.slice(0, 60).forEach(function (p) {
        ul.appendChild(el("li", null, [el("button", { type: "button", on: { click: function () { select(p[0]); } } },
          [swatch(N[p[0]].t), el("span", { text: N[p[0]].l }), el("span", { cls: "muted", text: p[1] })])]));
      });
      details.appendChild(ul);
    }
  }

  // ------------------------------------------------------------------ selection and focus
  function select(i) {
    if (!current.visible || !current.visible[i]) {
      // bring the node into view: its neighbourhood
      state.focus = i; state.drill = null;
      syncControls();
      render();
    }
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.0), animation: false });
    showDetails(i);
    document.body.setAttribute("data-selected", String(i));
    document.getElementById("search-status").textContent = "已选中 selected: " + N[i].l + "（" + typeOf(i).name + "）";
  }
  function focusOn(i) {
    state.focus = i; state.drill = null;
    syncControls();
    render();
    select(i);
  }

  // ------------------------------------------------------------------ search
  var searchBox = document.getElementById("search"), results = document.getElementById("results");
  function search(q) {
    q = norm(q);
    if (!q) return [];
    var hits = [];
    for (var i = 0; i < N.length; i++) {
      var best = 9;
      keys[i].forEach(function (k) {
        var r = k === q ? 0 : k.indexOf(q) === 0 ? 1 : k.indexOf(q) > 0 ? 2 : 9;
        if (r < best) best = r;
      });
      if (best < 9) hits.push([best, N[i].l.length, -(N[i].d || 0), i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3] - b[3]; });
    return hits.slice(0, 30).map(function (h) { return h[3]; });
  }
  function swatch(t) {
    var s = el("span", { cls: "swatch" });
    s.style.background = TYPES[t].color;
    return s;
  }
  function showResults() {
    var hits = search(searchBox.value);
    clear(results);
    hits.forEach(function (i) {
      results.appendChild(el("li", null, [el("button", { type: "button", "data-node": String(i),
        on: { click: function () { select(i); } } }, [swatch(N[i].t), el("span", { text: N[i].l }),
        el("span", { cls: "muted", text: typeOf(i).name })])]));
    });
    document.getElementById("search-status").textContent = searchBox.value.trim() ?
      (hits.length ? hits.length + " 个结果 matches（回车选中第一个 Enter selects the first）" : "无结果 no match") : "";
    return hits;
  }
  searchBox.addEventListener("input", showResults);
  searchBox.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      ev.preventDefault();
      var hits = showResults();
      if (hits.length) select(hits[0]);
    }
  });

  // ------------------------------------------------------------------ controls
  var provSel = document.getElementById("province"), campSel = document.getElementById("campaign");
  provinces.forEach(function (p) { provSel.appendChild(el("option", { value: String(p), text: N[p].l })); });
  campaigns.forEach(function (c) { campSel.appendChild(el("option", { value: String(c), text: N[c].l })); });
  provSel.addEventListener("change", function () { state.province = Number(provSel.value); state.focus = -1; state.drill = null; render(); });
  campSel.addEventListener("change", function () { state.campaign = Number(campSel.value); state.focus = -1; state.drill = null; render(); });
  var depthSel = document.getElementById("depth");
  depthSel.addEventListener("change", function () { state.depth = Number(depthSel.value); if (state.focus >= 0) render(); });
  var physics = document.getElementById("physics");
  physics.addEventListener("change", function () {
    network.setOptions({ physics: { enabled: physics.checked } });
  });
  document.getElementById("show-all").addEventListener("click", function () {
    state.showAll = true; state.focus = -1; state.drill = null; state.province = -1; state.campaign = -1;
    syncControls(); render();
  });
  document.getElementById("reset").addEventListener("click", function () {
    state.showAll = false; state.focus = -1; state.drill = null; state.province = -1; state.campaign = -1;
    state.types = TYPES.map(function () { return true; });
    syncControls(); render(); details.hidden = true; document.body.removeAttribute("data-selected");
  });
  function syncControls() {
    provSel.value = String(state.province);
    campSel.value = String(state.campaign);
    TYPES.forEach(function (t, k) { var box = document.getElementById("type-" + k); if (box) box.checked = state.types[k]; });
  }

  // legend = type filter
  function shapeIcon(t) {
    var ns = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("width", "16"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 16 16");
    var shapes = { dot: null, square: "2,2 14,2 14,14 2,14", triangle: "8,1 15,14 1,14", triangleDown: "1,2 15,2 8,15",
      diamond: "8,1 15,8 8,15 1,8", hexagon: "4,1.5 12,1.5 15.5,8 12,14.5 4,14.5 0.5,8",
      star: "8,0.5 10,6 15.5,6 11,9.5 12.8,15 8,11.6 3.2,15 5,9.5 0.5,6 6,6" };
    var pts = shapes[t.shape], shape;
    if (pts) { shape = document.createElementNS(ns, "polygon"); shape.setAttribute("points", pts); }
    else { shape = document.createElementNS(ns, "circle"); shape.setAttribute("cx", "8"); shape.setAttribute("cy", "8"); shape.setAttribute("r", "6.5"); }
    shape.setAttribute("fill", t.color);
    shape.setAttribute("stroke", t.dashed ? "#b03a5b" : t.color);
    if (t.dashed) { shape.setAttribute("stroke-dasharray", "2,2"); shape.setAttribute("stroke-width", "1.5"); }
    svg.appendChild(shape);
    return svg;
  }
  var legend = document.getElementById("legend");
  TYPES.forEach(function (t, k) {
    if (isCampaignPage && !typeCount[k]) return;
    var box = el("input", { type: "checkbox", id: "type-" + k, "data-type": t.name });
    box.checked = true;
    box.addEventListener("change", function () { state.types[k] = box.checked; render(); });
    legend.appendChild(el("li", { "data-type": t.name }, [el("label", null, [box, shapeIcon(t),
      el("span", { text: t.name + " " + t.zh }), el("span", { cls: "muted", text: "(" + typeCount[k] + ")" })])]));
  });

  // ------------------------------------------------------------------ network events
  network.on("hoverNode", function (p) {
    if (typeof p.node === "string") {
      var key = p.node.slice(2);
      showTip(key[0] === "p" ? N[Number(key.slice(1))].l : TYPES[Number(key.slice(1))].name,
        [["", ["点击展开 click to drill down"]]], p.pointer.DOM);
      return;
    }
    showTip(N[p.node].l, nodeFacts(p.node, false), p.pointer.DOM);
  });
  network.on("blurNode", hideTip);
  network.on("hoverEdge", function (p) {
    if (typeof p.edge === "number") showTip("", edgeFacts(p.edge), p.pointer.DOM);
    else {
      var link = edgesDS.get(p.edge);
      if (link) showTip("", [["关系数 Relations", [String(link.count)]]], p.pointer.DOM);
    }
  });
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);
  network.on("click", function (p) {
    if (!p.nodes.length) return;
    var id = p.nodes[0];
    if (typeof id === "string") {
      state.drill = id.slice(2);
      render();
      return;
    }
    select(id);
  });
  network.on("doubleClick", function (p) {
    if (p.nodes.length && typeof p.nodes[0] === "number") focusOn(p.nodes[0]);
  });

  // ------------------------------------------------------------------ campaigns matrix
  function renderMatrix() {
    var m = DATA.matrix;
    if (!m) return;
    var wrap = document.getElementById("matrix-wrap");
    wrap.hidden = false;
    var box = document.getElementById("matrix");
    if (!m.rows.length) { box.appendChild(el("p", { cls: "muted", text: "没有 conducts 关系 no conducts relations yet" })); return; }
    var cell = {}, max = 1;
    m.cells.forEach(function (c) { cell[c[0] + "|" + c[1]] = c[2]; if (c[2] > max) max = c[2]; });
    var table = el("table", { id: "matrix-table" });
    var head = el("tr", null, [el("th", { text: "地区 \\ 运动" })]);
    m.cols.forEach(function (c) {
      head.appendChild(el("th", null, [el("button", { type: "button", text: N[c].l, on: { click: function () { select(c); } } })]));
    });
    table.appendChild(el("thead", null, [head]));
    var body = el("tbody");
    m.rows.forEach(function (row) {
      var r = row[0], indent = "\u3000".repeat(row[1]);
      var tr = el("tr", null, [el("th", { cls: "rowhead" }, [el("button", { type: "button", text: indent + N[r].l,
        on: { click: function () { select(r); } } })])]);
      m.cols.forEach(function (c) {
        var v = cell[r + "|" + c];
        var td = el("td", { text: v ? String(v) : "" });
        if (v) td.style.background = "rgba(225,87,89," + (0.15 + 0.6 * v / max).toFixed(2) + ")";
        tr.appendChild(td);
      });
      body.appendChild(tr);
    });
    table.appendChild(body);
    box.appendChild(table);
  }

  // ------------------------------------------------------------------ start
  var link = document.getElementById("other-page");
  if (DATA.link) { link.textContent = DATA.link.text; link.setAttribute("href", DATA.link.href); }
  var counts = TYPES.map(function (t, k) { return typeCount[k] ? t.name + " " + typeCount[k] : null; }).filter(Boolean);
  document.getElementById("summary").textContent = N.length + " 个实体 entities · " + E.length + " 条关系 relations · " +
    (DATA.documents || 0) + " 篇文件 documents" + (counts.length ? "（" + counts.join("，") + "）" : "");
  renderMatrix();
  render();
  var api = { network: network, nodes: N, edges: E, state: state, search: search, select: select, focusOn: focusOn,
    current: current, ready: false, readyMs: null, indexOf: function (label) {
      for (var i = 0; i < N.length; i++) if (N[i].l === label) return i;
      return -1;
    } };
  window.kgExplorer = api;
  network.once("afterDrawing", function () {
    api.ready = true;
    api.readyMs = Math.round(performance.now());  // since navigation start: includes parsing the page
    document.body.setAttribute("data-ready", String(api.readyMs));
  });
  if (!N.length) { api.ready = true; document.body.setAttribute("data-ready", "0"); }
})();
