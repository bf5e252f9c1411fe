/**
 * What the alerts stage hands to a sink (an Alert, rendered per destination at send time from the
 * event as it stands then) and the Sink port every destination implements.
 */
import type { AlertVerdict, Lang } from '../domain.js'

/** A claim's standing counted in distinct outlets (store/evidence ClaimStanding is compatible). */
export interface StandingCounts {
  confirms: number
  contradicts: number
  mentions: number
}

/** One alert event as shown to readers. */
export interface Alert {
  eventId: number
  claim: { id: string; text: string }
  verdict: AlertVerdict
  /** Confidence of the first story's judgement, in [0, 1]. */
  confidence: number
  /** The sentence that decided the verdict. */
  evidence: string
  reasons: string[]
  /** The story that opened the event. */
  story: { title: string; url: string; published: string | null; outlet: string }
  /** Distinct outlets that reported the event, the first one included (>= 1). */
  outlets: number
  outletNames: string[]
  /** The claim's standing after the latest story of the event, when known. */
  standing: StandingCounts | null
  locale: Lang
}

export interface PostOptions {
  /**
   * Idempotency key of this delivery: channel sinks send it as Discord's `nonce` with
   * `enforce_nonce`, so a retry after a crash returns the message already created.
   */
  nonce?: string
}

/** A destination of alerts. Failures throw a DeliveryError. */
export interface Sink {
  /** Stable key of the destination: 'console', 'channel:<id>' or 'webhook:<id>' (never a secret). */
  destination: string
  post(alert: Alert, options?: PostOptions): Promise<{ messageId: string }>
  edit(messageId: string, alert: Alert): Promise<void>
}

export type DeliveryErrorKind = 'rate-limited' | 'transient' | 'permanent'

/**
 * Why a sink could not deliver: 'rate-limited' (retry after `retryAfterMs`), 'transient' (5xx,
 * timeout, network: retry with backoff) or 'permanent' (400/401/403/404: retrying cannot help;
 * `message` says what the operator should do).
 */
export class DeliveryError extends Error {
  override readonly name = 'DeliveryError'
  readonly kind: DeliveryErrorKind
  readonly status: number | undefined
  /** Discord's JSON error code (e.g. 50013 Missing Permissions), when it sent one. */
  readonly code: number | undefined
  readonly retryAfterMs: number | undefined

  constructor(
    kind: DeliveryErrorKind,
    message: string,
    details: { status?: number; code?: number; retryAfterMs?: number; cause?: unknown } = {},
  ) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.kind = kind
    this.status = details.status
    this.code = details.code
    this.retryAfterMs = details.retryAfterMs
  }
}
