// Reading a whole report: its outline (click to jump), every section with the query's matches marked, and the
// section of the hit scrolled into view.
import { el, clear, markedText } from './dom.js';
import { CATEGORY_LABELS, YEAR_SOURCE_LABELS } from './state.js';

const DIVISION_LEVEL_LABELS = { township: '乡镇级', county: '县级' };

/** 2023-01-13 → 2023年1月13日, as the report itself writes it; anything else is shown as given. */
function chineseDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : iso;
}

/** Place code, year evidence and addressee: what a citation names besides title and place. */
function citationFacts(report) {
  const row = (label, value, cls) => (value ? [el('dt', { text: label }), el('dd', { class: cls, text: value })] : []);
  const division = report.divisionCode
    ? report.divisionCode + (DIVISION_LEVEL_LABELS[report.divisionLevel] ? `（${DIVISION_LEVEL_LABELS[report.divisionLevel]}）` : '')
    : null;
  const year = report.year
    ? `${report.year}年` + (report.yearSource ? `（依据：${YEAR_SOURCE_LABELS[report.yearSource] || report.yearSource}）` : '')
    : null;
  const rows = [
    ...row('区划代码', division, 'division'),
    ...row('报告年度', year, 'year-source'),
    ...row('主送', report.addressee, 'addressee'),
  ];
  return rows.length ? el('dl', { class: 'citation' }, rows) : null;
}

/** The parser's warnings: where the place, year or title could not be read, which a citation should mention. */
function warningsNote(warnings) {
  if (!warnings || !warnings.length) return null;
  return el('details', { class: 'warnings', open: true },
    el('summary', { text: `解析提示（${warnings.length}）` }),
    el('ul', {}, warnings.map(w => el('li', { text: w }))));
}

/** The end of the report as signed: closing formula, signing body and date. */
function signature(report) {
  if (!report.closing && !report.issuer && !report.date) return null;
  return el('footer', { class: 'signature' },
    report.closing ? el('p', { class: 'closing', text: report.closing }) : null,
    report.issuer ? el('p', { class: 'issuer', text: report.issuer }) : null,
    report.date ? el('p', { class: 'date' }, el('time', { datetime: report.date, text: chineseDate(report.date) })) : null);
}

export function renderReport(article, outline, view, state, back) {
  clear(article);
  clear(outline);
  const { report, sections } = view;
  const headingTag = level => (level <= 1 ? 'h2' : level === 2 ? 'h3' : 'h4');
  const marks = sections.reduce((n, s) => n + s.textMarks.length + s.headingMarks.length, 0);

  article.append(el('header', { class: 'report-head' },
    el('button', { type: 'button', class: 'back', text: '← 返回检索结果', onclick: back }),
    el('h1', { text: report.title || '（无标题报告）' }),
    el('p', { class: 'badges' },
      report.province ? el('span', { class: 'badge', text: report.province }) : null,
      report.city ? el('span', { class: 'badge', text: report.city }) : null,
      report.county ? el('span', { class: 'badge county', text: report.county }) : null,
      report.township ? el('span', { class: 'badge township', text: report.township }) : null,
      report.year ? el('span', { class: 'badge year', text: report.year + '年' }) : null),
    citationFacts(report),
    warningsNote(report.warnings),
    el('p', { class: 'report-meta', text: `${report.sections} 节` + (state.q ? `，“${state.q}”共标出 ${marks} 处` : '') })));

  const items = [];
  for (const s of sections) {
    const anchor = 'sec-' + s.id;
    const current = s.id === state.section;
    const heading = s.heading
      ? el(headingTag(s.level), { class: 'section-heading' }, markedText(s.heading, s.headingMarks))
      : null;
    article.append(el('section', {
      id: anchor, class: `section level-${s.level}` + (current ? ' current' : ''), tabindex: '-1',
      'data-id': s.id, 'aria-current': current ? 'true' : null,
    },
      heading,
      current ? el('p', { class: 'hit-note', text: `检索命中的章节 · ${CATEGORY_LABELS[s.category] || s.category}` }) : null,
      s.text ? el('div', { class: 'section-text' }, markedText(s.text, s.textMarks)) : null));
    if (s.heading) {
      items.push(el('li', { class: `level-${s.level}` + (current ? ' current' : '') },
        el('a', {
          href: '#' + anchor, text: s.heading,
          onclick: event => { event.preventDefault(); jumpTo(anchor); },
        })));
    }
  }
  const signed = signature(report);
  if (signed) article.append(signed);
  outline.append(el('h2', { text: '目录' }), el('ol', {}, items));
}

/** Scrolls a section to the top and gives it focus, without touching the URL's hash (the state lives in ?…). */
export function jumpTo(anchor) {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
