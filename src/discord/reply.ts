/**
 * What a handler returns, independent of how it reaches Discord (gateway or HTTP), and the
 * conversion to Discord's interaction-response JSON. Pure.
 */
import {
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponse,
} from 'discord.js'
import { embedLength, truncate } from './embeds.js'

// The handlers take truncate from here with the rest of what they answer with; alert embeds and
// replies cut text the same way (never between the two halves of a surrogate pair).
export { truncate }

/** A message to show: at least one of content or embeds. */
export interface Reply {
  content?: string
  embeds?: APIEmbed[]
  components?: APIActionRowComponent<APIButtonComponent>[]
  /** Only the invoking user sees it (configuration commands, errors). */
  ephemeral?: boolean
}

/** An autocomplete choice (Discord limits: name 1..100 chars, value up to 100 chars, 25 choices). */
export interface Choice {
  name: string
  value: string
}

/**
 * What to do with an interaction: answer with a new message, replace the message a button sat on,
 * or offer autocomplete choices.
 */
export type Outcome =
  | { type: 'reply'; reply: Reply }
  | { type: 'update'; reply: Reply }
  | { type: 'choices'; choices: Choice[] }

/** Discord's limits on message parts we fill from user data. */
export const LIMITS = {
  content: 2000,
  embedDescription: 4096,
  embedTitle: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  choiceName: 100,
  choices: 25,
  customId: 100,
  /** Sum of title, description, footer, author and every field name and value of one embed. */
  embedTotal: 6000,
} as const

/** Button styles that carry a custom id (not links or premium buttons). */
export type ActionButtonStyle =
  ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Success | ButtonStyle.Danger

/** A row of buttons; `disabled` buttons stay visible but cannot be pressed. */
export function buttonRow(
  buttons: { customId: string; label: string; style?: ActionButtonStyle; disabled?: boolean }[],
): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: buttons.map((b) => ({
      type: ComponentType.Button,
      custom_id: b.customId,
      label: b.label,
      style: b.style ?? ButtonStyle.Secondary,
      disabled: b.disabled ?? false,
    })),
  }
}

/**
 * `embed` within Discord's 6000-character total: trailing fields are dropped (a last "…" field
 * says how many), then the description is cut. Handlers fill fields generously and rely on this.
 */
export function fitEmbed(embed: APIEmbed): APIEmbed {
  if (embedLength(embed) <= LIMITS.embedTotal) return embed
  const fields = [...(embed.fields ?? [])]
  let dropped = 0
  const withMore = (): APIEmbed => ({
    ...embed,
    fields: dropped > 0 ? [...fields, { name: '…', value: `+${dropped}` }] : fields,
  })
  while (fields.length > 0 && embedLength(withMore()) > LIMITS.embedTotal) {
    fields.pop()
    dropped++
  }
  const fitted = withMore()
  const over = embedLength(fitted) - LIMITS.embedTotal
  if (over > 0 && fitted.description !== undefined) {
    fitted.description = truncate(fitted.description, Math.max(1, fitted.description.length - over))
  }
  return fitted
}

/**
 * The message body Discord expects for a reply or an update. Mentions are never parsed: claim
 * texts and story titles are user or third-party data and must not ping anyone.
 */
export function messageData(reply: Reply, withFlags: boolean) {
  return {
    content: reply.content === undefined ? '' : truncate(reply.content, LIMITS.content),
    embeds: (reply.embeds ?? []).map(fitEmbed),
    components: reply.components ?? [],
    allowed_mentions: { parse: [] as never[] },
    ...(withFlags && reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  }
}

/** The interaction response JSON for an outcome (types 4, 7 and 8). */
export function toInteractionResponse(outcome: Outcome): APIInteractionResponse {
  switch (outcome.type) {
    case 'reply':
      return {
        type: InteractionResponseType.ChannelMessageWithSource,
        data: messageData(outcome.reply, true),
      }
    case 'update':
      return {
        type: InteractionResponseType.UpdateMessage,
        data: messageData(outcome.reply, false),
      }
    case 'choices':
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: outcome.choices.slice(0, LIMITS.choices) },
      }
  }
}
