/**
 * Refuses a payload whose contract version the consumer does not know (a newer producer): the job
 * fails and is retried, then dead-lettered, instead of being half understood.
 */
export function assertContractVersion(
  contract: string,
  payload: { version?: unknown },
  known: number,
): void {
  if (payload.version !== known)
    throw new Error(
      `${contract}: unsupported contract version ${String(payload.version)} (this consumer reads ${known})`,
    );
}
