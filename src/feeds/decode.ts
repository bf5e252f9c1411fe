/**
 * Turns the bytes of a feed into text. rss-parser only takes a JS string and ignores the XML
 * declaration, so the charset must be settled here, before parsing.
 *
 * Order: byte order mark → HTTP charset → XML declaration → (valid UTF-8 ? UTF-8 : windows-1252).
 * Two exceptions, both because a label can lie but byte patterns rarely do:
 * - a single-byte legacy label over bytes that are valid, non-ASCII UTF-8 is a lying prolog (a
 *   common CMS bug): UTF-8 wins, since real Latin-1 / windows-1252 text is practically never valid
 *   UTF-8 by accident;
 * - a UTF-8 label over bytes that are not valid UTF-8 is skipped for the next clue.
 */
import iconv from 'iconv-lite'

/** Result of decoding: the text (without BOM) and the WHATWG name of the charset used. */
export interface DecodedFeed {
  text: string
  /** Lowercase WHATWG encoding name, e.g. 'utf-8', 'windows-1252', 'utf-16le'. */
  charset: string
}

/**
 * Decodes feed bytes into a string.
 *
 * @param bytes the raw response body (any size; only the first 1 KiB is sniffed for a declaration)
 * @param httpCharset the `charset` parameter of the HTTP Content-Type, or a whole Content-Type
 *   header value; unknown labels are ignored, never thrown on
 * @returns the decoded text and the charset actually used. Never throws: undecodable bytes
 *   become U+FFFD.
 */
export function decodeFeedBytes(bytes: Uint8Array, httpCharset?: string): DecodedFeed {
  const charset = detectCharset(bytes, httpCharset)
  return { text: decodeWith(bytes, charset), charset }
}

/** Picks the charset of `bytes` (see the module comment for the order). */
export function detectCharset(bytes: Uint8Array, httpCharset?: string): string {
  const bom = charsetFromBom(bytes)
  if (bom) return bom
  const utf16 = sniffUtf16(bytes)
  if (utf16) return utf16
  const labels = [charsetParameter(httpCharset), xmlDeclaredCharset(bytes)]
  for (const declared of labels.map(normaliseLabel)) {
    // A UTF-16 label over bytes without NULs up front cannot be true (the bytes read as ASCII).
    if (!declared || declared.startsWith('utf-16')) continue
    if (declared === 'utf-8') {
      // Servers often send "charset=utf-8" by default over a Latin-1 body: let the next label decide.
      if (isValidUtf8(bytes)) return 'utf-8'
      continue
    }
    if (SINGLE_BYTE.test(declared) && hasNonAscii(bytes) && isValidUtf8(bytes)) return 'utf-8'
    return declared
  }
  return isValidUtf8(bytes) ? 'utf-8' : 'windows-1252'
}

// Charsets where any byte sequence is valid, so a valid-UTF-8 body must have been UTF-8 all along.
const SINGLE_BYTE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|macintosh|x-mac-cyrillic)$/

function charsetFromBom(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return undefined
}

/** XML 1.0 appendix F: `<?` written in UTF-16 without a BOM. */
function sniffUtf16(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0x3c && bytes[1] === 0x00 && bytes[2] === 0x3f && bytes[3] === 0x00)
    return 'utf-16le'
  if (bytes[0] === 0x00 && bytes[1] === 0x3c && bytes[2] === 0x00 && bytes[3] === 0x3f)
    return 'utf-16be'
  return undefined
}

/** Accepts a bare label ('ISO-8859-1') or a whole Content-Type value ('text/xml; charset="x"'). */
function charsetParameter(value: string | undefined): string | undefined {
  if (!value) return undefined
  if (!value.includes('/') && !value.includes(';') && !value.includes('=')) return value.trim()
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(value)?.[1]
}

function xmlDeclaredCharset(bytes: Uint8Array): string | undefined {
  // The declaration is ASCII in every ASCII-compatible charset, so latin1 reads it safely.
  const head = Buffer.from(
    bytes.buffer,
    bytes.byteOffset,
    Math.min(bytes.byteLength, 1024),
  ).toString('latin1')
  return /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head)?.[1]
}

/** WHATWG-normalised name of a label, or undefined when no decoder knows it. */
function normaliseLabel(label: string | undefined): string | undefined {
  if (!label) return undefined
  try {
    return new TextDecoder(label).encoding
  } catch {
    // Not a WHATWG label (e.g. 'x-unknown', 'utf8mb4'): iconv-lite may still know it.
    const lower = label.toLowerCase()
    if (lower === 'utf8mb4') return 'utf-8'
    return iconv.encodingExists(lower) ? lower : undefined
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte >= 0x80) return true
  return false
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

function decodeWith(bytes: Uint8Array, charset: string): string {
  // Node 20.18.3+ TextDecoder maps windows-1252 bytes 0x80-0x9F to C1 controls (nodejs/node#56542),
  // and WHATWG sends iso-8859-1/latin1/us-ascii there too: every legacy charset goes through
  // iconv-lite. UTF-8/UTF-16 stay on TextDecoder, which strips the BOM.
  if (charset === 'utf-8' || charset.startsWith('utf-16'))
    return new TextDecoder(charset).decode(bytes)
  if (iconv.encodingExists(charset)) return iconv.decode(Buffer.from(bytes), charset)
  try {
    return new TextDecoder(charset).decode(bytes)
  } catch {
    return iconv.decode(Buffer.from(bytes), 'windows-1252')
  }
}
