// The clerk's wall-clock time as the meeting model stores it ("18:05").
export function clockNow(): string {
  const now = new Date();
  return `${String(now.getHours()).padStart(2, '0')}:${String(now.getMinutes()).padStart(2, '0')}`;
}
