// Boot: layout, session, pages, the live stream, and the hash router (#overview, #power, ...).
import {live, loadLayout, loadSession, connect, onChange, wantHistory} from './live.js';
import {renderHeader, wireDialogs, toast} from './ui.js';
import * as overview from './pages/overview.js';
import * as power from './pages/power.js';
import * as heat from './pages/heat.js';
import * as wireless from './pages/wireless.js';
import * as audio from './pages/audio.js';

const pages = {overview, power, heat, wireless, audio};
let current = 'overview';

function pageOfAlert(a) {
  const d = live.layout.devices.find((x) => x.id === a.device);
  const kind = d ? d.kind : '';
  if (kind === 'power' || kind === 'dc') return 'power';
  if (kind === 'temperature' || (kind === 'amplifier' && /temperature/.test(a.metric || ''))) return 'heat';
  if (kind === 'wireless' || kind === 'scanner') return 'wireless';
  if (kind === 'amplifier' || kind === 'audio') return 'audio';
  return 'overview';
}

function renderTabs() {
  const worst = {};
  for (const a of live.alerts) {
    if (a.state !== 'active' && a.state !== 'latched') continue;
    for (const p of [pageOfAlert(a), 'overview']) {
      if (a.severity === 'critical' || (a.severity === 'warning' && worst[p] !== 'critical')) worst[p] = a.severity;
    }
  }
  for (const a of document.querySelectorAll('.tabs a')) {
    const page = a.dataset.tab;
    if (page === current) a.setAttribute('aria-current', 'page');
    else a.removeAttribute('aria-current');
    const flag = a.querySelector('.tab-flag');
    flag.className = 'tab-flag ' + (worst[page] || '');
    flag.setAttribute('aria-label', worst[page] ? worst[page] + ' alert' : '');
  }
}

function render(kind) {
  renderHeader();
  renderTabs();
  if (!live.lastUpdate) return;
  try {
    pages[current].render(kind);
  } catch (e) {
    console.error('render failed', e);
  }
}

function route() {
  const wanted = (location.hash || '#overview').slice(1);
  current = pages[wanted] ? wanted : 'overview';
  for (const s of document.querySelectorAll('.page')) s.hidden = s.dataset.page !== current;
  render('route');
  window.scrollTo(0, 0);
}

async function boot() {
  wireDialogs();
  const layout = await loadLayout();
  await loadSession();
  for (const [name, page] of Object.entries(pages)) page.mount(document.getElementById('page-' + name));
  wantHistory([...power.historyKeys(layout), ...heat.historyKeys(layout)]);
  onChange((kind) => {
    if (kind.startsWith('refused:')) toast(kind.slice(8), true);
    else if (kind !== 'error') render(kind);
  });
  window.addEventListener('hashchange', route);
  connect();
  route();
  setInterval(renderHeader, 1000);
}

boot().catch((e) => {
  document.getElementById('link').textContent = 'rackd did not answer: ' + e.message;
});
