/**
 * Bad-input probes that fail until the issue-14-inputs branch (kit text input policy) is merged:
 * the lead empties this set at that merge, and from then on every entry is a failure again.
 * Entries read `mutation(path) kind`, as the suite prints them.
 */
export const KNOWN_FAILING_BAD_INPUT: ReadonlySet<string> = new Set<string>([]);
