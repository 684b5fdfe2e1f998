/*
 * The console's live parts (plain script, loaded with defer; no text of its own: every word comes from the data
 * attributes of #live, rendered by the server in the user's language).
 * - Countdowns ([data-countdown][data-due]) tick every second, counted from the service's clock (#live data-now).
 * - SLA badges (.sla-live) turn amber at their warning instant and red at their due instant.
 * - The live stream (/admin/live, Server-Sent Events) updates the bell's unread count and shows a notice per
 *   notification; the browser reconnects by itself after a network drop.
 */
(function () {
  'use strict';

  var live = document.getElementById('live');
  if (!live) {
    return;
  }
  var text = live.dataset;
  var rendered = Date.parse(text.now);
  // How far the service's clock is ahead of the browser's.
  var offset = isNaN(rendered) ? 0 : rendered - Date.now();
  var SEVERITY = { MET: 0, ON_TRACK: 1, WARNING: 2, BREACHED: 3 };
  var LABEL = { ON_TRACK: text.onTrack, WARNING: text.warning, BREACHED: text.breached };

  function now() {
    return Date.now() + offset;
  }

  // Days, hours, minutes as the server writes them; under an hour with seconds, so the clock is seen to run.
  function span(ms) {
    var seconds = Math.floor(ms / 1000);
    var days = Math.floor(seconds / 86400);
    var hours = Math.floor(seconds / 3600) % 24;
    var minutes = Math.floor(seconds / 60) % 60;
    var parts = [];
    if (days > 0) { parts.push(days + ' ' + text.days); }
    if (hours > 0) { parts.push(hours + ' ' + text.hours); }
    if (minutes > 0 || (parts.length === 0 && seconds >= 3600)) { parts.push(minutes + ' ' + text.minutes); }
    if (seconds < 3600) { parts.push(seconds % 60 + ' ' + text.seconds); }
    return parts.join(' ');
  }

  function tickCountdown(element, at) {
    var due = Date.parse(element.dataset.due);
    if (isNaN(due)) {
      return;
    }
    var left = due - at;
    var late = left < 0;
    var words = (late ? text.overdueBy : text.dueIn).replace('%s', span(Math.abs(left)));
    if (element.textContent !== words) {
      element.textContent = words;
    }
    if (late) {
      element.classList.remove('countdown-warning');
      element.classList.add('countdown-breached');
    }
  }

  function cssOf(state) {
    return state.toLowerCase().replace('_', '-');
  }

  // A badge only ever gets more urgent: a met or breached clock stays as the server rendered it.
  function tickBadge(wrapper, at) {
    var state = wrapper.dataset.slaState;
    var due = Date.parse(wrapper.dataset.due);
    var warn = Date.parse(wrapper.dataset.warn);
    if (isNaN(due) || SEVERITY[state] === undefined || state === 'MET') {
      return;
    }
    var reached = at > due ? 'BREACHED' : (!isNaN(warn) && at >= warn ? 'WARNING' : 'ON_TRACK');
    if (SEVERITY[reached] <= SEVERITY[state]) {
      return;
    }
    wrapper.dataset.slaState = reached;
    var badge = wrapper.querySelector('[data-sla-badge]');
    if (badge) {
      badge.classList.remove('sla-' + cssOf(state));
      badge.classList.add('sla-' + cssOf(reached));
      badge.textContent = LABEL[reached];
      badge.removeAttribute('title');
    }
    var countdown = wrapper.querySelector('[data-countdown]');
    if (countdown) {
      countdown.classList.remove('countdown-' + cssOf(state));
      countdown.classList.add('countdown-' + cssOf(reached));
    }
  }

  function tick() {
    var at = now();
    document.querySelectorAll('.sla-live[data-due]').forEach(function (wrapper) { tickBadge(wrapper, at); });
    document.querySelectorAll('[data-countdown][data-due]').forEach(function (element) {
      tickCountdown(element, at);
    });
  }

  function setUnread(count) {
    document.querySelectorAll('[data-bell-count]').forEach(function (element) {
      element.textContent = String(count);
      element.classList.toggle('empty', count === 0);
    });
  }

  function notice(notification) {
    var box = document.getElementById('live-toasts');
    if (!box) {
      return;
    }
    var toast = document.createElement('div');
    toast.className = 'live-toast';
    var link = document.createElement('a');
    link.href = notification.href;
    link.textContent = notification.text;
    var close = document.createElement('button');
    close.type = 'button';
    close.className = 'quiet';
    close.textContent = '×';
    close.setAttribute('aria-label', text.close);
    close.addEventListener('click', function () { toast.remove(); });
    toast.appendChild(link);
    toast.appendChild(close);
    box.appendChild(toast);
    while (box.children.length > 3) {
      box.firstElementChild.remove();
    }
    window.setTimeout(function () { toast.remove(); }, 15000);
  }

  function connect() {
    if (!window.EventSource || !text.stream) {
      return;
    }
    var source = new EventSource(text.stream);
    source.addEventListener('unread', function (event) {
      setUnread(JSON.parse(event.data).unread);
    });
    source.addEventListener('notification', function (event) {
      var notification = JSON.parse(event.data);
      setUnread(notification.unread);
      notice(notification);
    });
  }

  tick();
  window.setInterval(tick, 1000);
  connect();
}());
