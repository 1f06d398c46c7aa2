// Wireless: the spectrum with carriers and intermod marks, then every channel's RF, audio and battery.
import {live, get, value} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, mhz, minutes} from '../format.js';
import {spectrumChart} from '../charts.js';
import {actionButton, actions, loginHint} from '../ui.js';

let chartBox, imdList, hint, scanBox;
const channels = [];
let lastSpectrum = '';

function meter(label) {
  const fill = el('div', {class: 'fill'});
  const text = el('span', {class: 'num'});
  const bar = el('div', {class: 'meter thin'}, fill);
  return {fill, text, bar, node: el('div', {class: 'half'}, el('div', {class: 'meter-label'}, el('span', {}, label), text), bar)};
}

export function mount(root) {
  const L = live.layout;
  if (!L.wireless.receivers.length) {
    root.append(el('p', {class: 'empty'}, 'No wireless receiver in this show file.'));
    return;
  }
  chartBox = el('div', {});
  imdList = el('ul', {class: 'sub imd-list'});
  scanBox = el('div', {class: 'actions'});
  section(root, 'Spectrum', '').append(el('article', {class: 'card'}, chartBox,
    el('div', {class: 'legend'}, el('span', {class: 'kcar'}, 'carrier'), el('span', {class: 'kimd'}, 'intermod'),
      el('span', {class: 'kw'}, 'occupied')), imdList, scanBox));
  root.append(el('h2', {text: 'Channels'}));
  hint = loginHint('re-tune');
  root.append(hint);
  const grid = el('div', {class: 'grid'});
  root.append(grid);
  for (const r of L.wireless.receivers) {
    for (const c of r.channels) {
      const n = {freq: el('span', {class: 'freq num'}), glyph: el('span', {class: 'tag'}), rf: meter('RF'),
        af: meter('Audio'), battery: el('span', {class: 'battery'}, ...[1, 2, 3, 4, 5].map(() => el('i', {}))),
        batteryText: el('span', {class: 'num'}), actions: el('div', {class: 'actions'})};
      n.actions.className = 'inline-actions';
      grid.append(el('article', {class: 'card channel'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, c.name), n.freq, n.glyph),
        el('div', {class: 'sub'}, r.label + ' · ch ' + c.channel + ' · ' + c.use),
        el('div', {class: 'meters'}, n.rf.node, n.af.node),
        el('div', {class: 'row'}, el('span', {class: 'battery-line'}, n.battery, ' ', n.batteryText), n.actions)));
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
  // the band the show uses, with the scan (when there is one) behind it; the whole scan when nothing is on air
  let minKhz, maxKhz;
  const scan = W.scan && Number.isFinite(W.scan.start_khz) && Array.isArray(W.scan.levels_dbm) ? W.scan : null;
  if (fs.length) {
    minKhz = Math.min(...fs) - 3000;
    maxKhz = Math.max(...fs) + 3000;
  } else if (scan) {
    minKhz = scan.start_khz;
    maxKhz = scan.start_khz + scan.step_khz * (scan.levels_dbm.length - 1);
  } else {
    return;
  }
  chartBox.replaceChildren(spectrumChart({minKhz, maxKhz, scan: W.scan, carriers, intermod: W.intermod || [],
    occupiedDbm: live.layout.wireless.occupied_dbm}));
  imdList.replaceChildren(...(W.intermod || []).slice(0, 4).map((p) => {
    const hit = carriers.find((c) => c.frequency_khz === p.nearest_khz);
    return el('li', {}, (p.kind === '3tx3' ? 'f1+f2−f3 ' : '2f1−f2 ') + mhz(p.frequency_khz) + ' MHz'
      + (hit ? ': ' + fmt(p.distance_khz, 0) + ' kHz from ' + hit.short : ''));
  }));
}

function setMeter(m, r, lo, hi, warnBelow, critBelow, unit) {
  m.fill.style.width = (r ? pct(r.value, lo, hi) : 0) + '%';
  setText(m.text, r ? fmt(r.value, 0) + ' ' + unit : '–');
  const lvl = !r ? '' : r.value < critBelow ? ' critical' : r.value < warnBelow ? ' warning' : '';
  setClass(m.bar, 'meter thin' + lvl);
}

export function render() {
  renderSpectrum();
  if (hint) hint.refresh();
  if (scanBox && live.layout.wireless.scanner) {
    actions(scanBox, () => [actionButton('Scan now', 'scan', {}, {quiet: true, done: 'Scan done: the spectrum'
      + ' updates within 15 s', confirm: 'Scan 470-700 MHz with ' + live.layout.wireless.scanner.label
      + '? It takes up to a minute; other commands wait meanwhile.'})]);
  }
  for (const {r, c, n} of channels) {
    const p = 'ch' + c.channel + '_';
    const online = (live.devices[r.id] || {}).online === true;
    const interference = value(r.id, p + 'interference') >= 1;
    const muted = value(r.id, p + 'mute') >= 1;
    const state = !online ? ['offline', 'OFFLINE'] : interference ? ['critical', 'INTERFERENCE']
      : muted ? ['muted-state', 'MUTED'] : ['ok', 'ON'];
    setClass(n.glyph, 'tag ' + state[0]);
    setText(n.glyph, state[1]);
    const f = value(r.id, p + 'frequency');
    setText(n.freq, mhz(Number.isFinite(f) ? f : c.frequency_khz));
    setMeter(n.rf, get(r.id, p + 'rf'), -100, -20, -80, -90, 'dBm');
    setMeter(n.af, get(r.id, p + 'audio'), -60, 0, -Infinity, -Infinity, 'dBFS');
    const bars = value(r.id, p + 'battery_bars'), mins = value(r.id, p + 'battery_minutes');
    const known = Number.isFinite(bars) && bars >= 0 && bars <= 5;
    Array.from(n.battery.children).forEach((i, k) => setClass(i, known && k < bars ? 'on' : ''));
    setClass(n.battery, 'battery' + (known && bars <= 2 ? ' low' : ''));
    n.battery.setAttribute('aria-label', known ? 'battery ' + bars + ' of 5' : 'battery unknown');
    setText(n.batteryText, Number.isFinite(mins) && mins < 65534 ? minutes(mins) + ' left' : known ? bars + '/5'
      : 'battery ?');
    actions(n.actions, () => [actionButton('Re-tune', 'rf_retune', {receiver: r.id, channel: c.channel, confirm: true},
      {confirm: 'Move ' + c.name + ' to its clean backup frequency now? Do it only while the channel is muted or idle.',
        quiet: true})]);
  }
}
