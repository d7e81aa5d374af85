// Reading a whole report: its outline (click to jump), every section with the query's matches marked, and the
// section of the hit scrolled into view.
import { el, clear, markedText } from './dom.js';
import { CATEGORY_LABELS } from './state.js';

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
  outline.append(el('h2', { text: '目录' }), el('ol', {}, items));
}

/** Scrolls a section to the top and gives it focus, without touching the URL's hash (the state lives in ?…). */
export function jumpTo(anchor) {
  const target = document.getElementById(anchor);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}
