/** "2.6 KB (2,658 bytes)": rounded for reading, exact for checking. */
export function formatBytes(size: number): string {
  const exact = `${size.toLocaleString('en')} ${size === 1 ? 'byte' : 'bytes'}`;
  if (size < 1024) return exact;
  const units = ['KB', 'MB', 'GB'];
  let value = size / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]} (${exact})`;
}
