// The table view: places (township, county or province) × years (or parts of the report) for the current search.
// Each cell shows matching reports / reports indexed, shaded by that share; an empty cell means no report for that
// place and year, a 0 a report that does not mention the query. A click on a cell filters the search to it.
import { el, clear } from './dom.js';
import { CATEGORY_LABELS, getJson, queryParams, withChanges } from './state.js';

const ROW_LABELS = { township: '乡镇', county: '区县', province: '省份' };
const COL_LABELS = { year: '年份', category: '报告部分' };

export async function showTable(container, state, go) {
  const p = queryParams(state);
  p.set('rows', state.rows);
  p.set('cols', state.cols);
  const table = await getJson('/api/table?' + p);
  clear(container);
  const choose = (kind, labels, current) => el('span', { class: 'table-choice' }, ...Object.entries(labels).map(([id, label]) =>
    el('button', {
      type: 'button', class: 'table-' + kind + (id === current ? ' chosen' : ''), ['data-' + kind]: id,
      'aria-pressed': String(id === current), text: label, onclick: () => go({ ...state, [kind]: id }),
    })));
  const csv = new URLSearchParams(p);
  csv.set('format', 'csv');
  container.append(el('p', { class: 'table-tools' }, '行：', choose('rows', ROW_LABELS, state.rows), ' 列：',
    choose('cols', COL_LABELS, state.cols),
    el('a', { id: 'table-csv', href: '/api/table?' + csv, download: true, text: '下载表格（CSV）' })),
  el('p', { class: 'table-note', text: `每格：含检索词的报告数 / 该地该${state.cols === 'year' ? '年' : '部分'}的报告数；空格表示没有报告，0 表示有报告但未提及。` +
    `合计 ${table.total.reports} / ${table.total.indexed} 份报告，${table.total.sections} 节，${table.total.occurrences} 处。` }));
  const label = value => value === null ? '（未知）' : state.cols === 'year' ? value + '年' : CATEGORY_LABELS[value] || value;
  const head = el('tr', {}, el('th', { text: ROW_LABELS[state.rows] }), ...table.columns.map(c => el('th', { text: label(c) })));
  const body = table.places.map(row => {
    const name = row[state.rows] ?? '（未识别）';
    const where = [row.province, row.county].filter(Boolean).slice(0, state.rows === 'township' ? 2 : state.rows === 'county' ? 1 : 0);
    return el('tr', {}, el('th', { scope: 'row', class: 'table-place', title: where.join(' · ') },
      el('span', { text: name }), where.length ? el('small', { text: ' ' + where.join(' · ') }) : null),
    ...row.cells.map((cell, i) => cellNode(cell, row, table.columns[i], state, go)));
  });
  container.append(el('div', { class: 'table-scroll' }, el('table', { class: 'place-table' }, el('thead', {}, head), el('tbody', {}, body))));
  return table;
}

function cellNode(cell, row, column, state, go) {
  if (!cell) return el('td', { class: 'cell-empty', title: '没有报告' });
  const share = cell.indexed ? cell.reports / cell.indexed : 0;
  const filters = { ...state.filters };
  for (const dim of ['province', 'county', 'township']) if (row[dim]) filters[dim] = [row[dim]];
  if (column !== null) filters[state.cols] = [column];
  const target = withChanges(state, { filters, view: '' });
  const td = el('td', { class: 'cell', 'data-reports': String(cell.reports), 'data-indexed': String(cell.indexed) },
    el('button', {
      type: 'button', class: 'cell-button', text: `${cell.reports}/${cell.indexed}`,
      title: `${cell.reports} 份报告提及（共 ${cell.indexed} 份），${cell.sections} 节，${cell.occurrences} 处`,
      onclick: () => go(target),
    }));
  td.style.setProperty('--share', share.toFixed(3));
  return td;
}
