// Facets: year as a clickable bar chart, report parts and year evidence by name (the place tree is places.js).
import { el, clear } from './dom.js';
import { CATEGORY_LABELS, YEAR_SOURCE_LABELS } from './state.js';

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
