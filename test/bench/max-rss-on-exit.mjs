// Preloaded with `node --import` by the matching bench: writes the process's maximum RSS (bytes) to
// $MAX_RSS_FILE when it exits, so a child that is not ours to change can still be measured.
import { writeFileSync } from 'node:fs';

process.on('exit', () => {
  if (process.env.MAX_RSS_FILE) writeFileSync(process.env.MAX_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
