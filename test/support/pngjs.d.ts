// pngjs (a dependency of qrcode) ships no types; tests only read a PNG's pixels.
declare module 'pngjs' {
  export const PNG: { sync: { read(buffer: Buffer): { width: number; height: number; data: Buffer } } };
}
