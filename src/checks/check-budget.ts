// The per-tenant cap on connection checks in flight (CONNECTION_CHECK_MAX_CONCURRENT_PER_TENANT),
// counted in this process: a check over it is refused before it opens any connection, and the
// caller retries once the checks in flight end (each within CONNECTION_CHECK_TIMEOUT_MS).

export const DEFAULT_MAX_CONCURRENT_CHECKS_PER_TENANT = 4;

/** A check refused because the tenant's checks in flight are at the cap; the schema maps it to RESOURCE_EXHAUSTED. */
export class TooManyChecksInFlightError extends Error {
  constructor(
    readonly maxConcurrent: number,
    readonly retryAfterSeconds: number,
  ) {
    super(
      `This tenant already has ${maxConcurrent} connection checks in flight, the most allowed at once: ` +
        `retry after ${retryAfterSeconds} s, or test fewer integrations at a time.`,
    );
  }
}

export class ConnectionCheckSlots {
  private readonly inFlight = new Map<string, number>();

  /**
   * @param maxPerTenant checks one tenant may run at once; 0 means no cap.
   * @param retryAfterSeconds what a refused caller is told to wait: about one check's deadline.
   */
  constructor(
    readonly maxPerTenant: number,
    private readonly retryAfterSeconds: number,
  ) {}

  /** Runs `check` in one of the tenant's slots, or throws TooManyChecksInFlightError without running it. */
  async run<T>(tenantId: string, check: () => Promise<T>): Promise<T> {
    if (this.maxPerTenant <= 0) return check();
    const running = this.inFlight.get(tenantId) ?? 0;
    if (running >= this.maxPerTenant) throw new TooManyChecksInFlightError(this.maxPerTenant, this.retryAfterSeconds);
    this.inFlight.set(tenantId, running + 1);
    try {
      return await check();
    } finally {
      const left = (this.inFlight.get(tenantId) ?? 1) - 1;
      if (left > 0) this.inFlight.set(tenantId, left);
      else this.inFlight.delete(tenantId);
    }
  }
}
