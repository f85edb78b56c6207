/**
 * Random identifiers made on the client: idempotency keys and the H5 pretend citizen's name.
 * Browsers have crypto.getRandomValues; WeChat's JS engine has no synchronous source, and these ids need to be unique, not secret.
 */
function randomBytes(count: number): number[] {
  const webCrypto = (globalThis as { crypto?: { getRandomValues?: (array: Uint8Array) => Uint8Array } }).crypto;
  if (webCrypto?.getRandomValues) return Array.from(webCrypto.getRandomValues(new Uint8Array(count)));
  return Array.from({ length: count }, () => Math.floor(Math.random() * 256));
}

function hex(bytes: number[]): string {
  return bytes.map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function randomHex(byteCount: number): string {
  return hex(randomBytes(byteCount));
}

/** An RFC 4122 version 4 UUID. */
export function randomUuid(): string {
  const bytes = randomBytes(16);
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const h = hex(bytes);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
