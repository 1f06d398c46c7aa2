// Audio: the DSP path's meters, gain reduction and notches; then every amplifier channel with mute.
import {live, get} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt} from '../format.js';
import {notchChart} from '../charts.js';
import {actionButton, actions, loginHint} from '../ui.js';

const dsp = [];
const ampRows = [];
const ampFlags = [];
let lastNotches = '';
let hint, pathState;

/** Amp metrics that are faults when 1 (Powersoft's alarm bits, AES70 status). */
const CHANNEL_FLAGS = ['clip', 'protect', 'fault', 'overtemp', 'low_load', 'thermal_soa', 'rail_fault'];
const AMP_FLAGS = ['mains_fault', 'fan_fault', 'overtemp', 'converter_fault', 'aux_voltage_fault'];

export function mount(root) {
  const L = live.layout;
  if (L.audio) {
    pathState = el('div', {class: 'card path-state'});
    section(root, 'Audio path · ' + L.audio.feedback_mode, '').append(pathState);
    const grid = el('div', {class: 'grid'});
    root.append(grid);
    for (let ch = 1; ch <= L.audio.channels; ch++) {
      const n = {meters: el('div', {}), chart: el('div', {}), pairs: el('div', {class: 'pairs'})};
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, 'Channel ' + ch),
          el('span', {class: 'sub'}, 'limiter ' + fmt(L.audio.limiter_dbtp, 1) + ' dBTP')),
        n.meters, n.pairs, el('div', {class: 'sub chart-title'}, 'Notch filters (up to ' + L.audio.max_notches + ')'),
        n.chart, el('div', {class: 'legend'}, el('span', {class: 'kfix'}, 'fixed (ring-out)'),
          el('span', {class: 'klive'}, 'live'))));
      dsp.push({ch, n, card: grid.lastElementChild});
    }
  }
  if (L.amps.length) {
    root.append(el('h2', {text: 'Amplifiers'}));
    hint = loginHint('mute or unmute');
    root.append(hint);
    const grid = el('div', {class: 'grid'});
    root.append(grid);
    for (const a of L.amps) {
      const flags = el('div', {class: 'flags'});
      const card = el('article', {class: 'card'}, el('div', {class: 'row'}, el('span', {class: 'title'}, a.label)), flags);
      ampFlags.push({a, flags});
      for (const c of a.channels) {
        const n = {mute: el('span', {class: 'tag'}), pairs: el('div', {class: 'pairs'}), actions: el('div', {class: 'actions'})};
        n.actions.className = 'inline-actions';
        card.append(el('div', {class: 'amp-channel'},
          el('div', {class: 'row'}, el('span', {class: 'title'}, 'ch ' + c.channel + (c.name ? ' · ' + c.name : '')),
            n.mute, n.actions), n.pairs));
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

/** One line on the path itself; its channel cards only while it runs or has notches to show. */
function renderPathState(notches) {
  // the path counts as running when its channels meter; its counters alone arrive even without a sound card
  const online = (live.devices.audio || {}).online === true && Object.entries(live.readings).some(([k, x]) =>
    /^audio\/ch\d+_(peak|rms|true_peak)$/.test(k) && x.quality === 'good');
  const r = (m) => live.readings['audio/' + m];
  const counts = ['underruns', 'overruns'].filter((m) => r(m)).map((m) => m + ' ' + fmt(r(m).value, 0)).join(' · ');
  pathState.replaceChildren(el('div', {class: 'row'},
    el('span', {class: 'title'}, online ? 'Running' : 'Not running'),
    el('span', {class: 'tag ' + (online ? 'ok' : 'offline')}, online ? 'ON' : 'OFFLINE')),
    el('div', {class: 'sub'}, (online ? 'meters and notches below' : 'no meters until the audio interface is there'
      + ' (see the alerts)') + (counts ? ' · ' + counts : '')));
  const show = online || notches.some((c) => Array.isArray(c.notches) && c.notches.length);
  for (const {card} of dsp) card.hidden = !show;
}

function renderDsp() {
  const notches = live.notches && Array.isArray(live.notches.channels) ? live.notches.channels : [];
  const key = JSON.stringify(notches);
  if (pathState) renderPathState(notches);
  for (const {ch, n} of dsp) {
    const p = 'audio/ch' + ch + '_';
    const r = (m) => live.readings[p + m];
    const rows = [];
    for (const [m, label] of [['peak', 'peak'], ['true_peak', 'true peak'], ['rms', 'RMS']]) {
      if (r(m)) rows.push(...meter(label, r(m), -60, 0, r(m).value > -1 ? 'critical' : ''));
    }
    if (r('gain_reduction')) rows.push(...meter('limiter gain reduction', {value: Math.abs(r('gain_reduction').value),
      unit: 'dB'}, 0, 20, 'gr'));
    n.meters.replaceChildren(...(rows.length ? rows : [el('p', {class: 'sub'}, 'no readings from the audio path')]));
    n.pairs.replaceChildren(...(r('notches') ? [el('span', {}, 'Notches in use ', el('b', {}, fmt(r('notches').value, 0)))] : []));
    if (key !== lastNotches) {
      const mine = notches.find((x) => x.channel === ch);
      n.chart.replaceChildren(notchChart({notches: mine && Array.isArray(mine.notches) ? mine.notches : []}));
    }
  }
  lastNotches = key;
}

function flagged(prefix, names) {
  return names.filter((f) => { const r = live.readings[prefix + f]; return r && r.value >= 0.5; });
}

export function render() {
  renderDsp();
  if (hint) hint.refresh();
  for (const {a, flags} of ampFlags) {
    const raised = flagged(a.id + '/', AMP_FLAGS);
    const standby = live.readings[a.id + '/standby'];
    flags.replaceChildren(...raised.map((f) => el('span', {class: 'tag critical'}, f.replaceAll('_', ' '))),
      ...(standby && standby.value >= 0.5 ? [el('span', {class: 'tag plain'}, 'STANDBY')] : []));
  }
  for (const {a, c, n} of ampRows) {
    const p = a.id + '/ch' + c.channel + '_';
    const r = (m) => live.readings[p + m];
    const muted = r('mute');
    const isMuted = muted && muted.value >= 0.5;
    setClass(n.mute, 'tag ' + (!muted ? 'plain' : isMuted ? 'muted-state' : 'ok'));
    setText(n.mute, !muted ? 'no data' : isMuted ? 'MUTED' : 'ON');
    const load = r('impedance') || r('load');
    const out = r('output_level') || r('output_voltage');
    const bad = flagged(p, CHANNEL_FLAGS);
    n.pairs.replaceChildren(...[
      r('gain') ? el('span', {}, 'Gain ', el('b', {}, fmt(r('gain').value, 1) + ' dB')) : null,
      load ? el('span', {}, 'Load ', el('b', {}, fmt(load.value, 1) + ' Ω')) : null,
      out ? el('span', {}, 'Out ', el('b', {}, fmt(out.value, 1) + ' ' + out.unit)) : null,
      r('headroom') ? el('span', {}, 'Headroom ', el('b', {}, fmt(r('headroom').value, 0) + ' dB')) : null,
      r('temperature') ? el('span', {}, 'Temp ', el('b', {}, fmt(r('temperature').value, 0) + ' °C')) : null,
      ...bad.map((f) => el('span', {class: 'tag critical'}, f.replaceAll('_', ' '))),
    ].filter(Boolean));
    const args = {device: a.id, channel: c.channel};
    const name = (c.name || 'ch ' + c.channel) + ' on ' + a.label;
    actions(n.actions, () => [isMuted
      ? actionButton('Unmute', 'unmute', args, {confirm: 'Unmute ' + name + '? It plays at once.', quiet: true})
      : actionButton('Mute', 'mute', args, {confirm: 'Mute ' + name + '? It goes silent during the show.', quiet: true})],
    isMuted);
  }
}
