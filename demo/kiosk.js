// A clinic would send this to the front desk; the demo only logs it.
const kiosk = document.querySelector('spasm-kiosk');
kiosk.addEventListener('spasm-kiosk-alert', (e) => console.info('spasm-kiosk-alert', e.detail));
kiosk.addEventListener('spasm-kiosk-reset', (e) => console.info('spasm-kiosk-reset', e.detail));
