// Building DOM without ever parsing report text as HTML: every string from the API becomes a text node.

/** el('a', {href: '/x', class: 'c', text: '…', onclick: f}, child, …) */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') e.className = value;
    else if (key === 'text') e.textContent = value;
    else if (key.startsWith('on')) e.addEventListener(key.slice(2), value);
    else e.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined && child !== false) e.append(child);
  }
  return e;
}

/** The text with the given [start, end) spans wrapped in <mark>, as text nodes and elements. */
export function markedText(text, spans = []) {
  const fragment = document.createDocumentFragment();
  let at = 0;
  for (const { start, end } of spans) {
    if (start < at || end > text.length) continue; // never trust offsets blindly
    if (start > at) fragment.append(text.slice(at, start));
    fragment.append(el('mark', { text: text.slice(start, end) }));
    at = end;
  }
  if (at < text.length) fragment.append(text.slice(at));
  return fragment;
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * A snippet from the API (report text HTML-escaped, <mark>…</mark> around matches) as nodes. It is not handed to
 * the HTML parser: it is split at the mark tags and each piece, unescaped, becomes text.
 */
export function snippetNodes(snippet) {
  const fragment = document.createDocumentFragment();
  const parts = snippet.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) fragment.append(marked ? el('mark', { text: unescapeHtml(part) }) : unescapeHtml(part));
  }
  return fragment;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}
