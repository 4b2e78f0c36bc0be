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
