// Heat: every temperature against its limits, with the last hour and the trend; amps grouped per amp.
import {live, get, value, series} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, level, minutes} from '../format.js';
import {trendChart} from '../charts.js';

const cards = [];   // {items: [heat entries], n}

export function historyKeys(L) {
  return L.heat.map((h) => h.device + '/' + h.metric);
}

function limitsText(h) {
  const parts = [];
  if (Number.isFinite(h.warning)) parts.push('warn ' + fmt(h.warning, 0));
  if (Number.isFinite(h.critical)) parts.push('crit ' + fmt(h.critical, 0));
  return parts.length ? parts.join(' · ') + ' °C' : 'no limits';
}

export function mount(root) {
  const L = live.layout;
  if (!L.heat.length) {
    root.append(el('p', {class: 'empty'}, 'No temperature in this show file.'));
    return;
  }
  const sensors = L.heat.filter((h) => h.metric === 'temperature');
  if (sensors.length) {
    const grid = section(root, 'Sensors', 'grid');
    for (const h of sensors) {
      const n = {big: el('span', {class: 'big value'}), pairs: el('div', {class: 'pairs'}), chart: el('div', {})};
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, h.label), n.big),
        el('div', {class: 'sub'}, limitsText(h)), n.pairs, n.chart));
      cards.push({items: [h], n});
    }
  }
  const amps = L.amps.filter((a) => L.heat.some((h) => h.device === a.id));
  if (amps.length) {
    const grid = section(root, 'Amplifier channels', 'grid');
    for (const a of amps) {
      const items = L.heat.filter((h) => h.device === a.id);
      const n = {values: el('div', {class: 'pairs'}), chart: el('div', {})};
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, a.label), el('span', {class: 'sub'}, limitsText(items[0]))),
        n.values, n.chart,
        el('div', {class: 'legend'}, ...items.slice(0, 3).map((h, i) => el('span', {class: 'k' + (i + 1)},
          h.label.split(' · ').pop())), el('span', {class: 'kw'}, 'warn'), el('span', {class: 'kc'}, 'crit'))));
      cards.push({items, n, amp: true});
    }
  }
}

function updateSensor(h, n) {
  const r = get(h.device, h.metric);
  const lvl = r ? level(r.value, h.warning, h.critical) : '';
  setText(n.big, r ? fmt(r.value, 1) + ' °C' : '–');
  setClass(n.big, 'big value ' + lvl + (r && r.quality !== 'good' ? ' stale' : ''));
  const trend = value(h.device, 'temperature_trend');
  const toLimit = value(h.device, 'minutes_to_limit');
  n.pairs.replaceChildren(
    el('span', {}, 'Trend ', el('b', {}, Number.isFinite(trend) ? (trend >= 0 ? '+' : '') + fmt(trend, 1) + ' °C/min' : '–')),
    el('span', {}, 'Limit in ', el('b', {}, Number.isFinite(toLimit) ? minutes(toLimit) : '–')));
}

function updateAmp(items, n) {
  n.values.replaceChildren(...items.map((h) => {
    const r = get(h.device, h.metric);
    const lvl = r ? level(r.value, h.warning, h.critical) : '';
    return el('span', {}, h.label.split(' · ').pop() + ' ',
      el('b', {class: 'value ' + lvl}, r ? fmt(r.value, 1) + ' °C' : '–'));
  }));
}

export function render(kind) {
  for (const {items, n, amp} of cards) {
    if (amp) updateAmp(items, n);
    else updateSensor(items[0], n);
    if (kind !== 'tick') {
      const h = items[0];
      n.chart.replaceChildren(trendChart({times: live.history.times, label: 'temperature, last hour', digits: 0,
        series: items.slice(0, 4).map((x, i) => ({values: series(x.device + '/' + x.metric), cls: 's' + (i + 1)})),
        limits: [{y: h.warning, cls: 'limit-warning'}, {y: h.critical, cls: 'limit-critical'}]}));
    }
  }
}
