// Corroborate story desk UI. Article text is untrusted: it only ever reaches the page through textContent and
// text nodes (el() below); no markup is built from strings anywhere in this file.
'use strict';

const SVG = 'http://www.w3.org/2000/svg';
const $ = (id) => document.getElementById(id);
let current = null; // id of the story on screen, if any

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v !== null && v !== undefined) node.setAttribute(k, String(v));
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined) continue;
    node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

function svg(tag, attrs, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
  return r.json();
}

function show(view) {
  for (const id of ['list-view', 'story-view', 'compare-view']) $(id).hidden = id !== view;
}

// Code point slices, since the model's offsets are code points, not UTF-16 units.
function slice(points, start, end) { return points.slice(start, end).join(''); }

function storyHref(id) { return '#/story/' + encodeURIComponent(id); }

async function renderList(query) {
  const path = query ? '/api/stories?q=' + encodeURIComponent(query) : '/api/stories';
  const stories = await api(path);
  $('list-title').textContent = query ? 'Stories matching “' + query + '”' : 'Stories';
  const list = $('stories');
  list.replaceChildren(...stories.map(s => el('li', { 'data-story': s.id },
    el('a', { href: storyHref(s.id), class: 'story-link' }, s.title || s.id),
    el('div', { class: 'meta' }, s.articles + ' article' + (s.articles === 1 ? '' : 's'),
      s.outlets.length ? ' · ' + s.outlets.join(', ') : '',
      s.last_published ? ' · ' + s.last_published : '', ' · version ' + s.version))));
  $('empty').hidden = stories.length > 0;
  show('list-view');
}

function articleName(view, id) {
  const a = view.articles.find(x => x.id === id);
  return a ? (a.outlet || a.id) : id;
}

function citations(view, cites) {
  return el('span', { class: 'cite' }, '[' + cites.map(m => articleName(view, m.article)).join('; ') + ']');
}

function section(title, ...content) { return el('section', {}, el('h2', {}, title), ...content); }

function briefSection(view) {
  const b = view.brief;
  if (!b || !b.lead || b.lead.length === 0) return section('Brief', el('p', { class: 'meta' }, 'No brief yet.'));
  return section('Brief', el('p', { class: 'headline' }, b.headline || ''),
    el('ul', {}, b.lead.map(s => el('li', {}, s.text, citations(view, s.citations)))));
}

function claimsSection(view, kind, title) {
  const claims = view.claims.filter(c => c.kind === kind);
  if (claims.length === 0) return section(title, el('p', { class: 'meta' }, 'None found.'));
  return section(title, el('ul', {}, claims.map(c => el('li', { class: 'claim' }, c.summary,
    el('span', { class: 'status ' + c.status }, c.status),
    c.variants.length ? el('ul', {}, c.variants.map(v => el('li', {},
      (v.text || '') + (v.hedge ? ' (' + v.hedge + ')' : '') + (v.actor ? ' — ' + v.actor : ''),
      citations(view, v.mentions)))) : null))));
}

function quotesSection(view) {
  if (view.quotes.length === 0) return section('Quotes', el('p', { class: 'meta' }, 'None found.'));
  return section('Quotes', el('ul', {}, view.quotes.map(q => el('li', {},
    el('q', {}, q.text), ' — ', q.speaker || 'unattributed', el('span', { class: 'cite' },
      '[' + articleName(view, q.article) + ']')))));
}

// Lineage: each article a box; a line from a copy to its source. Columns by depth from an original.
function lineageSection(view) {
  const sourceOf = new Map(view.reuse.filter(r => r.kind !== 'independent').map(r => [r.copy, r.source]));
  const depth = (id, seen = new Set()) => {
    if (!sourceOf.has(id) || seen.has(id)) return 0;
    seen.add(id);
    return 1 + depth(sourceOf.get(id), seen);
  };
  const columns = new Map();
  const pos = new Map();
  for (const a of view.articles) {
    const d = depth(a.id);
    const row = columns.get(d) || 0;
    columns.set(d, row + 1);
    pos.set(a.id, { x: 10 + d * 230, y: 10 + row * 46 });
  }
  const rows = Math.max(1, ...columns.values());
  const graph = svg('svg', { class: 'lineage', width: 20 + Math.max(1, columns.size) * 230, height: 20 + rows * 46 });
  for (const r of view.reuse) {
    const a = pos.get(r.copy), b = pos.get(r.source);
    if (a && b) graph.appendChild(svg('line', { x1: a.x, y1: a.y + 15, x2: b.x + 200, y2: b.y + 15 }));
  }
  for (const a of view.articles) {
    const p = pos.get(a.id);
    const g = svg('g', { 'data-article': a.id });
    g.appendChild(svg('rect', { x: p.x, y: p.y, width: 200, height: 30, rx: 4 }));
    g.appendChild(svg('text', { x: p.x + 6, y: p.y + 19 }, (a.outlet || a.id).slice(0, 32)));
    graph.appendChild(g);
  }
  const copies = view.reuse.map(r => el('li', {}, articleName(view, r.copy), ' ← ', articleName(view, r.source),
    ' (' + r.kind + ', ' + Math.round(100 * r.coverage_of_copy) + '% of the copy shared) ',
    el('a', { href: '#/compare/' + encodeURIComponent(view.story.id) + '/' + encodeURIComponent(r.copy) + '/'
      + encodeURIComponent(r.source), class: 'compare-link' }, 'compare')));
  return section('Lineage', graph, view.reuse.length ? el('ul', {}, copies)
    : el('p', { class: 'meta' }, 'No article copies another.'));
}

