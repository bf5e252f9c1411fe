/**
 * Cue lexicons (English + French) as DATA, and one compiled matcher over all of them.
 *
 * Entries are folded (lower case, no accents) phrases. Syntax of an entry:
 *   - words separated by spaces match any run of spaces/hyphens/apostrophes between words;
 *   - a trailing `*` on a word matches any word ending ("abandon*" → abandons, abandoned, abandonne);
 *   - `'` inside an entry matches an apostrophe (elision: "n'a pas").
 * Every class is a general linguistic signal (stance.md §5.2); nothing here names a company or deal.
 */
import type { Token } from './folded.js'
import { leadWords, MONEY_IN, pressIdiom, raisedOther, soldToCustomers } from './deal-kinds.js'
import { compilePhrases, matchPhrases } from './phrases.js'

export const CUE_CLASSES = [
  'hedge',
  'noComment',
  'denial',
  'reaffirm',
  'collapse',
  'rejection',
  'pause',
  'delay',
  'shortfall',
  'block',
  'legal',
  'approve',
  'complete',
  'agree',
  'announce',
  'talks',
  'intent',
  'attempt',
  'opinion',
  'market',
  'past',
  'newEpisode',
] as const
export type CueClass = (typeof CUE_CLASSES)[number]

/** The lexicons. Order inside a class does not matter; longer phrases win at the same offset. */
// Lexicons are data, one class a block: kept compact rather than one word a line.
// prettier-ignore
export const LEXICON: Readonly<Record<CueClass, readonly string[]>> = {
  // Attribution and modality: the story reports, it does not assert.
  hedge: [
    'reportedly', 'allegedly', 'according to', 'people familiar', 'person familiar', 'sources said',
    'sources say', 'source said', 'sources close', 'said to be', 'said to have', 'source close', 'people close to', 'is said to',
    'are said to', 'is understood to', 'rumor*', 'rumour*', 'speculation', 'unconfirmed',
    'report says', 'reports say', 'reported', 'citing', 'could', 'might', 'may be', 'may have', 'would',
    'is expected to', 'are expected to', 'is likely to', 'sources',
    'serait', 'seraient', 'aurait', 'auraient', 'pourrait', 'pourraient', 'devrait', 'devraient',
    'selon', "d'apres", 'de source*', 'sources proches', 'proches du dossier', 'rumeur*',
    'bruit* de couloir', 'pas encore confirme*', 'affirme le', 'rapporte', 'croit savoir',
    // The party itself warns the deal may not happen.
    'no assurance', 'no guarantee', 'aucune garantie', 'pas de garantie',
  ],
  // A non-denial: neutral, never a contradiction.
  noComment: [
    'declined to comment', 'declines to comment', 'decline to comment', 'did not respond',
    'did not immediately respond', 'could not be reached', 'would not comment', 'refused to comment',
    'no comment', 'did not comment', 'has not commented', 'not commented', 'did not return',
    "n'a pas souhaite", "n'ont pas souhaite", 'pas souhaite commenter', 'pas souhaite reagir',
    "s'est refuse* a tout commentaire", "se sont refuse* a tout commentaire", "n'a pas repondu",
    "n'ont pas repondu", 'aucun commentaire', 'pas fait de commentaire', 'sans commentaire',
    'pas commente', 'refuse de commenter', 'refuse de commenter',
    // A refusal to comment is still a non-denial ("se refuse à tout commentaire", "refuses to
    // comment", "ne commente pas les rumeurs"): listed here so 'refus*' does not read it as a
    // rejection of the deal.
    'se refuse* a tout commentaire', 'refuse* a tout commentaire', 'refuses to comment',
    'refuse to comment', 'refusing to comment', 'declining to comment', 'ne pas commenter',
    'ne commente pas', 'ne commentent pas', 'ne commente jamais', 'pas de commentaire',
    'does not comment', 'do not comment', "doesn't comment", "don't comment", 'no comment on',
    // Neither confirming nor denying is no answer either.
    'refuses to confirm', 'refused to confirm', 'refuse to confirm', 'declined to confirm',
    'declines to confirm', 'would not confirm', 'did not confirm', 'neither confirm*',
    'ne confirme pas', 'refuse de confirmer', 'se refuse a confirmer', 'ni confirme', 'ni confirmer',
    "n'a pas confirme", 'pas voulu confirmer',
  ],
  // A party says the reported thing is not so.
  denial: [
    'denied', 'denies', 'deny', 'denial', 'dismissed the report*', 'dismisses the report*',
    'dismiss* report*', 'dismiss* rumo*',
    'rejected the report*', 'rejects the report*', 'rejected reports', 'reject* report*', 'refuted', 'refutes',
    'reject* a report*', 'dismiss* a report*', 'conteste* les informations', 'conteste* ces informations',
    'no active plan*', 'no current plan*', 'no immediate plan*',
    'plays down report*', 'played down report*', 'downplay* report*', 'plays down talk*',
    'played down talk*', "s'inscrit en faux", "s'inscrivent en faux", 'fantaisiste*',
    'not in talks', 'no talks', 'no plans to', 'no plan to', 'has no intention', 'no intention',
    'untrue', 'inaccurate', 'categorically', 'groundless', 'baseless', 'without foundation',
    'sans fondement', 'denue de fondement', 'denuee de fondement', 'pure speculation', 'not for sale', 'no truth',
    // A correction of what the deal is: "a licence, not a sale", "pas un rachat".
    'not a sale', 'not an acquisition', 'not a takeover', 'not a merger', 'not a purchase',
    'pas une vente', 'pas un rachat', 'pas une acquisition', 'pas une fusion', 'pas une cession',
    'dement*', 'dementi*', 'refute*', 'nie', 'nient', 'a nie', "n'est pas en discussion*",
    "ne sont pas en discussion*", "n'est pas en negociation*", 'aucune discussion',
    'aucune negociation', "pas l'intention", "aucune intention", 'infonde*', 'inexact*',
    'pas a vendre', 'simple rumeur', 'pure speculation', 'fausse*',
    // A party rules the deal out or says no talks took place.
    'not on the table', 'not on the agenda', 'held no talks', 'never held talks',
    'never been in talks', 'never in talks', 'never discussed', 'jamais ete en discussion*',
    'jamais discute', 'jamais negocie', 'hold no talks', 'had no talks',
    'no discussions', 'not in discussions', 'no interest in', 'not interested in',
    'pas sur la table', "n'est pas d'actualite", "ne sont pas d'actualite", "pas d'actualite",
    "pas a l'ordre du jour", 'aucun projet', 'aucun interet', 'pas interesse*',
    'rules out', 'ruled out', 'rule out', 'ruling out', 'exclut toute', 'exclut tout',
    'exclut une', 'exclut un', "n'envisage pas", "n'envisagent pas",
    // Not planned: "not on the cards", "not in its near-term plans", "pas au programme".
    'not on the cards', 'not in the cards', 'not in the near-term plans', 'not in its near-term plans',
    'not in our near-term plans', 'no plans for', 'not planned', 'not our focus', 'pas au programme',
    "n'est pas prevu", "n'est pas prevue", 'pas prevu pour', 'hors de question',
    // "we are not acquiring Groq", "ne rachète pas": the purchase is denied.
    'not acquiring', 'not buying', 'not investing in', 'ne rachete pas', "n'achete pas", "n'investit pas",
    // The would-be buyer says it is not (or no longer) going after the target.
    'not pursuing', 'not in any talks', 'not in any discussions', 'not in negotiations',
    'ne poursuit pas', 'pas candidat', 'plus candidat',
    // A party saying it does not intend or want to do the deal.
    "pas avoir l'intention", "n'avoir aucune intention", 'ne pas vouloir', 'does not want to',
    "doesn't want to", 'do not want to', "don't want to", 'has no desire', 'no desire to',
  ],
  // The deal or talks ended, stalled or were called off.
  collapse: [
    'called off', 'calls off', 'call off', 'calling off', 'scrap*', 'abandon*', 'terminat*',
    'deal dies', 'deal died', 'deal is dead', 'merger dies', 'talks die', 'plan dies',
    'walk* away', 'pull* out', 'pulls out', 'drop* its bid', 'drop* his bid', 'drop* the bid',
    'drop* its offer', 'drop* the deal', 'drop* plans', 'talks ended', 'talks have ended',
    'talks collapsed', 'talks broke down', 'talks stalled', 'talks fell apart', 'collapse*',
    'fell through', 'falls through', 'cancel*', 'withdr*', 'shelve*',
    'bows out', 'bow out', 'bowed out', 'backs out', 'back out', 'backed out', 'breaks off',
    'break off', 'broke off', 'pulls the plug', 'pulled the plug', 'rompt les negociations',
    'rompent les negociations', 'rompt les discussions', 'rompent les discussions', 'mettent un terme',
    'se retire de la course', 'se retirent de la course', "n'aura pas lieu", 'avorte', 'avortee',
    'ne donnera pas suite', 'fait long feu', 'vole en eclats', 'se desiste', 'se desistent',
    'claque la porte', 'quitte la table des negociations', 'fait chou blanc', 'font chou blanc',
    'fin de partie',
    // Going back on the deal: "fait volte-face", "reneges on", "se défaire du rachat".
    'volte-face', 'u-turn', 'renege', 'reneges', 'reneged', 'backtrack*', "revient sur l'accord", 'revient sur son accord',
    "denonce l'accord", "se defaire du rachat", "se defaire de l'accord", "se defaire de son accord",
    "se degager de l'accord", "sortir de l'accord",
    'a fait chou blanc',
    'nix*', 'cooled', 'cooling', 'cools', 'lost interest', 'loses interest', 'back* away',
    'is off', 'are off', 'deal off', 'is dead', 'est annule*', 'no longer', 'ends its', 'ended its', 'ends the', 'ended the', 'end its', 'end the', 'ends deal', 'ends pact',
    'ends partnership', 'ends licensing', 'ends sale process', 'ended sale process',
    'ends sale', 'ended sale', 'ends talks', 'ended talks', 'end talks', 'ended its agreement', 'ends its agreement',
    'ended the agreement', 'ended its deal', 'ends its deal', 'ends its pursuit', 'gives up',
    'gave up', 'falls apart', 'fell apart', 'drop* pursuit', 'drop* its pursuit', 'ends pursuit',
    'kills deal', 'killed the deal', 'kills the deal', 'kill the deal', 'fail* to agree',
    'renonc*', 'met fin', 'mettent fin', 'mis fin', 'mettre fin', 'met un terme', 'rupture',
    'rompu*', 'echec', 'echoue*', 'retire son offre', 'retire sa', 'retrait', 'desengag*',
    // "Regulators torpedo the merger", "ditches deal", "the two part ways", "lets offer lapse".
    'torpedo*', 'torpill*', 'derail*', 'deraill*', 'axes', 'axed', 'ditch*', 'part ways',
    'parted ways', 'parting ways', 'lets its offer lapse', 'let its offer lapse', 'lets offer lapse',
    'laisse expirer', 'a laisse expirer', 'set to fail', 'set to collapse', 'set to lapse',
    'poised to fail', 'poised to collapse', 'runs out of time', 'ran out of time',
    "lache l'affaire", "a lache l'affaire", 'passe son tour', 'tire un trait', 'fait une croix',
    "n'ira pas plus loin", 'tourne court', 'ont tourne court', 'a tourne court',
    'calls it quits', 'called it quits', 'throws in the towel', 'threw in the towel', 'backs off',
    'backed off', 'retreats from', 'retreated from', 'pulls back from', 'pulled back from',
    'steps back from', 'stepped back from', 'exits talks', 'exited talks', 'drops out',
    'dropped out', 'walks from', 'walked from', 'lets its offer expire', 'offer expires',
    'offer expired', 'scuttle*', 'blows up the deal', 'blew up the deal', 'unravel*',
    'divorce', 'divorcent', "fin de l'aventure", "c'est fini",
    "jette l'eponge", 'capot*', "tombe a l'eau", "tombent a l'eau", 'annul*', 'enterr*',
    'refroidi*', 'clap de fin', 'fin des negociations', 'fin des discussions', 'stoppe*',
    'interromp*', 'fait marche arriere', 'off the table',
    // The deal will not happen, or its window closed.
    'pull* the plug', 'pulled the plug', 'debranche', "coup d'arret", 'ont pris fin', 'a pris fin', 'prennent fin', 'dead end', 'moved on from',
    'moves on from', 'has moved on', 'tourne la page', 'set aside', 'sets aside',
    'puts aside', 'put aside', 'met de cote', 'mis de cote', 'ne se fera pas',
    'ne se fera jamais', 'ne verra pas le jour', "won't happen", 'will not happen',
    'not going ahead', 'will not go ahead', "won't go ahead", 'echappe a', 'slips away',
    'expired', 'a expire', 'lapsed', 'lapses', 'caduc', 'caduque', 'caducs', 'is void',
    'are void', 'null and void', 'nul et non avenu',
    // Headline present tense: "talks stall", "les discussions achoppent".
    'stall', 'stalls', 'stalled', 'stalling', 'achopp*', 'break down', 'breaks down',
  ],
  // A pause: contradicts a deal going ahead, but is not its end.
  pause: [
    'on hold', 'put on hold', 'pause*', 'paused', 'suspend*', 'en pause', 'on ice', 'put on ice',
    'en suspens', 'gel*', 'impasse', 'deadlock*', 'hit a snag', 'hits a snag',
    'hit snag', 'hits snag', "s'enlis*", 'pietin*',
    // A project that makes no headway: "Stargate stumbles", "le projet patine".
    'patine', 'patinent', 'au point mort', 'stalls', 'stalled', 'stumbles', 'stumbled',
    'falter*', 'bogged down',
  ],
  // A delay: a setback for a listing (an IPO postponed), only a pending matter for a deal whose
  // closing slips.
  delay: [
    'delay*', 'postpone*', 'repouss*', 'reporte', 'reportee', 'reporter', 'reportent', 'retard*',
    'differe', 'differee', 'pushed back', 'push* back'
  ],
  // An offer or approach was turned down.
  rejection: [
    'reject*', 'rebuff*', 'spurn*', 'shun*', 'snub*', 'retoque*', 'recale*', 'recalent',
    'ferme la porte', "decline l'offre", 'declines offer', 'declined offer', 'declines the offer',
    'declined the offer', 'snobe*', "n'est pas vendeur", "ne sont pas vendeurs", 'turn* down', 'turned down', 'vote* against', 'voted down',
    'vote down', 'votes down', 'voting down',
    'rejet*', 'rejett*', 'econduit*', 'repousse son offre', 'repousse l\'offre', 'vote* contre',
    'dit non', 'refus*', 'oppose* a', 'fin de non-recevoir', 'fin de non recevoir', 'ecarte', 'a ecarte',
    'ecartent', 'snub*', 'brushes off', 'brushed off', 'dismisses the offer', 'dismissed the offer',
    'dismisses the proposal', 'dismissed the proposal', 'dismisses the approach', 'dismissed the approach',
    // Opposition is an opinion unless a party says it (see actorOf in verdict.ts).
    "s'oppose", "s'opposent",
  ],
  // The deal came in below the terms reported earlier (a claim's figures no longer hold).
  shortfall: [
    'below the range', 'below its range', 'below the expected range', 'below range',
    'below expectations', 'below early hopes', 'below the target', 'only about half', 'only half',
    'downsized', 'downsizes', 'downsize', 'scaled back', 'scales back', 'cut the size', 'shrank',
    'shrinks', 'smaller than planned', 'sous la fourchette', 'en deca', 'revu a la baisse',
    'revue a la baisse', 'reduit la taille', 'reduit son offre', 'moitie moins',
    // A valuation below the one sought: "at a sharply lower valuation", "roughly half the figure".
    'lower valuation', 'reduced valuation', 'valuation cut', 'down round', 'half the figure',
    'deux fois moins', 'valorisation en baisse',
    'valorisation inferieure',
  ],
  // A regulator or court stops the deal (final).
  block: [
    'block', 'blocks', 'blocked', 'blocking', 'halt', 'halts', 'halted', 'prohibit*', 'vetoed', 'vetoes', 'veto', 'bars the', 'barred', 'bloqu*', 'interdi*',
    'met son veto',
  ],
  // Pending legal or regulatory process: never decides on its own (mentions).
  legal: [
    'investigat*', 'probe*', 'inquiry', 'lawsuit*', 'sue', 'sues', 'sued', 'suing', 'in-depth', 'in depth',
    'scrutin*', 'antitrust review', 'statement of objections', 'provisional findings',
    'conclusions provisoires', 'court',
    'judge', 'injunction', 'challenge*', 'seeks to', 'seek to', 'sought to', 'moves to',
    'enquete*', 'examen approfondi', 'plainte', 'poursuit*', 'en justice', 'tribunal', 'juge',
    'se penche', 'examine*', "s'interesse a l'operation", 'recours', 'action en justice',
    'attaque en justice', 'contentieux',
  ],
  // Approval by a regulator or shareholders.
  approve: [
    'waves through', 'waved through', 'donne son aval', 'a donne son aval', 'donnent leur aval',
    'approve', 'approves', 'approved', 'approving', 'approval*', 'cleared', 'clears', 'clearance', 'green light', 'green-light*', 'greenlight*',
    'wins approval', 'won approval', 'win approval', 'nod', 'go-ahead', 'go ahead for',
    'wins clearance', 'won clearance', 'signs off', 'signed off', 'unconditional*',
    'feu vert', 'autoris*', 'approuv*', 'valide*', 'donne son accord', 'leve son veto',
    'voted in favour', 'voted in favor', 'vote in favour', 'vote in favor', 'votes in favour',
    'votes in favor', 'votent en faveur', 'ont vote en faveur',
    'ont vote pour',
    // The last obstacle removed: the deal is cleared.
    'clearing the way', 'clears the way', 'cleared the way', 'clearing way', 'clears way',
    'cleared way', 'last obstacle', 'final obstacle', 'last hurdle', 'final hurdle',
    'dernier obstacle', 'derniere etape reglementaire',
  ],
  // The deal is done.
  complete: [
    'complet*', 'closed', 'closes', 'closing of', 'finaliz*', 'finalis*', 'now owns', 'now own',
    'now holds', 'now hold', 'now has',
    'wraps up', 'wrapped up', 'wrap up', 'took control', 'takes control', 'took over', 'takes over', 'taken over', 'priced', 'prices its',
    'began trading', 'begins trading', 'debuts', 'debuted', 'market debut', 'trading debut', 'went public', 'goes public', 'has invested',
    'have invested', 'owns',
    "tombe dans l'escarcelle", "dans l'escarcelle de", 'passe dans le giron', 'boucl*',
    'prend le controle', 'prennent le controle', 'a pris le controle', 'ont pris le controle', 'acheve*', 'detient desormais', 'detient',
    'fait son entree en bourse', 'entree en bourse', 'passe sous le controle', 'passent sous le controle', 'ses debuts a wall street', 'ses debuts en bourse',
    'premiere seance', 'premier jour de cotation', 'first day of trading', 'first trading day', 'a leve', 'ont leve', 'vient de lever',
    'a investi', 'ont investi', 'controle desormais', 'possede desormais', 'detiennent desormais', 'est desormais', 'devient proprietaire', 'prend possession',
  ],
  // The deal is agreed or announced (status "agreed").
  agree: [
    // Prevailing in a contest for the target.
    'wins takeover battle', 'won takeover battle', 'wins bidding war', 'won bidding war',
    'wins battle for', 'won battle for', 'wins the battle for', 'won the battle for', 'wins race for',
    'wins the race for', 'won the race for', 'remporte la bataille', 'a remporte la bataille',
    'remporte la course', 'a remporte la course',
    'agreed to', 'agrees to', 'agree to', 'definitive agreement', 'merger agreement',
    'reached an agreement', 'reached a deal', 'reach a deal', 'strike* a deal', 'struck a deal',
    'strikes deal', 'ink*', 'seal*', 'clinch*', 'snap* up', 'snapped up', 'met la main sur',
    // Press verbs of a takeover: "X rafle Y", "X avale Y", "X s'empare de Y", "X croque Y".
    "s'empare de", "s'empare d'", 'rafle', 'a rafle', 'avale', 'a avale', 'croque', 'a croque',
    "s'adjuge", 'scoops up', 'scooped up', 'gobbles up', 'gobbled up',
    // "absorbe Halden", "tie the knot", "passe sous pavillon Zephyr", "dans le giron de".
    'absorbe', 'absorbs', 'absorbed', 'va absorber', 'ties the knot', 'tie the knot', 'se marient',
    'convolent', 'passe sous pavillon', 'passe sous le pavillon', 'passe dans le giron', 'bags',
    'mettre la main sur', 'a mis la main sur', 'signed', 'signs', 'sign', 'to buy', 'to acquire', 'to invest',
    'to sell', 'to take a stake', 'will buy', 'will acquire', 'will invest', 'will sell', 'will take',
    'will pay', 'agreed to pay', 'agrees to pay', 'va payer', 'paiera', 'versera',
    // Paying out or committing to: "va débourser 6,5 milliards", "s'est engagé à louer".
    'va debourser', 'debourse', 'deboursera', 'a debourse', "s'est engage a", "s'engage a",
    'se sont engages a', "s'engagent a",
    // Funding a project: "financera le projet" (English "will fund": GAPPED below).
    'financera', 'financeront', 'va financer',
    // Other ways of striking the deal: licensing, supplying, combining, committing money.
    'to license', 'will license', 'to supply', 'will supply', 'va fournir', 'fournira',
    'join forces', 'joins forces', 'unissent leurs forces', 'to combine', 'will combine',
    "s'engage pour", 'spends', 'leverait', 'leveraient',
    // Renting from a supplier: "has begun renting Google's TPUs", "a commencé à louer des puces".
    'began renting', 'begun renting', 'started renting', 'is renting', 'are renting',
    'commence a louer', 'va louer', 'louerait', 'loueraient',
    'will now sell', 'will now buy', 'will now invest', 'will now acquire', 'to merge', 'will merge',
    'agree to merge', 'agreed to merge', 'va fusionner', 'vont fusionner', 'fusionnent', 'licenses',
    'licensed', 'licences', 'licensing deal', 'partners with', 'teams up with', 'team up with',
    "s'associe", "s'allie", 'partnered with', 'has partnered', 'have partnered', 'teamed up with',

    'is buying', 'is acquiring', 'is investing', 'buys', 'acquires', 'invests', 'takes a stake',
    'sells', 'has sold', 'have sold', 'a vendu', 'ont vendu', 'a cede', 'ont cede',
    'take a stake', 'takes stake', 'unveil*', 'filed for', 'files for', 'filed to', 'files to',
    'raises', 'raised', 'raising', 'to raise', 'lands', 'landed', 'files', 'filed', 'prices', 'pricing', 'agreement', 'deal with',
    'in a deal', 'announced', 'announces', 'set terms', 'sets terms', 'sets ipo terms', 'set ipo terms', 'fixe les conditions',
    'fixe le prix', 'a fixe le prix', 'ont fixe le prix', 'fixe son prix', 'fixe la fourchette', 'a fixe la fourchette', 'fixe sa fourchette',
    'va racheter', 'va acquerir', 'va investir', 'va prendre', 'va ceder', 'va vendre', 'va lever',
    // The French future states what was agreed: "reverseront 15 % de leurs ventes", "cédera".
    'racheteront', 'cedera', 'cederont', 'acquerra', 'acquerront', 'investiront', 'verseront',
    'reversera', 'reverseront', 'fourniront', 'fusionnera', 'fusionneront', 'vendra', 'vendront',
    'loueront', 'paieront', 'leveront',
    // Entering the capital or setting up a joint venture: "va entrer au capital", "créent une
    // coentreprise", "set up a joint venture".
    'va entrer au capital', 'vont entrer au capital', 'entrera au capital', 'entreront au capital',
    'creent une coentreprise', 'cree une coentreprise', 'creent une co-entreprise',
    'cree une co-entreprise', 'creent une joint-venture', 'cree une joint-venture',
    'set up a joint venture', 'sets up a joint venture', 'form a joint venture',
    'forms a joint venture', 'formed a joint venture',
    'rachete', 'rachetera', 'acquiert', 'investit', 'investira', "s'offre", 'leve', 'levera',
    'a signe', 'ont signe', 'signe', 'signent', 'conclu*', 'accord definitif', 'trouve un accord',
    'parvient a un accord', 'sont parvenus', 'depose', 'a depose', 'entre au capital',
    'prend une participation', 'officialis*', 'annonce', 'a annonce', 'scelle*',
    'accord de', "d'accord pour", 'va heberger', 'decroche*', 'remporte', 'puts', 'pours',
    'injects', 'injecte', 'lance une opa', 'lance une offre', 'launches a bid', 'launches a takeover',
    'launches an offer', 'launches a tender offer', 'offre ferme', 'firm offer', 'binding offer',
    // A tender offer is made to the shareholders: the bidder is bound by it.
    'tender offer', 'offre publique', "lancement d'une offre", "lancement de l'offre",
    "lancement d'une opa", 'opa amicale',
    // An offering launched is under way (an IPO's roadshow, a share sale): at least announced.
    'launches', 'launched', 'launching', 'lance', 'a lance', 'lancent', 'ont lance',
    // The passive of an agreement: "Y to be acquired by X", "agrees to be bought by X".
    'to be acquired', 'to be bought', 'to be taken over', 'will be acquired', 'will be bought',
    'agreed to be acquired', 'agrees to be acquired', 'agree to be acquired', 'is being acquired',
    'agreed to be taken over', 'agrees to be taken over', 'agree to be taken over',
    'agreed to be bought', 'agrees to be bought', 'agree to be bought',
    "accepte d'etre rachete*", "accepte d'etre repris*", 'accepte de passer sous',
    'acceptent de passer sous', "a accepte d'etre rachete*",
    // The target giving in to a bidder: "gives in to Vodafone", "caves in to".
    'gives in to', 'gave in to', 'give in to', 'caves in to', 'caved in to', 'capitulat*',
    'succumbs to', 'succumbed to',
    // The target accepting the offer agrees to the deal.
    'accepts the offer', 'accepts offer', 'accepted the offer', 'accepts the bid', 'accepts bid',
    'accepts takeover', "accepte l'offre", "acceptent l'offre", "a accepte l'offre",
  ],
  // Generic confirmation words (do not set a status by themselves).
  announce: [
    'confirm*', 'said in a statement', 'press release', 'statement', 'official*', 'announc*', 'annonc*',
    'communique', 'confirme*', 'a confirme', 'declare',
  ],
  // The parties keep the agreed deal going (confirms an agreement claim).
  reaffirm: [
    'reaffirm*', 'still committed', 'remains committed', 'remain committed', 'proceed*', 'go ahead',
    'goes ahead', 'extend* the deadline', 'extended the deadline', 'extends deadline',
    'extend* the merger', 'at the original price', 'full price', 'revive*', 'back on',
    'on track', 'still on', 'remains on', "toujours d'actualite", 'extend* merger deadline', 'extend* deadline', 'extend* the end date', 'push* back the deadline',
    'push* back the end date', 'pushed back the end date', 'reverses course', 'reversed course', 'u-turn', 'go through with', 'originally agreed',
    'original price', 'volte-face', 'fait volte-face', 'revient a la charge',
    'reaffirm*', 'maintien*', 'maintient', 'prolong*', 'repouss* la date limite',
    'reporte* la date limite', 'repoussent la date', 'prix initial', 'relanc*', 'relaunch*', 'restart*', 'resum*',
  ],
  // Negotiation or consideration (status "talks").
  talks: [
    // Early courting: "is sounding out Halden", "courtise", "fait les yeux doux", "planche sur".
    'sounding out', 'sounded out', 'courtise', 'courtisent', 'fait les yeux doux', 'circling',
    'overtures', 'reflechit a', 'planche sur',
    'talks', 'in talks', 'negotiat*', 'discussions', 'in discussions', 'considering', 'considers', 'considered',
    'weigh*', 'mull*', 'explor*', 'eyes', 'eyeing', 'near* a deal', 'nears deal', 'approach*',
    'interest in', 'interested in', 'bid for', 'offer for', 'offered to', 'proposed to', 'bids',
    // An offer made: "makes an unsolicited bid", "a fait une offre", "propose 34,5 milliards".
    'unsolicited', 'non sollicitee', 'non sollicite', 'fait une offre', 'a fait une offre',
    'makes an offer', 'made an offer', 'makes a bid', 'made a bid', 'propose', 'proposent', 'proposes',
    'has proposed', 'have proposed', 'proposed a', 'proposed an',
    // An offer that binds no one is still talks.
    'non-binding offer', 'non binding offer', 'non-binding proposal', 'nonbinding offer',
    'offre non engageante', 'offre indicative', 'offre non contraignante',
    'proposal', 'proposition de rachat', 'proposition de fusion', 'soumis une proposition', 'soumis une offre', 'takeover interest', 'pursu*', 'courting', 'jette son devolu', 'jettent leur devolu', 'in advanced talks',
    'en discussion*', 'en negociation*', 'negoci*', 'discut*', 'envisag*', 'etudi*',
    'pourparlers', 'approche*', "s'interesse", 'lorgne*', 'convoit*', 'sur le point de',
    'en passe de', 'a propose', 'raise* offer', 'raise* its offer', 'raise* bid', 'raise* its bid',
    'sweeten*', 'relev* son offre', "relev* l'offre", 'ameliore son offre', 'propose de', 'projet de', 'tractations', 'en cours de',
    // Working towards an agreement is not having one.
    'toward a final agreement', 'towards a final agreement', 'toward a definitive agreement',
    'towards a definitive agreement', 'toward an agreement', 'towards an agreement', 'toward a deal',
    'towards a deal', "en vue d'un accord", 'vers un accord', "vers un accord definitif",
  ],
  // Intention to do something (status "rumour"/"talks").
  intent: [
    'plans to', 'plan to', 'planning to', 'intends to', 'expects to', 'expected to raise', 'aims to', 'seeks to', 'wants to',
    'hopes to', 'preparing to', 'prepares to', 'looking to', 'set to', 'targets', 'targeting',
    'seeks', 'seeking',
    'veut', 'souhaite', 'vise', 'intention de', 'son intention', 'ambitionne', "s'apprete a", 'prevoit', 'prepare',
    'cherche a', 'entend',
  ],
  // A past attempt (usually failed).
  attempt: [
    'tried to', 'attempted to', 'attempt to', 'sought to', 'had tried', 'a tente', 'ont tente',
    'tente de', "tente d", 'tente d\'acquerir', 'essaye de',
    'a essaye', 'avait tente', 'tentative', 'failed bid', 'failed attempt', 'failed takeover',
  ],
  // The story is opinion or analysis, not reporting.
  opinion: [
    'opinion', 'analysis', 'column', 'commentary', 'what it means', 'explained', 'lessons',
    'editorial', 'the case for', 'the case against', 'why the', 'why it', 'how the', 'we think',
    'tribune', 'analyse', 'decryptage', 'edito*', 'point de vue', 'pourquoi', "ce qu'il faut",
    'billet', 'chronique',
    // Worries, doubts and judgements about the deal are views, not events.
    'fears of', 'fears over', 'fears about', 'concerns over', 'concerns about', 'raises questions',
    'questions over', 'doubts over', 'doubts about', 'skeptic*', 'sceptic*', 'calls it', 'surprising',
    'craintes', 'inquietudes', 'doutes sur', "s'interrogent", "s'interroge", 'surprenant*',
    // Analysts' expectations are speculation (DESIGN.md: mentions).
    'analysts say', 'analysts said', 'analysts expect', 'analysts believe', 'analysts see',
    'analysts warn', 'analysts doubt', 'say analysts',
    'estiment les analystes', 'jugent les analystes', 'les analystes estiment', "les analystes s'attendent",
  ],
  // Market reaction.
  market: [
    'shares rose', 'shares fell', 'shares jump*', 'shares soar*', 'stock rose', 'stock fell',
    'share price', 'market value', 'market cap*', 'repasse sous', 'glisse sous', 'falls below',
    'fell below', 'dips below', 'dipped below', 'trades below', 'traded below', 'soar*', 'jump*', 'surg*', 'plung*', 'slump*',
    'tumbl*', 'rally', 'rallies', 'rallied', 'sink*', 'sank', 'slid*', 'pops', 'popped',
    'bondit', "s'envole", 'chute', 'grimpe', 'flambe', 'degringole', 'plonge', 'en hausse',
    'en baisse', 'capitalisation boursiere', 'shares closed', 'shares close', 'stock closed', 'stock closes',
    'shares ended', 'shares finished', 'titre a cloture', 'action a cloture',
  ],
  // A time marker of an earlier episode.
  past: [
    'earlier this year', 'last year', 'previously', 'had agreed', 'had planned', 'had offered',
    'had proposed', 'once', 'former', 'in the past', 'years ago', 'months ago', 'back in',
    "l'an dernier", "l'annee derniere", 'auparavant', 'precedemment', 'avait', 'avaient',
    "il y a", 'ancien', 'deja',
  ],
  // A new, separate episode (another round, an additional investment).
  newEpisode: [
    'another', 'additional', 'new round', 'new funding', 'fresh funding', 'further', 'more money',
    'again', 'renewed', 'fresh', 'new talks', 'new bid', 'new offer', 'revived', 'nouvelle levee',
    'nouvelle offre', 'nouvelles discussions', 'nouveau tour', 'nouvel investissement', 'supplementaire*',
    'a nouveau', 'second time', 'second attempt', 'third attempt', 'new attempt', 'second bid',
    'deuxieme tentative', 'troisieme tentative', 'nouvelle tentative', 'deuxieme fois',
    'une nouvelle fois', 'revient a la charge', 'reviving', 'revives',
    // An agreement enlarged: "expanded its agreement with OpenAI by $6.5 billion", "étend son contrat".
    'expands its agreement', 'expanded its agreement', 'expands its contract', 'expanded its contract',
    'expands deal', 'expanded deal', 'expands its deal', 'expanded its deal', 'expands pact',
    'expanded pact', 'etend son contrat', 'a etendu son contrat', 'elargit son contrat',
    'a elargi son contrat', 'etend son accord', 'a etendu son accord', 'billion more',
    'milliards supplementaires', 'milliards de plus',
  ],
}

