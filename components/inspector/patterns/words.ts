/** Engine names for people: the inspector's labels and the report's rows use the same wording. */

/** "partialShare" → "Partial share"; "maxPartitionLag" → "Max partition lag"; "p99" → "P99". */
export function words(key: string): string {
  const spaced = key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
