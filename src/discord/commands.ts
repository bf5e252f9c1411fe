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
  type SharedNameAndDescription,
  type SlashCommandStringOption,
} from 'discord.js'

const FR = 'fr' as const

/** A command's, subcommand's or option's English words and their French localisation. */
interface Words {
  name: string
  /** The French name; none where the English one reads the same (`url`). */
  nameFr?: string
  description: string
  descriptionFr: string
}

/** Names and describes a builder in English with its French localisation. */
function words<T extends SharedNameAndDescription>(builder: T, w: Words): T {
  builder.setName(w.name)
  if (w.nameFr !== undefined) builder.setNameLocalizations({ [FR]: w.nameFr })
  return builder
    .setDescription(w.description)
    .setDescriptionLocalizations({ [FR]: w.descriptionFr })
}

/** A top-level command, usable in servers only. */
function command(w: Words): SlashCommandBuilder {
  return words(new SlashCommandBuilder(), w).setContexts(InteractionContextType.Guild)
}

/** A configuration command: hidden by Discord from members without Manage Server. */
function adminCommand(w: Words): SlashCommandBuilder {
  return command(w).setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
}

/** The deal (or claim) searched by autocomplete, as `/deal status` and `/deal history` take it. */
const dealOption = (o: SlashCommandStringOption) =>
  words(o, {
    name: 'deal',
    nameFr: 'accord',
    description: 'The deal or claim (start typing to search)',
    descriptionFr: "L'accord ou l'affirmation (tapez pour chercher)",
  })
    .setRequired(true)
    .setAutocomplete(true)
    .setMaxLength(100)

const deal = command({
  name: 'deal',
  nameFr: 'accord',
  description: 'Where tracked deals stand',
  descriptionFr: 'Où en sont les accords suivis',
})
  .addSubcommand((s) =>
    words(s, {
      name: 'status',
      nameFr: 'statut',
      description: "A deal's claims, their standing and the latest evidence",
      descriptionFr: "Les affirmations d'un accord, leur état et les dernières preuves",
    }).addStringOption(dealOption),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'list',
      nameFr: 'liste',
      description: 'Every tracked deal and its standing',
      descriptionFr: 'Tous les accords suivis et leur état',
    }),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'history',
      nameFr: 'historique',
      description: "A deal's evidence timeline, newest first",
      descriptionFr: "La chronologie des preuves d'un accord, la plus récente d'abord",
    }).addStringOption(dealOption),
  )

const claim = adminCommand({
  name: 'claim',
  nameFr: 'affirmation',
  description: 'Add or remove the claims the bot checks stories against',
  descriptionFr: 'Ajouter ou retirer les affirmations vérifiées par le bot',
})
  .addSubcommand((s) =>
    words(s, {
      name: 'add',
      nameFr: 'ajouter',
      description: 'Track a claim written as one plain sentence (English or French)',
      descriptionFr: 'Suivre une affirmation écrite en une phrase (français ou anglais)',
    }).addStringOption((o) =>
      words(o, {
        name: 'text',
        nameFr: 'texte',
        description: 'e.g. "Amazon is in talks to invest more than $10 billion in OpenAI."',
        descriptionFr:
          'par ex. « Amazon négocie un investissement de plus de 10 milliards de dollars dans OpenAI. »',
      })
        .setRequired(true)
        .setMaxLength(400),
    ),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'remove',
      nameFr: 'retirer',
      description: 'Stop tracking a claim added on this server',
      descriptionFr: 'Ne plus suivre une affirmation ajoutée sur ce serveur',
    }).addStringOption((o) =>
      words(o, {
        name: 'claim',
        nameFr: 'affirmation',
        description: 'The claim (start typing to search)',
        descriptionFr: "L'affirmation (tapez pour chercher)",
      })
        .setRequired(true)
        .setAutocomplete(true),
    ),
  )

