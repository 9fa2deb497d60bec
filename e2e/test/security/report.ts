/** Tried / held / failed figures of a probe group, printed for the issue note and CI log. */
export class ProbeReport {
  tried = 0;
  held = 0;
  readonly failures: string[] = [];
  readonly knownFailures: string[] = [];

  constructor(readonly name: string) {}

  record(held: boolean, description: string, known = false): void {
    this.tried++;
    if (held) this.held++;
    else if (known) this.knownFailures.push(description);
    else this.failures.push(description);
  }

  print(): void {
    const known = this.knownFailures.length
      ? `, ${this.knownFailures.length} known-failing (listed for the inputs branch)`
      : '';
    // eslint-disable-next-line no-console -- the figures are this suite\'s output
    console.log(
      `[security] ${this.name}: tried ${this.tried}, held ${this.held}, failed ${this.failures.length}${known}`,
    );
    // eslint-disable-next-line no-console -- the figures are this suite\'s output
    for (const failure of this.failures.slice(0, 40)) console.log(`  FAILED ${failure}`);
  }
}
