// Power: every phase against its breaker at a glance, the mains window, the last hour, sequencing.
import {live, get, value, series} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, level} from '../format.js';
import {trendChart} from '../charts.js';
import {actionButton, actions, loginHint} from '../ui.js';

const phases = [];   // {meter, phase, n}
let currentChart, mains, dcNodes = [], seqBox, seqHint;

export function historyKeys(L) {
  const keys = [];
  for (const m of L.power.meters) {
    for (const p of m.phases) keys.push(m.id + '/' + p.phase + '_current', m.id + '/' + p.phase + '_voltage');
    keys.push(m.id + '/frequency');
  }
  return keys;
}

function phaseRow(m, p) {
  const n = {amps: el('span', {class: 'big value'}), load: el('span', {class: 'load num'}), fill: el('div', {class: 'fill'}),
    volts: el('span', {class: 'sub num'})};
  n.meter = el('div', {class: 'meter'}, n.fill, el('div', {class: 'mark warning'}), el('div', {class: 'mark critical'}));
  n.meter.children[1].style.left = p.load_warning + '%';
  n.meter.children[2].style.left = Math.min(99.4, p.load_critical) + '%';
  const row = el('div', {class: 'phase'},
    el('div', {class: 'row'}, el('span', {class: 'phase-name'}, p.phase.toUpperCase()), n.amps, n.load),
    n.meter, el('div', {class: 'row'}, el('span', {class: 'sub'}, m.label + ' · breaker ' + fmt(m.breaker_amps, 0) + ' A'),
      n.volts));
  phases.push({meter: m, phase: p, n});
  return row;
}

export function mount(root) {
  const L = live.layout;
  if (!L.power.meters.length && !L.power.dc.length) {
    root.append(el('p', {class: 'empty'}, 'No power meter in this show file.'));
    return;
  }
  if (L.power.meters.length) {
    const card = el('article', {class: 'card phases'});
    for (const m of L.power.meters) for (const p of m.phases) card.append(phaseRow(m, p));
    currentChart = el('div', {});
    card.append(el('div', {class: 'sub chart-title'}, 'Current, last hour'), currentChart,
      el('div', {class: 'legend'}, ...phases.slice(0, 4).map((p, i) => el('span', {class: 'k' + (i + 1)},
        p.phase.phase.toUpperCase())), el('span', {class: 'kw'}, 'warn'), el('span', {class: 'kc'}, 'crit')));
    section(root, 'Phases', '').append(card);
    mains = {freq: el('span', {class: 'big value'}), pairs: el('div', {class: 'pairs'}), chart: el('div', {})};
    section(root, 'Mains', '').append(el('article', {class: 'card'},
      el('div', {class: 'row'}, el('span', {class: 'title'}, 'Frequency'), mains.freq),
      el('div', {class: 'sub'}, L.rack.mains.mode + ' · ' + fmt(L.rack.mains.nominal_frequency_hz, 0) + ' Hz ± '
        + fmt(L.rack.mains.frequency_tolerance_percent, 0) + ' %'),
      mains.pairs, el('div', {class: 'sub chart-title'}, 'Voltage, last hour'), mains.chart,
      el('div', {class: 'legend'}, ...phases.slice(0, 3).map((p, i) => el('span', {class: 'k' + (i + 1)},
        p.phase.phase.toUpperCase())), el('span', {class: 'kw'}, 'window'))));
  }
  if (L.power.dc.length) {
    const card = el('article', {class: 'card'});
    for (const d of L.power.dc) {
      const n = {big: el('span', {class: 'big value'}), sub: el('div', {class: 'sub num'})};
      card.append(el('div', {class: 'row'}, el('span', {class: 'title'}, d.label), n.big), n.sub);
      dcNodes.push({d, n});
    }
    section(root, 'DC rails', '').append(card);
  }
  if (L.power.sequence.length) {
    seqBox = el('div', {class: 'actions'});
    seqHint = loginHint('switch the sequence');
    section(root, 'Power sequence', '').append(el('article', {class: 'card'},
      el('ol', {class: 'steps'}, ...L.power.sequence.map((s) => el('li', {}, s.label))),
      el('p', {class: 'sub'}, 'On: in order, with the show file\'s delays. Off: in reverse.'), seqHint, seqBox));
  }
}

