/**
 * Every sentence the commands say, in English and French. The user's Discord locale picks the
 * language: `fr` and `fr-*` get French, everything else English (the bot's two languages).
 */
import type { Lang } from '../domain.js'

/** The reply language for a Discord locale string (e.g. "fr", "en-US"); undefined → English. */
export function langForLocale(locale: string | undefined): Lang {
  return locale !== undefined && /^fr(\b|[-_])/i.test(locale) ? 'fr' : 'en'
}

const en = {
  needManage:
    'This command changes the server configuration, so it needs the **Manage Server** permission. Ask a server manager.',
  guildOnly: 'This command only works inside a server, not in direct messages.',
  unknownCommand: (name: string) =>
    `Unknown command \`${name}\`. The commands may have changed: ask an admin to run \`dealwatch register-commands\`.`,
  internalError:
    'Something went wrong while answering. The error was logged; please try again in a moment.',
  staleButton: 'This button has expired. Run the command again.',
  verdict: { confirms: 'confirms', contradicts: 'contradicts', mentions: 'mentions' } as Record<
    string,
    string
  >,
  // /deal
  dealNotFound: (q: string) =>
    `No tracked deal or claim matches "${q}". Pick one from the suggestions, or see \`/deal list\`.`,
  dealAmbiguous: (q: string, names: string[]) =>
    `"${q}" matches several deals (${names.join(', ')}). Pick one from the suggestions.`,
  noClaims: 'No claims are tracked yet. A server manager can add one with `/claim add`.',
  listTitle: 'Tracked deals',
  standingConfirmed: (n: number) => `✅ confirmed by ${n} outlet${n === 1 ? '' : 's'}`,
  standingContradicted: (m: number) => `❌ contradicted by ${m} outlet${m === 1 ? '' : 's'}`,
  standingDisputed: (n: number, m: number) =>
    `⚖️ disputed: confirmed by ${n}, contradicted by ${m} outlet${m === 1 ? '' : 's'}`,
  standingNone: '⏳ no confirmation or contradiction yet',
  mentionedBy: (k: number) => `mentioned by ${k}`,
  statusTitle: (deal: string) => `Where does it stand? ${deal}`,
  latest: 'Latest',
  confidence: 'confidence',
  historyTitle: (deal: string) => `Evidence timeline: ${deal}`,
  historyEmpty: 'No story has confirmed, contradicted or mentioned this deal yet.',
  page: (p: number, n: number) => `Page ${p}/${n}`,
  previous: 'Previous',
  next: 'Next',
  undated: 'undated',
  // /claim
  claimTextEmpty:
    'The claim is empty. Write one plain sentence, e.g. "Amazon is in talks to invest more than $10 billion in OpenAI."',
  claimTextTooLong: (max: number) =>
    `The claim is too long (at most ${max} characters). Write one plain sentence.`,
  claimNotUnderstood: (detail: string) =>
    `I could not read that sentence as a deal claim${detail ? ` (${detail})` : ''}. Name the parties and what happens, e.g. "Amazon is in talks to invest more than $10 billion in OpenAI."`,
  previewTitle: 'Add this claim?',
  previewFooter: 'Check how the sentence was understood, then confirm or cancel.',
  parties: 'Parties',
  kind: 'Deal kind',
  status: 'Status',
  figures: 'Figures',
  warnings: 'Warnings',
  none: 'none',
  confirm: 'Confirm',
  cancel: 'Cancel',
  claimAdded: (id: string) => `Claim added as \`${id}\`. New stories will be judged against it.`,
  claimDuplicate: 'This claim is already tracked on this server.',
  claimCancelled: 'Cancelled: no claim was added.',
  claimUnknown: (id: string) =>
    `No claim \`${id}\` is tracked on this server. Pick one from the suggestions.`,
  claimFromConfig: (id: string) =>
    `Claim \`${id}\` comes from the bot's configuration file; remove it there (it would come back on restart).`,
  claimRemoved: (text: string) => `Claim removed: ${text}`,
  // /feed
  feedBadUrl: (url: string) =>
    `"${url}" is not a valid URL. Give the full address of an RSS or Atom feed, starting with https://.`,
  feedBadScheme: (scheme: string) =>
    `Only http:// and https:// feeds are supported, not ${scheme}.`,
  feedCredentials: 'Feed URLs must not contain a user name or password.',
  feedPrivate: (host: string, address: string) =>
    `${host} points to ${address}, a private, loopback or link-local address. Only public feeds can be added.`,
  feedUnresolvable: (host: string) =>
    `The host ${host} could not be resolved. Check the spelling of the URL.`,
  feedUnreadable: (detail: string) =>
    `That URL did not give a readable RSS or Atom feed (${detail}). Check that it is the feed's address, not the site's.`,
  feedDuplicate: 'This feed is already polled.',
  feedBadLang: (lang: string) => `Unknown language "${lang}": use en or fr.`,
  feedAdded: (name: string, items: number) =>
    `Feed added: **${name}** (${items} stor${items === 1 ? 'y' : 'ies'} now). Its current stories are stored without alerts; new ones will be judged.`,
  feedUnknown: (feed: string) =>
    `No feed \`${feed}\` is polled for this server. See \`/feed list\`.`,
  feedFromConfig: (name: string) =>
    `Feed **${name}** comes from the bot's configuration file; remove it there.`,
  feedRemoved: (name: string) => `Feed removed: **${name}**.`,
  feedListTitle: 'Feeds',
  feedListEmpty: 'No feeds are polled. A server manager can add one with `/feed add`.',
  lastOk: 'last ok',
  never: 'never',
  failures: (n: number) => `${n} failure${n === 1 ? '' : 's'} in a row`,
  lastError: 'last error',
  healthy: 'healthy',
  brokenDestinations: 'Broken alert destinations',
  // /alerts
  badChannel: 'Pick a text channel of this server for the alerts.',
  channelSet: (channel: string) => `Alerts for this server will be posted in <#${channel}>.`,
  badThreshold: (v: string) =>
    `The threshold must be a number between 0 and 1 (e.g. 0.8), not ${v}. Higher means fewer, surer alerts.`,
  thresholdSet: (t: number) =>
    `Alert threshold set to ${t}: only verdicts with a confidence of at least ${t} are posted.`,
  // /why
  whyBadUrl: (url: string) => `"${url}" is not a URL. Paste the story's link.`,
  whyUnknown: (url: string) =>
    `I have not seen a story at ${url}. It may come from a feed that is not polled, or not be fetched yet.`,
  whyTitle: (title: string) => `Why? ${title}`,
  whyUnrelated: 'It was judged unrelated to every tracked claim, so there was nothing to alert.',
  whyFirstPoll:
    "It arrived with its feed's first poll: existing stories are stored without alerts, so that adding a feed does not flood the channel.",
  whyFirstPollShort: 'not alerted: first poll of its feed',
  whyBelow: (c: number, t: number) => `below the alert threshold (confidence ${c} < ${t})`,
  whyMentionOnly: 'a mention only: it neither confirms nor contradicts',
  whyAlerted: (id: number) => `alerted (event #${id})`,
  whyGrouped: (id: number) =>
    `already alerted as part of event #${id} (another outlet reported it first)`,
  whyNotYet: 'above the threshold; the alert is pending delivery',
  reasons: 'reasons',
}

