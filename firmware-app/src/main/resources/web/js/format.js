// Numbers, times and states the way the crew reads them.

export function fmt(value, digits) {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return value.toFixed(digits);
}

/** "12.4 A"-style pieces: [number, unit]. */
export function reading(r, digits) {
  if (!r) return ['–', ''];
  return [fmt(r.value, digits), r.unit || ''];
}

export function mhz(khz) {
  return Number.isFinite(khz) ? (khz / 1000).toFixed(3) : '–';
}

/** "4 s", "12 min", "3 h 5 min" from milliseconds. */
export function age(ms) {
  if (!Number.isFinite(ms)) return 'never';
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 60) return s + ' s';
  const m = Math.floor(s / 60);
  if (m < 60) return m + ' min';
  const h = Math.floor(m / 60);
  return h + ' h ' + (m % 60) + ' min';
}

export function clock(ms) {
  if (!Number.isFinite(ms)) return '–';
  return new Date(ms).toLocaleTimeString([], {hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23'});
}

export function minutes(min) {
  if (!Number.isFinite(min)) return '–';
  const h = Math.floor(min / 60);
  return h > 0 ? h + ' h ' + Math.round(min % 60) + ' min' : Math.round(min) + ' min';
}

/** 'critical' | 'warning' | '' for a value against limits (above or below). */
export function level(value, warning, critical, below) {
  if (!Number.isFinite(value)) return '';
  const past = (limit) => Number.isFinite(limit) && (below ? value <= limit : value >= limit);
  if (past(critical)) return 'critical';
  if (past(warning)) return 'warning';
  return '';
}

export const SEVERITY_WORD = {critical: 'CRITICAL', warning: 'WARNING', info: 'INFO'};
export const SEVERITY_RANK = {critical: 3, warning: 2, info: 1};