async function renderStory(id) {
  const view = await api('/api/stories/' + encodeURIComponent(id));
  current = id;
  const articles = section('Articles', el('ul', {}, view.articles.map(a => el('li', {},
    a.title || a.id, el('span', { class: 'meta' }, ' — ' + (a.outlet || 'unknown outlet')
      + (a.published ? ', ' + a.published : ''))))));
  $('story-view').replaceChildren(el('h1', { id: 'story-title' }, view.title || view.id),
    el('p', { class: 'meta' }, view.articles.length + ' articles · version ' + view.version),
    briefSection(view), claimsSection(view, 'figure', 'Figures'), quotesSection(view),
    lineageSection(view), articles);
  show('story-view');
}

// Marks the shared spans of one side of a reuse relation in a body.
function marked(body, spans) {
  const points = Array.from(body);
  const sorted = spans.slice().sort((a, b) => a.span.start - b.span.start);
  const out = [];
  let at = 0;
  for (const s of sorted) {
    if (s.span.start < at) continue;
    out.push(slice(points, at, s.span.start));
    out.push(el('mark', { class: s.match }, slice(points, s.span.start, s.span.end)));
    at = s.span.end;
  }
  out.push(slice(points, at, points.length));
  return out;
}

async function renderCompare(storyId, copyId, sourceId) {
  const view = await api('/api/stories/' + encodeURIComponent(storyId));
  current = storyId;
  const reuse = view.reuse.find(r => r.copy === copyId && r.source === sourceId);
  const copy = view.articles.find(a => a.id === copyId);
  const source = view.articles.find(a => a.id === sourceId);
  if (!reuse || !copy || !source) {
    $('compare-view').replaceChildren(el('p', {}, 'No such comparison in this story.'));
    show('compare-view');
    return;
  }
  const changes = reuse.changes.map(c => el('li', {}, c.kind + ': ', c.before ? el('del', {}, c.before) : null,
    c.before && c.after ? ' → ' : '', c.after ? el('ins', {}, c.after) : null));
  $('compare-view').replaceChildren(
    el('p', {}, el('a', { href: storyHref(storyId) }, '← back to the story')),
    el('h1', {}, articleName(view, copyId) + ' against its source ' + articleName(view, sourceId)),
    el('div', { class: 'columns' },
      el('div', { id: 'copy-text' }, el('h2', {}, 'Copy: ' + (copy.title || copy.id)),
        ...marked(copy.body, reuse.shared.map(s => ({ span: s.copy, match: s.match })))),
      el('div', { id: 'source-text' }, el('h2', {}, 'Source: ' + (source.title || source.id)),
        ...marked(source.body, reuse.shared.map(s => ({ span: s.source, match: s.match }))))),
    section('Changes', changes.length ? el('ul', { class: 'changes' }, changes) : el('p', {}, 'None.')));
  show('compare-view');
}

function alertLine(a) {
  return el('div', { class: 'alert' }, a.kind + ' in ', el('a', { href: storyHref(a.story) }, a.story), ': ',
    a.summary || '', a.before ? ' (was ' + a.before + ')' : '', a.after ? ' (now ' + a.after + ')' : '');
}

async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/').map(decodeURIComponent);
  try {
    if (parts[0] === 'story' && parts[1]) return await renderStory(parts[1]);
    if (parts[0] === 'compare' && parts.length === 4) return await renderCompare(parts[1], parts[2], parts[3]);
    if (parts[0] === 'search') return await renderList(parts.slice(1).join('/'));
    current = null;
    return await renderList('');
  } catch (e) {
    $('story-view').replaceChildren(el('p', {}, 'Could not load: ' + e.message));
    show('story-view');
  }
}

function live() {
  const events = new EventSource('/api/events');
  events.onopen = () => { $('live').textContent = 'live'; $('live').classList.add('on'); };
  events.onerror = () => { $('live').textContent = 'reconnecting'; $('live').classList.remove('on'); };
  events.addEventListener('story', async (e) => {
    const s = JSON.parse(e.data);
    if (!$('list-view').hidden) {
      await renderList(location.hash.startsWith('#/search/') ? decodeURIComponent(location.hash.slice(9)) : '');
      const li = document.querySelector('li[data-story="' + CSS.escape(s.id) + '"]');
      if (li) li.classList.add('updated');
    } else if (current === s.id && !$('story-view').hidden) {
      await renderStory(s.id);
    }
  });
  events.addEventListener('alert', (e) => {
    $('alerts').hidden = false;
    $('alerts').prepend(alertLine(JSON.parse(e.data)));
  });
}

document.addEventListener('DOMContentLoaded', () => {
  $('search').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('q').value.trim();
    location.hash = q ? '#/search/' + encodeURIComponent(q) : '#/';
  });
  window.addEventListener('hashchange', route);
  route();
  live();
});
