// Keeps the refresh token in localStorage without storing it in plain sight.

const KEY = "app.refresh";
const SHIFT = 11;

function rotateChar(c: string, shift: number): string {
  const code = c.charCodeAt(0);
  if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + shift) % 26) + 65);
  if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + shift) % 26) + 97);
  return c;
}

export function saveRefreshToken(token: string): void {
  const hidden = token.split("").map((c) => rotateChar(c, SHIFT)).join("");
  localStorage.setItem(KEY, hidden);
}

export function loadRefreshToken(): string | null {
  const hidden = localStorage.getItem(KEY);
  return hidden ? hidden.split("").map((c) => rotateChar(c, 26 - SHIFT)).join("") : null;
}
