// The place tree, loaded on demand: the provinces first, a province's counties when it is opened, a county's
// townships when that is opened — each level one request to /api/facets/{dim} with counts in reports, paged (更多).
// Counts follow the query and the filters other than places, so choosing one place does not hide the others.
// Reports the parser could not place sit under 未识别 (no province) or 未识别区县 (a province's townships that no
// county holds, such as those of a city without counties), read with missing=.
import { el, clear } from './dom.js';
import { FILTERS, getJson } from './state.js';

const PLACES = ['province', 'city', 'county', 'township'];
export const TREE_PAGE = 100;
const UNKNOWN = '（未识别）';
const NO_COUNTY = '（未识别区县）';

const expanded = new Set(); // keys of the branches the reader opened
const pagesShown = new Map(); // level key → how many pages of it are shown
const answers = new Map(); // request → promise of its answer (one search's levels are fetched once)
let answersFor = null; // the search they answer; another search (or the same one again) asks afresh
const revealed = new Set(); // chosen places whose branches have been opened for them once

/** The search the counts follow: query, mode, and the filters that are not places. */
function base(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.mode !== 'exact') p.set('mode', state.mode);
  for (const f of FILTERS) if (!PLACES.includes(f)) for (const v of state.filters[f]) p.append(f, v);
  p.set('count', 'reports');
  return p;
}

function fetchOnce(url) {
  if (!answers.has(url)) {
    answers.set(url, getJson(url).catch(error => { answers.delete(url); throw error; }));
  }
  return answers.get(url);
}

/**
 * One level of the tree: the values of `dim` under the parent filters (and `missing` dimensions), with the reader's
 * own filter of that dimension sent along so the answer names the chosen values (selected). Pages 1..shown.
 */
async function level(state, dim, parents, missing = []) {
  const p = base(state);
  for (const [d, v] of Object.entries(parents)) p.set(d, v);
  for (const m of missing) p.append('missing', m);
  for (const v of state.filters[dim]) p.append(dim, v);
  p.set('size', String(TREE_PAGE));
  const key = dim + '?' + p;
  const shown = pagesShown.get(key) || 1;
  const pages = await Promise.all(Array.from({ length: shown }, (_, i) =>
    fetchOnce(`/api/facets/${dim}?${p}&page=${i + 1}`)));
  return {
    key, total: pages[0].total, selected: pages[0].selected,
    values: pages.flatMap(page => page.values),
  };
}

/** Opens, once, the branches that hold the chosen counties and townships (their parents, from the API). */
async function reveal(state) {
  const wanted = [];
  for (const dim of ['county', 'township']) {
    for (const v of state.filters[dim]) if (!revealed.has(dim + ':' + v)) wanted.push([dim, v]);
  }
  await Promise.all(wanted.map(async ([dim, v]) => {
    revealed.add(dim + ':' + v);
    const of = parent => fetchOnce(`/api/facets/${parent}?count=reports&size=500&${dim}=${encodeURIComponent(v)}`);
    const [provinces, counties] = await Promise.all([of('province'), dim === 'township' ? of('county') : null]);
    for (const p of provinces.values) {
      expanded.add('province:' + p.value);
      if (counties) for (const c of counties.values) expanded.add(`county:${p.value}/${c.value}`);
    }
  }));
}

/**
 * Renders the tree for this state; resolves when it is shown. `onToggle(dim, value)` chooses a place; the tree
 * opens and pages its branches itself, calling `onBusy(true)` before and `onBusy(false)` after each such change.
 */
export async function renderPlaceTree(container, state, onToggle, onBusy = () => {}) {
  const ticket = (container.ticket = (container.ticket || 0) + 1);
  container.setAttribute('aria-busy', 'true');
  if (answersFor !== state) { // a new search: counts may have changed (a new index commit), so ask again
    answers.clear();
    answersFor = state;
  }
  await reveal(state).catch(() => {});
  const rerender = focusKey => {
    onBusy(true);
    renderPlaceTree(container, state, onToggle, onBusy).catch(() => {}).then(() => {
      if (focusKey) container.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)?.focus();
      onBusy(false);
    });
  };
  const tree = new Tree(state, onToggle, rerender);
  const items = await tree.children({ dim: 'province', parents: {} }, { dim: 'township', parents: {}, missing: ['province'] }, UNKNOWN);
  if (ticket !== container.ticket) return;
  clear(container);
  container.append(...items);
  if (!items.length) container.append(el('li', { class: 'facet-empty', text: '无' }));
  container.setAttribute('aria-busy', 'false');
}

class Tree {
  constructor(state, onToggle, rerender) {
    Object.assign(this, { state, onToggle, rerender });
  }

  /** The items of one level, then a branch for the values that lack it (`rest`, when it has any), then 更多. */
  async children(spec, rest, restLabel) {
    const [values, unplaced] = await Promise.all([
      level(this.state, spec.dim, spec.parents, spec.missing),
      rest ? level(this.state, rest.dim, rest.parents, rest.missing) : null]);
    const chosen = new Set([...values.selected, ...this.state.filters[spec.dim]]);
    const items = await Promise.all(values.values.map(v => this.item(spec, v, chosen.has(v.value))));
    if (values.values.length < values.total) {
      const left = values.total - values.values.length;
      items.push(el('li', { class: 'more' }, el('button', {
        type: 'button', class: 'more-places', 'data-key': 'more:' + values.key, text: `更多（还有 ${left} 个）`,
        onclick: () => {
          pagesShown.set(values.key, (pagesShown.get(values.key) || 1) + 1);
          this.rerender('more:' + values.key);
        },
      })));
    }
    if (unplaced && unplaced.total > 0) {
      const key = 'unknown:' + JSON.stringify(rest.parents);
      items.push(await this.branch(key, el('span', { class: 'unknown', text: restLabel }),
        () => this.children(rest)));
    }
    return items;
  }

  /** A place: a township is a leaf; a province or county is a branch whose children load when it is opened. */
  item(spec, { value, count }, chosen) {
    const node = el('button', {
      type: 'button', class: 'facet-value' + (chosen ? ' chosen' : ''), 'aria-pressed': String(chosen),
      'data-dim': spec.dim, 'data-value': value, onclick: () => this.onToggle(spec.dim, value),
    }, el('span', { class: 'name', text: value }), el('span', { class: 'count', text: String(count) }));
    if (spec.dim === 'township') return el('li', {}, node);
    if (spec.dim === 'province') {
      const parents = { province: value };
      return this.branch('province:' + value, node, () => this.children({ dim: 'county', parents },
        { dim: 'township', parents, missing: ['county'] }, NO_COUNTY));
    }
    const parents = { ...spec.parents, county: value };
    return this.branch(`county:${spec.parents.province}/${value}`, node,
      () => this.children({ dim: 'township', parents }));
  }

  async branch(key, label, load) {
    const open = expanded.has(key);
    const toggle = el('button', {
      type: 'button', class: 'expand', 'aria-expanded': String(open), 'data-key': key,
      'aria-label': (open ? '收起 ' : '展开 ') + label.textContent, text: open ? '▾' : '▸',
      onclick: () => {
        if (!expanded.delete(key)) expanded.add(key);
        this.rerender(key);
      },
    });
    const item = el('li', { class: 'branch', 'data-branch': key }, el('div', { class: 'row' }, toggle, label));
    if (open) item.append(el('ul', {}, await load()));
    return item;
  }
}
