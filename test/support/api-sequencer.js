// The API suite's order: on MariaDB, the *.mysql-spec.ts files first (a server frozen or killed, several instances,
// read replicas), then Jest's own order. Those specs measure bounded waits and start extra processes, and a busy machine
// answers them 503: run first, they end before anything else joins the run. (`npm test` runs them as a suite of their
// own, api-mysql-only, before the browser suites start: test/run.mjs.)
const Sequencer = require('@jest/test-sequencer').default;

class ApiSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const first = (test) => (test.path.endsWith('.mysql-spec.ts') ? 0 : 1);
    return [...ordered].sort((a, b) => first(a) - first(b));
  }
}

module.exports = ApiSequencer;
