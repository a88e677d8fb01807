export function encodeState(state: Record<string, unknown>): string {
  const encodedState = btoa(JSON.stringify(state));
  return `?state=${encodeURIComponent(encodedState)}`;
}
