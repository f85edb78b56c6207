const FORMAT = new Intl.DateTimeFormat('zh-CN', {
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

/** An instant from the API (ISO, UTC) in the reader's local time, e.g. 2026/05/01 14:03:22. */
export function DateTime({ value }: { value: string }) {
  return <time dateTime={value}>{FORMAT.format(new Date(value))}</time>;
}
