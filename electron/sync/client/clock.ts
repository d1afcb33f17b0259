/** ISO times that never repeat or go back within this process, so one member's changes stay ordered. */
let last = 0;
export function changeTime(): string {
  last = Math.max(Date.now(), last + 1);
  return new Date(last).toISOString();
}
