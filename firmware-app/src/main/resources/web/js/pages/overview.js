// Overview: what needs attention now (alerts), then every device with its state and last-seen time.
import {live} from '../live.js';
import {el, setText, setClass, syncList, section} from '../dom.js';
import {age, clock, fmt, SEVERITY_WORD, SEVERITY_RANK} from '../format.js';
import {actionButton, actionsOrLogin} from '../ui.js';

let alertsBox, allBox, devicesBox;

export function mount(root) {
  alertsBox = section(root, 'Alerts', 'alerts');
  allBox = el('div', {class: 'actions-all'});
  root.append(allBox);
  devicesBox = el('ul', {class: 'devices'});
  section(root, 'Devices', 'card devices-card').append(devicesBox);
}

function sorted(alerts) {
  const live = (a) => (a.state === 'active' || a.state === 'latched' ? 1 : 0);
  return alerts.slice().sort((a, b) => live(b) - live(a)
    || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity]
    || String(b.raised_at).localeCompare(String(a.raised_at)));
}

function makeAlert() {
  const n = el('article', {class: 'card alert'});
  n.append(el('div', {class: 'row'}, el('span', {class: 'sev'}), el('span', {class: 'state sub'})));
  n.append(el('p', {class: 'message'}));
  n.append(el('div', {class: 'sub where'}));
  n.append(el('div', {class: 'sub when'}));
  n.append(el('div', {class: 'actions'}));
  return n;
}

function updateAlert(n, a) {
  const cleared = a.state === 'cleared';
  setClass(n, 'card alert ' + a.severity + (cleared ? ' cleared' : ''));
  const sev = n.querySelector('.sev');
  setClass(sev, 'tag ' + a.severity);
  setText(sev, SEVERITY_WORD[a.severity] || a.severity);
  const state = a.state === 'latched' ? 'LATCHED until acknowledged' : cleared ? 'CLEARED, not acknowledged' : 'ACTIVE';
  setText(n.querySelector('.state'), state + ' · fired ' + a.count + '×');
  setText(n.querySelector('.message'), a.message);
  const device = (live.layout.devices.find((d) => d.id === a.device) || {}).label || a.device;
  const val = a.value !== null && a.value !== undefined ? ' · ' + fmt(a.value, 1) + ' ' + (a.unit || '') : '';
  const thr = a.threshold !== null && a.threshold !== undefined ? ' (limit ' + fmt(a.threshold, 1) + ')' : '';
  setText(n.querySelector('.where'), device + (a.metric ? ' · ' + a.metric : '') + val + thr);
  const raised = Date.parse(a.raised_at);
  setText(n.querySelector('.when'), 'since ' + clock(raised) + ' (' + age(live.t - raised) + ')'
    + (a.acked_by ? ' · acknowledged by ' + a.acked_by : ''));
  const sig = [live.session.user, live.session.role, a.acked_by || ''].join('|');
  const box = n.querySelector('.actions');
  if (box.dataset.sig !== sig) {
    box.dataset.sig = sig;
    if (a.acked_by) box.replaceChildren();
    else actionsOrLogin(box, () => [actionButton('Acknowledge', 'ack', {alert_id: a.id},
      {done: 'Acknowledged: ' + a.message})], 'acknowledge');
  }
}

function makeDevice() {
  return el('li', {},
    el('span', {class: 'tag'}),
    el('span', {class: 'name'}, el('div', {class: 'title'}), el('div', {class: 'sub'})),
    el('span', {class: 'seen'}));
}

function updateDevice(n, d) {
  const s = live.devices[d.id] || {};
  const up = s.online === true;
  n.classList.toggle('down', !up);
  const tag = n.querySelector('.tag');
  setClass(tag, 'tag ' + (up ? 'ok' : 'offline'));
  setText(tag, up ? 'ONLINE' : 'OFFLINE');
  setText(n.querySelector('.title'), d.label);
  setText(n.querySelector('.name .sub'), d.kind + (d.model ? ' · ' + d.model.toLowerCase().replaceAll('_', ' ') : ''));
  const seen = s.last_seen;
  setText(n.querySelector('.seen'), seen ? 'seen ' + age(live.t - seen) + ' ago' : 'never seen');
}

export function render() {
  const alerts = sorted(live.alerts);
  if (!alerts.length) {
    syncList(alertsBox, [{id: 'none'}], (a) => a.id,
      () => el('div', {class: 'card ok-card'}, el('span', {class: 'tag ok'}, 'ALL CLEAR'), ' No active alerts'),
      () => {});
  } else {
    syncList(alertsBox, alerts, (a) => a.id, makeAlert, updateAlert);
  }
  const unacked = alerts.filter((a) => !a.acked_by).length;
  const sig = [live.session.user, live.session.role, unacked > 1].join('|');
  if (allBox.dataset.sig !== sig) {
    allBox.dataset.sig = sig;
    allBox.replaceChildren();
    if (unacked > 1) actionsOrLogin(allBox, () => [actionButton('Acknowledge all', 'ack', {all: true},
      {confirm: 'Acknowledge every open alert at once?'})], 'acknowledge');
  }
  const devices = live.layout.devices.slice().sort((a, b) =>
    Number((live.devices[a.id] || {}).online === true) - Number((live.devices[b.id] || {}).online === true));
  syncList(devicesBox, devices, (d) => d.id, makeDevice, updateDevice);
}
