// The page: reads the state from the URL, asks the API, renders the search or the report view. Every change goes
// through go(), which pushes the new URL, so the back button and bookmarks work.
import { el, clear } from './dom.js';
import { FILTERS, getJson, pageUrl, readState, searchParams, toggleFilter, withChanges, withSuggestion } from './state.js';
import { UNITS, renderCategories, renderYearSources, renderYears } from './facets.js';
import { renderPlaceTree } from './places.js';
import { renderChips, renderHits, renderPager, summaryText } from './results.js';
import { jumpTo, renderReport } from './report.js';
import { showResearch, markPassage, syncViews } from './research.js';
import { setupUpload } from './upload.js';

const $ = id => document.getElementById(id);
let state = readState(location.search);
let latest = 0; // answers to superseded requests are dropped
let scrollToResults = false; // set by the pager: show the new page from its top

function go(next) {
  history.pushState(null, '', pageUrl(next));
  show(next);
}

window.addEventListener('popstate', () => show(readState(location.search)));

function show(next) {
  state = next;
  const reading = Boolean(state.report);
  $('search-view').hidden = reading;
  $('report-view').hidden = !reading;
  syncForm();
  return reading ? showReport() : showSearch();
}

function syncForm() {
  $('q').value = state.q;
  for (const radio of document.querySelectorAll('input[name=mode]')) radio.checked = radio.value === state.mode;
  $('sort').value = state.sort;
  document.title = (state.q ? state.q + ' - ' : '') + '法治报告检索';
}

/** loading, ready or failed: on <body> for assistive technology (aria-busy) and for tests (data-state). */
function setPhase(phase) {
  document.body.setAttribute('aria-busy', String(phase === 'loading'));
  document.body.dataset.state = phase;
}

function setBusy(busy, text) {
  setPhase(busy ? 'loading' : 'ready');
  $('summary').textContent = text;
  $('results').classList.toggle('loading', busy);
}

/** A boxed message: a title and lines of detail (falsy lines are left out). */
function showMessage(kind, title, ...details) {
  const box = $('message');
  clear(box);
  box.className = 'message ' + kind;
  box.append(el('strong', { text: title }), ...details.filter(Boolean).map(d => typeof d === 'string' ? el('span', { text: d }) : d));
  box.hidden = false;
}

/** Ends a message with 。 unless it ends in punctuation already. */
const sentence = text => (/[。！？）)]$/.test(text) ? text : text + '。');

const ERROR_TITLES = { bad_query: '检索语句无法识别', unknown_value: '筛选条件无效' };
const ERROR_HINTS = { bad_query: '请检查引号、括号和运算符。', unknown_value: '请改用索引中已有的地名，或去掉这个条件。' };

/** "您是不是要找：" and a button per suggested name, which searches again with it in place of the unknown one. */
function suggestions(error) {
  if (!error.suggestions?.length || !error.dimension || !error.value) return null;
  return el('span', { class: 'suggestions' }, '您是不是要找：', ...error.suggestions.map(name => el('button', {
    type: 'button', class: 'suggestion', 'data-value': name, text: name,
    onclick: () => go(withSuggestion(state, error.dimension, error.value, name)),
  })));
}

