// Uploading a report (POST /api/reports): the form is shown only when the server says uploads are on (/api/health).
// The token is kept in sessionStorage, so it lasts as long as the browser tab and is never written to disk by us.
import { el, clear } from './dom.js';

const TOKEN_KEY = 'fazhi.uploadToken';
const $ = id => document.getElementById(id);

/** Shows the upload form if the server takes uploads; onIndexed() runs after each report it indexed. */
export async function setupUpload(onIndexed) {
  let health;
  try {
    const response = await fetch('/api/health', { headers: { Accept: 'application/json' } });
    health = await response.json();
  } catch (e) {
    return; // no answer: searching shows its own error; the form just stays hidden
  }
  if (!health.uploads) return;
  $('upload').hidden = false;
  $('upload-token').value = sessionStorage.getItem(TOKEN_KEY) || '';
  $('upload-form').addEventListener('submit', event => {
    event.preventDefault();
    send(onIndexed);
  });
}

async function send(onIndexed) {
  const file = $('upload-file').files[0];
  const token = $('upload-token').value.trim();
  if (!file || !token) return;
  sessionStorage.setItem(TOKEN_KEY, token);
  const form = new FormData();
  form.append('file', file);
  $('upload-button').disabled = true;
  let indexed = false;
  show('busy', `正在上传并解析“${file.name}”…`);
  try {
    const response = await fetch('/api/reports', {
      method: 'POST', body: form, headers: { Authorization: 'Bearer ' + token, Accept: 'application/json' },
    });
    let body = {};
    try {
      body = await response.json();
    } catch (e) {
      // shown below by its status
    }
    if (response.status === 201) {
      showIndexed(body);
      $('upload-file').value = '';
      indexed = true;
    } else {
      if (response.status === 401) {
        sessionStorage.removeItem(TOKEN_KEY);
        $('upload-token').select();
      }
      // the page speaks Chinese (messageZh); the server's precise reason, in English, follows as a detail
      show('error', `“${file.name}”未能收录：${body.messageZh || `上传失败（HTTP ${response.status}）`}`,
        body.error === 'unreadable' || body.error === 'unsupported_type' ? body.message : null);
    }
  } catch (e) {
    show('error', '无法连接检索服务，请检查网络或稍后重试。');
  } finally {
    $('upload-button').disabled = false;
  }
  if (indexed) onIndexed(); // outside the try: a failure there is not a failed upload
}

function showIndexed(report) {
  const place = [report.province, report.city, report.county, report.township].filter(Boolean).join(' ') || '地区不详';
  const year = report.year ? `${report.year}年` : '年份不详';
  const link = el('a', { href: `/?report=${encodeURIComponent(report.id)}`, text: report.title || '（无标题）' });
  clear($('upload-status')).append(el('p', { class: 'ok' }, '已收录：', link,
    `（${place}，${year}，共 ${report.sections} 节）`));
}

function show(kind, text, detail) {
  clear($('upload-status')).append(el('p', { class: kind, text }, detail ? el('small', { lang: 'en', text: detail }) : null));
}
