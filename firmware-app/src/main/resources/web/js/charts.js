// Hand-drawn SVG charts: trend lines with limits, the RF spectrum, notches on a log frequency axis.
// Small on purpose: no library, nothing fetched from anywhere.

const NS = 'http://www.w3.org/2000/svg';
const W = 360;

function svg(height, label) {
  const s = document.createElementNS(NS, 'svg');
  s.setAttribute('viewBox', `0 0 ${W} ${height}`);
  s.setAttribute('class', 'chart');
  s.setAttribute('role', 'img');
  s.setAttribute('aria-label', label);
  return s;
}

function add(parent, tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  if (text !== undefined) e.textContent = text;
  parent.append(e);
  return e;
}

function range(values, extra) {
  let lo = Infinity, hi = -Infinity;
  for (const v of values.concat(extra)) {
    if (Number.isFinite(v)) { lo = Math.min(lo, v); hi = Math.max(hi, v); }
  }
  if (!Number.isFinite(lo)) return [0, 1];
  if (hi - lo < 1e-9) { lo -= 1; hi += 1; }
  const pad = (hi - lo) * 0.08;
  return [lo - pad, hi + pad];
}

/**
 * The last hour of one or more series. opts: {times, series: [{values, cls}], limits: [{y, cls}],
 * digits, height, label}. Gaps (null) break the line.
 */
export function trendChart(opts) {
  const H = opts.height || 110, left = 40, right = 6, top = 6, bottom = 18;
  const s = svg(H, opts.label || 'trend');
  const times = opts.times || [];
  const all = [];
  for (const ser of opts.series) for (const v of ser.values) if (v !== null) all.push(v);
  const limitYs = (opts.limits || []).map((l) => l.y).filter(Number.isFinite);
  const [lo, hi] = range(all, opts.fitLimits === false ? [] : limitYs);
  const t1 = times.length ? times[times.length - 1] : Date.now();
  const t0 = t1 - 3600_000;
  const x = (t) => left + (W - left - right) * (t - t0) / (t1 - t0);
  const y = (v) => top + (H - top - bottom) * (1 - (v - lo) / (hi - lo));
  const digits = hi - lo < 0.3 ? 2 : hi - lo < 3 ? 1 : 0;
  for (let i = 0; i <= 2; i++) {
    const v = lo + (hi - lo) * i / 2;
    add(s, 'line', {x1: left, x2: W - right, y1: y(v), y2: y(v), class: 'grid'});
    add(s, 'text', {x: left - 4, y: y(v) + 4, 'text-anchor': 'end'}, v.toFixed(digits));
  }
  for (const [t, label] of [[t0, '−60 min'], [t0 + 1800_000, '−30'], [t1, 'now']]) {
    add(s, 'text', {x: x(t), y: H - 4, 'text-anchor': t === t0 ? 'start' : t === t1 ? 'end' : 'middle'}, label);
  }
  for (const l of opts.limits || []) {
    if (Number.isFinite(l.y) && l.y >= lo && l.y <= hi) {
      add(s, 'line', {x1: left, x2: W - right, y1: y(l.y), y2: y(l.y), class: l.cls});
    }
  }
  for (const ser of opts.series) {
    let d = '';
    let pen = false;
    ser.values.forEach((v, i) => {
      if (v === null || !Number.isFinite(v) || times[i] < t0) { pen = false; return; }
      d += (pen ? 'L' : 'M') + x(times[i]).toFixed(1) + ' ' + y(v).toFixed(1);
      pen = true;
    });
    if (d) add(s, 'path', {d, class: 'line ' + (ser.cls || '')});
  }
  if (!all.length) {
    add(s, 'text', {x: W / 2, y: H / 2, 'text-anchor': 'middle'}, 'collecting the trend…');
  }
  return s;
}

/**
 * The RF picture. opts: {minKhz, maxKhz, scan: {start_khz, step_khz, levels_dbm} | null,
 * carriers: [{frequency_khz, name}], intermod: [{frequency_khz, distance_khz}], occupiedDbm}.
 */
