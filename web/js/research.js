// The research views beside the hit list: which view is shown (tabs), the download links of the current search,
// and a passage marked in a report opened from a permalink (?report=…&section=…&at=…).
import { pageUrl, queryParams } from './state.js';
import { showKwic } from './kwic.js';
import { showTable } from './table.js';

const $ = id => document.getElementById(id);

/** Tabs and download links follow the state; the hit list, the concordance and the table show by the view. */
export function syncViews(state, go) {
  for (const tab of document.querySelectorAll('#views .view-tab')) {
    const target = { ...state, view: tab.dataset.view, page: 1, report: null, section: null, at: null };
    tab.href = pageUrl(target);
    tab.classList.toggle('current', tab.dataset.view === state.view);
    tab.setAttribute('aria-current', tab.dataset.view === state.view ? 'page' : 'false');
    tab.onclick = event => {
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      go(target);
    };
  }
  for (const link of document.querySelectorAll('#download a')) {
    const p = queryParams(state);
    p.set('unit', link.dataset.unit);
    p.set('format', link.dataset.format || 'csv');
    link.href = '/api/export?' + p;
  }
  $('results').hidden = Boolean(state.view);
  $('pager').hidden = Boolean(state.view);
  $('kwic').hidden = state.view !== 'kwic';
  $('table-view').hidden = state.view !== 'table';
}

/** Renders the chosen research view of the current search. */
export function showResearch(state, go, open) {
  if (state.view === 'kwic') return showKwic($('kwic'), state, go, open);
  return showTable($('table-view'), state, go);
}

/**
 * Marks the passage a permalink points at: the match that starts at offset {@code at} of the section's text
 * (the report view marks every match; this one gets class "passage" and is scrolled to).
 */
export function markPassage(view, sectionId, at) {
  const section = view.sections.find(s => s.id === sectionId);
  if (!section) return;
  const index = section.textMarks.findIndex(m => m.start <= at && at < m.end);
  if (index < 0) return;
  const mark = document.querySelectorAll(`#report section[data-id="${CSS.escape(sectionId)}"] .section-text mark`)[index];
  if (!mark) return;
  mark.classList.add('passage');
  mark.id = 'passage';
  mark.scrollIntoView({ block: 'center' });
}
