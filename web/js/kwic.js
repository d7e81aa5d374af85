// The concordance (KWIC) view: one row per occurrence of the query across every matching section, the keyword in
// an aligned middle column, sortable by place, year, left or right context, paged; each row opens the report at
// that occurrence.
import { el, clear } from './dom.js';
import { CATEGORY_LABELS, getJson, pageUrl, queryParams } from './state.js';
import { citeButton } from './cite.js';

export const KWIC_PAGE = 50;
const SORT_LABELS = { township: '乡镇', year: '年份', left: '左侧语境', right: '右侧语境' };

/** Fetches and renders one page; resolves when shown. go(state) navigates, open(state) opens a report. */
export async function showKwic(container, state, go, open) {
  const p = queryParams(state);
  p.set('sort', state.ksort);
  p.set('page', String(state.page));
  p.set('size', String(KWIC_PAGE));
  const result = await getJson('/api/kwic?' + p);
  clear(container);
  const sorter = el('p', { class: 'kwic-sort' }, '排序：', ...Object.entries(SORT_LABELS).map(([id, label]) =>
    el('button', {
      type: 'button', class: 'kwic-sort-button' + (id === state.ksort ? ' chosen' : ''), 'data-sort': id,
      'aria-pressed': String(id === state.ksort), text: label,
      onclick: () => go({ ...state, ksort: id, page: 1 }),
    })));
  const note = el('p', { class: 'kwic-note', text: `共 ${result.total} 处，出自 ${result.sections} 节` });
  const rows = result.rows.map(r => {
    const target = { ...state, report: r.reportId, section: r.sectionId, at: r.inHeading ? null : r.at };
    return el('tr', { class: 'kwic-row', 'data-section': r.sectionId, 'data-at': String(r.at), 'data-in-heading': String(r.inHeading) },
      el('td', { class: 'kwic-place', text: [r.township, r.county].filter(Boolean).join(' · ') || '（未识别）' }),
      el('td', { class: 'kwic-year', text: r.year ? String(r.year) : '' }),
      el('td', { class: 'kwic-left', text: r.left }),
      el('td', { class: 'kwic-match' }, el('a', {
        href: pageUrl(target), text: r.match, title: `${CATEGORY_LABELS[r.category] || r.category} · 第 ${r.line} 行`,
        onclick: event => {
          if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
          event.preventDefault();
          open(target);
        },
      })),
      el('td', { class: 'kwic-right', text: r.right }),
      el('td', { class: 'kwic-line', text: String(r.line) }),
      el('td', { class: 'kwic-cite' }, citeButton(async () => r)));
  });
  const table = el('table', { class: 'kwic-table' },
    el('thead', {}, el('tr', {}, ...['地区', '年份', '左侧语境', '关键词', '右侧语境', '行', ''].map(h => el('th', { text: h })))),
    el('tbody', {}, rows));
  const pages = Math.ceil(result.total / KWIC_PAGE);
  const pager = el('nav', { class: 'pager kwic-pager', 'aria-label': '语境分页' });
  if (state.page > 1) pager.append(el('button', { type: 'button', rel: 'prev', text: '上一页', onclick: () => go({ ...state, page: state.page - 1 }) }));
  if (pages > 1) pager.append(el('span', { class: 'page-count', text: `第 ${state.page} / ${pages} 页` }));
  if (state.page < pages) pager.append(el('button', { type: 'button', rel: 'next', text: '下一页', onclick: () => go({ ...state, page: state.page + 1 }) }));
  container.append(sorter, note, result.rows.length ? table : el('p', { class: 'facet-empty', text: '没有可列出的匹配' }), pager);
  return result;
}
