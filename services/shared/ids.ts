// Ids that sort by creation time (a key prefix lists items oldest first) and cannot be guessed.
import { randomBytes } from 'node:crypto';

export function sortableId(): string {
  return `${Date.now().toString(36).padStart(9, '0')}${randomBytes(8).toString('hex')}`;
}
