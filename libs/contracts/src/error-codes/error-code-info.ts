/** The HTTP statuses an error code may answer with (the status of a code never changes once published). */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

/** What a client needs to know about one error code: its status and what went wrong (shown when the server sends no text). */
export interface ErrorCodeInfo {
  status: ErrorStatus;
  /** Chinese text for citizens and staff; also the code's description in OpenAPI. */
  message: string;
}
