// Loaded first by the strict-policy pages: notes every CSP violation from the start.
window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
