// A small User-Agent reader for lists and e-mails: "Firefox 146 on Windows". It names the common
// browsers and systems by the tokens their User-Agent strings have carried for years (order
// matters: Edge and Opera say "Chrome" too, Chrome says "Safari", Android says "Linux"). It is for
// people reading a list, never for a security decision; the full string is kept beside it.
// Anything it does not know is "Unknown browser" / "unknown system".

const BROWSERS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['Edge', /\bEdg(?:e|A|iOS)?\/(\d+)/],
  ['Opera', /\b(?:OPR|Opera)\/(\d+)/],
  ['Samsung Internet', /\bSamsungBrowser\/(\d+)/],
  ['Vivaldi', /\bVivaldi\/(\d+)/],
  ['Firefox', /\b(?:Firefox|FxiOS)\/(\d+)/],
  ['Chromium', /\bChromium\/(\d+)/],
  ['Chrome', /\b(?:HeadlessChrome|Chrome|CriOS)\/(\d+)/],
  ['Safari', /\bVersion\/(\d+)[\d.]* (?:Mobile\/\S+ )?Safari\//],
  ['curl', /^curl\/(\d+)/],
];

const SYSTEMS: readonly (readonly [name: string, pattern: RegExp])[] = [
  ['Windows', /\bWindows NT\b/],
  ['Android', /\bAndroid\b/],
  ['iOS', /\b(?:iPhone|iPad|iPod)\b/],
  ['ChromeOS', /\bCrOS\b/],
  ['macOS', /\bMac OS X\b|\bMacintosh\b/],
  ['Linux', /\bLinux\b|\bX11\b/],
];

export interface BrowserDescription {
  /** "Firefox 146", or "Unknown browser". */
  browser: string;
  /** "Windows", or "unknown system". */
  system: string;
}

export function describeUserAgent(userAgent: string): BrowserDescription {
  const ua = userAgent.slice(0, 512);
  let browser = 'Unknown browser';
  for (const [name, pattern] of BROWSERS) {
    const match = pattern.exec(ua);
    if (match) {
      browser = `${name} ${match[1]}`;
      break;
    }
  }
  const system = SYSTEMS.find(([, pattern]) => pattern.test(ua))?.[0] ?? 'unknown system';
  return { browser, system };
}

/** "Firefox 146 on Windows". */
export function browserLabel(userAgent: string): string {
  const { browser, system } = describeUserAgent(userAgent);
  return `${browser} on ${system}`;
}
