/** Byte writer and reader of the QR frames. Internal. */
import { type Bytes, utf8 } from '../bytes';
import { ProtocolError } from '../errors';

export function malformed(field: string, cause?: unknown): ProtocolError {
  return new ProtocolError(
    'ERR_QR_MALFORMED',
    { field, reason: 'malformed' },
    cause === undefined ? undefined : { cause },
  );
}

export class FrameWriter {
  private readonly bytes: number[] = [];

  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }

  u16(value: number): this {
    return this.u8(value >>> 8).u8(value);
  }

  u32(value: number): this {
    return this.u16(Math.floor(value / 0x10000)).u16(value & 0xffff);
  }

  raw(bytes: Uint8Array): this {
    for (const byte of bytes) this.bytes.push(byte);
    return this;
  }

  /** One length byte, then the bytes; the validators have already bounded the length. */
  bytes8(bytes: Uint8Array): this {
    if (bytes.length > 0xff) throw malformed('length');
    return this.u8(bytes.length).raw(bytes);
  }

  string8(text: string): this {
    return this.bytes8(utf8(text));
  }

  finish(): Bytes {
    return new Uint8Array(this.bytes);
  }
}

const decoder = new TextDecoder('utf-8', { fatal: true });

export class FrameReader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}

  private take(n: number, field: string): Uint8Array {
    if (this.offset + n > this.bytes.length) {
      throw new ProtocolError('ERR_QR_MALFORMED', { field, reason: 'too_short' });
    }
    const out = this.bytes.subarray(this.offset, this.offset + n);
    this.offset += n;
    return out;
  }

  u8(field: string): number {
    return this.take(1, field)[0]!;
  }

  u16(field: string): number {
    const [a, b] = this.take(2, field);
    return (a! << 8) | b!;
  }

  u32(field: string): number {
    const high = this.u16(field);
    return high * 0x10000 + this.u16(field);
  }

  raw(n: number, field: string): Uint8Array {
    return new Uint8Array(this.take(n, field));
  }

  bytes8(field: string): Uint8Array {
    return this.raw(this.u8(field), field);
  }

  string8(field: string): string {
    const bytes = this.take(this.u8(field), field);
    try {
      return decoder.decode(bytes);
    } catch (cause) {
      throw malformed(field, cause);
    }
  }

  /** Nothing may follow the last field: one payload has one encoding. */
  end(): void {
    if (this.offset !== this.bytes.length) {
      throw new ProtocolError('ERR_QR_MALFORMED', { field: 'frame', reason: 'too_long' });
    }
  }
}
