// Lists Content-Security-Policy violations on the strict-CSP demo page.
const status = document.getElementById('csp-status');
const seen = [];
document.addEventListener('securitypolicyviolation', event => {
  seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`);
  status.textContent = `Policy violations: ${seen.join('; ')}`;
  status.classList.add('csp-status--bad');
});
