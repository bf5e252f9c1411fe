/**
 * `/claim add <text>` (preview → Confirm / Cancel) and `/claim remove <claim>`. Manage Server only,
 * answered ephemerally.
 *
 * The preview keeps the claim text in its embed description; Confirm reads it back from the
 * message the button sits on. So no pending state is kept anywhere, and any instance behind a load
 * balancer can handle the press (Discord sends the message with the component interaction, and
 * only the bot can have written it).
 */
import { ButtonStyle, type APIEmbed } from 'discord.js'
import type { DealDeps } from '../deal-deps.js'
import { LIMITS, buttonRow, truncate, type Choice, type Outcome } from '../reply.js'
import {
  managedGuild,
  matchingChoices,
  reply,
  say,
  stringOption,
  t,
  update,
  type CommandContext,
  type CommandInput,
  type ComponentInput,
} from './context.js'

/** Longest claim sentence accepted (one sentence; also keeps the preview within embed limits). */
export const MAX_CLAIM_LENGTH = 400
export const CLAIM_CONFIRM_ID = 'dw:claim:confirm'
export const CLAIM_CANCEL_ID = 'dw:claim:cancel'

/** `/claim add <text>`: shows how the sentence was understood, with Confirm / Cancel. */
export async function claimAdd(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  const text = stringOption(input, 'text')?.replace(/\s+/g, ' ')
  if (text === undefined) return say(m.claimTextEmpty)
  if (text.length > MAX_CLAIM_LENGTH) return say(m.claimTextTooLong(MAX_CLAIM_LENGTH))
  const preview = await deps.previewClaim(text)
  if (!preview.ok) return say(m.claimNotUnderstood(preview.detail ?? ''))
  const p = preview.value
  const list = (items: string[]) =>
    truncate(items.length > 0 ? items.join('\n') : m.none, LIMITS.fieldValue)
  const embed: APIEmbed = {
    title: m.previewTitle,
    description: text,
    fields: [
      { name: m.parties, value: list(p.parties.map((x) => `${x.name} (${x.role})`)) },
      { name: m.kind, value: p.kind || m.none, inline: true },
      { name: m.status, value: p.status || m.none, inline: true },
      { name: m.figures, value: list(p.figures) },
      ...(p.warnings.length > 0 ? [{ name: `⚠️ ${m.warnings}`, value: list(p.warnings) }] : []),
    ],
    footer: { text: m.previewFooter },
  }
  return reply({
    embeds: [embed],
    components: [
      buttonRow([
        { customId: CLAIM_CONFIRM_ID, label: m.confirm, style: ButtonStyle.Success },
        { customId: CLAIM_CANCEL_ID, label: m.cancel, style: ButtonStyle.Secondary },
      ]),
    ],
    ephemeral: true,
  })
}

/** Confirm or Cancel on a claim preview. The presser must be a manager too. */
export async function claimPreviewButton(
  input: ComponentInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  if (input.customId === CLAIM_CANCEL_ID)
    return update({ content: m.claimCancelled, embeds: [], components: [] })
  const text = input.message?.embeds[0]?.description?.trim()
  if (!text || text.length > MAX_CLAIM_LENGTH) {
    return update({ content: m.staleButton, embeds: [], components: [] })
  }
  const added = await deps.addClaim({ guildId: guild.guildId, userId: ctx.userId, text })
  if (!added.ok) return update({ content: m.claimDuplicate, embeds: [], components: [] })
  return update({
    content: `${m.claimAdded(added.value.id)}\n> ${text}`,
    embeds: [],
    components: [],
  })
}

/** `/claim remove <claim>`: retires a claim added on this server. */
export async function claimRemove(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const guild = managedGuild(ctx)
  if (!guild.ok) return guild.refusal
  const m = t(ctx)
  const claimId = stringOption(input, 'claim')
  if (claimId === undefined) return say(m.claimUnknown(''))
  const removed = await deps.removeClaim({ guildId: guild.guildId, claimId })
  if (!removed.ok)
    return say(removed.reason === 'config' ? m.claimFromConfig(claimId) : m.claimUnknown(claimId))
  return say(m.claimRemoved(truncate(removed.value.text, 1500)))
}

/** Autocomplete for `/claim remove`: only the claims a command may remove (this server's own). */
export async function removableClaimChoices(
  typed: string,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Choice[]> {
  const claims = (await deps.listClaims(ctx.guildId)).filter((c) => c.origin === 'user')
  return matchingChoices(
    claims,
    typed,
    (c) => [c.text, c.id],
    (c) => ({ name: c.text, value: c.id }),
  )
}
