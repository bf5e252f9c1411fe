/**
 * Slash command definitions, with French names and descriptions. Discord always sends the default
 * (English) names in interactions, so the handlers route on those whatever the user's language.
 * Configuration commands carry default_member_permissions = Manage Server, so Discord hides them
 * from other members (the handlers still check: server admins can override the default).
 */
import {
  ChannelType,
  InteractionContextType,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js'

const FR = 'fr' as const

const deal = new SlashCommandBuilder()
  .setName('deal')
  .setNameLocalizations({ [FR]: 'accord' })
  .setDescription('Where tracked deals stand')
  .setDescriptionLocalizations({ [FR]: 'Où en sont les accords suivis' })
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('status')
      .setNameLocalizations({ [FR]: 'statut' })
      .setDescription("A deal's claims, their standing and the latest evidence")
      .setDescriptionLocalizations({
        [FR]: "Les affirmations d'un accord, leur état et les dernières preuves",
      })
      .addStringOption((o) =>
        o
          .setName('deal')
          .setNameLocalizations({ [FR]: 'accord' })
          .setDescription('The deal or claim (start typing to search)')
          .setDescriptionLocalizations({ [FR]: "L'accord ou l'affirmation (tapez pour chercher)" })
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setNameLocalizations({ [FR]: 'liste' })
      .setDescription('Every tracked deal and its standing')
      .setDescriptionLocalizations({ [FR]: 'Tous les accords suivis et leur état' }),
  )
  .addSubcommand((s) =>
    s
      .setName('history')
      .setNameLocalizations({ [FR]: 'historique' })
      .setDescription("A deal's evidence timeline, newest first")
      .setDescriptionLocalizations({
        [FR]: "La chronologie des preuves d'un accord, la plus récente d'abord",
      })
      .addStringOption((o) =>
        o
          .setName('deal')
          .setNameLocalizations({ [FR]: 'accord' })
          .setDescription('The deal or claim (start typing to search)')
          .setDescriptionLocalizations({ [FR]: "L'accord ou l'affirmation (tapez pour chercher)" })
          .setRequired(true)
          .setAutocomplete(true)
          .setMaxLength(100),
      ),
  )

const claim = new SlashCommandBuilder()
  .setName('claim')
  .setNameLocalizations({ [FR]: 'affirmation' })
  .setDescription('Add or remove the claims the bot checks stories against')
  .setDescriptionLocalizations({ [FR]: 'Ajouter ou retirer les affirmations vérifiées par le bot' })
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setNameLocalizations({ [FR]: 'ajouter' })
      .setDescription('Track a claim written as one plain sentence (English or French)')
      .setDescriptionLocalizations({
        [FR]: 'Suivre une affirmation écrite en une phrase (français ou anglais)',
      })
      .addStringOption((o) =>
        o
          .setName('text')
          .setNameLocalizations({ [FR]: 'texte' })
          .setDescription('e.g. "Amazon is in talks to invest more than $10 billion in OpenAI."')
          .setDescriptionLocalizations({
            [FR]: 'par ex. « Amazon négocie un investissement de plus de 10 milliards de dollars dans OpenAI. »',
          })
          .setRequired(true)
          .setMaxLength(400),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setNameLocalizations({ [FR]: 'retirer' })
      .setDescription('Stop tracking a claim added on this server')
      .setDescriptionLocalizations({
        [FR]: 'Ne plus suivre une affirmation ajoutée sur ce serveur',
      })
      .addStringOption((o) =>
        o
          .setName('claim')
          .setNameLocalizations({ [FR]: 'affirmation' })
          .setDescription('The claim (start typing to search)')
          .setDescriptionLocalizations({ [FR]: "L'affirmation (tapez pour chercher)" })
          .setRequired(true)
          .setAutocomplete(true),
      ),
  )

const feed = new SlashCommandBuilder()
  .setName('feed')
  .setNameLocalizations({ [FR]: 'flux' })
  .setDescription('Manage the news feeds the bot polls')
  .setDescriptionLocalizations({ [FR]: "Gérer les flux d'actualité lus par le bot" })
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setNameLocalizations({ [FR]: 'ajouter' })
      .setDescription('Poll an RSS or Atom feed (it is fetched and checked first)')
      .setDescriptionLocalizations({
        [FR]: 'Lire un flux RSS ou Atom (il est récupéré et vérifié avant)',
      })
      .addStringOption((o) =>
        o
          .setName('url')
          .setDescription('The feed address, https://…')
          .setDescriptionLocalizations({ [FR]: 'L’adresse du flux, https://…' })
          .setRequired(true)
          .setMaxLength(2000),
      )
      .addStringOption((o) =>
        o
          .setName('name')
          .setNameLocalizations({ [FR]: 'nom' })
          .setDescription("Outlet name shown in alerts (default: the feed's title)")
          .setDescriptionLocalizations({
            [FR]: 'Nom du média dans les alertes (par défaut : le titre du flux)',
          })
          .setMaxLength(100),
      )
      .addStringOption((o) =>
        o
          .setName('lang')
          .setNameLocalizations({ [FR]: 'langue' })
          .setDescription('Language of the stories (default: detected)')
          .setDescriptionLocalizations({ [FR]: 'Langue des articles (par défaut : détectée)' })
          .addChoices(
            { name: 'English', value: 'en', name_localizations: { [FR]: 'anglais' } },
            { name: 'French', value: 'fr', name_localizations: { [FR]: 'français' } },
          ),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setNameLocalizations({ [FR]: 'retirer' })
      .setDescription('Stop polling a feed added on this server')
      .setDescriptionLocalizations({ [FR]: 'Arrêter de lire un flux ajouté sur ce serveur' })
      .addStringOption((o) =>
        o
          .setName('feed')
          .setNameLocalizations({ [FR]: 'flux' })
          .setDescription('The feed (start typing to search)')
          .setDescriptionLocalizations({ [FR]: 'Le flux (tapez pour chercher)' })
          .setRequired(true)
          .setAutocomplete(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('list')
      .setNameLocalizations({ [FR]: 'liste' })
      .setDescription('Feeds with their health, and broken alert destinations')
      .setDescriptionLocalizations({
        [FR]: "Les flux et leur santé, et les destinations d'alerte en panne",
      }),
  )

const alerts = new SlashCommandBuilder()
  .setName('alerts')
  .setNameLocalizations({ [FR]: 'alertes' })
  .setDescription("This server's alert settings")
  .setDescriptionLocalizations({ [FR]: 'Réglages des alertes de ce serveur' })
  .setContexts(InteractionContextType.Guild)
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .addSubcommand((s) =>
    s
      .setName('channel')
      .setNameLocalizations({ [FR]: 'salon' })
      .setDescription('Post alerts in this channel')
      .setDescriptionLocalizations({ [FR]: 'Publier les alertes dans ce salon' })
      .addChannelOption((o) =>
        o
          .setName('channel')
          .setNameLocalizations({ [FR]: 'salon' })
          .setDescription('A text or announcement channel')
          .setDescriptionLocalizations({ [FR]: 'Un salon textuel ou d’annonces' })
          .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
          .setRequired(true),
      ),
  )
  .addSubcommand((s) =>
    s
      .setName('threshold')
      .setNameLocalizations({ [FR]: 'seuil' })
      .setDescription('Minimum confidence for an alert, from 0 to 1 (higher: fewer, surer alerts)')
      .setDescriptionLocalizations({
        [FR]: "Confiance minimale d'une alerte, de 0 à 1 (plus haut : moins d'alertes, plus sûres)",
      })
      .addNumberOption((o) =>
        o
          .setName('value')
          .setNameLocalizations({ [FR]: 'valeur' })
          .setDescription('e.g. 0.8')
          .setDescriptionLocalizations({ [FR]: 'par ex. 0.8' })
          .setMinValue(0)
          .setMaxValue(1)
          .setRequired(true),
      ),
  )

const why = new SlashCommandBuilder()
  .setName('why')
  .setNameLocalizations({ [FR]: 'pourquoi' })
  .setDescription('Which claims a story touched, and why it was or was not alerted')
  .setDescriptionLocalizations({
    [FR]: 'Quelles affirmations un article touche, et pourquoi il a été signalé ou non',
  })
  .setContexts(InteractionContextType.Guild)
  .addStringOption((o) =>
    o
      .setName('url')
      .setDescription("The story's link")
      .setDescriptionLocalizations({ [FR]: "Le lien de l'article" })
      .setRequired(true)
      .setMaxLength(2000),
  )

/** The JSON bodies to register (PUT /applications/{app}/commands), in a stable order. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [deal, claim, feed, alerts, why].map((c) => c.toJSON())
}