/** One cue found in a folded text. */
export interface CueHit {
  cls: CueClass
  start: number
  end: number
  text: string
}

/** Compiled once at module load; read-only. */
const MATCHER = compilePhrases(CUE_CLASSES, LEXICON)

// A verb of ending and its object with up to three words between, which a phrase cannot span:
// "drops Qualcomm pursuit", "ends merger talks", "pulls its $5bn bid"; no preposition or conjunction
// between ("Corvina drops as the bid faces review" is a share move). The hit is the verb (its
// object is read after it, as for any cue) and it replaces the phrase hits of the span ("pursuit"
// alone would read as talks). Verbs that end a deal on their own ("abandons", "scraps") are phrases.
// Each pattern with the substrings one of which it needs: a pattern is only run on a text that
// contains one (a cheap test that spares most texts the scan).
const GAPPED: ReadonlyArray<readonly [CueClass, RegExp, readonly string[]]> = [
  // "Sanofi secures 95.6% of Ablynx", "clinches majority of Y", "s'assure 60 % de Y": a tender
  // offer's result, the holding acquired.
  [
    'complete',
    /\b(?:secures?|secured|clinch(?:es|ed)?|wins?|won|obtains?|obtained|s'assure|s'est assure|obtient|a obtenu)\b(?=(\s+(?:(?:about|some|more than|over|plus de|pres de|environ)\s+)?(?:\d[\d.,]*\s?%|(?:a\s+|la\s+)?(?:majority|control|majorite|controle))\s+(?:of|de|du|d'|des)\b))/g,
    ['%', 'majorit', 'control'],
  ],
  // "will fund the data centre", "will not fund" (not "a fund", the noun): the verb after an
  // auxiliary or "to".
  ['agree', /(?<=\b(?:will|would|won't|to|not|cannot)\s)fund\b()/g, ['fund']],
  // "has acquired a 9% stake", "a acquis 9 % de", "s'invite à 9 % au capital": a stake bought
  // with its size is a holding acquired (a bare "has acquired" was tried and cost V and S).
  [
    'complete',
    /\b(?:(?:has|have|had) acquired|a acquis|ont acquis)\b(?=(\s+(?:a\s+|une\s+)?(?:(?:about|some|nearly|roughly|almost|more than|over|environ|pres de|plus de)\s+)?\d[\d.,]*\s?%))/g,
    ['acquis', 'acquired'],
  ],
  ['agree', /\bs'invit\w*\b(?=((?:\s+[\w'.,%-]+){0,4}?\s+(?:au|dans le) capital\b))/g, ["s'invit"]],
  // "Vonovia agrees €18 billion takeover of Deutsche Wohnen": the headline's "agrees <deal>".
  [
    'agree',
    /\bagree[sd]?\b(?<!\b(?:had|has|have|not|never)\sagree[sd]?)(?!\s+(?:to|on|with|that)\b)(?=((?:\s+[\w'&.$€£¥,%-]+){0,4}?\s+(?:deal|takeover|merger|acquisition|purchase|buyout|sale|tie-up|combination|terms|investment|partnership|contract)s?\b))/g,
    ['agree'],
  ],
  // "nears $500 million round", "nears $3.5 billion raise", "nearing a $3 billion takeover": close to
  // agreeing is still talks.
  [
    'talks',
    /\bnear(?:s|ing)\b(?=((?:\s+[\w'&.$€£¥,%-]+){0,4}?\s+(?:deal|round|agreement|takeover|acquisition|purchase|merger|funding|investment|sale|raise|fundraising)s?\b))/g,
    ['near'],
  ],
  // "takes 8% stake", "to take a 5.4% stake", "prendra 5,4 % du capital": a stake taken.
  [
    'agree',
    /\b(?:take|takes|took|taking)\b(?=((?:\s+(?:a|an|its|the|about|around|nearly|roughly|[\d.,]+%?|%))*\s+stakes?\b))/g,
    ['stake'],
  ],
  [
    'agree',
    /\b(?:prend|prendra|prendre|prenait|a pris)\b(?=(\s+(?:environ\s+|pres de\s+|plus de\s+)?[\d,]+\s*%\s+(?:du capital|des parts|des actions)\b))/g,
    ['%'],
  ],
  // "has secured more than $1 billion in committed capital", "secures $500m funding": money raised.
  [
    'agree',
    /\b(?:secures|secured|securing)\b(?=(\s+(?:(?:about|some|more than|over|nearly|almost|roughly|an additional|a further|another)\s+)?(?:us)?[$€£¥]\s?\d))/g,
    ['secur'],
  ],
  // "is leading a $500 million round in X", "mène un tour de table de 500 millions": leading the
  // round is being in it ("a round led by Y" is not matched: the round comes first).
  [
    'agree',
    /\b(?:leads|led|leading|mene|menent|a mene|ont mene|pilote|a pilote)\b(?=((?:\s+[\w'.,$€£¥%-]+){0,5}?\s+(?:round|funding|financing|fundraising|tour de table|tour de financement|levee de fonds)\b))/g,
    ['lead', 'led', 'mene', 'pilote'],
  ],
  // "Visa met 5,3 milliards de dollars sur la table pour Plaid": a sum put on the table is the price
  // offered or agreed.
  [
    'agree',
    /\b(?:met|mettent|a mis|ont mis|mettrait)\b(?=((?:\s+[\w'.,$€£¥%-]+){1,7}?\s+sur la table\b))/g,
    ['sur la table'],
  ],
  // French conditional of a deal verb: the deal reported, not stated ("SoftBank rachèterait
  // Graphcore", "ASML prendrait la tête du tour de table", "Meta s'offrirait Y").
  [
    'talks',
    /\b(?:rachet|achet|acquer|investi|inject|prend|ced|vend|fusionn|lanc|depos|sign|s'offri|reprend|entr)e?rai(?:t|ent)\b()/g,
    ['rai'],
  ],
  // "struck a partnership with Y", "strikes AI content licensing deal": striking names the deal.
  [
    'agree',
    /\b(?:strike|strikes|striking|struck)\b(?=((?:\s+[\w'&.$€£¥,%-]+){0,4}?\s+(?:deal|partnership|agreement|pact|alliance|accord|contract)s?\b))/g,
    ['stru', 'strik'],
  ],
  // "has offered $97.4 billion to buy Y", "offers €40 a share": a sum offered is a bid made (talks),
  // not an agreement; "offered 20 million shares at $25" (an IPO's terms) is not a sum offered.
  [
    'talks',
    /\boffer(?:s|ed)?\s+(?=((?:about|around|nearly|almost|more than|up to|some|roughly)?\s*(?:us)?[$€£¥]\s?\d))/g,
    ['offer'],
  ],
  // "Arcelor's board has accepted Mittal Steel's improved takeover offer": accepting agrees.
  [
    'agree',
    /\b(?:accepts|accepted|accepting)\b(?=((?:\s+[\w'&.-]+){0,5}?\s+(?:offer|bid|proposal|terms)s?\b))/g,
    ['accept'],
  ],
  // "a accepté sur le principe l'offre d'AB InBev": the target accepting the offer agrees to it.
  [
    'agree',
    /\b(?:(?:a|ont) )?accepte(?:nt)?\b(?=((?:\s+[\w'-]+){0,4}?\s+(?:l'offre|la proposition|les conditions|les termes)\b))/g,
    ['accepte'],
  ],
  // "a accepté d'investir", "ont accepté de racheter": the French "agreed to".
  ['agree', /\b(?:(?:a|ont|avait|avaient) )?accepte(?:nt|s)? (?:de |d')/g, ['accepte']],
  // "ont déposé, via 3F Holding, une offre": an offer filed is made, not agreed ("déposé" alone
  // files an IPO document); a public tender offer filed is ("offre publique").
  [
    'talks',
    /\bdepos(?:e|es|ee|ent|ant)\b(?=((?:,?\s+[\w'&.$€£¥%-]+){0,5}?,?\s+(?:une|son|leur|sa|l')\s*(?:nouvelle\s+|premiere\s+)?(?:offre(?!\s+publique)|proposition)\b))/g,
    ['depos'],
  ],
  // "OpenAI is not its mystery $10 billion customer", "n'est pas le client": the role denied.
  [
    'denial',
    /\b(?:is|are|was|were) not (?:the|its|their|a|an) (?=((?:[\w'&.$€£¥,%-]+\s+){0,3}?(?:customer|client|buyer|acquirer|bidder|investor|backer|partner|supplier)s?\b))/g,
    [' not '],
  ],
  [
    'denial',
    /\b(?:n'est|ne sont|n'etait) pas (?:le|la|les|son|sa|ses|un|une) (?=((?:[\w'&.$€£¥,%-]+\s+){0,3}?(?:client|acheteur|acquereur|repreneur|investisseur|partenaire|fournisseur)s?\b))/g,
    [' pas '],
  ],
  // "Nvidia says it did not lead the round", "n'a pas mené le tour": a lead role denied.
  [
    'denial',
    /\b(?:did not|didn't|does not|doesn't|was not|wasn't|n'a pas|n'avait pas)\s+(?:lead|led|the lead investor|mene|mener|pilote)\b/g,
    ['not', "n't", 'pas'],
  ],
  // "Snowflake's talks to buy Reka AI have ended": the talks, then their end a few words on.
  [
    'collapse',
    /\b(?:talks|discussions|negotiations)\b(?=((?:\s+[\w'&.$€£¥,%-]+){0,6}?\s+(?:have|has|had)\s+(?:ended|collapsed|broken down|stalled|ceased|failed)\b))/g,
    ['talks', 'discussions', 'negotiations'],
  ],
  // "the bid fails", "failed to win approval"; not "fails to reflect its value" (an opinion).
  [
    'collapse',
    /(?<!\b(?:their|its|the|a|an|his|her|leur|son|sa)\s+)\bfail(?:s|ed)\b(?!\s+to\s+(?!(?:agree|win|secure|reach|close|complete|obtain|get|clinch|land|gain|attract|clear)\b))()/g,
    ['fail'],
  ],
  [
    'collapse',
    /\b(?:drop(?:s|ped|ping)|(?<=\b(?:will|to|would|must|may|could)\s)drop|end(?:s|ed|ing)|pull(?:s|ed|ing))(?=((?:\s+(?!(?:as|after|amid|before|while|despite|following|since|ahead|in|at|on|to|from|with|over|by|for|of|and|but|que|apres|avant|alors|malgre)\b)[\w'&.$€£¥,%-]+){0,3}?\s+(?:pursuit|bid|offer|takeover|approach|talks|negotiations|merger|plans?|battle|fight|quest|deal|acquisition|purchase|buyout)\b(?!-)))/g,
    ['drop', 'end', 'pull'],
  ],
]

/**
 * All cue hits in a folded text (see foldSameLength), left to right, non-overlapping; offsets are
 * into `folded`. Where phrases of two classes start at the same word, the class listed first in
 * CUE_CLASSES wins; within a class the longer phrase wins; a gapped pattern beats the phrases it
 * covers.
 */
// "a deal worth $17.4bn that could rise to $19.4bn", "un contrat qui pourrait lui rapporter jusqu'à
// 14 milliards": the modal bounds a figure; it does not hedge the report.
const MODAL = /^(?:could|might|may be|would|pourrait|pourraient)$/
const FIGURE_CEILING =
  /^\s+(?:(?:lui|leur)\s+)?(?:rise|climb|grow|increase|reach|total|top|exceed|be worth|bring in|generate|atteindre|monter|grimper|depasser|etre porte\w*|s'elever|valoir|rapporter|representer)\b\s+(?:to\s+|a\s+|jusqu'a\s+|up to\s+|about\s+|around\s+|as much as\s+|more than\s+|plus de\s+|environ\s+|pres de\s+)*[$€£¥]?\d/

// "X said on Monday it had agreed to buy Y": the pluperfect of reported speech is no earlier event.
const REPORTED_BACKSHIFT =
  /\b(?:said|says|announced|confirmed)\b[^.;:]{0,40}?\b(?:it|they|we|the (?:company|group|firm|companies))\s$/

const RESTART = /^(?:relanc|relaunch|restart|resum)/
const DEAL_NEAR =
  /\b(?:talks|negotiations?|discussions?|negociations?|pourparlers|offers?|offre|bids?|deal|merger|fusion|rachat|takeover|acquisition|pursuit|approach|operation|projet de|accord|sale|vente|cession|ipo|introduction|listing)\b/

const ANNOUNCED = /^(?:a |ont )?annonce|^announc/
const NEGATED_REPORT =
  /^(?:\s+\S+){0,2}?\s+(?:que\s+|qu'|that\s+)?(?:\S+\s+){0,3}?(?:ne\s+\S+\s+(?:pas|plus|jamais)|n'\S+\s+(?:pas|plus|jamais)|(?:would|will|does|did|is|was)\s+not|won't|no longer)\b/
const OTHER_ACT =
  /^\s+(?:withdraw|settle|extend|delay|postpone|explore|consider|discuss|review|dismiss|pause|suspend|halt|refrain|cooperate|drop)\b/

const SESSION_AFTER =
  /^\s+(?:first\s+|debut\s+)?(?:session|(?:trading\s+)?day|trading|week|month|quarter|year|debut)\b/
const STILL_ON = /^(?:still|remains) on$/
const ON_HOLD_AFTER = /^\s+(?:ice|hold|pause|the back burner)\b/
const NOT_A_COURT = /^[\s-]+(?:filings?|papers|documents|records|terme|circuit)\b/
const VALUATION_BEFORE = /\b(?:valuations?|valorisations?)\s+(?:\S+\s+){0,2}$/
const DELISTING_AFTER = /^\s+(?:de\s+(?:la\s+)?cote|obligatoire)\b/

export function findCues(folded: string, tokens?: readonly Token[]): CueHit[] {
  let hits = matchPhrases(MATCHER, folded, tokens)
    // "listing still on ice", "remains on hold": still paused, not still going ahead.
    .map((h) =>
      h.cls === 'reaffirm' && STILL_ON.test(h.text) && ON_HOLD_AFTER.test(folded.slice(h.end))
        ? { ...h, cls: 'pause' as const }
        : h,
    )
    .filter(
      (h) =>
        !pressIdiom(folded, h.start, h.end) &&
        // "restart the reactor", "relancer la production": a restart is the deal's only near a deal word.
        !(
          h.cls === 'reaffirm' &&
          RESTART.test(h.text) &&
          !DEAL_NEAR.test(folded.slice(Math.max(0, h.start - 30), h.end + 40))
        ) &&
        !(
          h.cls === 'hedge' &&
          MODAL.test(h.text) &&
          FIGURE_CEILING.test(folded.slice(h.end, h.end + 60))
        ) &&
        !(
          h.cls === 'past' &&
          h.text.startsWith('had ') &&
          REPORTED_BACKSHIFT.test(folded.slice(Math.max(0, h.start - 80), h.start))
        ) &&
        // "a annoncé qu'il ne ferait pas d'offre", "announced it would not bid": what is announced
        // is a refusal, not the deal.
        !(
          (h.cls === 'agree' || h.cls === 'announce') &&
          ANNOUNCED.test(h.text) &&
          NEGATED_REPORT.test(folded.slice(h.end, h.end + 50))
        ) &&
        // "agreed to withdraw all claims", "agreed to extend the deadline": agreeing to something
        // other than the deal.
        !(
          h.cls === 'agree' &&
          /^agree[sd]? to$/.test(h.text) &&
          OTHER_ACT.test(folded.slice(h.end))
        ) &&
        // "the move lands as the company prepares", "landed in Paris": landing no deal.
        !(
          h.cls === 'agree' &&
          /^land(?:s|ed)$/.test(h.text) &&
          /^\s+(?:as|on|in|at|amid|after|just|during|while|a day|days|weeks)\b/.test(
            folded.slice(h.end),
          )
        ) &&
        // "Wix raises forecast": no money raised.
        !(h.cls === 'agree' && raisedOther(folded, h.start, h.end)) &&
        // "more to sell to data-centre customers": goods sold, not the deal.
        !(
          h.cls === 'agree' &&
          /\b(?:sell|sells|vendre|vend)$/.test(h.text) &&
          soldToCustomers(folded, h.end)
        ) &&
        // "the stock ended its first session 10% higher": a trading day ends, not the deal.
        !(
          h.cls === 'collapse' &&
          /^end(?:s|ed)? (?:its|the)$/.test(h.text) &&
          SESSION_AFTER.test(folded.slice(h.end))
        ) &&
        // "le retrait de la cote", "un retrait obligatoire": taking the company off the market.
        !(
          h.cls === 'collapse' &&
          h.text === 'retrait' &&
          DELISTING_AFTER.test(folded.slice(h.end))
        ) &&
        // "creating a challenger to British Gas": a rival, not a legal challenge.
        !(h.cls === 'legal' && /^challengers?$/.test(h.text)) &&
        // "according to a court filing", "court papers show": a source; "à court terme": French for
        // "short term". Neither is a legal process.
        !(
          h.cls === 'legal' &&
          h.text === 'court' &&
          NOT_A_COURT.test(folded.slice(h.end, h.end + 20))
        ) &&
        // "its valuation could sink to $6.5 billion", "sa valorisation chute": a valuation moving is
        // the price of a deal, not the market's reaction to it.
        !(
          h.cls === 'market' &&
          VALUATION_BEFORE.test(folded.slice(Math.max(0, h.start - 40), h.start))
        ),
    )
  for (const [cls, re, needs] of GAPPED) {
    if (!needs.some((n) => folded.includes(n))) continue
    for (const m of folded.matchAll(re)) {
      const start = m.index
      const end = start + m[0].length
      const spanEnd = end + (m[1] ?? '').length
      hits = hits.filter((h) => h.end <= start || h.start >= spanEnd)
      hits.push({ cls, start, end, text: m[0] })
    }
  }
  // "are putting €300 million into X", "apportent 300 millions d'euros pour créer X": the money
  // put in states the investment.
  if (/\d/.test(folded)) {
    for (const v of leadWords(folded, MONEY_IN.slice(0, 3))) {
      if (hits.some((h) => h.start < v.end && h.end > v.start)) continue
      hits.push({ cls: 'agree', start: v.start, end: v.end, text: folded.slice(v.start, v.end) })
    }
  }
  return hits.sort((a, b) => a.start - b.start)
}

/** True when a title reads as a question (ends with "?" or opens with an interrogative). */
export function isQuestion(title: string): boolean {
  const t = title.trim()
  if (t.endsWith('?')) return true
  return /^(?:will|could|can|should|is|are|does|do|would|pourquoi|faut-il|est-ce|va-t-il|va-t-elle)\b/i.test(
    t,
  )
}
