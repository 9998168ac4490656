// Loaded first by the test pages: records what a publisher would see go wrong, from the start.
window.problems = [];
addEventListener('error', (event) => window.problems.push(`error: ${event.message}`));
addEventListener('unhandledrejection', (event) => window.problems.push(`unhandled: ${event.reason}`));
document.addEventListener('securitypolicyviolation', (event) =>
  window.problems.push(`CSP: ${event.violatedDirective} ${event.blockedURI}`)
);
// The publishers' bundle is silent: development warnings (an invalid attribute) are left out.
for (const level of ['warn', 'error']) {
  const log = console[level];
  console[level] = (...args) => {
    window.problems.push(`${level}: ${args.join(' ')}`);
    log.apply(console, args);
  };
}
