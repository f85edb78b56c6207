import type { IncomingMessage, ServerResponse } from 'node:http';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * The headers helmet sets for `options`, computed once. They depend on the configuration only, never on the request, so
 * every answer gets them from one object (`reply.headers(...)`) instead of helmet building and running its fourteen
 * middlewares per request, as @fastify/helmet does (bench/NOTES.md: 9 % of a cached read's CPU).
 */
export function securityHeadersOf(options: Readonly<HelmetOptions>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => void (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => void delete headers[name.toLowerCase()],
  };
  helmet(options)({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
  });
  return Object.freeze(headers);
}

/**
 * An API answer's policy: it is data (JSON, a photo, a .docx), never a page that loads anything, so it may load nothing
 * and be framed by nothing. The three directives docs/security.md §17 names stay spelt out.
 */
const API_CONTENT_SECURITY_POLICY = "default-src 'none';base-uri 'none';frame-ancestors 'none';object-src 'none'";

/** Of a page's headers, those that also protect data: a browser must not sniff it, leak it by referrer or embed it elsewhere. */
const KEPT_FOR_DATA = ['x-content-type-options', 'referrer-policy', 'cross-origin-resource-policy', 'strict-transport-security'];

/**
 * The headers of an API answer, from those of a page (`securityHeadersOf`). Helmet's other headers only act on a
 * document the browser renders (opener isolation, DNS prefetching, the legacy XSS filter, IE's download prompt, Flash's
 * cross-domain policy, framing, which `frame-ancestors` covers): the OWASP REST Security Cheat Sheet's list for APIs is
 * the one kept here. On every JSON answer they made half the bytes of a health answer (about 1,100, now 550),
 * each parsed by its client (bench/NOTES.md, fifth pass).
 */
export function apiSecurityHeadersOf(pageHeaders: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  const headers: Record<string, string> = { 'content-security-policy': API_CONTENT_SECURITY_POLICY };
  for (const name of KEPT_FOR_DATA) if (pageHeaders[name] !== undefined) headers[name] = pageHeaders[name];
  return Object.freeze(headers);
}
