// Preloaded (node --require) into Node children of the local stack: the parent keeps our stdin
// open as a pipe, and its end means the parent died (even by SIGKILL), so exit instead of
// lingering as an orphan.
'use strict';
process.stdin.on('end', () => process.exit(0));
process.stdin.on('error', () => process.exit(0));
process.stdin.resume();
