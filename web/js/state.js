// The page's state lives in the URL, with the API's parameter names: /?q=法律顾问&year=2023&sort=-year&page=2.
// A report being read adds report= and section=, keeping the search so that going back returns to it.

export const FILTERS = ['year', 'province', 'city', 'county', 'township', 'category', 'yearSource'];
export const SORTS = ['relevance', 'year', '-year', 'township'];
export const PAGE_SIZE = 10;

export const CATEGORY_LABELS = {
  measures: '主要举措和成效',
  shortcomings: '存在的不足和原因',
  leadership: '第一责任人履职',
  plans: '下一年度安排',
  other: '其他',
  preamble: '前言',
};

/** Which evidence decided a report's year, strongest first (the API's yearSource values). */
export const YEAR_SOURCE_LABELS = {
  title: '报告标题',
  pageMeta: '网页元数据',
  preamble: '开篇段落',
  heading: '章节标题',
  text: '正文',
};

export const FILTER_LABELS = {
  year: '年份', province: '省份', city: '城市', county: '区县', township: '乡镇', category: '报告部分',
  yearSource: '年份依据',
};

export function readState(search) {
  const p = new URLSearchParams(search);
  const page = parseInt(p.get('page'), 10);
  return {
    q: p.get('q') || '',
    mode: p.get('mode') === 'words' ? 'words' : 'exact',
    sort: SORTS.includes(p.get('sort')) ? p.get('sort') : 'relevance',
    page: page > 0 ? page : 1,
    filters: Object.fromEntries(FILTERS.map(f => [f, p.getAll(f).filter(v => v !== '')])),
    report: p.get('report') || null,
    section: p.get('section') || null,
    at: /^[0-9]+$/.test(p.get('at') || '') ? parseInt(p.get('at'), 10) : null, // offset of a passage in the section
    view: VIEWS.includes(p.get('view')) ? p.get('view') : '', // '' hits, 'kwic' concordance, 'table' table
    ksort: KWIC_SORTS.includes(p.get('ksort')) ? p.get('ksort') : 'township',
    rows: TABLE_ROWS.includes(p.get('rows')) ? p.get('rows') : 'township',
    cols: TABLE_COLS.includes(p.get('cols')) ? p.get('cols') : 'year',
  };
}

export const VIEWS = ['kwic', 'table'];
export const KWIC_SORTS = ['township', 'year', 'left', 'right'];
export const TABLE_ROWS = ['township', 'county', 'province'];
export const TABLE_COLS = ['year', 'category'];

/** The query and filters alone (no sort, no page): what /api/kwic, /api/table and /api/export take. */
export function queryParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.mode !== 'exact') p.set('mode', state.mode);
  for (const f of FILTERS) for (const v of state.filters[f]) p.append(f, v);
  return p;
}

/** Query string of the search part of a state: what /api/search takes and what the page URL shows. */
export function searchParams(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  if (state.mode !== 'exact') p.set('mode', state.mode);
  for (const f of FILTERS) for (const v of state.filters[f]) p.append(f, v);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

export function pageUrl(state) {
  const p = searchParams(state);
  if (state.view) p.set('view', state.view);
  if (state.view === 'kwic' && state.ksort !== 'township') p.set('ksort', state.ksort);
  if (state.view === 'table' && state.rows !== 'township') p.set('rows', state.rows);
  if (state.view === 'table' && state.cols !== 'year') p.set('cols', state.cols);
  if (state.report) p.set('report', state.report);
  if (state.section) p.set('section', state.section);
  if (state.report && state.at !== null && state.at !== undefined) p.set('at', String(state.at));
  const s = p.toString();
  return s ? '/?' + s : '/';
}

/** A copy of the state with changes; any change of what is searched goes back to page 1. */
export function withChanges(state, changes) {
  const next = { ...state, filters: { ...state.filters }, report: null, section: null, at: null, page: 1, ...changes };
  return next;
}

/**
 * The state with an unknown place value replaced by a suggestion: in the filters when it was chosen there, else in
 * the query, where it was written after its field (township:洋囗镇).
 */
export function withSuggestion(state, dim, unknown, suggestion) {
  if (state.filters[dim]?.includes(unknown)) {
    const filters = { ...state.filters, [dim]: state.filters[dim].map(v => (v === unknown ? suggestion : v)) };
    return withChanges(state, { filters });
  }
  return withChanges(state, { q: state.q.replace(unknown, suggestion) });
}

export function toggleFilter(state, dim, value) {
  const values = state.filters[dim];
  const filters = { ...state.filters, [dim]: values.includes(value) ? values.filter(v => v !== value) : [...values, value] };
  return withChanges(state, { filters });
}

export async function getJson(path) {
  let response;
  try {
    response = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new Error('无法连接检索服务，请检查网络或稍后重试。');
  }
  let body;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error(`服务返回了无法读取的响应（HTTP ${response.status}）。`);
  }
  if (!response.ok) {
    // The API says every error in Chinese too (messageZh); its English message never reaches the page.
    const error = new Error(body.messageZh || `请求失败（HTTP ${response.status}）`);
    error.code = body.error;
    error.suggestions = body.suggestions || [];
    error.dimension = body.dimension || null; // which filter value was unknown (unknown_value)
    error.value = body.value || null;
    throw error;
  }
  return body;
}