export type Messages = typeof en

const fr: Messages = {
  needManage:
    'Cette commande modifie la configuration du serveur : elle demande la permission **Gérer le serveur**. Demandez à un gestionnaire.',
  guildOnly: 'Cette commande ne fonctionne que dans un serveur, pas en message privé.',
  unknownCommand: (name) =>
    `Commande \`${name}\` inconnue. Les commandes ont peut-être changé : demandez à un admin de lancer \`dealwatch register-commands\`.`,
  internalError:
    "Une erreur s'est produite pendant la réponse. Elle a été journalisée ; réessayez dans un instant.",
  staleButton: 'Ce bouton a expiré. Relancez la commande.',
  verdict: { confirms: 'confirme', contradicts: 'contredit', mentions: 'mentionne' },
  dealNotFound: (q) =>
    `Aucun accord ni affirmation suivi ne correspond à « ${q} ». Choisissez parmi les suggestions, ou voyez \`/deal list\`.`,
  dealAmbiguous: (q, names) =>
    `« ${q} » correspond à plusieurs accords (${names.join(', ')}). Choisissez parmi les suggestions.`,
  noClaims:
    "Aucune affirmation n'est suivie pour l'instant. Un gestionnaire peut en ajouter avec `/claim add`.",
  listTitle: 'Accords suivis',
  standingConfirmed: (n) => `✅ confirmé par ${n} média${n === 1 ? '' : 's'}`,
  standingContradicted: (m) => `❌ contredit par ${m} média${m === 1 ? '' : 's'}`,
  standingDisputed: (n, m) =>
    `⚖️ contesté : confirmé par ${n}, contredit par ${m} média${m === 1 ? '' : 's'}`,
  standingNone: '⏳ ni confirmé ni contredit pour le moment',
  mentionedBy: (k) => `mentionné par ${k}`,
  statusTitle: (deal) => `Où en est-on ? ${deal}`,
  latest: 'Dernières nouvelles',
  confidence: 'confiance',
  historyTitle: (deal) => `Chronologie des preuves : ${deal}`,
  historyEmpty: "Aucun article n'a encore confirmé, contredit ou mentionné cet accord.",
  page: (p, n) => `Page ${p}/${n}`,
  previous: 'Précédent',
  next: 'Suivant',
  undated: 'sans date',
  claimTextEmpty:
    "L'affirmation est vide. Écrivez une phrase simple, par ex. « Amazon négocie un investissement de plus de 10 milliards de dollars dans OpenAI. »",
  claimTextTooLong: (max) =>
    `L'affirmation est trop longue (${max} caractères au plus). Écrivez une phrase simple.`,
  claimNotUnderstood: (detail) =>
    `Je n'ai pas pu lire cette phrase comme une affirmation sur un accord${detail ? ` (${detail})` : ''}. Nommez les parties et ce qui se passe, par ex. « Amazon négocie un investissement de plus de 10 milliards de dollars dans OpenAI. »`,
  previewTitle: 'Ajouter cette affirmation ?',
  previewFooter: 'Vérifiez comment la phrase a été comprise, puis confirmez ou annulez.',
  parties: 'Parties',
  kind: "Type d'accord",
  status: 'Statut',
  figures: 'Montants',
  warnings: 'Avertissements',
  none: 'aucun',
  confirm: 'Confirmer',
  cancel: 'Annuler',
  claimAdded: (id) =>
    `Affirmation ajoutée sous \`${id}\`. Les nouveaux articles seront jugés par rapport à elle.`,
  claimDuplicate: 'Cette affirmation est déjà suivie sur ce serveur.',
  claimCancelled: "Annulé : aucune affirmation n'a été ajoutée.",
  claimUnknown: (id) =>
    `Aucune affirmation \`${id}\` n'est suivie sur ce serveur. Choisissez parmi les suggestions.`,
  claimFromConfig: (id) =>
    `L'affirmation \`${id}\` vient du fichier de configuration du bot ; retirez-la là-bas (sinon elle reviendrait au redémarrage).`,
  claimRemoved: (text) => `Affirmation retirée : ${text}`,
  feedBadUrl: (url) =>
    `« ${url} » n'est pas une URL valide. Donnez l'adresse complète d'un flux RSS ou Atom, commençant par https://.`,
  feedBadScheme: (scheme) => `Seuls les flux http:// et https:// sont acceptés, pas ${scheme}.`,
  feedCredentials: "L'URL du flux ne doit contenir ni nom d'utilisateur ni mot de passe.",
  feedPrivate: (host, address) =>
    `${host} pointe vers ${address}, une adresse privée, locale ou de lien local. Seuls les flux publics peuvent être ajoutés.`,
  feedUnresolvable: (host) => `L'hôte ${host} est introuvable. Vérifiez l'orthographe de l'URL.`,
  feedUnreadable: (detail) =>
    `Cette URL ne donne pas un flux RSS ou Atom lisible (${detail}). Vérifiez que c'est l'adresse du flux, pas celle du site.`,
  feedDuplicate: 'Ce flux est déjà suivi.',
  feedBadLang: (lang) => `Langue « ${lang} » inconnue : utilisez en ou fr.`,
  feedAdded: (name, items) =>
    `Flux ajouté : **${name}** (${items} article${items === 1 ? '' : 's'} actuellement). Ses articles actuels sont enregistrés sans alerte ; les nouveaux seront jugés.`,
  feedUnknown: (feed) =>
    `Aucun flux \`${feed}\` n'est suivi pour ce serveur. Voyez \`/feed list\`.`,
  feedFromConfig: (name) =>
    `Le flux **${name}** vient du fichier de configuration du bot ; retirez-le là-bas.`,
  feedRemoved: (name) => `Flux retiré : **${name}**.`,
  feedListTitle: 'Flux',
  feedListEmpty: "Aucun flux n'est suivi. Un gestionnaire peut en ajouter avec `/feed add`.",
  lastOk: 'dernier succès',
  never: 'jamais',
  failures: (n) => `${n} échec${n === 1 ? '' : 's'} d'affilée`,
  lastError: 'dernière erreur',
  healthy: 'en bonne santé',
  brokenDestinations: "Destinations d'alerte en panne",
  badChannel: 'Choisissez un salon textuel de ce serveur pour les alertes.',
  channelSet: (channel) => `Les alertes de ce serveur seront publiées dans <#${channel}>.`,
  badThreshold: (v) =>
    `Le seuil doit être un nombre entre 0 et 1 (par ex. 0.8), pas ${v}. Plus il est haut, moins il y a d'alertes, et plus elles sont sûres.`,
  thresholdSet: (t) =>
    `Seuil d'alerte fixé à ${t} : seuls les verdicts d'une confiance d'au moins ${t} sont publiés.`,
  whyBadUrl: (url) => `« ${url} » n'est pas une URL. Collez le lien de l'article.`,
  whyUnknown: (url) =>
    `Je n'ai vu aucun article à l'adresse ${url}. Il vient peut-être d'un flux non suivi, ou n'a pas encore été récupéré.`,
  whyTitle: (title) => `Pourquoi ? ${title}`,
  whyUnrelated:
    'Il a été jugé sans rapport avec toutes les affirmations suivies : rien à signaler.',
  whyFirstPoll:
    "Il est arrivé lors de la première lecture de son flux : les articles existants sont enregistrés sans alerte, pour qu'un nouveau flux n'inonde pas le salon.",
  whyFirstPollShort: 'pas d’alerte : première lecture de son flux',
  whyBelow: (c, t) => `sous le seuil d'alerte (confiance ${c} < ${t})`,
  whyMentionOnly: 'simple mention : ni confirmation ni contradiction',
  whyAlerted: (id) => `alerte publiée (événement n°${id})`,
  whyGrouped: (id) =>
    `déjà signalé dans l'événement n°${id} (un autre média l'avait rapporté avant)`,
  whyNotYet: "au-dessus du seuil ; l'alerte attend sa publication",
  reasons: 'raisons',
}

/** The message catalogue for a language. */
export function messagesFor(lang: Lang): Messages {
  return lang === 'fr' ? fr : en
}
