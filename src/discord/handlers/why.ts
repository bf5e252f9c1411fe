/**
 * `/why <story url>`: which claims a story touched, with verdicts and reasons, and for each why it
 * did or did not become an alert. Public answer: it explains the bot's behaviour to everyone.
 */
import type { APIEmbed } from 'discord.js'
import type { DealDeps, StoryExplanation } from '../deal-deps.js'
import type { Messages } from '../messages.js'
import { LIMITS, truncate, type Outcome } from '../reply.js'
import {
  formatConfidence,
  formatInstant,
  reply,
  say,
  stringOption,
  t,
  type CommandContext,
  type CommandInput,
} from './context.js'

type Judgement = StoryExplanation['judgements'][number]

/**
 * Why one judgement did or did not alert, in the order the alert policy applies its rules:
 * verdict kind, first poll, threshold, then grouping into an existing event.
 */
export function alertDecision(j: Judgement, e: StoryExplanation, m: Messages): string {
  if (j.verdict !== 'confirms' && j.verdict !== 'contradicts') return m.whyMentionOnly
  if (e.firstPoll) return m.whyFirstPollShort
  if (j.confidence < e.threshold)
    return m.whyBelow(Number(formatConfidence(j.confidence)), e.threshold)
  if (j.alert === null) return m.whyNotYet
  return j.alert.primary ? m.whyAlerted(j.alert.eventId) : m.whyGrouped(j.alert.eventId)
}

/** `/why <url>`. */
export async function why(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const m = t(ctx)
  const url = stringOption(input, 'url') ?? ''
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    return say(m.whyBadUrl(truncate(url, 200)))
  }
  const e = await deps.explainStory(url, ctx.guildId)
  if (e === undefined) return say(m.whyUnknown(truncate(url, 300)))
  const when = formatInstant(e.story.published)
  const header = `${e.story.outlet}${when ? ` · ${when}` : ''}`
  let description: string
  const fields: { name: string; value: string }[] = []
  if (e.judgements.length === 0) {
    description = `${header}\n\n${m.whyUnrelated}`
  } else {
    description = e.firstPoll ? `${header}\n\n${m.whyFirstPoll}` : header
    for (const j of e.judgements.slice(0, LIMITS.fields)) {
      const verdict = m.verdict[j.verdict] ?? j.verdict
      const lines = [
        `**${verdict}** (${m.confidence} ${formatConfidence(j.confidence)}) → ${alertDecision(j, e, m)}`,
        `> ${truncate(j.evidence.replace(/\s+/g, ' '), 400)}`,
        ...(j.reasons.length > 0 ? [`${m.reasons}: ${j.reasons.slice(0, 4).join('; ')}`] : []),
      ]
      fields.push({
        name: truncate(j.claimText, LIMITS.fieldName),
        value: truncate(lines.join('\n'), LIMITS.fieldValue),
      })
    }
  }
  const embed: APIEmbed = {
    title: truncate(m.whyTitle(e.story.title), LIMITS.embedTitle),
    url: e.story.url,
    description: truncate(description, LIMITS.embedDescription),
    fields,
  }
  return reply({ embeds: [embed] })
}
