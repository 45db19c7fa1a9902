// Preloaded (node --require) into each process scripts/bench-cli.mjs times: on exit, writes
// the process's own peak resident set in KiB to $ARCHTREE_BENCH_RSS_FILE. VmHWM from
// /proc/self/status is reset at exec, unlike getrusage's maxRSS, which can carry the spawning
// parent's high-water mark.
const { readFileSync, writeFileSync } = require('node:fs');

process.on('exit', () => {
  const file = process.env.ARCHTREE_BENCH_RSS_FILE;
  if (!file) return;
  let kib = process.resourceUsage().maxRSS;
  try {
    const hwm = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (hwm) kib = Number(hwm[1]);
  } catch {
    // not Linux: getrusage's figure
  }
  writeFileSync(file, String(kib));
});
