// Demo page wiring: the language picker and an event log, as a clinic might add.
const lang = document.getElementById('lang');
if (lang) {
  lang.value = document.documentElement.lang;
  lang.addEventListener('change', () => (document.documentElement.lang = lang.value));
}
const log = document.getElementById('last-event');
document.addEventListener('spasm-red-flag-change', (e) => {
  if (log) log.textContent = `spasm-red-flag-change: ${JSON.stringify(e.detail)}`;
});
const triageLog = document.getElementById('triage-event');
document.addEventListener('spasm-triage-result', (e) => {
  if (triageLog) triageLog.textContent = `spasm-triage-result: ${JSON.stringify(e.detail)}`;
});

// A real page writes onset="2026-11-20T08:00"; the demo computes one 30 hours back so it always reads the same.
const timer = document.querySelector('heat-ice-timer[data-onset-hours-ago]');
if (timer) {
  const hoursAgo = Number(timer.dataset.onsetHoursAgo);
  const onset = new Date(Date.now() - hoursAgo * 3600000);
  const pad = (n) => String(n).padStart(2, '0');
  timer.setAttribute(
    'onset',
    `${onset.getFullYear()}-${pad(onset.getMonth() + 1)}-${pad(onset.getDate())}T${pad(onset.getHours())}:${pad(onset.getMinutes())}`,
  );
}
const timerLog = document.getElementById('timer-event');
for (const name of ['start', 'pause', 'resume', 'complete', 'cancel']) {
  document.addEventListener(`spasm-timer-${name}`, (e) => {
    if (timerLog) timerLog.textContent = `spasm-timer-${name}: ${JSON.stringify(e.detail).replace(/,/g, ', ')}`;
  });
}
const routineLog = document.getElementById('routine-event');
for (const name of ['spasm-routine-complete', 'spasm-routine-stop']) {
  document.addEventListener(name, (e) => {
    if (routineLog) routineLog.textContent = `${name}: ${JSON.stringify(e.detail)}`;
  });
}
