/**
 * The label a wire headline opens with, before " - " ("SOCCER - ...", "PRESS DIGEST - Lebanon - ..."),
 * lower case, or null: the packs switch on by it.
 */
export function headlineLabel(text: string): string | null {
  const m = /^\s*([A-Za-z][A-Za-z ]{1,30}?)\s*-\s*[A-Z0-9]/.exec(text.slice(0, 200));
  return m ? m[1]!.toLowerCase() : null;
}