async function showSearch() {
  const ticket = ++latest;
  $('message').hidden = true;
  setBusy(true, '正在检索…');
  renderChips($('chips'), state, (dim, value) => go(toggleFilter(state, dim, value)),
    () => go(withChanges(state, { filters: Object.fromEntries(Object.keys(state.filters).map(f => [f, []])) })));
  let result;
  try {
    const params = searchParams(state);
    params.set('count', 'reports'); // the chart and the tree count reports; the summary gives both units
    result = await getJson('/api/search?' + params);
  } catch (error) {
    if (ticket !== latest) return;
    setBusy(false, '');
    clear($('results'));
    clear($('pager'));
    setPhase('failed');
    scrollToResults = false;
    showMessage('error', ERROR_TITLES[error.code] || '检索失败', sentence(error.message), suggestions(error),
      ERROR_HINTS[error.code]);
    return;
  }
  if (ticket !== latest) return;
  setBusy(false, summaryText(result, FILTERS.some(f => state.filters[f].length)));
  setPhase('loading'); // until the place tree is shown too
  const toggle = (dim, value) => go(toggleFilter(state, dim, value));
  const tree = renderPlaceTree($('place-tree'), state, toggle, busy => {
    if (ticket === latest) setPhase(busy ? 'loading' : 'ready');
  }).catch(() => clear($('place-tree')).append(el('li', { class: 'facet-empty', text: '地区加载失败' })));
  syncViews(state, go);
  if (state.view) {
    setPhase('loading');
    try {
      await showResearch(state, go, openFromSearch);
    } catch (error) {
      if (ticket !== latest) return;
      setPhase('failed');
      showMessage('error', ERROR_TITLES[error.code] || '检索失败', sentence(error.message), ERROR_HINTS[error.code]);
      return;
    }
    if (ticket !== latest) return;
  } else {
    renderHits($('results'), result, state, openFromSearch);
    renderPager($('pager'), result, state, next => { scrollToResults = true; go(next); });
  }
  if (scrollToResults) { // a new page starts at its top, not where the pager of the old one was
    scrollToResults = false;
    $('results-column').scrollIntoView({ block: 'start' });
    $('results').focus({ preventScroll: true });
  }
  renderYears($('year-chart'), result.facets.year, state.filters.year, toggle, result.count);
  for (const unit of document.querySelectorAll('.facet-unit')) unit.textContent = `（${UNITS[result.count]}数）`;
  renderCategories($('category-list'), result.facets.category, state.filters.category, toggle);
  renderYearSources($('year-source-list'), result.facets.yearSource, state.filters.yearSource, toggle);
  if (!result.hits.length) {
    // A query that finds nothing shows how it was read, so a misread operator (a dash, a bracket) shows
    const understood = !result.total && result.understoodAs
      ? el('span', { class: 'understood', text: `理解为：${result.understoodAs}` }) : null;
    showMessage('empty', result.total ? '这一页没有结果' : '没有找到符合条件的章节', understood,
      state.mode === 'exact' ? '可以减少检索词、去掉筛选条件，或改用“分词”模式。' : '可以减少检索词或去掉筛选条件。');
  }
  await tree;
  if (ticket === latest) setPhase('ready');
}

async function showReport() {
  const ticket = ++latest;
  const article = $('report');
  setPhase('loading');
  clear(article).append(el('p', { class: 'loading-note', role: 'status', text: '正在打开报告…' }));
  clear($('outline'));
  const q = state.q ? '?q=' + encodeURIComponent(state.q) : '';
  let view;
  try {
    view = await getJson(`/api/reports/${encodeURIComponent(state.report)}${q}`);
  } catch (error) {
    if (ticket !== latest) return;
    setPhase('failed');
    clear(article).append(el('div', { class: 'message error' }, el('strong', { text: '无法打开报告' }),
      el('span', { text: error.message })), el('button', { type: 'button', class: 'back', text: '← 返回检索', onclick: back }));
    return;
  }
  if (ticket !== latest) return;
  renderReport(article, $('outline'), view, state, back);
  setPhase('ready');
  document.title = (view.report.title || '报告') + ' - 法治报告检索';
  if (state.section) jumpTo('sec-' + state.section);
  else article.focus();
  if (state.section && state.at !== null) markPassage(view, state.section, state.at);
}

/** Back to the results: through history when we came from them, so their scroll position returns too. */
function back() {
  if (history.state?.fromSearch) history.back();
  else go({ ...state, report: null, section: null });
}

// Opening a report from a hit marks the new history entry, so its back button can simply go back.
function openFromSearch(next) {
  history.pushState({ fromSearch: true }, '', pageUrl(next));
  show(next);
}

$('search-form').addEventListener('submit', event => {
  event.preventDefault();
  const mode = document.querySelector('input[name=mode]:checked').value;
  go(withChanges(state, { q: $('q').value.trim(), mode }));
});
for (const radio of document.querySelectorAll('input[name=mode]')) {
  radio.addEventListener('change', () => { if (state.q) go(withChanges(state, { q: $('q').value.trim(), mode: radio.value })); });
}
$('sort').addEventListener('change', () => go(withChanges(state, { sort: $('sort').value })));
$('home').addEventListener('click', event => { event.preventDefault(); go(readState('')); });
document.addEventListener('keydown', event => {
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement?.tagName);
  if (event.key === '/' && !typing) { event.preventDefault(); $('q').focus(); $('q').select(); }
});
const wide = window.matchMedia('(min-width: 860px)');
const syncFilters = () => { if (wide.matches) $('filters').open = true; };
wide.addEventListener('change', syncFilters);
if (!wide.matches) $('filters').open = false;

show(state);
// a report just uploaded is searchable at once: ask again
setupUpload(() => { if (!state.report) show(state); });
