// Overview: what needs attention now (alerts), then every device with its state and last-seen time.
import {live} from '../live.js';
import {el, setText, setClass, syncList, section} from '../dom.js';
import {age, clock, SEVERITY_WORD, SEVERITY_RANK} from '../format.js';
import {actionButton, actions, loginHint} from '../ui.js';

let alertsBox, allBox, devicesBox, hint;

export function mount(root) {
  root.append(el('h2', {text: 'Alerts'}));
  hint = loginHint('acknowledge');
  root.append(hint);
  alertsBox = el('div', {class: 'alerts'});
  allBox = el('div', {class: 'actions-all'});
  root.append(alertsBox, allBox);
  devicesBox = el('ul', {class: 'devices'});
  section(root, 'Devices', 'card devices-card').append(devicesBox);
}

function sorted(alerts) {
  const on = (a) => (a.state === 'active' || a.state === 'latched' ? 1 : 0);
  return alerts.slice().sort((a, b) => on(b) - on(a)
    || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
    || String(b.raised_at).localeCompare(String(a.raised_at)));
}

function makeAlert() {
  const n = el('article', {class: 'card alert'});
  n.append(el('div', {class: 'row'}, el('span', {class: 'sev'}), el('span', {class: 'state sub'})));
  n.append(el('p', {class: 'message'}));
  n.append(el('div', {class: 'sub when'}));
  n.append(el('div', {class: 'actions'}));
  return n;
}

function updateAlert(n, a) {
  const cleared = a.state === 'cleared';
  setClass(n, 'card alert ' + a.severity + (cleared ? ' cleared' : ''));
  const sev = n.querySelector('.sev');
  setClass(sev, 'sev tag ' + a.severity);
  setText(sev, SEVERITY_WORD[a.severity] || a.severity);
  const state = a.state === 'latched' ? 'LATCHED' : cleared ? 'CLEARED' : 'ACTIVE';
  setText(n.querySelector('.state'), state + (a.count > 1 ? ' · ' + a.count + '×' : ''));
  setText(n.querySelector('.message'), a.message);
  const raised = Date.parse(a.raised_at);
  const device = (live.layout.devices.find((d) => d.id === a.device) || {}).label || a.device;
  setText(n.querySelector('.when'), device + ' · since ' + clock(raised) + ' (' + age(live.t - raised) + ')'
    + (a.acked_by ? ' · ✓ acknowledged by ' + a.acked_by : a.state === 'latched' ? ' · needs an acknowledge' : ''));
  actions(n.querySelector('.actions'), () => (a.acked_by ? [] : [actionButton('Acknowledge', 'ack',
    {alert_id: a.id}, {done: 'Acknowledged: ' + a.message})]), a.acked_by || '');
}

function makeDevice() {
  return el('li', {},
    el('span', {class: 'state-glyph'}),
    el('span', {class: 'name'}, el('div', {class: 'title'}), el('div', {class: 'sub'})));
}

function updateDevice(n, d) {
  const s = live.devices[d.id] || {};
  const up = s.online === true;
  n.classList.toggle('down', !up);
  const glyph = n.querySelector('.state-glyph');
  setClass(glyph, 'state-glyph ' + (up ? 'ok' : 'offline'));
  glyph.setAttribute('aria-label', up ? 'online' : 'offline');
  setText(glyph, up ? '✓' : '✕');
  setText(n.querySelector('.title'), d.label + (up ? '' : ' · OFFLINE'));
  const seen = s.last_seen ? 'seen ' + age(live.t - s.last_seen) + ' ago' : 'never seen';
  setText(n.querySelector('.sub'), d.kind + (d.model ? ' · ' + d.model.toLowerCase().replaceAll('_', ' ') : '')
    + ' · ' + seen);
}

export function render() {
  hint.refresh();
  const alerts = sorted(live.alerts);
  if (!alerts.length) {
    syncList(alertsBox, [{id: 'none'}], (a) => a.id,
      () => el('div', {class: 'card ok-card'}, el('span', {class: 'tag ok'}, 'ALL CLEAR'), ' No active alerts'),
      () => {});
  } else {
    syncList(alertsBox, alerts, (a) => a.id, makeAlert, updateAlert);
  }
  hint.hidden = !alerts.some((a) => !a.acked_by);
  const unacked = alerts.filter((a) => !a.acked_by).length;
  actions(allBox, () => (unacked > 1 ? [actionButton('Acknowledge all', 'ack', {all: true},
    {confirm: 'Acknowledge every open alert at once?'})] : []), unacked > 1);
  const devices = live.layout.devices.slice().sort((a, b) =>
    Number((live.devices[a.id] || {}).online === true) - Number((live.devices[b.id] || {}).online === true));
  syncList(devicesBox, devices, (d) => d.id, makeDevice, updateDevice);
}
