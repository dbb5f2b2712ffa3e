/** Copies text to the clipboard; false when the browser refuses (no permission, insecure page, no clipboard). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** The page's origin, for links a person copies. */
export function origin(): string {
  return window.location.origin;
}
