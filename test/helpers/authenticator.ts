// An authenticator app for tests, independent of Gatehouse's own TOTP code: the otpauth package
// computes the codes from the secret the server handed out; jsQR reads the QR code back.
import jsQRModule from 'jsqr';
import * as OTPAuth from 'otpauth';
import { PNG } from 'pngjs';

// jsqr is CommonJS with an ESM-style default: under NodeNext the function is `.default`.
const jsQR = (jsQRModule as unknown as { default: (data: Uint8ClampedArray, width: number, height: number) => { data: string } | null }).default;

export class Authenticator {
  private readonly totp: OTPAuth.TOTP;
  constructor(secretBase32: string) {
    this.totp = new OTPAuth.TOTP({ secret: OTPAuth.Secret.fromBase32(secretBase32), algorithm: 'SHA1', digits: 6, period: 30 });
  }
  /** The code shown at this time, or `steps` periods later (negative: earlier). */
  codeAt(timeInMilliseconds: number, steps = 0): string {
    return this.totp.generate({ timestamp: timeInMilliseconds + steps * 30_000 });
  }
}

/** Decodes a `data:image/png;base64,…` QR code back to its text. */
export function readQrCode(dataUrl: string): string | null {
  const prefix = 'data:image/png;base64,';
  if (!dataUrl.startsWith(prefix)) return null;
  const png = PNG.sync.read(Buffer.from(dataUrl.slice(prefix.length), 'base64'));
  return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data ?? null;
}
