// Power: each phase's current against its breaker, the mains window, trends of the last hour, sequencing.
import {live, get, value, series} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, level} from '../format.js';
import {trendChart} from '../charts.js';
import {actionButton, actionsOrLogin} from '../ui.js';

const phases = [];   // {meter, phase, nodes}
let mainsNodes, voltageChart, dcNodes = [], seqBox;

export function historyKeys(L) {
  const keys = [];
  for (const m of L.power.meters) {
    for (const p of m.phases) keys.push(m.id + '/' + p.phase + '_current', m.id + '/' + p.phase + '_voltage');
    keys.push(m.id + '/frequency');
  }
  return keys;
}

export function mount(root) {
  const L = live.layout;
  if (!L.power.meters.length && !L.power.dc.length) {
    root.append(el('p', {class: 'empty'}, 'No power meter in this show file.'));
    return;
  }
  const grid = section(root, 'Phases', 'grid');
  for (const m of L.power.meters) {
    for (const p of m.phases) {
      const n = {
        big: el('span', {class: 'big value'}), load: el('span', {class: 'sub num'}), fill: el('div', {class: 'fill'}),
        pairs: el('div', {class: 'pairs'}), chart: el('div', {}),
      };
      n.meter = el('div', {class: 'meter'}, n.fill,
        el('div', {class: 'mark warning', style: null}), el('div', {class: 'mark critical'}));
      n.meter.children[1].style.left = p.load_warning + '%';
      n.meter.children[2].style.left = Math.min(99.5, p.load_critical) + '%';
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, p.phase.toUpperCase() + ' · ' + m.label), n.load),
        el('div', {class: 'row'}, n.big, el('span', {class: 'sub'}, 'breaker ' + fmt(m.breaker_amps, 0) + ' A')),
        n.meter,
        el('div', {class: 'meter-label'}, el('span', {}, '0'), el('span', {}, p.load_warning + ' %'), el('span', {}, '100 %')),
        n.pairs, n.chart));
      phases.push({meter: m, phase: p, n});
    }
  }
  mainsNodes = {freq: el('span', {class: 'big value'}), pairs: el('div', {class: 'pairs'}), chart: el('div', {})};
  section(root, 'Mains', '').append(el('article', {class: 'card'},
    el('div', {class: 'row'}, el('span', {class: 'title'}, 'Frequency · ' + L.rack.mains.mode), mainsNodes.freq),
    mainsNodes.pairs, el('div', {class: 'sub'}, 'Voltage, last hour, per phase'), mainsNodes.chart,
    el('div', {class: 'legend'}, el('span', {class: 'k1'}, 'L1'), el('span', {class: 'k2'}, 'L2'),
      el('span', {class: 'k3'}, 'L3'), el('span', {class: 'kw'}, 'window'))));
  if (L.power.dc.length) {
    const dc = section(root, 'DC rails', 'grid');
    for (const d of L.power.dc) {
      const n = {big: el('span', {class: 'big value'}), pairs: el('div', {class: 'pairs'})};
      dc.append(el('article', {class: 'card'}, el('div', {class: 'row'}, el('span', {class: 'title'}, d.label), n.big), n.pairs));
      dcNodes.push({d, n});
    }
  }
  if (L.power.sequence.length) {
    seqBox = el('div', {class: 'actions'});
    section(root, 'Power sequence', '').append(el('article', {class: 'card'},
      el('ol', {}, ...L.power.sequence.map((s) => el('li', {}, s.label))),
      el('p', {class: 'sub'}, 'On runs the steps in order with their delays; off runs them in reverse.'), seqBox));
  }
}