export function spectrumChart(opts) {
  const H = 200, left = 34, right = 6, top = 32, bottom = 22;
  const s = svg(H, 'spectrum');
  const lo = -120, hi = -20;
  const f0 = opts.minKhz, f1 = opts.maxKhz;
  const x = (f) => left + (W - left - right) * (f - f0) / (f1 - f0);
  const y = (dbm) => top + (H - top - bottom) * (1 - (Math.min(hi, Math.max(lo, dbm)) - lo) / (hi - lo));
  for (const db of [-100, -70, -40]) {
    add(s, 'line', {x1: left, x2: W - right, y1: y(db), y2: y(db), class: 'grid'});
    add(s, 'text', {x: left - 3, y: y(db) + 4, 'text-anchor': 'end'}, String(db));
  }
  add(s, 'text', {x: left, y: H - 4}, (f0 / 1000).toFixed(1) + ' MHz');
  add(s, 'text', {x: W - right, y: H - 4, 'text-anchor': 'end'}, (f1 / 1000).toFixed(1) + ' MHz');
  const scan = opts.scan;
  const inRange = [];
  if (scan && Array.isArray(scan.levels_dbm)) {
    scan.levels_dbm.forEach((dbm, i) => {
      const f = scan.start_khz + i * scan.step_khz;
      if (f >= f0 && f <= f1 && Number.isFinite(dbm)) inRange.push([x(f), y(dbm)]);
    });
  }
  if (inRange.length > 1) {
    const d = `M${inRange[0][0].toFixed(1)} ${y(lo)}` + inRange.map(([px, py]) => `L${px.toFixed(1)} ${py.toFixed(1)}`)
      .join('') + `L${inRange[inRange.length - 1][0].toFixed(1)} ${y(lo)}Z`;
    add(s, 'path', {d, class: 'trace'});
  } else {
    add(s, 'text', {x: W / 2, y: y(-75), 'text-anchor': 'middle'}, 'no scan yet: carriers and intermod only');
  }
  if (Number.isFinite(opts.occupiedDbm)) {
    add(s, 'line', {x1: left, x2: W - right, y1: y(opts.occupiedDbm), y2: y(opts.occupiedDbm), class: 'occupied'});
  }
  // labels on two staggered rows so that neighbours do not overwrite each other
  const lastLabelX = [-Infinity, -Infinity];
  const sortedCarriers = opts.carriers.slice().sort((a, b) => a.frequency_khz - b.frequency_khz);
  for (const c of sortedCarriers) {
    const cx = x(c.frequency_khz);
    if (cx < left || cx > W - right) continue;
    add(s, 'line', {x1: cx, x2: cx, y1: top, y2: H - bottom, class: 'carrier'});
    const row = cx - lastLabelX[0] > 34 ? 0 : cx - lastLabelX[1] > 34 ? 1 : -1;
    if (row >= 0) {
      add(s, 'text', {x: cx, y: 11 + row * 11, 'text-anchor': 'middle', class: 'carrier-label'}, c.short || '');
      lastLabelX[row] = cx;
    }
  }
  for (const p of opts.intermod) {
    const px = x(p.frequency_khz);
    if (px < left || px > W - right) continue;
    const by = H - bottom;
    const hit = Number.isFinite(p.distance_khz) && p.distance_khz < 200;
    add(s, 'path', {d: `M${px - 5} ${by}L${px + 5} ${by}L${px} ${by - 9}Z`, class: hit ? 'imd-hit' : 'imd'});
  }
  return s;
}

/** Notches on a log frequency axis, 20 Hz to 20 kHz; depth downwards. opts: {notches: [{hz, depth_db, fixed}]} */
export function notchChart(opts) {
  const H = 120, left = 30, right = 8, top = 8, bottom = 18;
  const s = svg(H, 'notch filters');
  const lf0 = Math.log10(20), lf1 = Math.log10(20000);
  const x = (hz) => left + (W - left - right) * (Math.log10(hz) - lf0) / (lf1 - lf0);
  const y = (db) => top + (H - top - bottom) * (Math.min(0, Math.max(-24, db)) / -24);
  for (const db of [0, -12, -24]) {
    add(s, 'line', {x1: left, x2: W - right, y1: y(db), y2: y(db), class: 'grid'});
    add(s, 'text', {x: left - 3, y: y(db) + 4, 'text-anchor': 'end'}, String(db));
  }
  for (const [hz, label] of [[20, '20'], [100, '100'], [1000, '1k'], [10000, '10k'], [20000, '20k']]) {
    add(s, 'line', {x1: x(hz), x2: x(hz), y1: top, y2: H - bottom, class: 'grid'});
    add(s, 'text', {x: x(hz), y: H - 4, 'text-anchor': hz === 20 ? 'start' : hz === 20000 ? 'end' : 'middle'}, label);
  }
  for (const n of opts.notches) {
    if (!(n.hz >= 20 && n.hz <= 20000)) continue;
    const nx = x(n.hz), half = Math.max(3, (W - left - right) * (n.width_oct || 0.1) / 10 / 2);
    const d = `M${nx - half} ${y(0)}L${nx} ${y(n.depth_db || -3)}L${nx + half} ${y(0)}Z`;
    add(s, 'path', {d, class: n.fixed ? 'notch-fixed' : 'notch-live'});
  }
  if (!opts.notches.length) add(s, 'text', {x: W / 2, y: H / 2, 'text-anchor': 'middle'}, 'no notch in place');
  return s;
}