function updatePhase({meter: m, phase: p, n}) {
  const amps = get(m.id, p.phase + '_current');
  const loadR = value(m.id, p.phase + '_load');
  const load = Number.isFinite(loadR) ? loadR : amps ? 100 * amps.value / m.breaker_amps : NaN;
  const lvl = level(load, p.load_warning, p.load_critical);
  setText(n.amps, amps ? fmt(amps.value, 1) + ' A' : '–');
  setClass(n.amps, 'big value ' + lvl + (amps && amps.quality !== 'good' ? ' stale' : ''));
  setText(n.load, Number.isFinite(load) ? fmt(load, 0) + ' %' : '');
  setClass(n.load, 'load num value ' + lvl);
  setClass(n.meter, 'meter ' + lvl);
  n.fill.style.width = Math.min(100, Math.max(0, load || 0)) + '%';
  const v = get(m.id, p.phase + '_voltage');
  const M = live.layout.rack.mains;
  const bad = v && Math.abs(v.value - M.nominal_voltage) > M.nominal_voltage * M.voltage_tolerance_percent / 100;
  setText(n.volts, v ? fmt(v.value, 1) + ' V' : '');
  // a fault may keep its number (400 V beyond the meter's range): shown, never as a good one
  setClass(n.volts, 'sub num value' + (bad ? ' critical' : '') + (v && v.quality !== 'good' ? ' stale' : ''));
}

function pair(label, text) {
  return text ? el('span', {}, label + ' ', el('b', {}, text)) : null;
}

export function render(kind) {
  const L = live.layout;
  const charts = kind !== 'tick';
  phases.forEach(updatePhase);
  if (currentChart && charts) {
    const b = phases.length ? phases[0].meter.breaker_amps : NaN;
    const p0 = phases.length ? phases[0].phase : {};
    currentChart.replaceChildren(trendChart({times: live.history.times, label: 'current, last hour', fitLimits: false,
      series: phases.slice(0, 4).map((p, i) => ({values: series(p.meter.id + '/' + p.phase.phase + '_current'), cls: 's' + (i + 1)})),
      limits: [{y: b * p0.load_warning / 100, cls: 'limit-warning'}, {y: b * p0.load_critical / 100, cls: 'limit-critical'}]}));
  }
  if (mains) {
    const M = L.rack.mains;
    const meter = L.power.meters.find((m) => get(m.id, 'frequency'));
    const f = meter ? get(meter.id, 'frequency') : null;
    const off = f && Math.abs(f.value - M.nominal_frequency_hz) > M.nominal_frequency_hz * M.frequency_tolerance_percent / 100;
    setText(mains.freq, f ? fmt(f.value, 2) + ' Hz' : '–');
    setClass(mains.freq, 'big value' + (off ? ' critical' : ''));
    const imbalance = Object.entries(live.readings).find(([k]) => k.endsWith('/imbalance'));
    const neutral = L.power.meters.map((m) => get(m.id, 'neutral_current')).find(Boolean);
    const lo = M.nominal_voltage * (1 - M.voltage_tolerance_percent / 100);
    const hi = M.nominal_voltage * (1 + M.voltage_tolerance_percent / 100);
    mains.pairs.replaceChildren(...[pair('Voltage window', fmt(lo, 0) + '–' + fmt(hi, 0) + ' V'),
      pair('Imbalance', imbalance ? fmt(imbalance[1].value, 0) + ' %' : ''),
      pair('Neutral', neutral ? fmt(neutral.value, 1) + ' A' : '')].filter(Boolean));
    if (charts) {
      mains.chart.replaceChildren(trendChart({times: live.history.times, label: 'voltage, last hour',
        series: phases.slice(0, 3).map((p, i) => ({values: series(p.meter.id + '/' + p.phase.phase + '_voltage'), cls: 's' + (i + 1)})),
        limits: [{y: lo, cls: 'limit-warning'}, {y: hi, cls: 'limit-warning'}]}));
    }
  }
  for (const {d, n} of dcNodes) {
    const v = get(d.id, 'voltage'), a = get(d.id, 'current');
    setText(n.big, v ? fmt(v.value, 2) + ' V' : '–');
    setText(n.sub, (a ? fmt(a.value, 2) + ' A' : '– A') + ' of ' + fmt(d.max_amps, 1) + ' A');
  }
  if (seqBox) {
    seqHint.refresh();
    actions(seqBox, () => [
      actionButton('Sequence on', 'sequence', {action: 'on'}, {confirm: 'Switch the amplifier racks on, step by step?'}),
      actionButton('Sequence off', 'sequence', {action: 'off', confirm: true},
        {confirm: 'Switch the amplifier racks OFF in reverse order? The PA goes silent.'}),
    ]);
  }
}
