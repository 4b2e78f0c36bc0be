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
const routineLog = document.getElementById('routine-event');
for (const name of ['spasm-routine-complete', 'spasm-routine-stop']) {
  document.addEventListener(name, (e) => {
    if (routineLog) routineLog.textContent = `${name}: ${JSON.stringify(e.detail)}`;
  });
}
