// "复制引用": a citation of a passage in the house form
//   阳山县小江镇人民政府：《小江镇2022年法治政府建设年度报告》（2023年1月13日），一、主要做法和成效 › （三）…，第 27 行
// and copying it: to the clipboard when the browser allows, and always shown beside the button, selected.
import { el } from './dom.js';

/** 2023-01-13 → 2023年1月13日 */
function chineseDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || '');
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

/** The citation of a passage: issuer, title, date, heading path and line, each left out when unknown. */
export function citation({ issuer, title, date, headingPath, line }) {
  const when = chineseDate(date);
  const parts = [`${issuer ? issuer + '：' : ''}《${title || '（无标题报告）'}》${when ? `（${when}）` : ''}`];
  if (headingPath && headingPath.length) parts.push(headingPath.join(' › '));
  if (line) parts.push(`第 ${line} 行`);
  return parts.join('，');
}

/** A 复制引用 button; {@code source} gives the citation's fields (it may fetch them). */
export function citeButton(source) {
  const button = el('button', { type: 'button', class: 'cite', text: '复制引用' });
  button.addEventListener('click', async () => {
    const text = citation(await source());
    let shown = button.parentElement.querySelector('.citation');
    if (!shown) {
      shown = el('input', { class: 'citation', readonly: true, 'aria-label': '引用' });
      button.after(shown);
    }
    shown.value = text;
    shown.select();
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = '已复制';
    } catch (e) {
      button.textContent = '已选中，按 Ctrl+C 复制'; // no clipboard permission: the text is selected instead
    }
  });
  return button;
}
