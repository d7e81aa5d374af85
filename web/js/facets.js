// Facets: year as a clickable bar chart, places as a province → county → township tree, report parts by name.
import { el, clear } from './dom.js';
import { CATEGORY_LABELS, YEAR_SOURCE_LABELS } from './state.js';

const UNKNOWN = '（未识别）';
/** The unit a count is in, as the API names it (count=reports|sections). */
export const UNITS = { reports: '份报告', sections: '节' };

/** Year bars: height by count (in the unit the API counted), each a toggle button. */
export function renderYears(container, values, chosen, onToggle, unit = 'sections') {
  clear(container);
  const shown = [...values];
  for (const y of chosen) if (!shown.some(v => v.value === y)) shown.push({ value: y, count: 0 });
  shown.sort((a, b) => a.value.localeCompare(b.value));
  if (!shown.length) {
    container.append(el('p', { class: 'facet-empty', text: '无' }));
    return;
  }
  const max = Math.max(1, ...shown.map(v => v.count));
  for (const { value, count } of shown) {
    const pressed = chosen.includes(value);
    const bar = el('span', { class: 'bar' });
    bar.style.height = `${Math.max(4, Math.round(56 * count / max))}px`;
    container.append(el('button', {
      type: 'button', class: 'year' + (pressed ? ' chosen' : ''), 'aria-pressed': String(pressed),
      'data-year': value, title: `${value}年：${count} ${UNITS[unit]}`, 'aria-label': `${value}年，${count} ${UNITS[unit]}`,
      onclick: () => onToggle('year', value),
    }, el('span', { class: 'count', text: String(count) }), bar, el('span', { class: 'label', text: value })));
  }
}

/**
 * The place tree. Counts come from the facets (so they follow the query and the other filters); which county
 * holds which township comes from the list of reports. Places the parser could not resolve sit under 未识别.
 */
export function renderPlaces(container, facets, reports, chosen, expanded, onToggle, onExpand) {
  clear(container);
  const counts = dim => new Map((facets[dim] || []).map(v => [v.value, v.count]));
  const provinceCounts = counts('province');
  const countyCounts = counts('county');
  const townshipCounts = counts('township');
  const tree = new Map(); // province → county → Set(township)
  for (const r of reports) {
    if (!r.township && !r.county && !r.province) continue;
    const p = r.province || UNKNOWN;
    const c = r.county || UNKNOWN;
    if (!tree.has(p)) tree.set(p, new Map());
    if (!tree.get(p).has(c)) tree.get(p).set(c, new Set());
    if (r.township) tree.get(p).get(c).add(r.township);
  }
  const visible = (count, dim, value) => count > 0 || chosen[dim].includes(value);
  // A branch lists its children that count under the current filters; when none does (their counts are 0 because
  // a sibling is chosen: with 江苏省 chosen, 广东省's counties count nothing) it lists them all, so every branch
  // that has children keeps its ▸ and can still be opened.
  const shown = items => (items.some(i => i.visible) ? items.filter(i => i.visible) : items).map(i => i.li);
  let any = false;
  for (const [province, counties] of [...tree].sort(byName)) {
    const pCount = provinceCounts.get(province) ?? 0;
    const countyItems = [];
    for (const [county, townships] of [...counties].sort(byName)) {
      const townshipItems = [...townships].sort(byPinyin).map(t => {
        const count = townshipCounts.get(t) ?? 0;
        return { visible: visible(count, 'township', t), li: el('li', {}, node('township', t, count, chosen, onToggle)) };
      });
      const cCount = countyCounts.get(county) ?? 0;
      countyItems.push({
        visible: visible(cCount, 'county', county) || townshipItems.some(i => i.visible),
        li: branch('county', county, cCount, shown(townshipItems), chosen, expanded, onToggle, onExpand),
      });
    }
    if (!countyItems.some(i => i.visible) && !visible(pCount, 'province', province)) continue;
    any = true;
    container.append(branch('province', province, pCount, shown(countyItems), chosen, expanded, onToggle, onExpand));
  }
  if (!any) container.append(el('li', { class: 'facet-empty', text: '无' }));
}

function byName([a], [b]) {
  return byPinyin(a, b);
}

/** Places in pinyin order (Chinese collation, as the API's sort=township), 未识别 last. */
export function byPinyin(a, b) {
  if (a === UNKNOWN) return 1;
  if (b === UNKNOWN) return -1;
  return a.localeCompare(b, 'zh-CN');
}

function branch(dim, name, count, children, chosen, expanded, onToggle, onExpand) {
  const key = dim + ':' + name;
  const open = expanded.has(key) || children.some(li => li.querySelector('.chosen'));
  const item = el('li', { class: 'branch' });
  const toggle = el('button', {
    type: 'button', class: 'expand', 'aria-expanded': String(open), 'data-key': key, 'aria-label': (open ? '收起 ' : '展开 ') + name,
    text: open ? '▾' : '▸', onclick: () => onExpand(key),
  });
  item.append(el('div', { class: 'row' }, children.length ? toggle : el('span', { class: 'expand-spacer' }),
    name === UNKNOWN ? el('span', { class: 'unknown', text: UNKNOWN }) : node(dim, name, count, chosen, onToggle)));
  if (open && children.length) item.append(el('ul', {}, children));
  return item;
}

function node(dim, value, count, chosen, onToggle) {
  const pressed = chosen[dim].includes(value);
  return el('button', {
    type: 'button', class: 'facet-value' + (pressed ? ' chosen' : ''), 'aria-pressed': String(pressed),
    'data-dim': dim, 'data-value': value, onclick: () => onToggle(dim, value),
  }, el('span', { class: 'name', text: value }), el('span', { class: 'count', text: String(count) }));
}

export function renderCategories(container, values, chosen, onToggle) {
  renderLabelled(container, 'category', CATEGORY_LABELS, values, chosen, onToggle);
}

/** Which evidence decided the year, strongest first, so weak evidence can be left out of a count. */
export function renderYearSources(container, values, chosen, onToggle) {
  renderLabelled(container, 'yearSource', YEAR_SOURCE_LABELS, values, chosen, onToggle);
}

/** A dimension with a fixed set of values, listed in the labels' order under their Chinese names. */
function renderLabelled(container, dim, labels, values, chosen, onToggle) {
  clear(container);
  const counts = new Map((values || []).map(v => [v.value, v.count]));
  for (const [id, label] of Object.entries(labels)) {
    const count = counts.get(id) ?? 0;
    if (!count && !chosen.includes(id)) continue;
    container.append(el('li', {}, node(dim, id, count, { [dim]: chosen }, onToggle)));
    container.lastChild.querySelector('.name').textContent = label;
  }
  if (!container.children.length) container.append(el('li', { class: 'facet-empty', text: '无' }));
}