const feed = adminCommand({
  name: 'feed',
  nameFr: 'flux',
  description: 'Manage the news feeds the bot polls',
  descriptionFr: "Gérer les flux d'actualité lus par le bot",
})
  .addSubcommand((s) =>
    words(s, {
      name: 'add',
      nameFr: 'ajouter',
      description: 'Poll an RSS or Atom feed (it is fetched and checked first)',
      descriptionFr: 'Lire un flux RSS ou Atom (il est récupéré et vérifié avant)',
    })
      .addStringOption((o) =>
        words(o, {
          name: 'url',
          description: 'The feed address, https://…',
          descriptionFr: 'L’adresse du flux, https://…',
        })
          .setRequired(true)
          .setMaxLength(2000),
      )
      .addStringOption((o) =>
        words(o, {
          name: 'name',
          nameFr: 'nom',
          description: "Outlet name shown in alerts (default: the feed's title)",
          descriptionFr: 'Nom du média dans les alertes (par défaut : le titre du flux)',
        }).setMaxLength(100),
      )
      .addStringOption((o) =>
        words(o, {
          name: 'lang',
          nameFr: 'langue',
          description: 'Language of the stories (default: detected)',
          descriptionFr: 'Langue des articles (par défaut : détectée)',
        }).addChoices(
          { name: 'English', value: 'en', name_localizations: { [FR]: 'anglais' } },
          { name: 'French', value: 'fr', name_localizations: { [FR]: 'français' } },
        ),
      ),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'remove',
      nameFr: 'retirer',
      description: 'Stop polling a feed added on this server',
      descriptionFr: 'Arrêter de lire un flux ajouté sur ce serveur',
    }).addStringOption((o) =>
      words(o, {
        name: 'feed',
        nameFr: 'flux',
        description: 'The feed (start typing to search)',
        descriptionFr: 'Le flux (tapez pour chercher)',
      })
        .setRequired(true)
        .setAutocomplete(true),
    ),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'list',
      nameFr: 'liste',
      description: 'Feeds with their health, and broken alert destinations',
      descriptionFr: "Les flux et leur santé, et les destinations d'alerte en panne",
    }),
  )

const alerts = adminCommand({
  name: 'alerts',
  nameFr: 'alertes',
  description: "This server's alert settings",
  descriptionFr: 'Réglages des alertes de ce serveur',
})
  .addSubcommand((s) =>
    words(s, {
      name: 'channel',
      nameFr: 'salon',
      description: 'Post alerts in this channel',
      descriptionFr: 'Publier les alertes dans ce salon',
    }).addChannelOption((o) =>
      words(o, {
        name: 'channel',
        nameFr: 'salon',
        description: 'A text or announcement channel',
        descriptionFr: 'Un salon textuel ou d’annonces',
      })
        .addChannelTypes(ChannelType.GuildText, ChannelType.GuildAnnouncement)
        .setRequired(true),
    ),
  )
  .addSubcommand((s) =>
    words(s, {
      name: 'threshold',
      nameFr: 'seuil',
      description: 'Minimum confidence for an alert, from 0 to 1 (higher: fewer, surer alerts)',
      descriptionFr:
        "Confiance minimale d'une alerte, de 0 à 1 (plus haut : moins d'alertes, plus sûres)",
    }).addNumberOption((o) =>
      words(o, {
        name: 'value',
        nameFr: 'valeur',
        description: 'e.g. 0.8',
        descriptionFr: 'par ex. 0.8',
      })
        .setMinValue(0)
        .setMaxValue(1)
        .setRequired(true),
    ),
  )

const why = command({
  name: 'why',
  nameFr: 'pourquoi',
  description: 'Which claims a story touched, and why it was or was not alerted',
  descriptionFr: 'Quelles affirmations un article touche, et pourquoi il a été signalé ou non',
}).addStringOption((o) =>
  words(o, {
    name: 'url',
    description: "The story's link",
    descriptionFr: "Le lien de l'article",
  })
    .setRequired(true)
    .setMaxLength(2000),
)

/** The JSON bodies to register (PUT /applications/{app}/commands), in a stable order. */
export function commandDefinitions(): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  return [deal, claim, feed, alerts, why].map((c) => c.toJSON())
}
