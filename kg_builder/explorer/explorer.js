/* kg_builder explorer: the page script.
 *
 * Reads the graph from the JSON block #kgb-data, draws it with
 * vis-network (inlined above), and builds every piece of text with textContent:
 * no data ever reaches innerHTML, and no vis-network `title` is set (vis renders
 * those as HTML); the tooltip is our own element.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("kgb-data").textContent);
  var N = data.nodes, E = data.edges, cfg = data.config;
  var LEVELS = cfg.levelNames;                       // national ... township
  var LEVEL_RANK = {};
  LEVELS.forEach(function (l, i) { LEVEL_RANK[l] = i; });
  var UNKNOWN_BAND = LEVELS.length;

  var LEVEL_INFO = {
    national: ["国家", "national", "#d62728"], provincial: ["省级", "provincial", "#ff7f0e"],
    prefecture: ["地级", "prefecture", "#bcbd22"], county: ["县级", "county", "#2ca02c"],
    township: ["乡级", "township", "#1f77b4"], unknown: ["未知", "unknown", "#a0a0a0"]
  };
  var TYPE_INFO = {   // order = legend and filter order
    jurisdiction: ["行政区划", "jurisdiction", "diamond"],
    document: ["文档", "document", "box"],
    plan: ["规划方案", "plan", "square"],
    regulation: ["法规文件", "regulation", "dot"],
    agency: ["机关", "agency", "ellipse"],
    initiative: ["举措", "initiative", "star"],
    official: ["人员", "official", "text"],
    task: ["任务", "task", "triangleDown"]
  };
  var TYPE_ORDER = {};
  Object.keys(TYPE_INFO).forEach(function (t, i) { TYPE_ORDER[t] = i; });
  var KIND_INFO = {   // regulation kinds: shape and name
    law: ["法律", "law", "hexagon"], administrative_regulation: ["行政法规", "administrative regulation", "hexagon"],
    local_regulation: ["地方性法规", "local regulation", "triangle"], rule: ["规章", "rule", "triangle"],
    party_regulation: ["党内法规", "party regulation", "triangleDown"],
    normative: ["规范性文件", "normative document", "dot"], report: ["报告", "report", "dot"],
    plan: ["规划方案", "plan", "square"]
  };
  var DOC_KINDS = {
    annual_report: "年度报告 annual report", work_plan: "工作要点 work plan",
    implementation_plan: "实施方案 implementation plan", opinion: "意见 opinion", notice: "通知 notice",
    speech: "讲话 speech", other: "其他 other"
  };
  var AGENCY_COLOR = {background: "#efe3f7", border: "#8e44ad"};
  var INITIATIVE_COLOR = "#e377c2";
  var EDGE_INFO = {   // predicate: [zh, en, colour, dashes, width]
    cites: ["引用", "cites", "#8a8a8a", false, 1],
    implements: ["贯彻落实", "implements", "#c0392b", false, 2.5],
    realizes: ["即为", "is the document of", "#2471a3", [2, 3], 1.5],
    authorJurisdiction: ["发文地区", "author jurisdiction", "#27ae60", [6, 4], 1.5],
    authorAgency: ["发文机关", "author agency", "#27ae60", [2, 3], 1],
    within: ["隶属", "lies within", "#b0b7bd", [2, 4], 1],
    issuingJurisdiction: ["制定地区", "issued in", "#e67e22", [6, 4], 1],
    issuedBy: ["制定机关", "issued by", "#d35400", [2, 3], 1],
    agencyOf: ["所属政府", "agency of", "#9b59b6", [2, 4], 1],
    mentionsAgency: ["提及机关", "mentions agency", "#a569bd", false, 1],
    mentionsInitiative: ["提及举措", "mentions initiative", "#e377c2", false, 1],
    mentionsJurisdiction: ["提及地区", "mentions jurisdiction", "#7fb3d5", false, 1],
    recipient: ["主送", "recipient", "#5d6d7e", false, 1],
    leadAgency: ["牵头单位", "lead agency", "#6c3483", false, 1],
    responsibleAgency: ["责任单位", "responsible agency", "#6c3483", [2, 3], 1],
    hasTask: ["任务", "has task", "#5d6d7e", false, 1],
    namesPerson: ["提及人员", "names person", "#5d6d7e", [2, 3], 1],
    candidate: ["候选", "candidate", "#b0b7bd", [1, 3], 1]
  };
  var EDGE_LABEL_LIMIT = 250;
  var LABEL_CHARS = 14;
  var LABEL_PX = 13;        // on-screen size of the labels kept readable when the view is zoomed out
  var LABEL_HIDE_PX = 10;   // labels smaller than this on screen are not drawn (no faint grey text)
  var MAX_LABELS = 90;     // at most this many big labels in one view
  var GUTTER = 118;         // screen pixels kept free on the left for the level names

  // -- indexes ---------------------------------------------------------------------------
  var outE = N.map(function () { return []; }), inE = N.map(function () { return []; });
  E.forEach(function (e, k) { outE[e.from].push(k); inE[e.to].push(k); });
  var degree = N.map(function (n, i) { return outE[i].length + inE[i].length; });

  function el(tag, text, cls) {
    var node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (cls) node.className = cls;
    return node;
  }
  function levelKey(n) { return n.level || "unknown"; }
  function levelText(level) { var l = LEVEL_INFO[level || "unknown"]; return l[0] + " " + l[1]; }
  function typeText(n) {
    var t = TYPE_INFO[n.type], text = t[0] + " " + t[1];
    if ((n.type === "regulation" || n.type === "plan") && n.kind && KIND_INFO[n.kind]) {
      text += " · " + KIND_INFO[n.kind][0] + " " + KIND_INFO[n.kind][1];
    } else if (n.type === "document" && n.kind) {
      text += " · " + (DOC_KINDS[n.kind] || n.kind);
    }
    return text;
  }
  function edgeInfo(e) { return EDGE_INFO[e.p] || [e.p, e.p, "#999", false, 1]; }
  function edgeName(e) {
    var info = edgeInfo(e);
    return info[0] + " " + info[1] + (e.inferred ? "（推断 inferred）" : "");
  }
  function shortLabel(text) {
    return text.length > LABEL_CHARS ? text.slice(0, LABEL_CHARS - 1) + "…" : text;
  }

  // -- state -----------------------------------------------------------------------------
  var years = N.map(function (n) { return n.year; }).filter(function (y) { return typeof y === "number"; });
  var provinces = {};
  N.forEach(function (n) { if (n.province) provinces[n.province] = (provinces[n.province] || 0) + 1; });
  var typesPresent = Object.keys(TYPE_INFO).filter(function (t) { return N.some(function (n) { return n.type === t; }); });
  var defaults = {
    types: typesPresent.slice(),
    levels: cfg.levels || LEVELS.concat(["unknown"]),
    yearFrom: years.length ? Math.min.apply(null, years) : null,
    yearTo: years.length ? Math.max.apply(null, years) : null,
    province: "",
    top: Math.max(1, Math.min(cfg.top, N.length || 1))
  };
  var state = {
    types: new Set(defaults.types), levels: new Set(defaults.levels), yearFrom: defaults.yearFrom,
    yearTo: defaults.yearTo, province: "", top: defaults.top, focus: null, focusMode: null,
    pinned: new Set(), selected: null, forceLayout: false, physics: false
  };
  var physicsBox = document.getElementById("physics");

  // -- which nodes are drawn ---------------------------------------------------------------
  function passes(n) {
    if (!state.types.has(n.type)) return false;
    if (!state.levels.has(levelKey(n))) return false;
    if (typeof n.year === "number") {
      if (state.yearFrom !== null && n.year < state.yearFrom) return false;
      if (state.yearTo !== null && n.year > state.yearTo) return false;
    }
    return true;
  }

  function cascade(r) {
    // Exactly what `kgb trace` shows for the regulation (kg_builder.trace.cascade_members, computed
    // when the page was built): the regulations implementing it, the documents citing any of them
    // from below its level, and their jurisdictions.
    return new Set(N[r].cascade || [r]);
  }

  function citations(j) {
    // The jurisdiction and those within it, their documents, what those cite, what was issued there.
    var places = [j], set = new Set([j]), k;
    for (k = 0; k < places.length; k++) {
      inE[places[k]].forEach(function (ei) {
        var e = E[ei];
        if (e.p === "within" && !set.has(e.from)) { set.add(e.from); places.push(e.from); }
      });
    }
    places.forEach(function (p) {
      inE[p].forEach(function (ei) {
        var e = E[ei];
        if (e.p === "issuingJurisdiction") set.add(e.from);
        if (e.p !== "authorJurisdiction") return;
        set.add(e.from);
        outE[e.from].forEach(function (ej) {
          if (E[ej].p === "cites" || E[ej].p === "realizes") set.add(E[ej].to);
        });
      });
    });
    return set;
  }

  function neighbourhood(i) {
    var set = new Set([i]);
    outE[i].forEach(function (ei) { set.add(E[ei].to); });
    inE[i].forEach(function (ei) { set.add(E[ei].from); });
    return set;
  }

  function visibleNodes() {
    var base = [], i;
    if (state.focus !== null) {
      var set = state.focusMode === "cascade" ? cascade(state.focus)
        : state.focusMode === "citations" ? citations(state.focus) : neighbourhood(state.focus);
      set.forEach(function (x) { if (x === state.focus || passes(N[x])) base.push(x); });
    } else {
      for (i = 0; i < N.length; i++) {
        if ((N[i].r < state.top && passes(N[i])) || state.pinned.has(i)) base.push(i);
      }
    }
    if (state.province) {
      var inProvince = new Set(base.filter(function (x) { return N[x].province === state.province; }));
      base = base.filter(function (x) {
        if (inProvince.has(x) || x === state.focus || state.pinned.has(x)) return true;
        if (N[x].province) return false;
        // National and unplaced nodes stay when they touch the province.
        return outE[x].some(function (ei) { return inProvince.has(E[ei].to); }) ||
          inE[x].some(function (ei) { return inProvince.has(E[ei].from); });
      });
    }
    base.sort(function (a, b) { return a - b; });
    return base;
  }

  // -- layout (the same algorithm as kg_builder.visualize.layered_positions) --------------
  var DX = 170, DY_ROW = 70, BAND_GAP = 140;
  function band(n) { return n.level && (n.level in LEVEL_RANK) ? LEVEL_RANK[n.level] : UNKNOWN_BAND; }
  function cmp(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function besideAuthors(list, chosen) {
    // A document goes right after its author jurisdiction when both sit in the band, so that
    // their short link never runs across another jurisdiction.
    var inBand = new Set(list), follows = {}, followers = {};
    list.forEach(function (i) {
      outE[i].forEach(function (k) {
        var e = E[k];
        if (e.p === "authorJurisdiction" && inBand.has(e.to) && chosen.has(e.to) && !(i in follows)) {
          follows[i] = e.to; (followers[e.to] = followers[e.to] || []).push(i);
        }
      });
    });
    var out = [];
    list.forEach(function (i) {
      if (i in follows) return;
      out.push(i);
      (followers[i] || []).forEach(function (f) { out.push(f); });
    });
    return out;
  }

  function layeredPositions(members) {
    var chosen = new Set(members), neighbours = {}, bands = {}, pos = {};
    E.forEach(function (e) {
      if (e.from === e.to || !chosen.has(e.from) || !chosen.has(e.to)) return;
      (neighbours[e.from] = neighbours[e.from] || new Set()).add(e.to);
      (neighbours[e.to] = neighbours[e.to] || new Set()).add(e.from);
    });
    members.forEach(function (i) { var b = band(N[i]); (bands[b] = bands[b] || []).push(i); });
    var keys = Object.keys(bands).map(Number).sort(function (a, b) { return a - b; });
    function place(list) { list.forEach(function (i, k) { pos[i] = (k + 0.5) / list.length - 0.5; }); }
    keys.forEach(function (b) {
      bands[b].sort(function (x, y) {
        var p = N[x], q = N[y];
        return cmp(p.province || "", q.province || "") || (TYPE_ORDER[p.type] - TYPE_ORDER[q.type]) ||
          cmp(p.label, q.label) || cmp(p.id, q.id);
      });
      place(bands[b]);
    });
    for (var sweep = 0; sweep < 4; sweep++) {
      var order = sweep % 2 === 0 ? keys : keys.slice().reverse();
      order.forEach(function (b) {
        var list = bands[b], bary = {};
        list.forEach(function (i) {
          var sum = 0, count = 0;
          (neighbours[i] || new Set()).forEach(function (j) { sum += pos[j]; count++; });
          bary[i] = count ? sum / count : pos[i];
        });
        list.sort(function (x, y) { return (bary[x] - bary[y]) || (pos[x] - pos[y]); });
        place(list);
      });
    }
    keys.forEach(function (b) { bands[b] = besideAuthors(bands[b], chosen); });
    var gaps = 1.5 * keys.length * BAND_GAP;   // columns: about 1.5 times as wide as tall
    var columns = Math.max(4, Math.ceil((gaps + Math.sqrt(gaps * gaps + 4 * DX * 1.5 * members.length * DY_ROW)) / (2 * DX)));
    var result = {}, y = 0;
    keys.forEach(function (b) {
      var list = bands[b], rows = Math.ceil(list.length / columns), width = Math.ceil(list.length / rows);
      list.forEach(function (i, k) {
        var col = Math.floor(k / rows), row = k % rows;
        result[i] = {x: (col - (width - 1) / 2 + (row % 2 ? 0.5 : 0)) * DX, y: y + row * DY_ROW};
      });
      y += (rows - 1) * DY_ROW + BAND_GAP;
    });
    return result;
  }

  function positionsFor(members) {
    // Keep the precomputed (or last) positions when every node has one, so that filtering
    // does not move the picture; lay out afresh for views that bring new nodes.
    var missing = members.filter(function (i) { return !lastPos[i]; });
    if (state.forceLayout || state.focus !== null || missing.length > Math.max(20, members.length / 10)) {
      state.forceLayout = false;
      var fresh = layeredPositions(members);
      if (state.focus === null) members.forEach(function (i) { lastPos[i] = fresh[i]; });
      return fresh;
    }
    var right = -Infinity, bottom = 0;
    members.forEach(function (i) {
      if (lastPos[i]) { right = Math.max(right, lastPos[i].x); bottom = Math.max(bottom, lastPos[i].y); }
    });
    missing.forEach(function (i, k) {
      var xs = 0, ys = 0, c = 0;
      neighbourhood(i).forEach(function (j) { if (j !== i && lastPos[j]) { xs += lastPos[j].x; ys += lastPos[j].y; c++; } });
      lastPos[i] = c ? {x: xs / c + 40 * (k % 3 - 1), y: ys / c + DY_ROW}
        : {x: (isFinite(right) ? right : 0) + DX, y: band(N[i]) * BAND_GAP + k * 10};
    });
    var result = {};
    members.forEach(function (i) { result[i] = lastPos[i]; });
    return result;
  }
  var lastPos = {};
  N.forEach(function (n, i) { if (typeof n.x === "number") lastPos[i] = {x: n.x, y: n.y}; });

  // -- vis items ---------------------------------------------------------------------------
  function nodeItem(i, p, physics) {
    var n = N[i], level = LEVEL_INFO[levelKey(n)][2];
    var item = {id: i, label: shortLabel(n.label), x: p.x, y: p.y, font: {size: 12, face: "sans-serif"}};
    if (physics) item.fixed = {x: false, y: true};
    var size = 9 + Math.min(14, 2.2 * Math.sqrt(degree[i]));
    if (n.type === "document") {
      item.shape = "box";
      item.color = {background: "#ffffff", border: level, highlight: {background: "#fffbe6", border: level}};
      item.borderWidth = 2;
      item.widthConstraint = {maximum: 150};
      item.font = {size: 11};
    } else if (n.type === "agency") {
      item.shape = "ellipse";
      item.color = {background: AGENCY_COLOR.background, border: AGENCY_COLOR.border};
      item.font = {size: 11};
    } else if (n.type === "initiative") {
      item.shape = "star"; item.color = INITIATIVE_COLOR; item.size = size;
    } else if (n.type === "jurisdiction") {
      item.shape = "diamond"; item.color = level; item.size = size + 3;
      item.font = {size: 13, strokeWidth: 3, strokeColor: "#ffffff"};
    } else if (n.type === "regulation" || n.type === "plan") {
      item.shape = n.type === "plan" ? "square" : (KIND_INFO[n.kind] || KIND_INFO.normative)[2];
      item.color = level; item.size = size;
      item.font = {size: 11, strokeWidth: 3, strokeColor: "#ffffff"};
    } else {
      item.shape = TYPE_INFO[n.type][2]; item.color = "#7f8c8d"; item.size = size;
    }
    return item;
  }

  function edgeItem(k, labels) {
    var e = E[k], info = edgeInfo(e);
    var item = {id: k, from: e.from, to: e.to, arrows: {to: {enabled: true, scaleFactor: 0.5}},
      color: {color: info[2], highlight: "#000000", hover: info[2], opacity: 0.85},
      width: info[4], dashes: e.inferred ? [8, 5] : info[3], smooth: false};
    if (labels) {
      item.label = info[0] + (e.inferred ? "(推断)" : "");
      item.font = {size: 9, color: "#555", strokeWidth: 3, strokeColor: "#ffffff", align: "middle"};
    }
    return item;
  }

  // -- the network -------------------------------------------------------------------------
  var nodes = new vis.DataSet(), edges = new vis.DataSet();
  var container = document.getElementById("graph");
  var network = new vis.Network(container, {nodes: nodes, edges: edges}, {
    autoResize: true,
    physics: {enabled: false},
    interaction: {hover: true, hideEdgesOnDrag: false, tooltipDelay: 3600000, multiselect: false},
    layout: {improvedLayout: false, randomSeed: 1},
    nodes: {borderWidth: 1, scaling: {label: {enabled: false, drawThreshold: LABEL_HIDE_PX, maxVisible: 22}}},
    edges: {selectionWidth: 1.5}
  });
  var baseNodes = {}, baseEdges = {}, shownEdges = [], bandMarks = [];
  var renders = 0;
  window.kgbReady = false;

  function render(fit) {
    var members = visibleNodes();
    // The layered layout reads better than a simulation; physics is there to untangle a
    // small view on demand, and is off for big views, where it would freeze the page.
    var physics = state.physics && members.length <= cfg.physicsLimit && members.length > 1;
    physicsBox.disabled = members.length > cfg.physicsLimit;
    physicsBox.title = physicsBox.disabled ? "> " + cfg.physicsLimit + " nodes" : "";
    var positions = positionsFor(members);
    var shown = new Set(members);
    shownEdges = [];
    E.forEach(function (e, k) { if (shown.has(e.from) && shown.has(e.to)) shownEdges.push(k); });
    var labels = shownEdges.length <= EDGE_LABEL_LIMIT;
    baseNodes = {}; baseEdges = {};
    var nodeItems = members.map(function (i) { var it = nodeItem(i, positions[i], physics); baseNodes[i] = it; return it; });
    var edgeItems = shownEdges.map(function (k) { var it = edgeItem(k, labels); baseEdges[k] = it; return it; });
    bandMarks = bandLabels(members, positions);
    renders += 1;
    var thisRender = renders;
    window.kgbReady = false;
    nodes = new vis.DataSet(nodeItems);
    edges = new vis.DataSet(edgeItems);
    network.setOptions({physics: physics ? {
      enabled: true, solver: "repulsion",
      repulsion: {nodeDistance: 160, centralGravity: 0.0, springLength: 150, springConstant: 0.004, damping: 0.4},
      stabilization: {enabled: true, iterations: 150, fit: true}
    } : {enabled: false}});
    network.setData({nodes: nodes, edges: edges});
    if (physics) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({physics: {enabled: false}});
        bandMarks = bandLabels(members, network.getPositions(members));
        if (fit !== false) frame(members);
        afterNextDraw(thisRender);
      });
    } else {
      if (fit !== false) frame(members);
      afterNextDraw(thisRender);
    }
    updateCounts(members.length, shownEdges.length);
    if (state.selected !== null && shown.has(state.selected)) {
      network.selectNodes([state.selected]);
      highlight(state.selected);
    }
  }

  // -- framing: fit every drawn node, level names clear, labels readable --------------------
  function textWidth(text) {
    var w = 0;
    for (var k = 0; k < text.length; k++) w += text.charCodeAt(k) > 0x2e80 ? 1 : 0.6;
    return w;
  }
  function frame(members) {
    if (!members.length) return;
    var pos = network.getPositions(members), W = container.clientWidth, H = container.clientHeight;
    var minX = Infinity, maxX = -Infinity, minY = Infinity, maxY = -Infinity;
    members.forEach(function (i) {
      var p = pos[i];
      // Room for the node and its (short) label around its centre.
      minX = Math.min(minX, p.x - DX / 2); maxX = Math.max(maxX, p.x + DX / 2);
      minY = Math.min(minY, p.y - 30); maxY = Math.max(maxY, p.y + 40);
    });
    var gutter = bandMarks.length ? GUTTER : 0, pad = 20;
    var scale = Math.min((W - gutter - 2 * pad) / Math.max(1, maxX - minX), (H - 2 * pad) / Math.max(1, maxY - minY), 1.5);
    if (!isFinite(scale) || scale <= 0) scale = 1;
    // The view's centre is the canvas centre; shift it so the drawing is centred right of the gutter.
    network.moveTo({position: {x: (minX + maxX) / 2 - gutter / 2 / scale, y: (minY + maxY) / 2}, scale: scale,
                    animation: false});
    chooseLabels(members, pos, scale);
  }

  function chooseLabels(members, pos, scale) {
    // Zoomed out, small labels are not drawn (drawThreshold); the most important nodes whose
    // labels do not collide get labels big enough to read at this zoom. Zoomed in, all show.
    var updates = [];
    members.forEach(function (i) {
      var base = baseNodes[i];
      if (base.bigLabel) {
        base.font = base.smallFont; base.widthConstraint = base.smallWidth; base.label = base.smallLabel;
        delete base.bigLabel;
        updates.push({id: i, font: base.font, widthConstraint: base.widthConstraint || false, label: base.label});
      }
    });
    if (12 * scale < LABEL_PX - 1) {
      var size = Math.min(60, LABEL_PX / scale), taken = [], dots = [];
      members.forEach(function (i) { dots.push([pos[i].x * scale, pos[i].y * scale, i]); });
      // Places first (they anchor the picture), then rules, documents and initiatives by
      // importance, then agencies, people and tasks.
      var tier = {jurisdiction: 0, agency: 2, official: 2, task: 2};
      var order = members.slice().sort(function (a, b) {
        return ((N[a].type in tier ? tier[N[a].type] : 1) - (N[b].type in tier ? tier[N[b].type] : 1)) ||
          (N[a].r - N[b].r);
      });
      for (var k = 0; k < order.length && taken.length < MAX_LABELS; k++) {
        var i = order[k], base = baseNodes[i], full = base.label || "";
        if (!full) continue;
        var x = pos[i].x * scale, y = pos[i].y * scale, text = null, box = null;
        var inside = base.shape === "box" || base.shape === "ellipse";
        // The label as drawn, else a shorter one (a long report title) when that one fits.
        [full, full.length > 9 ? full.slice(0, 8) + "…" : null].some(function (candidate) {
          if (!candidate) return false;
          var w = textWidth(candidate) * LABEL_PX * (base.shape === "ellipse" ? 1.3 : 1) + 6, h = LABEL_PX + 6;
          var b = inside ? [x - w / 2 - 6, y - h / 2 - 4, x + w / 2 + 6, y + h / 2 + 4]
            : [x - w / 2, y + 8, x + w / 2, y + 8 + h];
          var clash = taken.some(function (t) { return b[0] < t[2] && t[0] < b[2] && b[1] < t[3] && t[1] < b[3]; }) ||
            dots.some(function (d) { return d[2] !== i && d[0] > b[0] - 4 && d[0] < b[2] + 4 && d[1] > b[1] - 4 && d[1] < b[3] + 4; });
          if (!clash) { text = candidate; box = b; }
          return !clash;
        });
        if (!text) continue;
        taken.push(box);
        base.smallFont = base.font; base.smallWidth = base.widthConstraint; base.smallLabel = base.label;
        base.bigLabel = true; base.label = text;
        base.font = Object.assign({}, base.font, {size: size});
        if (base.widthConstraint) base.widthConstraint = {maximum: Math.ceil((textWidth(text) + 1) * size)};
        updates.push({id: i, font: base.font, widthConstraint: base.widthConstraint || false, label: text});
      }
    }
    if (updates.length) nodes.update(updates);
  }

  function afterNextDraw(thisRender) {
    network.once("afterDrawing", function () {
      if (thisRender === renders) { window.kgbReady = true; window.kgbRenderCount = renders; }
    });
    network.redraw();
  }

  function bandLabels(members, positions) {
    var tops = {};
    members.forEach(function (i) {
      var p = positions[i], b = band(N[i]);
      if (p && (!(b in tops) || p.y < tops[b])) tops[b] = p.y;
    });
    return Object.keys(tops).map(Number).sort(function (a, b) { return a - b; }).map(function (b) {
      var level = b === UNKNOWN_BAND ? "unknown" : LEVELS[b];
      return {y: tops[b], color: LEVEL_INFO[level][2], text: b === UNKNOWN_BAND ? "其他 · 未知 other" : levelText(level)};
    });
  }

  // Level names sit at the left edge of the view, beside their band, whatever the zoom.
  var bandBox = el("div", null, "bands");
  container.appendChild(bandBox);
  network.on("afterDrawing", function () {
    if (bandBox.childNodes.length !== bandMarks.length) {
      bandBox.textContent = "";
      bandMarks.forEach(function (m) { bandBox.appendChild(el("div", m.text, "band")); });
    }
    var height = container.clientHeight;
    bandMarks.forEach(function (m, k) {
      var label = bandBox.childNodes[k], y = network.canvasToDOM({x: 0, y: m.y}).y;
      label.textContent = m.text;
      label.style.borderLeftColor = m.color;
      label.style.top = Math.round(y - 9) + "px";
      label.hidden = y < 0 || y > height;
    });
  });

  // -- highlighting ------------------------------------------------------------------------
  var highlighted = false;
  function highlight(i) {
    var keep = new Set([i]), keepEdges = new Set();
    shownEdges.forEach(function (k) {
      if (E[k].from === i || E[k].to === i) { keepEdges.add(k); keep.add(E[k].from); keep.add(E[k].to); }
    });
    var fadedNodes = [], fadedEdges = [];
    Object.keys(baseNodes).forEach(function (id) {
      id = Number(id);
      var base = baseNodes[id];
      fadedNodes.push(keep.has(id) ? base : {id: id, color: {background: "#eeeeee", border: "#dddddd"},
        font: {color: "#c8c8c8", strokeWidth: 0}});
    });
    shownEdges.forEach(function (k) {
      fadedEdges.push(keepEdges.has(k) ? baseEdges[k] : {id: k, color: {color: "#e6e6e6", opacity: 0.4}, font: {color: "#e0e0e0"}});
    });
    nodes.update(fadedNodes);
    edges.update(fadedEdges);
    highlighted = true;
  }
  function unhighlight() {
    if (!highlighted) return;
    nodes.update(Object.keys(baseNodes).map(function (id) { return baseNodes[id]; }));
    edges.update(shownEdges.map(function (k) { return baseEdges[k]; }));
    highlighted = false;
  }

  // -- tooltip (plain text only) ----------------------------------------------------------
  var tooltip = document.getElementById("tooltip");
  function showTooltip(lines, dom) {
    tooltip.textContent = "";
    lines.forEach(function (line, k) { tooltip.appendChild(el("div", line, k === 0 ? "tt-title" : "tt-meta")); });
    var box = container.getBoundingClientRect();
    tooltip.style.left = Math.min(window.innerWidth - 440, box.left + dom.x + 14) + "px";
    tooltip.style.top = (box.top + dom.y + 14) + "px";
    tooltip.hidden = false;
  }
  network.on("hoverNode", function (p) {
    var n = N[p.node], meta = typeText(n) + " · " + levelText(n.level);
    var extra = [n.province, n.year, n.issuer].filter(function (x) { return x; }).join(" · ");
    showTooltip([n.label, meta].concat(extra ? [extra] : []), p.pointer.DOM);
  });
  network.on("hoverEdge", function (p) {
    var e = E[p.edge], lines = [N[e.from].label + " → " + N[e.to].label, edgeName(e)];
    if (e.ev && e.ev.length) lines.push("“" + e.ev[0][1] + "”");
    showTooltip(lines, p.pointer.DOM);
  });
  ["blurNode", "blurEdge", "dragStart", "zoom"].forEach(function (ev) {
    network.on(ev, function () { tooltip.hidden = true; });
  });

  // -- details -----------------------------------------------------------------------------
  var details = document.getElementById("details");
  function addRow(dl, key, value) {
    if (value === undefined || value === null || value === "") return;
    dl.appendChild(el("dt", key));
    var dd = el("dd");
    if (value instanceof Node) dd.appendChild(value); else dd.textContent = String(value);
    dl.appendChild(dd);
  }
  function nodeLink(j) {
    var b = el("button", N[j].label, "link");
    b.type = "button";
    b.title = "";
    b.addEventListener("click", function () { select(j, true); });
    return b;
  }
  function evidenceList(e) {
    var box = el("div");
    (e.ev || []).forEach(function (ev) {
      var q = el("div", null, "sentence");
      q.appendChild(el("span", "“" + ev[1] + "”", "quote"));
      var source = ev[0] >= 0 ? N[ev[0]].label : "";
      if (source || ev[2]) q.appendChild(el("span", "— " + [source, ev[2]].filter(Boolean).join(" · "), "source"));
      box.appendChild(q);
    });
    if (e.n && e.ev && e.n > e.ev.length) box.appendChild(el("div", "… 另有 " + (e.n - e.ev.length) + " 处 more", "muted"));
    if (e.inferred) box.appendChild(el("div", "由标题推断 inferred from the titles (kgb propagation)", "muted"));
    return box;
  }
  function edgeSection(title, list, i, limit) {
    if (!list.length) return null;
    var section = el("div");
    section.appendChild(el("h3", title + "（" + list.length + "）"));
    var ul = el("ul");
    function fill(upTo) {
      ul.textContent = "";
      list.slice(0, upTo).forEach(function (k) {
        var e = E[k], other = e.from === i ? e.to : e.from;
        var li = el("li", null, "edge");
        li.style.borderLeftColor = edgeInfo(e)[2];
        var head = el("div");
        head.appendChild(el("span", (e.from === i ? "→ " : "← ") + edgeName(e) + "：", "pred"));
        head.appendChild(nodeLink(other));
        li.appendChild(head);
        li.appendChild(evidenceList(e));
        ul.appendChild(li);
      });
      if (list.length > upTo) {
        var more = el("button", "显示全部 show all " + list.length);
        more.type = "button";
        more.addEventListener("click", function () { fill(list.length); });
        var li = el("li"); li.appendChild(more); ul.appendChild(li);
      }
    }
    fill(limit);
    section.appendChild(ul);
    return section;
  }
  function evidenceFirst(a, b) { return ((E[b].n || 0) - (E[a].n || 0)) || (a - b); }

  function show(i) {
    var n = N[i];
    details.textContent = "";
    details.appendChild(el("h2", n.label));
    var dl = el("dl");
    addRow(dl, "类型 type", typeText(n));
    addRow(dl, "层级 level", levelText(n.level));
    addRow(dl, "省份 province", n.province);
    addRow(dl, "年份 year", n.year);
    addRow(dl, "发布 issuer", n.issuer);
    addRow(dl, "简称 aliases", n.aliases ? n.aliases.join("、") : null);
    addRow(dl, "代码 code", n.code);
    addRow(dl, "文号 number", n.number);
    addRow(dl, "日期 date", n.date);
    addRow(dl, "文件 file", n.file);
    addRow(dl, "状态 status", n.status);
    if (n.rank) {
      addRow(dl, "传播 propagation", "#" + n.rank.n + (n.rank.by ? " of " + n.rank.by + "s" : "") + " · score " +
        n.rank.score + " · depth " + n.rank.depth + " · breadth " + n.rank.breadth);
    }
    addRow(dl, "来源 URL", n.url);
    addRow(dl, "IRI", el("code", n.id));
    details.appendChild(dl);
    var actions = el("div", null, "actions");
    function action(text, mode) {
      var b = el("button", text);
      b.type = "button";
      b.addEventListener("click", function () { enterFocus(i, mode); });
      actions.appendChild(b);
    }
    if (n.type === "regulation" || n.type === "plan") action("传播链 cascade view", "cascade");
    if (n.type === "jurisdiction") action("引用情况 citations view", "citations");
    action("邻居 neighbourhood", "neighbourhood");
    details.appendChild(actions);
    var outs = outE[i].slice().sort(evidenceFirst), ins = inE[i].slice().sort(evidenceFirst);
    [edgeSection("出边 outgoing", outs, i, 40), edgeSection("入边 incoming", ins, i, 40)].forEach(function (s) {
      if (s) details.appendChild(s);
    });
  }

  function select(i, center) {
    if (!nodes.get(i)) { state.pinned.add(i); render(false); }
    state.selected = i;
    network.selectNodes([i]);
    unhighlight();
    highlight(i);
    show(i);
    if (center) network.focus(i, {scale: Math.max(network.getScale(), 0.9), animation: false});
  }

  network.on("click", function (p) {
    tooltip.hidden = true;
    if (p.nodes.length) { select(p.nodes[0], false); return; }
    state.selected = null;
    unhighlight();
    if (p.edges.length) showEdge(p.edges[0]);
  });
  network.on("doubleClick", function (p) {
    if (!p.nodes.length) return;
    var n = N[p.nodes[0]];
    enterFocus(p.nodes[0], n.type === "jurisdiction" ? "citations" : (n.type === "regulation" || n.type === "plan") ? "cascade" : "neighbourhood");
  });

  function showEdge(k) {
    var e = E[k];
    details.textContent = "";
    var h = el("h2");
    h.appendChild(nodeLink(e.from));
    h.appendChild(el("span", " → " + edgeName(e) + " → "));
    h.appendChild(nodeLink(e.to));
    details.appendChild(h);
    details.appendChild(evidenceList(e));
  }

  // -- focus views -------------------------------------------------------------------------
  var focusBar = document.getElementById("focusbar"), focusLabel = document.getElementById("focus-label");
  var FOCUS_NAMES = {cascade: "传播链 cascade of", citations: "引用情况 citations of", neighbourhood: "邻居 neighbourhood of"};
  function enterFocus(i, mode) {
    // Every node of the focus view stays bright: the view is the cascade (or citations,
    // or neighbourhood) itself, so nothing in it is faded as "not adjacent".
    state.focus = i; state.focusMode = mode; state.selected = null;
    unhighlight();
    focusLabel.textContent = FOCUS_NAMES[mode] + "：" + N[i].label;
    focusBar.hidden = false;
    render(true);
    network.selectNodes([i]);
    show(i);
  }
  function leaveFocus() {
    state.focus = null; state.focusMode = null;
    focusBar.hidden = true;
    render(true);
  }
  document.getElementById("focus-clear").addEventListener("click", leaveFocus);

  // -- search ------------------------------------------------------------------------------
  var search = document.getElementById("search"), hits = document.getElementById("hits");
  function findNodes(q) {
    var exact = [], starts = [], contains = [];
    N.forEach(function (n, i) {
      var names = [n.label].concat(n.aliases || []);
      if (names.some(function (s) { return s === q; })) exact.push(i);
      else if (names.some(function (s) { return s.indexOf(q) === 0; })) starts.push(i);
      else if (names.some(function (s) { return s.indexOf(q) >= 0; })) contains.push(i);
    });
    function byWeight(a, b) { return (degree[b] - degree[a]) || (a - b); }
    return exact.sort(byWeight).concat(starts.sort(byWeight), contains.sort(byWeight));
  }
  function runSearch() {
    var q = search.value.trim();
    hits.textContent = "";
    if (!q) return [];
    var found = findNodes(q);
    found.slice(0, 30).forEach(function (i) {
      var n = N[i], li = el("li", null, "hit");
      li.tabIndex = 0;
      li.appendChild(el("div", n.label));
      var alias = (n.aliases || []).filter(function (a) { return a.indexOf(q) >= 0; });
      li.appendChild(el("div", typeText(n) + " · " + levelText(n.level) + (alias.length ? " · 简称 " + alias.join("、") : ""), "meta"));
      li.addEventListener("click", function () { select(i, true); });
      li.addEventListener("keydown", function (ev) { if (ev.key === "Enter") select(i, true); });
      hits.appendChild(li);
    });
    if (!found.length) hits.appendChild(el("li", "无结果 no match", "muted"));
    else if (found.length > 30) hits.appendChild(el("li", "… " + found.length + " 个结果 matches", "muted"));
    return found;
  }
  search.addEventListener("input", runSearch);
  search.addEventListener("keydown", function (ev) {
    if (ev.key !== "Enter") return;
    var found = runSearch();
    if (found.length) select(found[0], true);
  });

  // -- filters -----------------------------------------------------------------------------
  function checkbox(parent, value, text, checked, onChange) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.value = value; box.checked = checked;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + text));
    parent.appendChild(label);
    return box;
  }
  var typeBoxes = {}, levelBoxes = {};
  typesPresent.forEach(function (t) {
    typeBoxes[t] = checkbox(document.getElementById("f-type"), t, TYPE_INFO[t][0] + " " + TYPE_INFO[t][1], true,
      function (on) { if (on) state.types.add(t); else state.types.delete(t); render(false); });
  });
  LEVELS.concat(["unknown"]).forEach(function (l) {
    levelBoxes[l] = checkbox(document.getElementById("f-level"), l, levelText(l), state.levels.has(l),
      function (on) { if (on) state.levels.add(l); else state.levels.delete(l); render(false); });
  });
  var yearFrom = document.getElementById("f-year-from"), yearTo = document.getElementById("f-year-to");
  function numberOrNull(input) { var v = parseInt(input.value, 10); return isNaN(v) ? null : v; }
  [yearFrom, yearTo].forEach(function (input) {
    input.addEventListener("change", function () {
      state.yearFrom = numberOrNull(yearFrom); state.yearTo = numberOrNull(yearTo); render(false);
    });
  });
  var provinceSelect = document.getElementById("f-province");
  function option(value, text) { var o = el("option", text); o.value = value; provinceSelect.appendChild(o); }
  option("", "全部 all");
  Object.keys(provinces).sort().forEach(function (p) { option(p, p + "（" + provinces[p] + "）"); });
  provinceSelect.addEventListener("change", function () { state.province = provinceSelect.value; render(true); });
  var topInput = document.getElementById("f-top");
  document.getElementById("f-top-of").textContent = "/ " + N.length;
  topInput.max = String(Math.max(1, N.length));
  topInput.addEventListener("change", function () {
    var v = parseInt(topInput.value, 10);
    if (!isNaN(v) && v > 0) { state.top = v; render(true); }
  });
  physicsBox.addEventListener("change", function () { state.physics = physicsBox.checked; render(false); });
  document.getElementById("relayout").addEventListener("click", function () { state.forceLayout = true; render(true); });
  function resetFilters() {
    state.types = new Set(defaults.types); state.levels = new Set(defaults.levels);
    state.yearFrom = defaults.yearFrom; state.yearTo = defaults.yearTo; state.province = "";
    state.top = defaults.top; state.pinned = new Set(); state.focus = null; state.focusMode = null;
    state.selected = null; state.physics = false; focusBar.hidden = true;
    lastPos = {};
    N.forEach(function (n, i) { if (typeof n.x === "number") lastPos[i] = {x: n.x, y: n.y}; });
    syncInputs();
    render(true);
  }
  document.getElementById("reset").addEventListener("click", resetFilters);
  function syncInputs() {
    Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].checked = state.types.has(t); });
    Object.keys(levelBoxes).forEach(function (l) { levelBoxes[l].checked = state.levels.has(l); });
    yearFrom.value = state.yearFrom === null ? "" : String(state.yearFrom);
    yearTo.value = state.yearTo === null ? "" : String(state.yearTo);
    provinceSelect.value = state.province;
    topInput.value = String(state.top);
    physicsBox.checked = state.physics;
  }

  // -- legend ------------------------------------------------------------------------------
  var SVG = "http://www.w3.org/2000/svg";
  function svgShape(shape, fill, stroke) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "22"); svg.setAttribute("height", "16"); svg.setAttribute("viewBox", "0 0 22 16");
    var s, points = {
      diamond: "11,1 19,8 11,15 3,8", square: "5,2 17,2 17,14 5,14", triangle: "11,1 19,15 3,15",
      triangleDown: "3,1 19,1 11,15", hexagon: "6,1 16,1 20,8 16,15 6,15 2,8",
      star: "11,1 13,6 19,6 14,9.5 16,15 11,11.5 6,15 8,9.5 3,6 9,6"
    }[shape];
    if (points) { s = document.createElementNS(SVG, "polygon"); s.setAttribute("points", points); }
    else if (shape === "box" || shape === "ellipse" || shape === "text") {
      s = document.createElementNS(SVG, "rect");
      s.setAttribute("x", "1"); s.setAttribute("y", "3"); s.setAttribute("width", "20"); s.setAttribute("height", "10");
      s.setAttribute("rx", shape === "ellipse" ? "5" : "1");
    } else {
      s = document.createElementNS(SVG, "circle");
      s.setAttribute("cx", "11"); s.setAttribute("cy", "8"); s.setAttribute("r", "6");
    }
    s.setAttribute("fill", fill); s.setAttribute("stroke", stroke || "#555"); s.setAttribute("stroke-width", "1.2");
    svg.appendChild(s);
    return svg;
  }
  function svgLine(color, dashes, width) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "30"); svg.setAttribute("height", "10");
    var line = document.createElementNS(SVG, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5"); line.setAttribute("x2", "29"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", color); line.setAttribute("stroke-width", String(Math.max(1.5, width)));
    if (dashes) line.setAttribute("stroke-dasharray", dashes.join(" "));
    svg.appendChild(line);
    return svg;
  }
  function legendGroup(title, items) {
    var group = el("div", null, "legend-group");
    group.appendChild(el("strong", title));
    items.forEach(function (it) {
      var row = el("div", null, "legend-item");
      row.appendChild(it[0]); row.appendChild(el("span", it[1]));
      group.appendChild(row);
    });
    return group;
  }
  (function buildLegend() {
    var legend = document.getElementById("legend");
    var grey = "#cfd8dc";
    var typeItems = [
      [svgShape("diamond", grey), "行政区划 jurisdiction"],
      [svgShape("box", "#ffffff"), "文档 document (border = level)"],
      [svgShape("square", grey), "规划方案 plan"],
      [svgShape("hexagon", grey), "法律·行政法规 law / administrative regulation"],
      [svgShape("triangle", grey), "地方性法规·规章 local regulation / rule"],
      [svgShape("triangleDown", grey), "党内法规 party regulation"],
      [svgShape("dot", grey), "规范性文件等 normative document / other"],
      [svgShape("ellipse", AGENCY_COLOR.background, AGENCY_COLOR.border), "机关 agency"],
      [svgShape("star", INITIATIVE_COLOR), "举措 initiative"]
    ];
    legend.appendChild(legendGroup("节点 Nodes", typeItems));
    legend.appendChild(legendGroup("层级颜色 Level colours", LEVELS.concat(["unknown"]).map(function (l) {
      return [svgShape("dot", LEVEL_INFO[l][2], LEVEL_INFO[l][2]), levelText(l)];
    })));
    var used = {};
    E.forEach(function (e) { used[e.p] = true; });
    var edgeItems = Object.keys(EDGE_INFO).filter(function (p) { return used[p]; }).map(function (p) {
      var info = EDGE_INFO[p];
      return [svgLine(info[2], info[3], info[4]), info[0] + " " + info[1]];
    });
    Object.keys(used).filter(function (p) { return !EDGE_INFO[p]; }).sort().forEach(function (p) {
      edgeItems.push([svgLine("#999", false, 1), p]);
    });
    if (E.some(function (e) { return e.inferred; })) {
      edgeItems.push([svgLine(EDGE_INFO.implements[2], [8, 5], 2.5), "贯彻落实（推断）implements, inferred from titles"]);
    }
    legend.appendChild(legendGroup("关系 Edges", edgeItems));
  })();

  // -- start -------------------------------------------------------------------------------
  function updateCounts(nodeCount, edgeCount) {
    var text = "显示 " + nodeCount + " / " + N.length + " 个节点 nodes · " + edgeCount + " / " + E.length + " 条边 edges";
    if (cfg.omitted) {
      // The page holds only the most important nodes of a big graph: say what it leaves out.
      text += " · 另有 " + cfg.omitted.nodes + " 个节点、" + cfg.omitted.edges + " 条边未收入本页 (" +
        cfg.omitted.nodes + " less important nodes and " + cfg.omitted.edges + " edges are not in this page; " +
        "kgb viz --limit, --focus or kgb trace show them)";
    }
    document.getElementById("counts").textContent = text;
  }
  document.getElementById("title").textContent = data.title;
  syncInputs();
  window.kgbExplorer = {
    network: network, data: data,
    nodes: function () { return nodes; }, edges: function () { return edges; },
    visibleCount: function () { return nodes.length; },
    select: function (i) { select(i, true); }, focus: enterFocus, find: findNodes, render: render
  };
  if (cfg.focus !== null && cfg.focus !== undefined && N[cfg.focus]) {
    var f = N[cfg.focus];
    enterFocus(cfg.focus, f.type === "jurisdiction" ? "citations" : (f.type === "regulation" || f.type === "plan") ? "cascade" : "neighbourhood");
  } else {
    render(true);
  }
})();
