// Audio: the DSP path's meters, gain reduction and notches; then every amplifier channel with mute.
import {live, get} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt} from '../format.js';
import {notchChart} from '../charts.js';
import {actionButton, actionsOrLogin} from '../ui.js';

const dsp = [];
const ampRows = [];
let lastNotches = '';

export function mount(root) {
  const L = live.layout;
  if (L.audio) {
    const grid = section(root, 'Audio path · ' + L.audio.feedback_mode, 'grid');
    for (let ch = 1; ch <= L.audio.channels; ch++) {
      const n = {meters: el('div', {}), chart: el('div', {}), pairs: el('div', {class: 'pairs'})};
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, 'Channel ' + ch),
          el('span', {class: 'sub'}, 'limiter ' + fmt(L.audio.limiter_dbtp, 1) + ' dBTP')),
        n.meters, n.pairs, el('div', {class: 'sub'}, 'Notch filters (up to ' + L.audio.max_notches + ')'), n.chart,
        el('div', {class: 'legend'}, el('span', {class: 'kfix'}, 'fixed (ring-out)'), el('span', {class: 'klive'}, 'live'))));
      dsp.push({ch, n});
    }
  }
  if (L.amps.length) {
    const grid = section(root, 'Amplifiers', 'grid');
    for (const a of L.amps) {
      const card = el('article', {class: 'card'}, el('div', {class: 'title'}, a.label));
      for (const c of a.channels) {
        const n = {mute: el('span', {class: 'tag'}), fill: el('div', {class: 'fill'}), pairs: el('div', {class: 'pairs'}),
          actions: el('div', {class: 'actions'})};
        n.meter = el('div', {class: 'meter thin'}, n.fill);
        card.append(el('div', {class: 'amp-channel'},
          el('div', {class: 'row'}, el('span', {}, 'ch ' + c.channel + (c.name ? ' · ' + c.name : '')), n.mute),
          n.meter, n.pairs, n.actions));
        ampRows.push({a, c, n});
      }
      grid.append(card);
    }
  }
  if (!L.audio && !L.amps.length) root.append(el('p', {class: 'empty'}, 'No audio path or amplifier in this show file.'));
}

function meter(label, r, lo, hi, cls) {
  const fill = el('div', {class: 'fill'});
  const v = r && Number.isFinite(r.value) ? r.value : NaN;
  fill.style.width = (Number.isFinite(v) ? Math.max(0, Math.min(100, 100 * (v - lo) / (hi - lo))) : 0) + '%';
  return [el('div', {class: 'meter-label'}, el('span', {}, label), el('span', {class: 'num'},
    Number.isFinite(v) ? fmt(v, 1) + ' ' + r.unit : '–')), el('div', {class: 'meter thin ' + cls}, fill)];
}

function renderDsp() {
  const notches = live.notches && Array.isArray(live.notches.channels) ? live.notches.channels : [];
  const key = JSON.stringify(notches);
  for (const {ch, n} of dsp) {
    const p = 'ch' + ch + '_';
    const mine = Object.entries(live.readings).filter(([k]) => k.startsWith('audio/' + p));
    const levels = mine.filter(([, r]) => r.unit === 'dBFS' || r.unit === 'dBTP');
    const gr = mine.find(([k]) => k.includes('gain_reduction'));
    const rows = [];
    for (const [k, r] of levels) rows.push(...meter(k.slice(6 + p.length).replaceAll('_', ' '), r, -60, 0, r.value > -1 ? 'critical' : ''));
    if (gr) rows.push(...meter('gain reduction', {value: -Math.abs(gr[1].value), unit: 'dB'}, 0, -20, 'gr'));
    n.meters.replaceChildren(...(rows.length ? rows : [el('p', {class: 'sub'}, 'no meter readings from the audio path yet')]));
    const others = mine.filter(([k, r]) => !levels.some(([l]) => l === k) && !(gr && gr[0] === k));
    n.pairs.replaceChildren(...others.map(([k, r]) => el('span', {}, k.slice(6 + p.length).replaceAll('_', ' ') + ' ',
      el('b', {}, fmt(r.value, 1) + ' ' + r.unit))));
    if (key !== lastNotches) {
      const mineN = notches.find((x) => x.channel === ch);
      n.chart.replaceChildren(notchChart({notches: mineN && Array.isArray(mineN.notches) ? mineN.notches : []}));
    }
  }
  lastNotches = key;
}

export function render() {
  renderDsp();
  for (const {a, c, n} of ampRows) {
    const p = 'ch' + c.channel + '_';
    const muted = get(a.id, p + 'mute'), gain = get(a.id, p + 'gain'), out = get(a.id, p + 'output_level');
    const z = get(a.id, p + 'impedance'), t = get(a.id, p + 'temperature');
    const isMuted = muted && muted.value >= 0.5;
    setClass(n.mute, 'tag ' + (!muted ? 'plain' : isMuted ? 'muted-state' : 'ok'));
    setText(n.mute, !muted ? 'unknown' : isMuted ? 'MUTED' : 'ON');
    n.fill.style.width = (out ? Math.max(0, Math.min(100, 100 * (out.value + 60) / 60)) : 0) + '%';
    setClass(n.meter, 'meter thin' + (out && out.value > -1 ? ' critical' : ''));
    n.pairs.replaceChildren(el('span', {}, 'Gain ', el('b', {}, gain ? fmt(gain.value, 1) + ' dB' : '–')),
      el('span', {}, 'Out ', el('b', {}, out ? fmt(out.value, 0) + ' dBFS' : '–')),
      el('span', {}, 'Load ', el('b', {}, z ? fmt(z.value, 1) + ' Ω' : '–')),
      el('span', {}, 'Temp ', el('b', {}, t ? fmt(t.value, 0) + ' °C' : '–')));
    const sig = [live.session.user, live.session.role, isMuted].join('|');
    if (n.actions.dataset.sig !== sig) {
      n.actions.dataset.sig = sig;
      const args = {device: a.id, channel: c.channel};
      const name = (c.name || 'ch ' + c.channel) + ' on ' + a.label;
      actionsOrLogin(n.actions, () => [isMuted
        ? actionButton('Unmute', 'unmute', args, {confirm: 'Unmute ' + name + '? It plays at once.'})
        : actionButton('Mute', 'mute', args, {confirm: 'Mute ' + name + '? It goes silent during the show.'})], 'mute');
    }
  }
}
