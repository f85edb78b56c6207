/**
 * Random identifiers made on the client: idempotency keys and the H5 pretend citizen's name.
 * Browsers have crypto.getRandomValues; WeChat's JS engine has no synchronous source, and these ids need to be unique, not secret.
 */
type WebCrypto = { getRandomValues?: (array: Uint8Array) => Uint8Array };

/**
 * The Web Crypto object when there is one. `globalThis` itself is missing before iOS 12.2 (JavaScriptCore), so it is
 * looked up with `typeof`, which never throws, and any failure of the source falls back to Math.random.
 */
function webCrypto(): WebCrypto | undefined {
  if (typeof globalThis === 'undefined') return undefined;
  return (globalThis as { crypto?: WebCrypto }).crypto;
}

function randomBytes(count: number): number[] {
  try {
    const crypto = webCrypto();
    if (crypto?.getRandomValues) return Array.from(crypto.getRandomValues(new Uint8Array(count)));
  } catch {
    // An engine whose crypto refuses (or lacks typed arrays): fall through to Math.random.
  }
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
