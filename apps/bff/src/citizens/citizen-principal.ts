/** A signed-in citizen, as the guard established it from the bearer token. */
export interface CitizenCaller {
  id: number;
  openid: string;
  ip: string | null;
  traceId: string | null;
}
