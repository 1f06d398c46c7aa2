// The live picture of the rack: one EventSource, the last hour of trends, the login session, actions.

export const live = {
  layout: null,
  t: 0,              // server time of the last update (ms): ages are measured against it, not the phone's clock
  lastUpdate: 0,     // the phone's clock when it came
  readings: {},
  devices: {},
  alerts: [],
  wireless: null,
  notches: null,
  history: {times: [], series: {}, step: 10},
  session: {user: null},
};

const listeners = [];
export function onChange(fn) { listeners.push(fn); }
function changed(kind) { for (const fn of listeners) fn(kind); }

/** The latest reading of device/metric, or undefined. */
export function get(device, metric) { return live.readings[device + '/' + metric]; }

export function value(device, metric) {
  const r = get(device, metric);
  return r && r.quality !== 'fault' ? r.value : null;
}

export function series(key) { return live.history.series[key] || []; }

let wantedKeys = [];
/** Which trend series the pages draw; fetched whole once, then grown by the stream's history columns. */
export function wantHistory(keys) { wantedKeys = keys; }

async function loadHistory() {
  if (!wantedKeys.length) return;
  const res = await fetch('api/history?keys=' + encodeURIComponent(wantedKeys.join(',')));
  if (!res.ok) return;
  const h = await res.json();
  live.history = {times: h.times, series: h.series, step: h.step_s};
  changed('history');
}

function take(data, whole) {
  live.t = data.t;
  live.lastUpdate = Date.now();
  if (whole) live.readings = {};
  // a tick sends a known metric's good value as a bare number; everything else as the whole reading
  for (const [key, r] of Object.entries(data.readings || {})) {
    live.readings[key] = typeof r === 'number' ? {...live.readings[key], value: r, quality: 'good'} : r;
  }
  for (const d of data.devices || []) live.devices[d.id] = d;
  if (data.alerts) live.alerts = data.alerts;
  if (data.wireless !== undefined) live.wireless = data.wireless;
  if (data.notches !== undefined) live.notches = data.notches;
}

function appendHistory(col) {
  const h = live.history;
  h.times.push(col.t);
  for (const key of wantedKeys) {
    const arr = h.series[key] || (h.series[key] = new Array(h.times.length - 1).fill(null));
    const v = col.values[key];
    arr.push(v === undefined ? null : v);
  }
  const max = 3600 / (h.step || 10);
  while (h.times.length > max) {
    h.times.shift();
    for (const k of Object.keys(h.series)) h.series[k].shift();
  }
}

export function connect() {
  const es = new EventSource('api/events');
  es.addEventListener('snapshot', (e) => { take(JSON.parse(e.data), true); changed('snapshot'); loadHistory(); });
  es.addEventListener('tick', (e) => { take(JSON.parse(e.data), false); changed('tick'); });
  es.addEventListener('history', (e) => { appendHistory(JSON.parse(e.data)); changed('history'); });
  // every place taken by pages that are all taking their messages: say so, and ask again a little later
  es.addEventListener('refused', (e) => {
    es.close();
    changed('refused:' + JSON.parse(e.data).message);
    setTimeout(connect, 10000);
  });
  es.onerror = () => changed('error');
}

export async function loadLayout() {
  const res = await fetch('api/layout');
  live.layout = await res.json();
  return live.layout;
}

export async function loadSession() {
  const res = await fetch('api/session');
  live.session = await res.json();
  changed('session');
}

async function post(path, body, csrf) {
  const headers = {'Content-Type': 'application/json'};
  if (csrf) headers['X-Rackd-Csrf'] = csrf;
  const res = await fetch(path, {method: 'POST', headers, body: JSON.stringify(body || {})});
  let json;
  try { json = await res.json(); } catch { json = {ok: false, error: {message: 'rackd answered ' + res.status}}; }
  return {status: res.status, json};
}

export async function login(user, password) {
  const r = await post('api/login', {user, password});
  if (r.status === 200) {
    live.session = r.json;
    changed('session');
    return null;
  }
  return r.json.error ? r.json.error.message : 'login failed';
}

export async function logout() {
  await post('api/logout', {});
  live.session = {user: null, logins: live.session.logins};
  changed('session');
}

/** Sends a command through the door; resolves to {ok, message}. */
export async function command(name, args) {
  if (!live.session.user) return {ok: false, message: 'log in first'};
  const r = await post('api/cmd/' + encodeURIComponent(name), args, live.session.csrf);
  if (r.status === 401) {
    live.session = {user: null, logins: live.session.logins};
    changed('session');
  }
  if (r.json.ok) return {ok: true, result: r.json.result};
  return {ok: false, message: r.json.error ? r.json.error.message : 'refused'};
}

/** True when the logged-in role may try actions at all (the door still decides each one). */
export function canAct() {
  return live.session.user && live.session.role !== 'viewer';
}
