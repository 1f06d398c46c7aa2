// Small DOM helpers. Text always goes in through textContent: nothing from the rack is parsed as HTML.

/** el('div', {class: 'card'}, child, 'text', ...) */
export function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

/** Sets text only when it changed (keeps the DOM quiet between ticks). */
export function setText(node, text) {
  const t = text === null || text === undefined ? '' : String(text);
  if (node.textContent !== t) node.textContent = t;
}

/** Sets the class attribute only when it changed. */
export function setClass(node, cls) {
  if (node.getAttribute('class') !== cls) node.setAttribute('class', cls);
}

/**
 * Makes container's children match items (by key), in order: make(item) builds a new child, update(node,
 * item) refreshes one. Children whose key is gone are removed; the rest are kept (a pressed button survives).
 */
export function syncList(container, items, key, make, update) {
  const existing = new Map();
  for (const child of Array.from(container.children)) {
    if (child.dataset.key !== undefined) existing.set(child.dataset.key, child);
  }
  let cursor = container.firstElementChild;
  const wanted = new Set();
  for (const item of items) {
    const k = String(key(item));
    wanted.add(k);
    let node = existing.get(k);
    if (!node) {
      node = make(item);
      node.dataset.key = k;
    }
    update(node, item);
    if (node !== cursor) container.insertBefore(node, cursor);
    else cursor = cursor.nextElementSibling;
  }
  for (const [k, node] of existing) if (!wanted.has(k)) node.remove();
}

/** A section heading followed by a body container, built once per page. */
export function section(root, title, cls) {
  root.append(el('h2', {text: title}));
  const body = el('div', {class: cls || ''});
  root.append(body);
  return body;
}
