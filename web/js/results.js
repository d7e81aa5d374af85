// The result list, chips for chosen filters, the summary line and the pager.
import { el, clear, markedText, snippetNodes } from './dom.js';
import { CATEGORY_LABELS, FILTERS, FILTER_LABELS, YEAR_SOURCE_LABELS, pageUrl } from './state.js';
import { citeButton } from './cite.js';

export function renderHits(list, result, state, open) {
  clear(list);
  result.hits.forEach((hit, i) => {
    // the link opens the report at the hit's first match, the line its citation names
    const target = { ...state, report: hit.reportId, section: hit.id, at: hit.at ?? null };
    const parents = hit.headingPath.slice(0, -1);
    const heading = hit.heading || '（前言）';
    const link = el('a', {
      href: pageUrl(target), class: 'hit-link',
      onclick: event => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        open(target);
      },
    }, hit.heading ? markedText(hit.heading, hit.headingMarks) : heading);
    list.append(el('li', { class: 'hit', 'data-id': hit.id, 'aria-posinset': (result.page - 1) * result.size + i + 1 },
      parents.length ? el('p', { class: 'heading-path', text: parents.join(' › ') }) : null,
      el('h3', {}, link),
      el('p', { class: 'badges' },
        hit.township ? el('span', { class: 'badge township', text: hit.township }) : null,
        hit.county ? el('span', { class: 'badge county', text: hit.county }) : null,
        hit.year ? el('span', { class: 'badge year', text: hit.year + '年' }) : null,
        el('span', { class: 'badge category', text: CATEGORY_LABELS[hit.category] || hit.category })),
      el('p', { class: 'snippet' }, snippetNodes(hit.snippet)),
      el('p', { class: 'hit-meta' },
        result.query.trim() ? el('span', { class: 'matches', text: `匹配 ${hit.matches} 处` }) : null,
        el('span', { class: 'source', text: hit.title || '（无标题报告）' }),
        el('span', { class: 'line', title: '报告文件中的行号（首处匹配）', text: `第 ${hit.line} 行` }),
        citeButton(async () => hit))));
  });
}

export function renderChips(container, state, onRemove, onClear) {
  clear(container);
  let n = 0;
  for (const dim of FILTERS) {
    for (const value of state.filters[dim]) {
      n++;
      const labels = { category: CATEGORY_LABELS, yearSource: YEAR_SOURCE_LABELS }[dim];
      const shown = labels ? labels[value] || value : dim === 'year' ? value + '年' : value;
      container.append(el('button', {
        type: 'button', class: 'chip', 'data-dim': dim, 'data-value': value,
        'aria-label': `移除条件 ${FILTER_LABELS[dim]}：${shown}`, onclick: () => onRemove(dim, value),
      }, el('span', { text: `${FILTER_LABELS[dim]}：${shown}` }), el('span', { class: 'x', 'aria-hidden': 'true', text: '×' })));
    }
  }
  if (n > 1) container.append(el('button', { type: 'button', class: 'chip clear', text: '清除全部', onclick: onClear }));
  container.hidden = n === 0;
}

/** The summary line: each number named by its own unit (节 sections, 份报告 reports), under a label that says what
 *  was counted — the query, the filtered reports, or all reports. */
export function summaryText(result, filtered = false) {
  const q = result.query.trim();
  const what = q ? `“${q}”` : filtered ? '筛选出的报告' : '全部报告';
  const occurrences = q ? `，匹配 ${result.occurrences} 处` : '';
  return `${what}：共 ${result.total} 节，${result.reports} 份报告${occurrences}（${result.tookMs} 毫秒）`;
}

export function renderPager(nav, result, state, go) {
  clear(nav);
  // the API serves hits up to number 10,000 (page × size), so the pager stops there
  const pages = Math.min(Math.ceil(result.total / result.size), Math.floor(10000 / result.size));
  if (pages <= 1) return;
  const page = result.page;
  const button = (label, target, extra = {}) => el('a', {
    href: pageUrl({ ...state, page: target }), class: 'page' + (target === page ? ' current' : ''), text: label,
    'aria-current': target === page ? 'page' : null,
    onclick: event => { event.preventDefault(); go({ ...state, page: target }); }, ...extra,
  });
  if (page > 1) nav.append(button('上一页', page - 1, { rel: 'prev' }));
  const first = Math.max(1, Math.min(page - 2, pages - 4));
  for (let p = first; p <= Math.min(pages, first + 4); p++) nav.append(button(String(p), p));
  if (page < pages) nav.append(button('下一页', page + 1, { rel: 'next' }));
  nav.append(el('span', { class: 'page-count', text: `第 ${page} / ${pages} 页` }));
}
