const LEVELS: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
};
const SKIP = new Set(['level', 'time', 'pid', 'hostname', 'name', 'msg']);

/** One readable line from a service's JSON (pino) log line; other output is passed through. */
export function formatLogLine(service: string, line: string): string | undefined {
  if (!line.trim()) return undefined;
  const prefix = `[${service}]`.padEnd(17);
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return `${prefix} ${line}`;
  }
  const time =
    typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 19) : '';
  const level = LEVELS[entry.level as number] ?? '';
  const extras = Object.entries(entry)
    .filter(([key]) => !SKIP.has(key))
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    )
    .join(' ');
  return `${time} ${prefix} ${level.padEnd(5)} ${String(entry.msg ?? '')}${extras ? `  ${extras}` : ''}`;
}