function phaseUpdate({meter: m, phase: p, n}, chartsToo) {
  const amps = get(m.id, p.phase + '_current');
  const loadR = value(m.id, p.phase + '_load');
  const load = Number.isFinite(loadR) ? loadR : amps ? 100 * amps.value / m.breaker_amps : NaN;
  const lvl = level(load, p.load_warning, p.load_critical);
  setText(n.big, amps ? fmt(amps.value, 1) + ' A' : '–');
  setClass(n.big, 'big value ' + lvl + (amps && amps.quality !== 'good' ? ' stale' : ''));
  setText(n.load, Number.isFinite(load) ? fmt(load, 0) + ' % of breaker' : '');
  setClass(n.meter, 'meter ' + lvl);
  n.fill.style.width = Math.min(100, Math.max(0, load || 0)) + '%';
  const v = get(m.id, p.phase + '_voltage'), w = get(m.id, p.phase + '_power'), pf = get(m.id, p.phase + '_power_factor');
  const mains = live.layout.rack.mains;
  const tol = mains.nominal_voltage * mains.voltage_tolerance_percent / 100;
  const vl = v && Math.abs(v.value - mains.nominal_voltage) > tol ? 'critical' : '';
  n.pairs.replaceChildren(
    el('span', {}, 'Voltage ', el('b', {class: 'value ' + vl}, v ? fmt(v.value, 1) + ' V' : '–')),
    el('span', {}, 'Power ', el('b', {}, w ? fmt(w.value / 1000, 2) + ' kW' : '–')),
    el('span', {}, 'PF ', el('b', {}, pf ? fmt(pf.value, 2) : '–')));
  if (chartsToo) {
    const b = m.breaker_amps;
    n.chart.replaceChildren(trendChart({times: live.history.times, label: 'current, last hour', digits: 0,
      series: [{values: series(m.id + '/' + p.phase + '_current'), cls: 's1'}], fitLimits: false,
      limits: [{y: b * p.load_warning / 100, cls: 'limit-warning'}, {y: b * p.load_critical / 100, cls: 'limit-critical'}]}));
  }
}

export function render(kind) {
  const L = live.layout;
  const charts = kind !== 'tick';
  phases.forEach((p) => phaseUpdate(p, charts));
  if (mainsNodes) {
    const meter = L.power.meters.find((m) => get(m.id, 'frequency'));
    const f = meter ? get(meter.id, 'frequency') : null;
    const M = L.rack.mains;
    const fl = f && Math.abs(f.value - M.nominal_frequency_hz) > M.nominal_frequency_hz * M.frequency_tolerance_percent / 100;
    setText(mainsNodes.freq, f ? fmt(f.value, 2) + ' Hz' : '–');
    setClass(mainsNodes.freq, 'big value' + (fl ? ' critical' : ''));
    const imbalance = Object.entries(live.readings).find(([k]) => k.endsWith('/imbalance'));
    const neutral = L.power.meters.map((m) => get(m.id, 'neutral_current')).find(Boolean);
    mainsNodes.pairs.replaceChildren(
      el('span', {}, 'Window ', el('b', {}, fmt(M.nominal_voltage * (1 - M.voltage_tolerance_percent / 100), 0) + '–'
        + fmt(M.nominal_voltage * (1 + M.voltage_tolerance_percent / 100), 0) + ' V')),
      el('span', {}, 'Imbalance ', el('b', {}, imbalance ? fmt(imbalance[1].value, 0) + ' %' : '–')),
      el('span', {}, 'Neutral ', el('b', {}, neutral ? fmt(neutral.value, 1) + ' A' : '–')));
    if (charts) {
      const lo = M.nominal_voltage * (1 - M.voltage_tolerance_percent / 100);
      const hi = M.nominal_voltage * (1 + M.voltage_tolerance_percent / 100);
      mainsNodes.chart.replaceChildren(trendChart({times: live.history.times, label: 'voltage, last hour', digits: 0,
        series: phases.slice(0, 3).map((p, i) => ({values: series(p.meter.id + '/' + p.phase.phase + '_voltage'), cls: 's' + (i + 1)})),
        limits: [{y: lo, cls: 'limit-warning'}, {y: hi, cls: 'limit-warning'}]}));
    }
  }
  for (const {d, n} of dcNodes) {
    const v = get(d.id, 'voltage'), a = get(d.id, 'current');
    setText(n.big, v ? fmt(v.value, 2) + ' V' : '–');
    n.pairs.replaceChildren(el('span', {}, 'Current ', el('b', {}, a ? fmt(a.value, 2) + ' A' : '–')),
      el('span', {}, 'Max ', el('b', {}, fmt(d.max_amps, 1) + ' A')));
  }
  if (seqBox) {
    const sig = live.session.user + '|' + live.session.role;
    if (seqBox.dataset.sig !== sig) {
      seqBox.dataset.sig = sig;
      actionsOrLogin(seqBox, () => [
        actionButton('Sequence on', 'sequence', {action: 'on'}, {confirm: 'Switch the amplifier racks on, step by step?'}),
        actionButton('Sequence off', 'sequence', {action: 'off'}, {confirm: 'Switch the amplifier racks OFF, in reverse order? The PA goes silent.'}),
      ], 'switch the sequence');
    }
  }
}
