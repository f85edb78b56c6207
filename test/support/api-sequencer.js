// The API suite's order: on MariaDB, the *.mysql-spec.ts files first (a server frozen or killed, several instances,
// read replicas), then Jest's own order. Those specs measure bounded waits and start extra processes; run first, they
// finish before test/run.mjs starts the browser suite beside the rest of this run (a busy machine answers them 503).
const Sequencer = require('@jest/test-sequencer').default;

class ApiSequencer extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests);
    const first = (test) => (test.path.endsWith('.mysql-spec.ts') ? 0 : 1);
    return [...ordered].sort((a, b) => first(a) - first(b));
  }
}

module.exports = ApiSequencer;
