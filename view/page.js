// The page script of `kg view`: draws the data in #kg-data with cytoscape.js (inlined before this script) and wires
// the search box, the filters, focus mode and the side panel. window.kgView holds the page's state and the
// cytoscape instance for anyone who inspects the page (the browser tests do).
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('kg-data').textContent);
  var state = window.kgView = {
    cy: null,
    ready: false, nodeCount: 0, edgeCount: 0, visibleNodes: 0, visibleEdges: 0,
    selected: null, focus: null, search: null, error: null
  };

  // fCoSE starts from random positions; a seeded generator makes one file always draw the same picture.
  var seed = 1234567;
  Math.random = function () {
    seed = (seed + 0x6D2B79F5) | 0;
    var t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  // Claims are coloured by predicate class: cooperation in blues and greens, conflict in oranges and reds.
  var classColours = {
    verbal_cooperation: '#2E86DE', material_cooperation: '#16A085',
    verbal_conflict: '#E67E22', material_conflict: '#C0392B', structural: '#7D5BA6'
  };
  var spare = ['#8E44AD', '#2C3E50', '#D35400', '#27AE60'];
  data.classes.forEach(function (name, i) {
    if (!classColours[name]) { classColours[name] = spare[i % spare.length]; }
  });

  var nodesById = {};
  var edgesById = {};
  var edgesByNode = {};
  data.nodes.forEach(function (n) { nodesById[n.id] = n; edgesByNode[n.id] = []; });
  data.edges.forEach(function (e) {
    edgesById[e.id] = e;
    edgesByNode[e.source].push(e);
    if (e.target !== e.source) { edgesByNode[e.target].push(e); }
  });

  // ---- small DOM helpers ----
  function el(tag, attrs) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { node.textContent = attrs[k]; } else if (k === 'onclick') { node.addEventListener('click', attrs[k]); } else { node.setAttribute(k, attrs[k]); }
    });
    for (var i = 2; i < arguments.length; i++) {
      var child = arguments[i];
      if (child === null || child === undefined) { continue; }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    }
    return node;
  }
  function $(id) { return document.getElementById(id); }
  function plural(n, word, many) { return n.toLocaleString('en') + ' ' + (n === 1 ? word : many || word + 's'); }
  function name(id) { return nodesById[id] ? nodesById[id].name : id; }

  // ---- the graph ----
  var maxMentions = Math.max(1, Math.max.apply(null, data.nodes.map(function (n) { return n.mentions; }).concat([1])));
  var elements = [];
  data.nodes.forEach(function (n) {
    var style = data.types[n.type] || { color: '#A5ABB6', border: '#9AA1AC', text: '#2A2C34', size: 50 };
    // Diameter as in style.grass, scaled by how often the entity is mentioned.
    var size = Math.round(style.size * (0.35 + 0.9 * Math.sqrt(n.mentions / maxMentions)));
    // Labels grow with mentions too, so at a distance only the most mentioned names stay legible.
    var font = Math.round(8 + 12 * Math.sqrt(n.mentions / maxMentions));
    elements.push({ group: 'nodes', data: { id: n.id, label: n.name, type: n.type, size: size, font: font, color: style.color, border: style.border, text: style.text } });
  });
  data.edges.forEach(function (e) {
    var claim = e.kind === 'claim';
    elements.push({
      group: 'edges',
      data: {
        id: e.id, source: e.source, target: e.target, kind: e.kind,
        color: claim ? classColours[e['class']] || '#7D5BA6' : data.coMention.color,
        width: claim ? 2.5 + Math.min(3, e.weight - 1) : Math.min(8, data.coMention.size * 0.5 + Math.log2(e.weight)),
        label: claim ? (e.negated ? 'NOT ' : '') + e.predicate : '',
        // Weak co-mentions (one sentence) recede; strong ones stand out.
        opacity: claim ? 1 : Math.min(0.6, 0.15 + 0.1 * e.weight),
        negated: !!e.negated, hedged: !!e.hedged
      }
    });
  });

  var big = data.edges.length > 1500;
  var cy = cytoscape({
    container: $('cy'),
    elements: elements,
    wheelSensitivity: 0.3,
    hideEdgesOnViewport: big,
    style: [
      { selector: 'node', style: {
        'background-color': 'data(color)', 'border-color': 'data(border)', 'border-width': 1.5,
        width: 'data(size)', height: 'data(size)', label: 'data(label)', color: '#2A2C34', 'font-size': 'data(font)',
        'text-valign': 'bottom', 'text-margin-y': 2, 'text-outline-color': '#fff', 'text-outline-width': 1.5,
        'min-zoomed-font-size': 8
      } },
      { selector: 'edge[kind = "comention"]', style: {
        'curve-style': 'haystack', 'line-color': 'data(color)', width: 'data(width)', opacity: 'data(opacity)'
      } },
      { selector: 'edge[kind = "claim"]', style: {
        'curve-style': 'bezier', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, width: 'data(width)', label: 'data(label)',
        'font-size': 7, color: '#333', 'text-rotation': 'autorotate', 'text-background-color': '#fff',
        'text-background-opacity': 0.85, 'text-background-padding': 1, 'min-zoomed-font-size': 6, 'z-index': 10
      } },
      { selector: 'edge[?hedged]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[?negated]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'tee' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111' } },
      { selector: 'edge:selected', style: { 'line-color': '#111', 'target-arrow-color': '#111', opacity: 1, 'z-index': 20 } },
      { selector: '.hidden', style: { display: 'none' } }
    ]
  });

  state.cy = cy;

  // A small graph would be blown up to fill the screen: keep it at a readable size instead.
  function settle() {
    if (cy.zoom() > 1.5) {
      cy.zoom(1.5);
      cy.center(cy.elements().not('.hidden'));
    }
  }

  function layoutOptions(fit) {
    return {
      name: 'fcose', quality: 'default', randomize: true, animate: false, fit: fit, padding: 24,
      nodeRepulsion: function () { return 15000; }, idealEdgeLength: function () { return 90; },
      edgeElasticity: function () { return 0.3; }, nodeSeparation: 60, numIter: 2500,
      packComponents: true, tile: true
    };
  }

  // ---- filters ----
  var typeNames = Object.keys(data.types).sort();
  typeNames.forEach(function (type) {
    var count = data.nodes.filter(function (n) { return n.type === type; }).length;
    $('type-filters').appendChild(el('label', {},
      el('input', { type: 'checkbox', 'class': 'type-filter', value: type, checked: 'checked' }),
      el('span', { 'class': 'swatch', style: 'background:' + data.types[type].color }), type + ' (' + count + ')'));
  });
  data.classes.forEach(function (cls) {
    var count = data.edges.filter(function (e) { return e['class'] === cls; }).length;
    $('class-filters').appendChild(el('label', {},
      el('input', { type: 'checkbox', 'class': 'class-filter', value: cls, checked: 'checked' }),
      el('span', { 'class': 'swatch line', style: 'background:' + classColours[cls] }), cls.replace('_', ' ') + ' (' + count + ')'));
  });
  var maxWeight = Math.max(1, Math.max.apply(null, data.edges.map(function (e) { return e.weight; }).concat([1])));
  $('min-weight').max = String(Math.min(50, Math.ceil(maxWeight)));
  var dated = data.edges.filter(function (e) { return e.first; });
  var dates = dated.map(function (e) { return e.first; }).concat(dated.map(function (e) { return e.last; })).sort();
  $('date-hint').textContent = dated.length === 0
    ? 'No edge carries a date (the articles are undated): a date range hides every edge.'
    : plural(dated.length, 'edge') + ' of ' + data.edges.length.toLocaleString('en') + ' carry dates, ' + dates[0] + ' to ' + dates[dates.length - 1] + '; a range hides undated ones.';

  var focusSet = null;

  function checked(cls) {
    var set = {};
    Array.prototype.forEach.call(document.querySelectorAll('input.' + cls + ':checked'), function (box) { set[box.value] = true; });
    return set;
  }

  function apply() {
    var types = checked('type-filter');
    var classes = checked('class-filter');
    var showCo = $('show-comentions').checked;
    var minWeight = Number($('min-weight').value);
    var from = $('date-from').value.trim();
    var to = $('date-to').value.trim();
    var edgeFiltered = !showCo || minWeight > 1 || from || to || Object.keys(classes).length < data.classes.length;
    $('min-weight-value').textContent = String(minWeight);
    var visibleDegree = {};
    var shownEdges = 0;
    var shownNodes = 0;
    cy.batch(function () {
      cy.edges().forEach(function (edge) {
        var e = edgesById[edge.id()];
        var ok = (e.kind === 'claim' ? !!classes[e['class']] : showCo) && e.weight >= minWeight &&
          !!types[nodesById[e.source].type] && !!types[nodesById[e.target].type] &&
          (!focusSet || (focusSet[e.source] && focusSet[e.target]));
        if (ok && (from || to)) {
          // Dates compare as text: "2021" < "2021-07" < "2021-07-15", so a year or a month works as a bound.
          ok = !!e.first && (!from || e.last >= from) && (!to || e.first <= to + '\uffff');
        }
        edge.toggleClass('hidden', !ok);
        if (ok) {
          shownEdges++;
          visibleDegree[e.source] = (visibleDegree[e.source] || 0) + 1;
          visibleDegree[e.target] = (visibleDegree[e.target] || 0) + 1;
        }
      });
      cy.nodes().forEach(function (node) {
        var n = nodesById[node.id()];
        var ok = !!types[n.type] && (!focusSet || !!focusSet[n.id]);
        // An entity that loses all its edges to the edge filters goes too; one that never had any stays.
        if (ok && edgeFiltered && edgesByNode[n.id].length > 0) { ok = !!visibleDegree[n.id]; }
        node.toggleClass('hidden', !ok);
        if (ok) { shownNodes++; }
      });
    });
    state.visibleNodes = shownNodes;
    state.visibleEdges = shownEdges;
    $('counts').textContent = plural(shownNodes, 'entity', 'entities') + ' · ' + plural(shownEdges, 'edge') + ' shown';
  }

  Array.prototype.forEach.call(document.querySelectorAll('#filters input'), function (input) {
    input.addEventListener('change', apply);
    input.addEventListener('input', apply);
  });

  // ---- focus mode ----
  var savedPositions = null;

  function focusOn(id, hops) {
    var reach = {};
    reach[id] = true;
    var frontier = [id];
    for (var h = 0; h < hops; h++) {
      var next = [];
      frontier.forEach(function (v) {
        edgesByNode[v].forEach(function (e) {
          var other = e.source === v ? e.target : e.source;
          if (!reach[other]) { reach[other] = true; next.push(other); }
        });
      });
      frontier = next;
    }
    if (!savedPositions) {
      savedPositions = {};
      cy.nodes().forEach(function (node) { savedPositions[node.id()] = Object.assign({}, node.position()); });
    }
    focusSet = reach;
    state.focus = { id: id, hops: hops };
    apply();
    var layout = cy.elements().not('.hidden').layout(layoutOptions(true));
    layout.one('layoutstop', settle);
    layout.run();
    $('focus-clear').disabled = false;
    $('focus-hint').textContent = 'Showing ' + name(id) + ' and ' + plural(hops, 'hop') + ' around.';
  }

  function clearFocus() {
    focusSet = null;
    state.focus = null;
    apply();
    if (savedPositions) {
      cy.nodes().forEach(function (node) { node.position(savedPositions[node.id()]); });
      savedPositions = null;
    }
    cy.fit(undefined, 24);
    $('focus-clear').disabled = true;
    $('focus-hint').textContent = 'Select an entity, then “Focus” in its panel.';
  }
  $('focus-clear').addEventListener('click', clearFocus);

  // ---- side panel ----
  function where(number) {
    var s = data.sentences[number];
    return s.file + ':' + s.line + (s.date ? ' · ' + s.date : '');
  }

  function quote(number, trigger) {
    var s = data.sentences[number];
    var text = el('span', {});
    var at = trigger ? s.text.toLowerCase().indexOf(trigger.toLowerCase()) : -1;
    if (at < 0) {
      text.textContent = s.text;
    } else {
      text.appendChild(document.createTextNode(s.text.slice(0, at)));
      text.appendChild(el('mark', { text: s.text.slice(at, at + trigger.length) }));
      text.appendChild(document.createTextNode(s.text.slice(at + trigger.length)));
    }
    return el('li', {}, el('span', { 'class': 'where', text: where(number) }), text);
  }

  function go(label, action) { return el('a', { 'class': 'go', onclick: action, href: '#' }, label); }
  function goNode(id) { return go(name(id), function (ev) { ev.preventDefault(); select(id); }); }
  function goEdge(e, label) { return go(label, function (ev) { ev.preventDefault(); select(e.id); }); }

  function claimText(e) {
    return name(e.source) + ' ' + (e.negated ? 'NOT ' : '') + e.predicate + ' ' + name(e.target);
  }

  function showNode(n) {
    var panel = $('panel');
    panel.textContent = '';
    var style = data.types[n.type] || { color: '#ccc' };
    panel.appendChild(el('h2', { text: n.name }));
    panel.appendChild(el('p', {},
      el('span', { 'class': 'chip', style: 'background:' + style.color, text: n.type + (n.subtype ? ' · ' + n.subtype.replace(/_/g, ' ') : '') }),
      n.discovered ? el('span', { 'class': 'flag', text: ' discovered (not in the gazetteer)' }) : null));
    if (n.aliases.length > 0) { panel.appendChild(el('p', {}, 'Also: ' + n.aliases.join(', '))); }
    panel.appendChild(el('p', { 'class': 'hint', text: plural(n.mentions, 'mention') + ' · weighted degree ' + Math.round(n.weight) + ' · id ' + n.id }));
    var hops = Number($('focus-hops').value);
    panel.appendChild(el('button', { type: 'button', id: 'focus-button', onclick: function () { focusOn(n.id, Number($('focus-hops').value)); } },
      'Focus: ' + plural(hops, 'hop') + ' around'));
    if (n.roles.length > 0) {
      panel.appendChild(el('h3', { text: 'Roles' }));
      var roles = el('ul', { 'class': 'evidence' });
      n.roles.forEach(function (r) {
        roles.appendChild(el('li', {}, r.title + ' of ', goNode(r.of)));
        r.evidence.forEach(function (s) { roles.appendChild(quote(s)); });
      });
      panel.appendChild(roles);
    }
    var edges = edgesByNode[n.id];
    var claims = edges.filter(function (e) { return e.kind === 'claim'; });
    if (claims.length > 0) {
      panel.appendChild(el('h3', { text: 'Claims (' + claims.length + ')' }));
      var list = el('ul', {});
      claims.forEach(function (e) { list.appendChild(el('li', {}, goEdge(e, claimText(e)))); });
      panel.appendChild(list);
    }
    var co = edges.filter(function (e) { return e.kind === 'comention'; }).sort(function (a, b) { return b.weight - a.weight; });
    if (co.length > 0) {
      panel.appendChild(el('h3', { text: 'Co-mentioned with (' + co.length + ')' }));
      var colist = el('ul', {});
      co.slice(0, 15).forEach(function (e) {
        var other = e.source === n.id ? e.target : e.source;
        colist.appendChild(el('li', {}, goEdge(e, name(other)), ' · ' + (e.sentences > 0 ? plural(e.sentences, 'sentence') : 'same paragraph only')));
      });
      if (co.length > 15) { colist.appendChild(el('li', { 'class': 'hint', text: 'and ' + (co.length - 15) + ' more' })); }
      panel.appendChild(colist);
    }
  }

  function showEdge(e) {
    var panel = $('panel');
    panel.textContent = '';
    if (e.kind === 'claim') {
      panel.appendChild(el('h2', {}, goNode(e.source), ' ', el('span', { 'class': e.negated ? 'flag' : '', text: (e.negated ? 'NOT ' : '') + e.predicate }), ' ', goNode(e.target)));
      panel.appendChild(el('p', {},
        el('span', { 'class': 'chip', style: 'background:' + classColours[e['class']] + ';color:#fff', text: e['class'].replace('_', ' ') }),
        e.hedged ? el('span', { 'class': 'flag', text: ' hedged' }) : null));
      var facts = [];
      if (e.qualifier) { facts.push('as ' + e.qualifier); }
      if (e.time) { facts.push('time ' + e.time); }
      if (e.claimant) { facts.push('according to ' + e.claimant); }
      facts.push('confidence ' + e.confidence);
      panel.appendChild(el('p', { text: facts.join(' · ') }));
    } else {
      panel.appendChild(el('h2', {}, goNode(e.source), ' — ', goNode(e.target)));
      var together = e.sentences > 0 ? 'Named together in ' + plural(e.sentences, 'sentence') + ', ' : 'Named in the same paragraph, never the same sentence: ';
      panel.appendChild(el('p', { text: together + plural(e.paragraphs, 'paragraph') + ', ' + plural(e.articles, 'article') +
        ' · association score ' + e.score + (e.first ? ' · ' + e.first + (e.last !== e.first ? ' to ' + e.last : '') : '') }));
      if (e.demonymOnly) { panel.appendChild(el('p', { 'class': 'flag', text: 'One side is named only by a demonym.' })); }
    }
    panel.appendChild(el('h3', { text: 'Evidence (' + e.evidence.length + (e.evidenceTotal > e.evidence.length ? ' of ' + e.evidenceTotal : '') + ')' }));
    if (e.evidence.length === 0) { panel.appendChild(el('p', { 'class': 'hint', text: 'The store keeps evidence sentences only for entities named in one sentence.' })); }
    var list = el('ul', { 'class': 'evidence', id: 'evidence' });
    e.evidence.forEach(function (ev) { list.appendChild(quote(ev.sentence, ev.trigger)); });
    panel.appendChild(list);
  }

  function select(id) {
    var element = cy.getElementById(id);
    cy.elements(':selected').unselect();
    element.select();
    if (nodesById[id]) {
      state.selected = { kind: 'node', id: id };
      showNode(nodesById[id]);
    } else {
      state.selected = { kind: 'edge', id: id };
      showEdge(edgesById[id]);
    }
    return element;
  }

  cy.on('tap', 'node', function (evt) { select(evt.target.id()); });
  cy.on('tap', 'edge', function (evt) { select(evt.target.id()); });

  // ---- search: any name, alias or id, case-insensitively ----
  var byName = {};
  function index(form, id, rank) {
    var key = form.trim().toLowerCase();
    if (!key) { return; }
    (byName[key] = byName[key] || []).push({ id: id, rank: rank });
  }
  data.nodes.forEach(function (n) {
    index(n.name, n.id, 0);
    n.aliases.forEach(function (a) { index(a, n.id, 1); });
    index(n.id, n.id, 1);
    $('names').appendChild(el('option', { value: n.name }));
    n.aliases.forEach(function (a) { $('names').appendChild(el('option', { value: a, label: a + ' → ' + n.name })); });
  });

  function best(candidates) {
    return candidates.slice().sort(function (a, b) {
      return a.rank - b.rank || nodesById[b.id].mentions - nodesById[a.id].mentions || (a.id < b.id ? -1 : 1);
    })[0].id;
  }

  function find(query) {
    var key = query.trim().toLowerCase();
    if (!key) { return null; }
    if (byName[key]) { return best(byName[key]); }
    var partial = [];
    Object.keys(byName).forEach(function (form) {
      var at = form.indexOf(key);
      if (at >= 0) { byName[form].forEach(function (c) { partial.push({ id: c.id, rank: 2 + (at === 0 ? 0 : 1) + c.rank }); }); }
    });
    return partial.length > 0 ? best(partial) : null;
  }

  $('search').addEventListener('submit', function (ev) {
    ev.preventDefault();
    var query = $('search-input').value;
    var id = find(query);
    state.search = { query: query, id: id };
    if (!id) {
      $('search-message').textContent = 'No entity is named “' + query.trim() + '”.';
      return;
    }
    var node = select(id);
    $('search-message').textContent = node.hasClass('hidden') ? name(id) + ' is hidden by the filters or the focus.' : '';
    if (!node.hasClass('hidden')) { cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.2) }, { duration: 0 }); }
  });

  // ---- start ----
  $('title').textContent = data.title;
  document.title = data.title;
  if (data.note) { $('note').textContent = data.note; $('note').hidden = false; }
  state.nodeCount = cy.nodes().length;
  state.edgeCount = cy.edges().length;
  apply();
  $('counts').textContent = 'laying out ' + plural(state.nodeCount, 'entity', 'entities') + '…';
  // Lay out after the first paint, so the page shows at once and says what it is doing.
  window.setTimeout(function () {
    var layout = cy.layout(layoutOptions(true));
    layout.one('layoutstop', function () {
      settle();
      apply();
      if (data.focus) { select(data.focus.id); }
      state.ready = true;
    });
    try {
      layout.run();
    } catch (error) {
      state.error = String(error);
      throw error;
    }
  }, 0);
})();
