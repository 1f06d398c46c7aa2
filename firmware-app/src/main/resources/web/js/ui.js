// Header, dialogs, toasts and the one way every page runs an action.
import {live, login, logout, command, canAct} from './live.js';
import {el, setText, setClass} from './dom.js';
import {age} from './format.js';

const $ = (id) => document.getElementById(id);

let toastTimer = 0;
export function toast(message, isError) {
  const t = $('toast');
  setText(t, message);
  setClass(t, 'toast' + (isError ? ' error' : ''));
  t.hidden = false;
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => { t.hidden = true; }, isError ? 7000 : 3500);
}

/** Resolves true when the tech confirms. */
export function confirmAction(title, text, yesLabel) {
  const d = $('confirm-dialog');
  setText($('confirm-title'), title);
  setText($('confirm-text'), text);
  setText($('confirm-yes'), yesLabel || 'Do it');
  return new Promise((resolve) => {
    const done = (answer) => { d.close(); $('confirm-yes').onclick = null; $('confirm-no').onclick = null; resolve(answer); };
    $('confirm-yes').onclick = () => done(true);
    $('confirm-no').onclick = () => done(false);
    d.showModal();
  });
}

export function openLogin() {
  if (live.session.logins === false) {
    toast('Logins are off on this rack (no password file): the dashboard is read-only.', true);
    return;
  }
  $('login-error').hidden = true;
  // a shared tablet must not offer the last person's name
  $('login-user').value = '';
  $('login-password').value = '';
  $('login-dialog').showModal();
  $('login-user').focus();
}

/**
 * A button that runs one command. opts: {confirm: 'text'} asks first. Disabled while it runs; the door's
 * answer (or refusal, in its own words) shows as a toast.
 */
export function actionButton(label, name, args, opts) {
  const b = el('button', {type: 'button', class: 'action small' + (opts && opts.quiet ? ' quiet' : '')}, label);
  b.addEventListener('click', async () => {
    if (!live.session.user) { openLogin(); return; }
    if (opts && opts.confirm && !(await confirmAction(label + '?', opts.confirm, label))) return;
    b.disabled = true;
    try {
      const r = await command(name, args);
      toast(r.ok ? (opts && opts.done ? opts.done : label + ': done') : label + ': ' + r.message, !r.ok);
    } catch (e) {
      toast(label + ': no answer from rackd', true);
    } finally {
      b.disabled = false;
    }
  });
  return b;
}

/**
 * Fills container with the action buttons when the session may try them (the door still decides); rebuilt
 * only when the session or {@code state} changes, so a button being pressed survives the ticks.
 */
export function actions(container, makeButtons, state) {
  const sig = [live.session.user, live.session.role, state].join('|');
  if (container.dataset.sig === sig) return;
  container.dataset.sig = sig;
  container.replaceChildren(...(canAct() ? makeButtons() : []));
}

/** One line per page that says how to act: log in, or why this login cannot. */
export function loginHint(what) {
  const box = el('div', {class: 'login-hint'});
  box.refresh = () => {
    const sig = [live.session.user, live.session.role, live.session.logins].join('|');
    if (box.dataset.sig === sig) return;
    box.dataset.sig = sig;
    if (!live.session.user && live.session.logins !== false) {
      box.replaceChildren(el('button', {type: 'button', class: 'linkish', onclick: openLogin}, 'Log in to ' + what));
    } else if (live.session.user && !canAct()) {
      box.replaceChildren(el('span', {class: 'sub'}, live.session.user + ' may watch only (viewer)'));
    } else {
      box.replaceChildren();
    }
  };
  return box;
}

export function renderHeader() {
  const L = live.layout;
  if (L) {
    setText($('rack-name'), L.rack.name);
    document.title = L.rack.name + ' · rackd';
  }
  const link = $('link');
  const silent = Date.now() - live.lastUpdate;
  const lost = !live.lastUpdate || silent > 4000;
  link.dataset.state = lost ? 'lost' : 'live';
  setText(link, lost ? (live.lastUpdate ? 'no update for ' + age(silent) : 'connecting…') : 'live');
  document.body.classList.toggle('stale', lost && live.lastUpdate > 0);
  const banner = $('stale-banner');
  banner.hidden = !(lost && live.lastUpdate > 0);
  setText(banner, 'Connection to the rack lost ' + age(silent) + ' ago: values shown are old. Reconnecting…');

  const active = live.alerts.filter((a) => a.state === 'active' || a.state === 'latched');
  const count = $('alert-count');
  count.hidden = active.length === 0;
  const worst = active.some((a) => a.severity === 'critical') ? '' : active.some((a) => a.severity === 'warning')
    ? ' warning' : ' info';
  setClass(count, 'alert-count' + worst);
  setText(count, (worst === '' ? '▲ ' : worst === ' warning' ? '◆ ' : '● ') + active.length);
  count.setAttribute('aria-label', active.length + ' active alerts');

  const who = $('who');
  const label = live.session.user ? live.session.user + '\n' + live.session.role : 'Log in';
  if (who.dataset.label !== label) {
    who.dataset.label = label;
    who.replaceChildren(...(live.session.user ? [el('span', {class: 'who-user'}, live.session.user),
      el('span', {class: 'who-role'}, live.session.role)] : ['Log in']));
  }
}

export function wireDialogs() {
  $('who').addEventListener('click', () => {
    if (live.session.user) {
      setText($('account-title'), live.session.user);
      setText($('account-role'), 'Role: ' + live.session.role + (live.session.role === 'viewer'
        ? ' (watch only)' : ''));
      $('account-dialog').showModal();
    } else {
      openLogin();
    }
  });
  $('account-close').addEventListener('click', () => $('account-dialog').close());
  $('logout').addEventListener('click', async () => { $('account-dialog').close(); await logout(); toast('Logged out'); });
  $('login-cancel').addEventListener('click', () => $('login-dialog').close());
  $('login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('login-submit').disabled = true;
    const error = await login($('login-user').value.trim(), $('login-password').value);
    $('login-submit').disabled = false;
    if (error) {
      setText($('login-error'), error);
      $('login-error').hidden = false;
      return;
    }
    $('login-password').value = '';
    $('login-dialog').close();
    toast('Logged in as ' + live.session.user + ' (' + live.session.role + ')');
  });
}
