// Wireless: the spectrum with carriers and intermod marks, then every channel's RF, audio and battery.
import {live, get, value} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, mhz, minutes} from '../format.js';
import {spectrumChart} from '../charts.js';
import {actionButton, actionsOrLogin} from '../ui.js';

let chartBox, imdList, channels = [];
let lastSpectrum = '';

export function mount(root) {
  const L = live.layout;
  if (!L.wireless.receivers.length) {
    root.append(el('p', {class: 'empty'}, 'No wireless receiver in this show file.'));
    return;
  }
  chartBox = el('div', {});
  imdList = el('ul', {class: 'sub imd-list'});
  section(root, 'Spectrum', '').append(el('article', {class: 'card'}, chartBox,
    el('div', {class: 'legend'}, el('span', {class: 'kcar'}, 'carrier'), el('span', {class: 'kimd'}, 'intermod'),
      el('span', {class: 'kw'}, 'occupied')), imdList));
  const grid = section(root, 'Channels', 'grid');
  for (const r of L.wireless.receivers) {
    for (const c of r.channels) {
      const n = {
        freq: el('span', {class: 'big num'}), state: el('span', {class: 'tag'}),
        rf: el('div', {class: 'fill'}), rfText: el('span', {class: 'num'}),
        af: el('div', {class: 'fill'}), afText: el('span', {class: 'num'}),
        battery: el('span', {class: 'battery'}, ...[1, 2, 3, 4, 5].map(() => el('i', {}))),
        batteryText: el('span', {class: 'num'}), actions: el('div', {class: 'actions'}),
      };
      n.rfMeter = el('div', {class: 'meter thin'}, n.rf);
      n.afMeter = el('div', {class: 'meter thin'}, n.af);
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, c.name), n.state),
        el('div', {class: 'row'}, n.freq, el('span', {class: 'sub'}, 'MHz')),
        el('div', {class: 'sub'}, r.label + ' · ch ' + c.channel + ' · ' + c.use),
        el('div', {class: 'meter-label'}, el('span', {}, 'RF'), n.rfText), n.rfMeter,
        el('div', {class: 'meter-label'}, el('span', {}, 'Audio'), n.afText), n.afMeter,
        el('div', {class: 'row'}, el('span', {}, 'Battery ', n.battery), n.batteryText), n.actions));
      channels.push({r, c, n});
    }
  }
}

function pct(v, lo, hi) { return Math.max(0, Math.min(100, 100 * (v - lo) / (hi - lo))); }

function renderSpectrum() {
  const W = live.wireless;
  if (!W) return;
  const key = JSON.stringify(W);
  if (key === lastSpectrum) return;
  lastSpectrum = key;
  const names = new Map(live.layout.wireless.receivers.flatMap((r) => r.channels.map((c) => [r.id + '/' + c.channel, c.name])));
  const carriers = W.carriers.map((c) => ({...c, short: (names.get(c.device + '/' + c.channel) || '').slice(0, 7)}));
  const fs = carriers.map((c) => c.frequency_khz);
  let minKhz, maxKhz;
  if (W.scan && Number.isFinite(W.scan.start_khz) && Array.isArray(W.scan.levels_dbm)) {
    minKhz = W.scan.start_khz;
    maxKhz = W.scan.start_khz + W.scan.step_khz * (W.scan.levels_dbm.length - 1);
  } else if (fs.length) {
    minKhz = Math.min(...fs) - 4000;
    maxKhz = Math.max(...fs) + 4000;
  } else {
    return;
  }
  chartBox.replaceChildren(spectrumChart({minKhz, maxKhz, scan: W.scan, carriers, intermod: W.intermod || [],
    occupiedDbm: live.layout.wireless.occupied_dbm}));
  const near = (W.intermod || []).slice(0, 4);
  imdList.replaceChildren(...near.map((p) => {
    const hit = carriers.find((c) => c.frequency_khz === p.nearest_khz);
    return el('li', {}, (p.kind === '3tx3' ? 'f1+f2−f3 ' : '2f1−f2 ') + mhz(p.frequency_khz) + ' MHz'
      + (hit ? ', ' + fmt(p.distance_khz, 0) + ' kHz from ' + hit.short : ''));
  }));
}

export function render() {
  renderSpectrum();
  for (const {r, c, n} of channels) {
    const p = 'ch' + c.channel + '_';
    const online = (live.devices[r.id] || {}).online === true;
    setClass(n.state, 'tag ' + (online ? 'ok' : 'offline'));
    setText(n.state, online ? 'ONLINE' : 'OFFLINE');
    const f = value(r.id, p + 'frequency');
    setText(n.freq, mhz(Number.isFinite(f) ? f : c.frequency_khz));
    const rf = get(r.id, p + 'rf'), af = get(r.id, p + 'audio');
    n.rf.style.width = (rf ? pct(rf.value, -100, -20) : 0) + '%';
    setText(n.rfText, rf ? fmt(rf.value, 0) + ' dBm' : '–');
    setClass(n.rfMeter, 'meter thin' + (rf && rf.value < -90 ? ' critical' : rf && rf.value < -80 ? ' warning' : ''));
    n.af.style.width = (af ? pct(af.value, -60, 0) : 0) + '%';
    setText(n.afText, af ? fmt(af.value, 0) + ' dBFS' : '–');
    setClass(n.afMeter, 'meter thin' + (af && af.value > -3 ? ' critical' : ''));
    const bars = value(r.id, p + 'battery_bars'), mins = value(r.id, p + 'battery_minutes');
    const known = Number.isFinite(bars) && bars >= 0 && bars <= 5;
    Array.from(n.battery.children).forEach((i, k) => setClass(i, known && k < bars ? 'on' : ''));
    setClass(n.battery, 'battery' + (known && bars <= 2 ? ' low' : ''));
    setText(n.batteryText, Number.isFinite(mins) && mins < 65534 ? minutes(mins) + ' left'
      : known ? bars + '/5' : 'unknown');
    const sig = live.session.user + '|' + live.session.role;
    if (n.actions.dataset.sig !== sig) {
      n.actions.dataset.sig = sig;
      actionsOrLogin(n.actions, () => [actionButton('Re-tune', 'retune', {device: r.id, channel: c.channel},
        {confirm: 'Move ' + c.name + ' to its best clean backup frequency? Only while it is muted or idle.'})], 're-tune');
    }
  }
}
