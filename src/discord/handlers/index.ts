/**
 * Routes a plain interaction input to its handler. Both ways in (gateway and HTTP) call these,
 * so the commands behave the same whichever transport a deployment uses.
 */
import type { DealDeps } from '../deal-deps.js'
import type { Outcome } from '../reply.js'
import { alertsChannel, alertsThreshold } from './alerts.js'
import {
  CLAIM_CANCEL_ID,
  CLAIM_CONFIRM_ID,
  claimAdd,
  claimPreviewButton,
  claimRemove,
  removableClaimChoices,
} from './claim.js'
import {
  say,
  t,
  type AutocompleteInput,
  type CommandContext,
  type CommandInput,
  type ComponentInput,
} from './context.js'
import {
  HISTORY_PREFIX,
  dealChoices,
  dealHistory,
  dealHistoryPage,
  dealList,
  dealStatus,
} from './deal.js'
import { feedAdd, feedList, feedRemove, removableFeedChoices } from './feed.js'
import { why } from './why.js'

export type { AutocompleteInput, CommandContext, CommandInput, ComponentInput } from './context.js'

type Handler = (input: CommandInput, deps: DealDeps, ctx: CommandContext) => Promise<Outcome>

/** `command` or `command subcommand` → handler. */
const HANDLERS: Record<string, Handler> = {
  'deal status': dealStatus,
  'deal list': dealList,
  'deal history': dealHistory,
  'claim add': claimAdd,
  'claim remove': claimRemove,
  'feed add': feedAdd,
  'feed remove': feedRemove,
  'feed list': feedList,
  'alerts channel': alertsChannel,
  'alerts threshold': alertsThreshold,
  why,
}

/**
 * Commands that may take longer than Discord's 3-second answer window (they fetch a remote feed):
 * both ways in defer them (ephemerally) and deliver the answer by editing the deferred reply.
 */
const SLOW_COMMANDS = new Set(['feed add'])

/** True when the command's answer must be deferred (see SLOW_COMMANDS). */
export function isSlowCommand(input: CommandInput): boolean {
  return SLOW_COMMANDS.has(routeKey(input))
}

function routeKey(input: CommandInput): string {
  return input.subcommand ? `${input.command} ${input.subcommand}` : input.command
}

/** Answers a slash command. Unknown commands (stale registrations) get an explanation, not an error. */
export function handleCommand(
  input: CommandInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const handler = HANDLERS[routeKey(input)]
  if (!handler) return Promise.resolve(say(t(ctx).unknownCommand(routeKey(input))))
  return handler(input, deps, ctx)
}

/** Answers an autocomplete request with at most 25 choices (none for an unknown option). */
export async function handleAutocomplete(
  input: AutocompleteInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  const key = `${routeKey(input)} ${input.focused.name}`
  const typed = input.focused.value
  switch (key) {
    case 'deal status deal':
    case 'deal history deal':
      return { type: 'choices', choices: await dealChoices(typed, deps, ctx) }
    case 'claim remove claim':
      return { type: 'choices', choices: await removableClaimChoices(typed, deps, ctx) }
    case 'feed remove feed':
      return { type: 'choices', choices: await removableFeedChoices(typed, deps, ctx) }
    default:
      return { type: 'choices', choices: [] }
  }
}

/** Answers a button press: history pages and the claim preview's Confirm / Cancel. */
export function handleComponent(
  input: ComponentInput,
  deps: DealDeps,
  ctx: CommandContext,
): Promise<Outcome> {
  if (input.customId.startsWith(HISTORY_PREFIX)) return dealHistoryPage(input.customId, deps, ctx)
  if (input.customId === CLAIM_CONFIRM_ID || input.customId === CLAIM_CANCEL_ID) {
    return claimPreviewButton(input, deps, ctx)
  }
  return Promise.resolve(say(t(ctx).staleButton))
}
