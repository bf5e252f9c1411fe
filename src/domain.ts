/**
 * Domain types shared by every stage. Plain data only: no classes, no I/O.
 * The analysis core (src/analysis) consumes and produces these; the shell
 * (feeds, store, alerts, discord, scheduler, cli) moves them around.
 */

/** Languages the analysis understands. */
export const LANGS = ['en', 'fr'] as const
export type Lang = (typeof LANGS)[number]

/** The four verdicts of DESIGN.md, from strongest to weakest. */
export const VERDICTS = ['confirms', 'contradicts', 'mentions', 'unrelated'] as const
export type Verdict = (typeof VERDICTS)[number]
/** Verdicts that may become an alert. */
export type AlertVerdict = Extract<Verdict, 'confirms' | 'contradicts'>

/**
 * A news story as the analysis sees it: the JSON-lines contract of DESIGN.md.
 * `title` and `summary` are plain text (HTML already stripped by the feed stage).
 */
export interface Story {
  /** Stable id (from the JSON line, or derived by the feed stage). */
  id: string
  title: string
  summary: string
  url: string
  /** ISO 8601 instant, or null when the source gave no usable date. */
  published: string | null
  /** Declared language; when absent the analysis detects en/fr itself. */
  lang?: Lang
}

/** An entity of the claims file: a canonical name and its aliases (any language). */
export interface EntitySpec {
  id: string
  name: string
  aliases: string[]
}

/** Structured fields a user may add to a claim to override what was derived from its text. */
export interface ClaimOverrides {
  /** Entity ids of the parties, in role order (e.g. investor first, target second). */
  parties?: string[]
  kind?: string
  status?: string
}

/** A claim as written in the claims file (DESIGN.md contract). */
export interface ClaimSpec extends ClaimOverrides {
  id: string
  /** One plain sentence, English or French. */
  text: string
  /** ISO date (YYYY-MM-DD) the claim was first reported, if known. */
  date?: string
}

/** The claims file: entities and claims. */
export interface ClaimsFile {
  entities: EntitySpec[]
  claims: ClaimSpec[]
}

/**
 * One (story, claim) judgement: the `dealwatch analyze` output line of DESIGN.md.
 * Only pairs that are not `unrelated` are produced.
 */
export interface Judgement {
  item: string
  claim: string
  verdict: Verdict
  /** Calibrated probability that the verdict is right, in [0, 1]. */
  confidence: number
  /** The sentence of the story that decided the verdict (verbatim, normalised whitespace). */
  evidence: string
  /** Human-readable reasons, most important first. */
  reasons: string[]
}
