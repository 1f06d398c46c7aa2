// Heat: every temperature against its limits, with the trend and the last hour; amps grouped per amp.
import {live, get, value, series} from '../live.js';
import {el, setText, setClass, section} from '../dom.js';
import {fmt, level, minutes} from '../format.js';
import {trendChart} from '../charts.js';

const cards = [];   // {items: [heat entries], n, amp}

export function historyKeys(L) {
  return L.heat.map((h) => h.device + '/' + h.metric);
}

function limitsText(h) {
  const parts = [];
  if (Number.isFinite(h.warning)) parts.push('warn ' + fmt(h.warning, 0));
  if (Number.isFinite(h.critical)) parts.push('crit ' + fmt(h.critical, 0));
  return parts.length ? parts.join(' · ') + ' °C' : 'no limits';
}

function channelName(h) {
  return h.label.split(' · ').pop();
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
      const n = {big: el('span', {class: 'big value'}), sub: el('div', {class: 'sub'}), chart: el('div', {})};
      grid.append(el('article', {class: 'card'}, el('div', {class: 'row'}, el('span', {class: 'title'}, h.label), n.big),
        n.sub, n.chart));
      cards.push({items: [h], n});
    }
  }
  const amps = L.amps.filter((a) => L.heat.some((h) => h.device === a.id));
  if (amps.length) {
    const grid = section(root, 'Amplifier channels', 'grid');
    for (const a of amps) {
      const items = L.heat.filter((h) => h.device === a.id);
      const n = {values: el('div', {class: 'pairs'}), chart: el('div', {}), legend: el('div', {class: 'legend'},
        ...items.slice(0, 4).map((h, i) => el('span', {class: 'k' + (i + 1)}, channelName(h))),
        el('span', {class: 'kw'}, 'warn'), el('span', {class: 'kc'}, 'crit'))};
      grid.append(el('article', {class: 'card'},
        el('div', {class: 'row'}, el('span', {class: 'title'}, a.label), el('span', {class: 'sub'}, limitsText(items[0]))),
        n.values, n.chart, n.legend));
      cards.push({items, n, amp: a});
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
  setText(n.sub, [limitsText(h), Number.isFinite(trend) ? (trend >= 0 ? '+' : '') + fmt(trend, 1) + ' °C/min' : '',
    Number.isFinite(toLimit) ? 'limit in ' + minutes(toLimit) : ''].filter(Boolean).join(' · '));
}

/** Powersoft amps report over-temperature flags, not degrees: say so instead of drawing empty lines. */
function updateAmp(a, items, n) {
  const any = items.some((h) => get(h.device, h.metric));
  n.chart.hidden = !any;
  n.legend.hidden = !any;
  if (!any) {
    const flags = Object.entries(live.readings).filter(([k, r]) => k.startsWith(a.id + '/') && /overtemp/.test(k)
      && r.value >= 0.5).map(([k]) => k.slice(a.id.length + 1).replace('_overtemp', '').replace('overtemp', 'amp'));
    n.values.replaceChildren(el('span', {class: flags.length ? 'value critical' : 'sub'}, flags.length
      ? '▲ over-temperature: ' + flags.join(', ') : 'reports over-temperature flags only: none raised'));
    return;
  }
  n.values.replaceChildren(...items.map((h) => {
    const r = get(h.device, h.metric);
    const lvl = r ? level(r.value, h.warning, h.critical) : '';
    return el('span', {}, channelName(h) + ' ', el('b', {class: 'value ' + lvl}, r ? fmt(r.value, 1) + ' °C' : '–'));
  }));
}

export function render(kind) {
  for (const {items, n, amp} of cards) {
    if (amp) updateAmp(amp, items, n);
    else updateSensor(items[0], n);
    if (kind !== 'tick' && !n.chart.hidden) {
      const h = items[0];
      n.chart.replaceChildren(trendChart({times: live.history.times, label: 'temperature, last hour', height: 86,
        series: items.slice(0, 4).map((x, i) => ({values: series(x.device + '/' + x.metric), cls: 's' + (i + 1)})),
        limits: [{y: h.warning, cls: 'limit-warning'}, {y: h.critical, cls: 'limit-critical'}]}));
    }
  }
}
