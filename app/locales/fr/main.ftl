## Cadre
nav-skip-to-content = Aller au contenu
nav-bodies = Organisations
nav-invite = Inviter quelqu’un
nav-sign-in = Se connecter
nav-sign-out = Se déconnecter
nav-language = Langue
footer-tagline = Comity — un portail libre pour les comités de normalisation.
loading = Chargement…

## Pages d’erreur
error-back-home = Retour à l’accueil
error-404-title = Page introuvable
error-404-body = Il n’y a rien à cette adresse, ou vous n’avez pas le droit de le voir. Vérifiez le lien ou repartez de l’accueil.
error-403-title = Accès refusé
error-403-body = Votre compte n’a pas le rôle nécessaire pour cette page. Si vous pensez qu’il devrait l’avoir, adressez-vous au secrétaire du comité ou à un administrateur du portail.
error-500-title = Un problème est survenu
error-500-body = Le portail n’a pas pu traiter cette demande. Rien n’a été modifié. Réessayez dans un instant ; si le problème persiste, prévenez un administrateur du portail.

## Accueil
home-title = Organisations de normalisation et leurs comités
home-lead = Comity réunit les projets, votes, commentaires et réunions des comités, pour les secrétariats, les organismes membres et les délégués.
home-no-bodies = Aucune organisation n’a encore été créée.
home-no-committees = Cette organisation n’a pas encore de comité.
home-committees = Comités
home-secretariat = Secrétariat :
home-member-count = { $count ->
    [one] { $count } organisme membre
   *[other] { $count } organismes membres
}

## Connexion
login-title = Connexion
login-submit = Se connecter
login-no-account = Pas encore de compte ? Les comptes sont créés sur invitation : adressez-vous à votre organisme national ou au secrétariat du comité.

## Champs
field-email = Adresse électronique
field-password = Mot de passe
field-name = Nom
field-current-password = Mot de passe actuel
field-new-password = Nouveau mot de passe
field-new-password-hint = Au moins 10 caractères. Une phrase de plusieurs mots est facile à retenir et difficile à deviner.
field-confirm-password = Répétez le nouveau mot de passe
field-token-name = Nom du jeton

## Compte
account-title = Mon compte
account-change-password = Changer de mot de passe
account-change-password-submit = Changer le mot de passe
account-tokens = Jetons d’accès personnels
account-tokens-help = Un jeton permet à un programme d’utiliser l’API JSON en votre nom (Authorization: Bearer …). Révoquez-le lorsqu’il ne sert plus.
account-token-once = Copiez ce jeton maintenant : il ne sera plus affiché.
account-token-create = Créer un jeton
account-no-tokens = Vous n’avez aucun jeton.
account-token-created = Créé le
account-token-last-used = Dernière utilisation
account-token-status = État
account-token-revoked = Révoqué
account-token-revoke = Révoquer

## Invitations
invite-title = Inviter quelqu’un
invite-help = La personne reçoit un lien pour choisir son mot de passe. Le lien ne sert qu’une fois et expire au bout de 14 jours.
invite-link-once = Envoyez ce lien à la personne. Il n’est affiché que maintenant.
invite-submit = Créer l’invitation
accept-title = Bienvenue sur Comity
accept-welcome = { $name }, choisissez un mot de passe pour terminer la création de votre compte.
accept-submit = Enregistrer le mot de passe et se connecter
accept-invalid-title = Ce lien d’invitation n’est pas utilisable
accept-invalid-body = Il a déjà servi, il a expiré ou il a été copié de façon incomplète. Demandez un nouveau lien à la personne qui vous a invité.

## Messages après un formulaire
notice-password-changed = Votre mot de passe a été changé. Vos autres sessions ont été fermées.
notice-token-created = Le jeton a été créé.
notice-token-revoked = Le jeton a été révoqué.
notice-invitation-created = L’invitation a été créée.
notice-welcome = Votre mot de passe est enregistré et vous êtes connecté.

## Erreurs
error-sign-in-required = Veuillez vous connecter pour continuer.
error-bad-credentials = L’adresse électronique ou le mot de passe est incorrect. Vérifiez les deux et réessayez.
error-forbidden = Vous n’avez pas le droit de faire cela.
error-not-found = Introuvable, ou vous n’avez pas le droit de le voir.
error-invalid = Certains champs sont à corriger : voyez le message sous chacun d’eux.
error-rate-limited = Trop de tentatives échouées. Attendez { $minutes ->
    [one] { $minutes } minute
   *[other] { $minutes } minutes
} puis réessayez.
error-unavailable = La base de données est injoignable pour le moment. Rien n’a été modifié ; réessayez dans un instant.
error-internal = Un problème est survenu de notre côté. Rien n’a été modifié ; réessayez dans un instant.
error-email-required = Saisissez une adresse électronique.
error-email-invalid = Saisissez une adresse électronique de la forme nom@exemple.org.
error-email-taken = Un compte existe déjà avec cette adresse électronique.
error-name-required = Saisissez un nom.
error-name-too-long = Utilisez au plus { $max } caractères.
error-password-required = Saisissez votre mot de passe.
error-password-too-short = Utilisez au moins { $min } caractères.
error-password-too-long = Utilisez au plus { $max } caractères.
error-password-mismatch = Les deux mots de passe diffèrent : saisissez deux fois le même nouveau mot de passe.
error-current-password-wrong = Le mot de passe actuel est incorrect.
error-token-name-required = Donnez un nom au jeton pour le reconnaître plus tard.
error-body-invalid = Le corps de la requête n’est pas du JSON de la forme attendue. Vérifiez les noms et types des champs dans la documentation de l’API.
error-membership-status-invalid = Choisissez membre P, membre O, ou liaison A, B ou C.
error-member-body-unknown = Aucun organisme membre n’a le code { $code }. Vérifiez le code (par exemple KEBS ou IMANOR).
error-membership-not-in-body = Seuls les organismes membres de { $body } peuvent être membres P ou O. Faites-le d’abord entrer dans { $body }, ou choisissez une liaison.

## Comités
committee-officers = Responsables
committee-secretariat = Secrétariat
committee-members = Organismes membres
committee-p-members = Membres P
committee-o-members = Membres O
committee-liaisons = Liaisons
committee-none = Aucun.
committee-delegates = Délégués :
committee-end-membership = Mettre fin à l’adhésion
committee-set-membership = Enregistrer l’adhésion
committee-history = Historique
committee-no-history = Aucune modification enregistrée.
history-when = Quand
history-who = Qui
history-what = Objet
history-change = Modification
status-p = Membre P
status-o = Membre O
status-liaison-a = Liaison A
status-liaison-b = Liaison B
status-liaison-c = Liaison C
role-committee-manager = Secrétaire du comité
role-chair = Président
role-convenor = Animateur
role-delegate = Délégué
role-observer = Observateur
field-member-body = Code de l’organisme membre
field-member-body-hint = Par exemple KEBS ou IMANOR.
field-membership-status = Adhésion
notice-membership-saved = L’adhésion a été enregistrée.
notice-membership-ended = L’adhésion a pris fin.
history-from-to = { $from } → { $to }

## Organisations et nouveaux comités
body-create-committee = Créer un comité
body-create-committee-submit = Créer le comité
field-committee-kind = Type
field-committee-number = Numéro
field-committee-parent = Rattaché à
field-committee-no-parent = Directement à l’organisation (un TC)
field-committee-title = Titre en anglais
field-committee-title-fr = Titre en français (facultatif)
field-committee-title-ar = Titre en arabe (facultatif)
field-title-fr = Titre en français (facultatif)
field-title-ar = Titre en arabe (facultatif)
field-text-fr = Texte en français (facultatif)
field-text-ar = Texte en arabe (facultatif)
translations-summary = Dans d’autres langues (facultatif)
size-bytes = { $size } o
size-kb = { $size } ko
size-mb = { $size } Mo
field-secretariat = Secrétariat (code de l’organisme membre)
field-secretariat-hint = L’organisme national qui tient le comité, par exemple IMANOR.
notice-committee-created = Le comité a été créé.
error-committee-kind-invalid = Choisissez TC, SC ou WG.
error-committee-number-invalid = Saisissez un nombre entier de 1 à 99999.
error-committee-title-required = Saisissez le titre du comité en anglais.
error-committee-parent-unknown = Choisissez comme parent un comité de cette organisation.
error-committee-under-wg = Rien ne peut être créé sous un groupe de travail. Choisissez un TC ou un SC comme parent.
error-committee-tc-has-parent = Un TC dépend directement de l’organisation : laissez « Rattaché à » vide.
error-committee-sc-needs-tc = Un sous-comité dépend d’un TC : choisissez son TC.
error-committee-wg-needs-parent = Un groupe de travail dépend d’un TC ou d’un SC : choisissez-en un.
error-committee-reference-taken = { $reference } existe déjà. Choisissez un autre numéro.
error-secretariat-not-member = { $code } n’est pas organisme membre de { $body }. Choisissez l’un de ses organismes membres.

## Délégués et mes comités
nav-my-committees = Mes comités
my-committees-title = Mes comités
my-committees-none = Vous n’avez encore aucun rôle dans un comité. C’est le responsable de votre organisme national qui désigne les délégués.
committee-your-delegates = Délégués de { $member_body }
committee-nominate = Désigner comme délégué
committee-withdraw = Retirer
field-delegate = Personne
notice-delegate-nominated = Le délégué a été désigné.
notice-delegate-withdrawn = Le délégué a été retiré.
error-role-invalid = Choisissez committee_manager, chair, convenor, delegate ou observer.
error-user-unknown = Cette personne n’existe pas. Invitez-la d’abord.
error-delegate-without-member-body = Cette personne n’appartient à aucun organisme membre : aucun organisme ne peut la désigner comme déléguée.

## Organismes membres
member-body-people = Personnes
role-officer = Responsable
role-expert = Expert
error-member-body-code-invalid = Utilisez de 2 à 12 majuscules ou chiffres, par exemple IMANOR.
error-member-body-code-taken = Un organisme membre a déjà le code { $code }.
error-country-invalid = Saisissez le code ISO 3166 à deux lettres du pays, par exemple MA ou KE.
error-body-category-invalid = Choisissez member, affiliate ou observer.
error-body-acronym-invalid = Utilisez de 2 à 12 majuscules ou chiffres, par exemple ARSO.
error-body-acronym-taken = Une organisation a déjà le sigle { $acronym }.
error-member-body-role-invalid = Choisissez officer ou expert.

## Gérer un comité
committee-manage-link = Gérer les membres et les rôles
committee-manage-title = Gérer
committee-roles = Rôles
committee-remove-role = Retirer
committee-give-role = Attribuer le rôle
field-role = Rôle
notice-role-given = Le rôle a été attribué.
notice-role-removed = Le rôle a été retiré.
field-invite-member-body = Organisme membre (code, facultatif)

## Administration des organisations, organismes membres et comités
nav-member-bodies = Organismes membres
since-date = depuis le { $date }
category-member = Membre
category-affiliate = Affilié
category-observer = Observateur
home-register-body = Enregistrer une organisation
home-register-body-submit = Enregistrer l’organisation
field-acronym = Sigle
field-acronym-hint = De 2 à 12 majuscules ou chiffres, utilisé dans les références : ARSO/TC 70.
field-body-name = Nom en anglais
field-body-name-fr = Nom en français (facultatif)
field-body-name-ar = Nom en arabe (facultatif)
notice-body-created = L’organisation a été enregistrée. Ajoutez ses organismes membres ci-dessous.
body-set-member = Ajouter ou modifier un organisme membre
body-set-member-submit = Enregistrer l’adhésion
field-body-category = Catégorie
notice-body-member-saved = L’adhésion a été enregistrée.
member-bodies-title = Organismes membres
member-bodies-lead = Les organismes nationaux de normalisation qui participent aux comités des organisations.
member-bodies-all = Tous les organismes membres
member-bodies-register = Enregistrer un organisme membre
member-bodies-register-submit = Enregistrer l’organisme membre
field-code = Code
field-country = Pays
field-member-body-code-hint = De 2 à 12 majuscules ou chiffres, par exemple IMANOR.
field-country-hint = Code ISO 3166 à deux lettres, par exemple MA pour le Maroc.
notice-member-body-created = L’organisme membre a été enregistré.
member-body-give-role = Attribuer un rôle
member-body-give-role-submit = Attribuer le rôle
member-body-email-hint = L’adresse électronique de la personne sur ce portail. Invitez-la d’abord si elle n’a pas de compte.
member-body-remove-person = Retirer
error-member-body-own-role = Vous ne pouvez pas retirer votre propre rôle. Demandez-le à un autre responsable ou à un administrateur du portail.
committee-scope = Domaine d’application
committee-no-scope = Aucun domaine d’application enregistré.
committee-status = Statut
committee-status-active = Actif
committee-status-disbanded = Dissous
committee-disbanded-note = Ce comité est dissous. Ses archives restent consultables ; ses membres et ses rôles ne peuvent plus changer.
committee-work = Travaux du comité
committee-documents = Documents
committee-meetings = Réunions
committee-no-meetings = Aucune réunion prévue.
committee-details = Informations, secrétariat et statut
committee-details-submit = Enregistrer les modifications
notice-committee-updated = Le comité a été modifié.
error-committee-status-invalid = Choisissez actif ou dissous.
error-committee-has-active-children = { $count ->
    [one] Un sous-comité ou groupe de travail de ce comité est encore actif. Dissolvez-le d’abord.
   *[other] { $count } sous-comités ou groupes de travail de ce comité sont encore actifs. Dissolvez-les d’abord.
}
error-committee-parent-disbanded = Le comité dont celui-ci relève est dissous. Rendez-le actif d’abord.
error-committee-disbanded = Ce comité est dissous : ses membres et ses rôles ne peuvent pas changer. Rendez-le actif d’abord.
history-edited = modifié : { $fields }
history-kind-membership = Adhésion
history-kind-role = Rôle
history-kind-secretariat = Secrétariat
history-kind-status = Statut
history-kind-details = Informations
history-field-title = titre anglais
history-field-title-fr = titre français
history-field-title-ar = titre arabe

## Programme de travail
error-stage-final = Un projet au stade { $from } est terminé (abandonné ou retiré) : il ne peut plus changer de stade.
error-stage-transition = Un projet ne peut pas passer de { $from } à { $to }. Depuis { $from }, il peut passer à : { $allowed }.
error-stage-invalid = « { $stage } » n’est pas un code de stade. Écrivez-le comme 40.00 (stade, point, sous-stade).
error-project-stage-start = Un nouveau projet commence à un stade d’élaboration (00.00 à 50.99), pas à { $stage }.
error-project-title-required = Donnez au projet un titre en anglais.
error-project-reference-invalid = Une référence compte au plus 40 lettres, chiffres, espaces et - . / : (par exemple ARSO 1234).
error-project-reference-taken = L’organisation a déjà un projet { $reference }. Choisissez une autre référence, ou laissez le champ vide pour le numéro suivant.
error-date-invalid = Écrivez la date sous la forme AAAA-MM-JJ (par exemple 2027-06-30).
error-reason-too-long = Limitez le motif à { $max } caractères.
error-project-moved-meanwhile = Quelqu’un a changé le stade de ce projet pendant que vous le modifiiez. Regardez son nouveau stade et recommencez.
notice-project-registered = Le projet est enregistré.
notice-project-moved = Le projet est passé à son nouveau stade.
stage-00 = Préliminaire
stage-10 = Proposition
stage-20 = Préparation
stage-30 = Comité
stage-40 = Enquête
stage-50 = Approbation
stage-60 = Publication
stage-90 = Examen
stage-95 = Annulation
substage-00 = enregistrement
substage-20 = action principale commencée
substage-60 = achevé
substage-92 = reprise d’une phase antérieure
substage-93 = reprise de la phase en cours
substage-98 = abandon
substage-99 = passage au stade suivant
programme-title = Programme de travail
programme-lead = Les projets du comité, le stade atteint par chacun et la date de publication visée.
programme-projects = Projets
programme-none = Aucun projet au programme de travail pour l’instant.
programme-new = Enregistrer un projet
programme-new-button = Enregistrer le projet
project-reference = Référence
project-reference-hint = Laissez vide pour le numéro suivant de l’organisation.
project-title = Titre
project-title-en = Titre en anglais
project-title-fr = Titre en français
project-title-ar = Titre en arabe
project-stage = Stade
project-since = depuis le
project-target-date = Date de publication visée
project-first-stage = Stade de départ
project-about = À propos du projet
project-timeline = Historique des stades
project-documents = Documents du projet
project-no-documents = Aucun document rattaché à ce projet pour l’instant.
project-no-next = Ce projet est terminé : il ne peut plus changer de stade.
project-move = Passer à un autre stade
project-next-stage = Nouveau stade
project-reason = Motif (décision, résultat de vote, réunion)
project-new-target-date = Nouvelle date de publication visée (facultatif)
project-move-button = Changer de stade

## Documents
doc-kind-working-draft = Projet de groupe de travail
doc-kind-committee-draft = Projet de comité
doc-kind-enquiry-draft = Projet pour enquête
doc-kind-final-draft = Projet final
doc-kind-agenda = Ordre du jour
doc-kind-minutes = Procès-verbal
doc-kind-resolutions = Résolutions
doc-kind-report = Rapport
doc-kind-compiled-comments = Compilation des observations
doc-kind-other = Autre
doc-status-draft = À notifier
doc-status-published = Diffusé
doc-public = Public
documents-title = Registre des documents
documents-lead = Tous les documents du comité dans l’ordre d’enregistrement, avec leur numéro N.
documents-register = Documents
documents-all-kinds = Tous les types
documents-kind = Type
documents-sort = Trier par
documents-sort-number = Numéro
documents-sort-title = Titre
documents-sort-date = Dernière modification
documents-dir = Ordre
documents-dir-default = Ordre habituel
documents-dir-asc = Croissant
documents-dir-desc = Décroissant
documents-filter = Afficher
documents-filter-kind = Type affiché
documents-none = Aucun document à afficher.
documents-number = Numéro
documents-doc-title = Titre
documents-status = Statut
documents-date = Dernière modification
documents-project = Projet
documents-no-project = Aucun projet
documents-upload = Enregistrer un document
documents-make-public = Public : lisible par tous, même sans compte
documents-file = Fichier
documents-file-hint = PDF, DOCX, XLSX, ODT, ODS, ZIP, TXT, PNG ou JPEG.
documents-upload-button = Enregistrer et téléverser
document-about = À propos du document
document-registered = Enregistré le
document-versions = Versions
document-version = Version
document-file = Fichier
document-size = Taille
document-uploaded = Téléversé
document-checksum = SHA-256
document-add-version = Téléverser une nouvelle version
document-add-version-button = Téléverser la version
document-change = Modifier le document
document-save = Enregistrer les modifications
notice-document-registered = Le document est enregistré.
notice-version-added = La nouvelle version est téléversée.
notice-document-updated = Le document est modifié.
pager-label = Pages
pager-previous = Page précédente
pager-next = Page suivante
pager-position = Page { $page } sur { $pages }
error-document-title-required = Donnez un titre au document.
error-document-title-too-long = Limitez le titre à { $max } caractères.
error-document-kind-invalid = Choisissez le type de document dans la liste.
error-document-status-invalid = Choisissez « À notifier » ou « Diffusé ».
error-document-project-unknown = Choisissez un des projets de ce comité, ou aucun.
error-file-required = Choisissez un fichier à téléverser.
error-file-empty = Le fichier est vide. Choisissez le fichier qui contient le document.
error-file-type = Ce fichier n’est d’aucun des types qu’un comité accepte. Types acceptés : { $accepted }.
error-file-name-mismatch = Le fichier « { $name } » porte le nom d’un fichier { $claimed } mais son contenu est { $content }. Vérifiez que vous avez choisi le bon fichier.
error-file-too-large = Le fichier dépasse { $max } Mo, le maximum accepté par le portail. Réduisez-le ou découpez-le.
error-upload-interrupted = Le téléversement a été interrompu avant la fin. Rien n’a été enregistré : recommencez.
error-field-too-long = Ce champ est trop long.
error-field-not-text = Ce champ doit contenir du texte.
error-draft-names-invalid = Donnez quatre noms de projets séparés par des virgules (par exemple WD,CD,DARS,FDARS).

## Search
nav-search = Recherche
search-title = Rechercher des documents
search-lead = Les titres et le texte des projets téléversés, parmi les documents que vous pouvez lire.
search-label = Mots à rechercher
search-placeholder = ex. huile de graines de chanvre
search-button = Rechercher
search-count = { $count ->
    [one] Un document trouvé
   *[other] { $count } documents trouvés
}
search-none = Aucun document que vous pouvez lire ne contient tous ces mots.

## Ballots
error-ballot-kind-invalid = Choisissez le type de vote : NP, CD, DIS, FDIS, SR ou CIB.
error-ballot-title-required = Donnez un titre au vote.
error-ballot-question-required = Rédigez la question à laquelle les organismes membres répondent.
error-ballot-closes-invalid = Indiquez la date et l'heure de clôture (dans le fuseau horaire du comité), ou un instant avec son fuseau comme 2027-02-17T12:00:00Z.
error-ballot-closes-past = La clôture doit être dans le futur.
error-ballot-document-required = Un vote CD, DIS ou FDIS porte sur un document : choisissez-le.
error-ballot-document-other-committee = Choisissez un document de ce comité.
error-ballot-closed = Ce vote est clos : plus aucun vote ni changement n’est accepté.
error-ballot-close-early = { $count ->
    [one] Un membre P n’a pas encore voté : le vote ne peut être clos plus tôt que lorsque tous les membres P ont voté.
   *[other] { $count } membres P n’ont pas encore voté : le vote ne peut être clos plus tôt que lorsque tous les membres P ont voté.
}
error-vote-not-entitled = { $member_body } n’a pas de voix dans ce vote (un membre O ne vote que sur les projets pour enquête et d’approbation).
error-vote-position-invalid = Choisissez une des positions proposées par ce vote.
error-vote-reasons-required = Une désapprobation de ce projet doit être justifiée techniquement : indiquez les raisons.
error-vote-reasons-too-long = Limitez les raisons à 10 000 caractères, ou joignez-les comme observations.
error-ballot-opens-invalid = Indiquez la date et l'heure d'ouverture (dans le fuseau horaire du comité), ou un instant avec son fuseau comme 2027-01-05T08:00:00Z ; laissez vide pour ouvrir maintenant.
error-ballot-not-open = Ce vote n’est pas encore ouvert : les votes sont acceptés à partir de son ouverture.
error-ballot-not-scheduled = Ce vote n’attend pas son ouverture : il est déjà ouvert, clos ou annulé.
error-ballot-cancel-reason = Indiquez pourquoi le vote est annulé : les organismes membres le liront.

## Ballots: pages
ballots-title = Votes
ballots-lead = Les membres votent sur les projets et les questions ; les règles de chaque organisme décident du résultat.
ballots-list = Tous les votes
ballots-none = Aucun vote pour le moment.
committee-ballots = Votes
ballot-of-kind = Vote { $kind }
ballot-title-field = Titre
ballot-kind = Type
ballot-kind-option = { $kind } ({ $weeks ->
    [one] 1 semaine
   *[other] { $weeks } semaines
})
ballot-status = État
ballot-status-scheduled = Ouvre plus tard
ballot-status-open = Ouvert
ballot-status-closed = Clos
ballot-status-cancelled = Annulé
ballot-closes = Clôture
ballot-opens = Ouverture
ballot-committee = Comité
ballot-question = Question
ballot-document = Document soumis au vote
ballot-no-document = Aucun document (NP, SR ou vote interne)
ballot-votes-cast = Votes
ballot-votes-of = { $cast } membres sur { $voters } ont voté
ballot-your-time = Votre heure :
ballot-days-left = { $count ->
    [one] 1 jour restant
   *[other] { $count } jours restants
}
ballot-hours-left = { $count ->
    [one] 1 heure restante
   *[other] { $count } heures restantes
}
ballot-minutes-left = { $count ->
    [one] 1 minute restante
   *[other] { $count } minutes restantes
}
ballot-time-up = Le temps de vote est écoulé
ballot-create = Ouvrir un vote
ballot-create-button = Ouvrir le vote
ballot-propose-for = Proposer la date de clôture par défaut pour :
ballot-opens-hint = Laisser vide pour ouvrir maintenant ; dans le fuseau horaire du comité.
ballot-closes-hint = Dans le fuseau horaire du comité ({ $zone }). Durées par défaut en semaines : { $lengths }. Un vote plus court est permis ; il est signalé comme plus court que la durée par défaut.
ballot-shorter-warning = Ce vote est plus court que la durée par défaut de l'organisme pour ce type ({ $weeks ->
    [one] 1 semaine
   *[other] { $weeks } semaines
}).
ballot-cancelled-because = Annulé :
ballot-about = Le vote
ballot-result = Résultat
ballot-result-after-closing = Les votes et le décompte sont affichés à la clôture du vote.
ballot-result-so-far = Le vote est encore ouvert : décompte provisoire (pas encore de résultat).
ballot-outcome = Résultat :
ballot-criteria = Critères
ballot-criterion-share = { $name } : { $part } sur { $whole } = { $percent } { $sign } { $threshold_percent } ({ $threshold }) : { $status }
ballot-criterion-count = { $name } : { $part }, { $needed } requis : { $status }
ballot-criterion-met = atteint
ballot-criterion-not-met = non atteint
ballot-votes = Votes
ballot-no-votes = Aucun vote pour le moment.
ballot-not-voted = N'ont pas voté :
ballot-member-body = Membre
ballot-membership = Statut
ballot-position = Vote
ballot-reasons = Motifs et commentaires
ballot-commits = S'engage à participer
ballot-experts = Experts désignés
ballot-cast-by = Voté par
ballot-cast-at = Voté le (UTC)
ballot-export = Télécharger le résultat :
ballot-export-xlsx = Excel (XLSX)
ballot-export-csv = CSV
ballot-manage = Gérer le vote
ballot-open-now = Ouvrir maintenant
ballot-close-now = Clore le vote maintenant
ballot-close-early-rule = Le vote se clôt de lui-même à l'heure de clôture ; il peut être clos plus tôt une fois que tous les membres P ont voté.
ballot-move-closing = Nouvelle heure de clôture
ballot-move-closing-hint = Dans le fuseau horaire du comité ({ $zone }). La modification est enregistrée et affichée à tous.
ballot-move-closing-button = Déplacer la clôture
ballot-cancel-reason = Motif de l'annulation
ballot-cancel-button = Annuler le vote
ballot-vote-history = Votes remplacés
ballot-events = Historique
yes = oui
outcome-approved = Approuvé
outcome-not-approved = Non approuvé
outcome-consensus-recommended = Consensus recommandé (le président confirme)
outcome-chair-determination-required = Décision du président requise
position-approve = Approuver
position-disapprove = Désapprouver
position-abstain = S'abstenir
position-confirm = Confirmer
position-revise = Réviser
position-withdraw = Annuler
criterion-p-approval = Approbations parmi les votes exprimés des membres P
criterion-participation = Membres P s'engageant à participer
criterion-negative-votes = Votes négatifs parmi tous les votes exprimés
criterion-sr-confirm = Confirmer parmi les votes des membres P
criterion-sr-revise = Réviser parmi les votes des membres P
criterion-sr-withdraw = Annuler parmi les votes des membres P
criterion-weighted-approval = Approbations pondérées parmi les votes pondérés exprimés
vote-title = Vote de { $member_body }
vote-legend = La position de { $member_body }
vote-membership = Membre { $membership } du comité à l'ouverture du vote
vote-current = Vote actuel :
vote-none-yet = Aucun vote exprimé pour le moment.
vote-not-entitled = En tant que membre O, ce membre commente mais ne vote pas sur un vote { $kind }.
vote-reasons-hint = Facultatif.
vote-reasons-hint-required = Obligatoire pour désapprouver : donnez les raisons techniques. Une désapprobation sans raisons n'est pas comptée.
vote-commits = Nous nous engageons à participer au projet
vote-commits-short = s'engage à participer
vote-experts = Experts
vote-experts-hint = Un nom par ligne.
vote-cast-button = Voter
vote-change-button = Modifier le vote
notice-vote-recorded = Votre vote pour { $member_body } a été enregistré le { $at } ; vous pouvez le modifier jusqu'au { $until }.
notice-ballot-created = Le vote est ouvert (ou programmé). Les membres peuvent voter dès son ouverture.
notice-ballot-opened = Le vote est ouvert.
notice-ballot-closed = Le vote est clos et son résultat enregistré.
notice-ballot-cancelled = Le vote est annulé.
notice-ballot-closing-changed = L'heure de clôture est déplacée ; la modification est enregistrée.
notice-late-vote-recorded = Le vote tardif est enregistré et le résultat recalculé.
late-vote-title = Enregistrer un vote tardif
late-vote-lead = Un vote interne peut être rouvert pour enregistrer un vote arrivé en retard. Le vote compte, le résultat est recalculé, et les deux sont enregistrés avec votre explication.
late-vote-explanation = Pourquoi il est enregistré en retard
late-vote-button = Rouvrir et enregistrer le vote
error-late-vote-internal-only = Seuls les votes internes (CIB) peuvent être rouverts pour un vote tardif.
error-late-vote-not-closed = Un vote tardif ne peut être enregistré que sur un vote clos.
error-late-vote-explanation-required = Expliquez pourquoi le vote est enregistré en retard : l'explication est conservée dans l'historique du vote.
error-time-zone-unknown = « { $zone } » n'est pas un fuseau horaire connu : utilisez un nom comme Africa/Nairobi ou Europe/Paris.
event-ballot-scheduled = Programmé
event-ballot-opened = Ouvert
event-vote-cast = Vote exprimé
event-vote-changed = Vote modifié
event-late-vote-refused = Vote tardif refusé
event-closing-changed = Clôture déplacée
event-ballot-closed = Clos
event-ballot-cancelled = Annulé
event-ballot-reopened = Rouvert pour un vote tardif
event-other = Événement
home-ballots-needing-vote = Votes qui attendent mon vote
home-vote-for = pour { $member_body }
participation-title = Participation
participation-lead = Votes des membres P aux votes clos depuis le { $since }.
participation-p-members = Membres P
participation-none = Aucun vote clos ces 12 derniers mois.
participation-membership-now = Statut actuel
participation-missed = Manqués
participation-missed-required = DIS, FDIS, SR manqués
participation-missed-internal = Votes internes manqués
participation-flag = Rétrogradation
participation-flagged = Signalé pour rétrogradation
participation-of = { $part } sur { $whole }
participation-rule = Un membre P qui manque un vote DIS, FDIS ou SR, ou plus d'un cinquième des votes internes en un an, est signalé pour rétrogradation en membre O ; le secrétaire du comité décide.
field-time-zone = Fuseau horaire
field-time-zone-hint = Les clôtures de vote et les réunions sont affichées et saisies dans ce fuseau : un nom comme Africa/Nairobi ou Europe/Istanbul.

rules-title = Règles de vote
rules-family = Mode de décision
rules-family-iso = Style ISO : votes comptés contre des seuils
rules-family-weighted = Votes pondérés (style CEN/CENELEC)
rules-family-chair-consensus = Consensus apprécié par le président (style IETF)
rules-np-approval = NP : approbations parmi les membres P votants
rules-cd-consensus = CD : approbations valant consensus
rules-enquiry-approval = DIS/FDIS : approbations parmi les votes des membres P
rules-enquiry-max-negative = DIS/FDIS : part maximale de votes négatifs
rules-sr-majority = SR : majorité des membres P votants
rules-cib-majority = CIB : approbations parmi les membres P votants
rules-cib-missed-flag = Votes internes manqués en un an signalant une rétrogradation
rules-np-participants-small = NP : membres P s'engageant à participer (petit comité)
rules-np-participants-large = NP : membres P s'engageant à participer (grand comité)
rules-np-large-committee = NP : un comité est grand à partir de ce nombre de membres P
rules-weeks = Durées par défaut en semaines
rules-weights = Pondérations (votes pondérés)
rules-weights-hint = Un membre par ligne : son code et sa pondération, par exemple AFNOR 29. Non listé : 1.
rules-weighted-threshold = Approbations pondérées requises
rules-ratio-hint = Seuils en fractions : 2/3 signifie au moins deux tiers ; >1/2 signifie plus de la moitié.
rules-change = Modifier les règles
rules-save = Enregistrer les règles
notice-rules-changed = Les règles de vote sont modifiées. Les votes sont décidés selon elles à leur clôture.
error-rules-ratio = Écrivez une fraction ne dépassant pas 1, comme 2/3, ou >1/2 pour « plus de la moitié ».
error-rules-number = Écrivez un nombre entier de 1 à { $max }.
error-rules-weight-line = « { $line } » n'est pas un code de membre suivi d'une pondération, comme AFNOR 29.
error-rules-family = Choisissez le mode de décision.
event-late-recorded = enregistré en retard par le secrétaire
account-time-zone = Votre fuseau horaire
field-own-time-zone = Fuseau horaire
field-own-time-zone-hint = Un nom IANA comme Europe/Paris ou Africa/Lagos. Les clôtures de vote sont alors affichées dans ce fuseau à côté de l'heure du comité. Laisser vide pour l'heure du comité seule.
account-time-zone-save = Enregistrer le fuseau horaire
notice-time-zone-saved = Votre fuseau horaire est enregistré.

## Comments on drafts
error-comment-kind-required = Choisissez le type d'observation : ge (générale), te (technique) ou ed (rédactionnelle).
error-comment-kind-unknown = « { $kind } » n'est pas un type d'observation : utilisez ge (générale), te (technique) ou ed (rédactionnelle).
error-comment-text-required = Rédigez l'observation.
error-comment-too-long = Limitez cette cellule à 20 000 caractères.
error-comment-reference-too-long = Limitez cette référence à 200 caractères.
error-comment-member-body = Commentez pour un membre dont vous faites partie et qui est membre P ou O de ce comité.
error-comments-submitted = Ce membre a déjà soumis ses observations sur ce document : elles ne peuvent plus changer.
error-comment-changed = Quelqu'un a modifié cette observation depuis que vous l'avez ouverte : rechargez pour voir sa version, puis refaites votre modification.
error-comments-changed-before-submit = { $count ->
    [one] Une observation a changé ou a été ajoutée depuis l'ouverture de la liste : rien n'a été soumis. Rechargez, vérifiez-la et soumettez à nouveau.
   *[other] { $count } observations ont changé ou ont été ajoutées depuis l'ouverture de la liste : rien n'a été soumis. Rechargez, vérifiez-les et soumettez à nouveau.
}
error-disposition-invalid = Choisissez une décision : acceptée, acceptée sur le principe, non acceptée ou notée.
error-comment-not-submitted = Une décision ne s'enregistre que sur une observation soumise par son membre.
comments-sheet = Observations
comment-col-mb = MB/NC
comment-col-line = Numéro de ligne
comment-col-clause = Article/Paragraphe
comment-col-paragraph = Alinéa/Figure/Tableau
comment-col-type = Type d'observation
comment-col-comment = Observations
comment-col-proposed = Modification proposée
comment-col-observations = Observations du secrétariat
comment-col-disposition = Décision
disposition-accepted = Acceptée
disposition-accepted-in-principle = Acceptée sur le principe
disposition-not-accepted = Non acceptée
disposition-noted = Notée
comment-kind-te = technique
comment-kind-ed = rédactionnelle
comment-kind-ge = générale
comment-clause-hint = 5.2, A.1, ou vide / Général pour tout le document.
comment-status-draft = brouillon
comment-status-dropped = écartée de la position nationale
comment-status-submitted = soumise
comments-title = Observations
comments-of = Observations de { $member_body }
comments-drafting-note = Brouillons : leur auteur et le responsable du membre peuvent les modifier jusqu'à ce que le responsable soumette la position nationale.
comments-submitted-note = Soumises : ces observations sont figées et visibles du comité.
comments-none-yet = Aucune observation pour le moment.
comments-author-status = Auteur et état
comments-edit = Modifier
comments-leave-out = Écarter
comments-take-back = Reprendre
comments-add = Ajouter une observation
comments-change = Modifier l'observation
comments-add-button = Ajouter l'observation
comments-save = Enregistrer l'observation
comments-submit = Soumettre la position nationale de { $member_body }
comments-submit-hint = { $count ->
    [one] Une observation sera soumise, telle qu'affichée ci-dessus ; les observations écartées le restent.
   *[other] { $count } observations seront soumises, telles qu'affichées ci-dessus ; les observations écartées le restent.
}
comments-compiled = Observations compilées
comments-progress = { $resolved } observations traitées sur { $total }
comments-all-member-bodies = Tous les membres
comments-all-types = Tous les types
comments-none-submitted = Aucun membre n'a encore soumis d'observations.
comments-record = Enregistrer
comments-export = Télécharger les observations compilées :
notice-comment-added = L'observation est ajoutée.
notice-comment-saved = L'observation est enregistrée.
notice-comment-left-out = L'observation est écartée de la position nationale.
notice-comment-taken-back = L'observation est reprise dans la position nationale.
notice-comments-submitted = La position nationale est soumise : les observations sont figées et visibles du comité.
notice-disposition-recorded = La décision est enregistrée.
comments-export-docx = Word (DOCX)
# Importing filled templates, the comments' history
comment-col-id = ID de l'observation
error-import-rejected = { $count ->
    [one] Une ligne du fichier pose problème : rien n'a été importé. Corrigez-la et téléversez le fichier à nouveau, ou n'importez que les lignes valides.
   *[other] { $count } lignes du fichier posent problème : rien n'a été importé. Corrigez-les et téléversez le fichier à nouveau, ou n'importez que les lignes valides.
}
error-import-file-required = Choisissez le modèle rempli à téléverser (.xlsx ou .docx).
error-import-no-headings = Aucune ligne du fichier ne porte les en-têtes du modèle : gardez la ligne d'en-têtes avec au moins « Type d'observation » et « Observations » (ou, pour les décisions, « ID de l'observation » et « Décision »).
error-import-no-rows = Le fichier porte les en-têtes du modèle mais aucune ligne en dessous.
error-import-too-many-rows = Le fichier compte { $count } lignes : importez-en au plus { $max } à la fois, en plusieurs fichiers.
error-import-merged = Les cellules { $cells } sont fusionnées : annulez la fusion pour que chaque colonne de la ligne ait sa propre valeur.
error-import-formula = La cellule { $cell } contient une formule ({ $formula }) au lieu d'une valeur : copiez-la et collez-la en tant que valeur.
error-import-member-body = MB/NC indique { $given }, mais ces observations sont importées pour { $expected } : laissez la colonne vide ou écrivez { $expected }.
error-import-id-required = L'ID de l'observation est vide : gardez la colonne « ID de l'observation » du fichier exporté.
error-import-unknown-id = Aucune observation soumise sur ce document n'a l'ID { $id } : importez le fichier exporté depuis ce document.
error-import-decision-unknown = « { $decision } » n'est pas une décision : écrivez Acceptée, Acceptée sur le principe, Non acceptée ou Notée.
error-import-decision-required = Une remarque du secrétariat demande une décision : écrivez Acceptée, Acceptée sur le principe, Non acceptée ou Notée.
error-import-old-format = Ce fichier est au format Excel 97–2003 (.xls) : enregistrez-le comme classeur Excel (.xlsx) et téléversez celui-ci.
error-import-not-a-package = Ce fichier n'est ni un classeur Excel (.xlsx) ni un document Word (.docx) : enregistrez le modèle rempli dans l'un de ces formats.
error-import-zip-not-template = Ce fichier est une archive ZIP (elle contient { $entries }), pas un classeur Excel ni un document Word : téléversez le modèle .xlsx ou .docx lui-même.
error-import-damaged = Le fichier est endommagé (sa partie { $part } est illisible) : ouvrez-le dans Excel ou LibreOffice, enregistrez-le à nouveau et téléversez-le.
notice-comments-imported = { $imported ->
    [one] Une observation importée comme brouillon.
   *[other] { $imported } observations importées comme brouillons.
}{ $skipped ->
    [0] {""}
    [one] {" "}Une ligne à problème a été écartée.
   *[other] {" "}{ $skipped } lignes à problème ont été écartées.
}
notice-dispositions-imported = { $imported ->
    [one] Une décision enregistrée depuis le fichier.
   *[other] { $imported } décisions enregistrées depuis le fichier.
}{ $skipped ->
    [0] {""}
    [one] {" "}Une ligne à problème a été écartée.
   *[other] {" "}{ $skipped } lignes à problème ont été écartées.
}
comments-import-title = Importer les observations de { $member_body } depuis un modèle rempli
comments-import-hint = Téléversez le modèle à 8 colonnes rempli dans Excel, LibreOffice ou Word (.xlsx ou .docx, jusqu'à 10 000 lignes). Chaque ligne est d'abord vérifiée : si l'une est fausse, rien n'est importé et chaque problème est indiqué avec sa ligne.
comments-import-decisions-title = Importer les décisions depuis une compilation remplie
comments-import-decisions-hint = Téléchargez les observations compilées au format Excel, remplissez les colonnes Décision et Observations du secrétariat, puis téléversez le fichier : les lignes sont retrouvées par leur ID.
comments-import-file = Modèle rempli (.xlsx ou .docx)
comments-import-valid-only = Importer les lignes valides et écarter les lignes à problème
comments-import-button = Vérifier et importer
comments-importing = Importation…
comments-import-problems = Lignes à corriger
comments-import-row-column = Ligne { $row }, { $column } :
comments-import-row = Ligne { $row } :
comments-under-ballot = Ce projet est soumis au vote { $kind } : la soumission de la position nationale envoie ces observations avec le vote de { $member_body }.
comments-open-ballot = Ouvrir le vote
comments-submitted-with-vote = Soumises avec le vote de { $member_body }.
comments-history = Historique des observations
comment-event-created = { $member_body } : observation rédigée sur l'article { $clause }
comment-event-edited = { $member_body } : observation sur l'article { $clause } modifiée
comment-event-dropped = { $member_body } : observation sur l'article { $clause } écartée
comment-event-restored = { $member_body } : observation sur l'article { $clause } reprise
comment-event-imported = { $count ->
    [one] { $member_body } : une observation importée d'un fichier
   *[other] { $member_body } : { $count } observations importées d'un fichier
}
comment-event-submitted = { $count ->
    [one] { $member_body } : position nationale soumise (une observation)
   *[other] { $member_body } : position nationale soumise ({ $count } observations)
}
comment-event-disposition = Décision sur l'article { $clause } : { $decision }
comment-event-dispositions-imported = { $count ->
    [one] Une décision importée d'un fichier
   *[other] { $count } décisions importées d'un fichier
}
comments-search = Mots
vote-comments-submitted = { $count ->
    [one] Une observation de { $member_body } sur le projet a été soumise avec la position nationale.
   *[other] { $count } observations de { $member_body } sur le projet ont été soumises avec la position nationale.
}
vote-comments-drafts = { $count ->
    [one] { $member_body } a une observation en brouillon sur le projet : soumettez la position nationale pour l'envoyer avec le vote.
   *[other] { $member_body } a { $count } observations en brouillon sur le projet : soumettez la position nationale pour les envoyer avec le vote.
}
vote-comments-none = Les observations de { $member_body } accompagnent son vote : rédigez-les dans le modèle à 8 colonnes.
vote-comments-see = Voir les observations
vote-comments-submit = Relire et soumettre les observations
vote-comments-write = Commenter le projet
# Meetings
meeting-late-plenary = Ordre du jour tardif : le projet d'ordre du jour d'une réunion de comité en présentiel ou hybride est dû { $weeks } semaines avant ; celui-ci est publié { $days } jours avant.
meeting-late-plenary-virtual = Ordre du jour tardif : le projet d'ordre du jour d'une réunion de comité virtuelle est dû { $weeks } semaines avant ; celui-ci est publié { $days } jours avant.
meeting-late-wg = Ordre du jour tardif : le projet d'ordre du jour d'une réunion de groupe de travail en présentiel ou hybride est dû { $weeks } semaines avant ; celui-ci est publié { $days } jours avant.
meeting-late-wg-virtual = Ordre du jour tardif : le projet d'ordre du jour d'une réunion de groupe de travail virtuelle est dû { $weeks } semaines avant ; celui-ci est publié { $days } jours avant.
error-meeting-title = Donnez un titre à la réunion, par ex. « 12e réunion plénière ».
error-meeting-title-long = Le titre doit faire moins de 300 caractères.
error-meeting-kind = Choisissez le type de réunion : plénière du comité ou groupe de travail.
error-meeting-mode = Choisissez la forme : en présentiel, virtuelle ou hybride.
error-meeting-start = Indiquez le début sous forme de date et heure, par ex. 2027-03-16 09:00.
error-meeting-end = Indiquez la fin sous forme de date et heure, par ex. 2027-03-18 17:00.
error-meeting-end-before-start = La fin doit venir après le début.
error-meeting-venue = Indiquez le lieu : une réunion en présentiel ou hybride a lieu quelque part.
error-meeting-link = Indiquez le lien de connexion : une réunion virtuelle ou hybride en a besoin.
error-meeting-link-web = Le lien de connexion doit être une adresse web commençant par https://.
error-meeting-deadline-after-start = La date limite d'inscription doit précéder le début de la réunion.
error-meeting-zone = « { $zone } » n'est pas un fuseau horaire : choisissez-en un comme Africa/Casablanca ou Europe/Istanbul.
error-meeting-deadline = Indiquez la date limite d'inscription sous forme de date et heure, par ex. 2027-02-15 17:00, ou laissez-la vide.
error-meeting-host = Aucun organisme membre n'a le code « { $code } » : indiquez le code de l'hôte, par ex. IMANOR.
error-agenda-title = Donnez un titre à ce point de l'ordre du jour.
error-agenda-outcome = Choisissez l'objet du point : information, discussion ou décision.
error-agenda-level = Un sous-point suit un point : le premier point ne peut pas être un sous-point, et les sous-points n'ont qu'un niveau.
error-agenda-document = Ce n'est pas un document du registre du comité : liez des documents enregistrés dans ce comité.
error-agenda-empty = L'ordre du jour n'a encore aucun point : ajoutez-en avant de le publier.
error-agenda-published-meanwhile = Quelqu'un a publié l'ordre du jour entre-temps : rechargez la page pour voir la nouvelle version.
error-registration-closed = Les inscriptions sont closes depuis la date limite : demandez au secrétariat du comité de les rouvrir.
error-registration-virtual = La réunion est virtuelle : inscrivez le délégué à distance.
error-registration-participation = Choisissez la forme de participation du délégué : en présentiel ou à distance.
error-registration-not-delegate = Cette personne n'est pas déléguée de { $member_body } auprès du comité : désignez-la d'abord.
error-registration-twice = Ce délégué est déjà inscrit à la réunion.
error-attendance-before = La présence se note une fois la réunion commencée.
meetings-title = Réunions
meetings-upcoming = Réunions à venir
meetings-past = Réunions passées
meetings-none = Aucune réunion.
meeting-title-field = Titre
meeting-title-hint = Titre et numéro, par ex. « 12e réunion plénière ».
meeting-when = Quand
meeting-where = Où
meeting-kind = Type de réunion
meeting-kind-plenary = Plénière du comité
meeting-kind-wg = Réunion de groupe de travail
meeting-mode = Forme
meeting-mode-in-person = En présentiel
meeting-mode-virtual = Virtuelle
meeting-mode-hybrid = Hybride
meeting-time-zone = Fuseau horaire de l'hôte
meeting-time-zone-hint = Le début et la fin sont lus dans ce fuseau, par ex. Africa/Casablanca.
meeting-starts = Début
meeting-ends = Fin
meeting-venue = Lieu
meeting-join-url = Lien de connexion
meeting-host = Organisme membre hôte
meeting-host-hint = Son code, par ex. IMANOR.
meeting-deadline = Date limite d'inscription
meeting-schedule = Programmer une réunion
meeting-schedule-button = Programmer la réunion
meeting-registration = Inscriptions
meeting-registration-open = Ouvertes
meeting-registration-closed = Closes
meeting-calendar = Calendrier du comité (iCalendar)
notice-meeting-scheduled = La réunion est programmée.
agenda-title = Ordre du jour
agenda-none = L'ordre du jour n'est pas encore publié.
agenda-version = Ordre du jour v{ $version }
agenda-published = Publié le { $when } par { $by }.
agenda-history = Versions
agenda-version-changes = { $count ->
    [one] Ordre du jour v{ $version }, un point modifié
   *[other] Ordre du jour v{ $version }, { $count } points modifiés
}
agenda-document-late = enregistré tardivement pour une décision
agenda-remove = Retirer
agenda-draft = Projet d'ordre du jour
agenda-draft-note = Vous seul voyez le projet ; la publication fige une nouvelle version pour le comité.
agenda-draft-empty = Aucun point pour l'instant.
agenda-add = Ajouter un point
agenda-item-title = Titre du point
agenda-item-description = Brève description
agenda-item-outcome = Résultat attendu
agenda-item-document = Document du registre
agenda-no-document = Aucun document
agenda-item-sub = Sous-point du point précédent
agenda-add-button = Ajouter le point
agenda-outcome-information = Pour information
agenda-outcome-discussion = Pour discussion
agenda-outcome-decision = Pour décision
agenda-confirm-late = Le publier quand même : la page de la réunion indiquera la règle enfreinte
agenda-publish = Publier l'ordre du jour
notice-agenda-item-added = Le point est ajouté au projet.
notice-agenda-item-removed = Le point est retiré du projet.
notice-agenda-published = L'ordre du jour est publié.
registrations-title = Inscriptions
registrations-none = Aucun délégué inscrit pour l'instant.
registration-delegate = Délégué
registration-participation = Participation
registration-in-person = En présentiel
registration-remote = À distance
registration-attended = Présence
registration-present = Présent
registration-absent = Absent
registration-mark-present = Présent
registration-mark-absent = Absent
registration-head = Chef de délégation
registration-add = Inscrire un délégué
registration-button = Inscrire
registration-reopen = Rouvrir les inscriptions
notice-delegate-registered = Le délégué est inscrit.
notice-attendance-marked = La présence est notée.
notice-registration-reopened = Les inscriptions sont rouvertes.
error-record-empty = Rédigez d'abord le texte.
error-record-too-long = Le texte doit faire moins de 200 000 caractères.
error-record-locked = Ce document est approuvé ou verrouillé et ne change plus : créez plutôt une correction.
error-record-status = Choisissez l'étape suivante : diffusé, approuvé ou verrouillé.
error-record-step = Un document avance d'une étape à la fois : projet, diffusé, approuvé, verrouillé (celui-ci est { $status }).
error-record-changed = Quelqu'un a fait avancer ce document entre-temps : rechargez la page.
error-record-not-locked = Seul un document verrouillé se corrige par un nouveau ; modifiez celui-ci directement.
error-resolution-title = Donnez un titre à la résolution.
error-resolution-item = Choisissez un point de l'ordre du jour publié.
error-resolution-ballot = Choisissez un vote de ce comité.
record-draft = Projet
record-circulated = Diffusé
record-approved = Approuvé
record-locked = Verrouillé
record-circulate = Diffuser pour examen
record-approve = Enregistrer l'approbation
record-lock = Verrouiller
record-correct = Commencer une correction
record-on-time = dans les délais
record-late = en retard
record-agenda-item = Point de l'ordre du jour :
record-correction = Correction d'un document verrouillé.
record-no-item = Aucun point
minutes-title = Compte rendu
minutes-due = Le compte rendu avec la liste de présence est dû le { $when }.
minutes-none = Pas encore de compte rendu.
minutes-text = Texte du compte rendu
minutes-hint = « # » et « ## » commencent un titre, « - » et « 1. » un élément de liste ; une ligne vide sépare les paragraphes.
minutes-save = Enregistrer le compte rendu
resolutions-title = Résolutions
resolutions-due = Les résolutions sont dues le { $when } (48 heures après la réunion).
resolutions-none = Pas encore de résolution.
resolution-add = Ajouter une résolution
resolution-title = Titre de la résolution
resolution-text = Texte de la résolution
resolution-add-button = Ajouter la résolution
notice-minutes-saved = Le compte rendu est enregistré.
notice-resolution-added = { $reference } est ajoutée.
notice-record-moved = Le document a avancé d'une étape.
notice-correction-started = Une correction est commencée comme nouveau projet.
invitation-title = Lettre d'invitation
invitation-date = Date : { $date }
invitation-to = À qui de droit,
invitation-body = Nous confirmons que { $name }, délégué(e) de { $member_body }, est inscrit(e) à la { $meeting } du { $committee }, qui se tiendra à { $venue } du { $starts } au { $ends }.
invitation-host = La réunion est accueillie par { $host }.
invitation-closing = Nous vous serions reconnaissants de toute aide apportée au délégué pour l'obtention d'un visa pour cette réunion.
invitation-signature = Le secrétariat du { $committee }
registration-invitation = Lettre d'invitation (DOCX)
agenda-printable = Ordre du jour à imprimer
error-meeting-cancelled = Cette réunion est annulée et ne change plus.
meeting-cancelled = Cette réunion est annulée.
meeting-cancel = Annuler la réunion
notice-meeting-cancelled = La réunion est annulée ; les calendriers l'affichent comme annulée.

## Notifications
nav-notifications-count = { $count ->
    [0] Notifications, aucune non lue
    [one] Notifications, une non lue
   *[other] Notifications, { $count } non lues
}
notifications-title = Notifications
notifications-unread = { $count ->
    [0] Rien de non lu.
    [one] Une notification non lue.
   *[other] { $count } notifications non lues.
}
notifications-none = Rien ne s’est encore passé dans vos comités.
notifications-mark-all = Tout marquer comme lu
notifications-new = Nouveau :
notice-notifications-read = Toutes les notifications sont marquées comme lues.
notification-unknown = Une notification que cette version de Comity ne sait pas afficher.
notification-agenda-published = { $committee } : l’ordre du jour de « { $meeting } » est publié.
notification-agenda-changed = { $committee } : l’ordre du jour v{ $version } de « { $meeting } » est publié, { $count ->
    [one] un point modifié.
   *[other] { $count } points modifiés.
}
notification-meeting-changed = { $committee } : « { $meeting } » a une nouvelle date, un nouveau lieu ou un nouveau lien.
notification-meeting-cancelled = { $committee } : « { $meeting } » est annulée.
notification-ballot-opened = { $committee } : le scrutin « { $ballot } » est ouvert jusqu’au { $closes }.
notification-document-registered = { $committee } : le document { $number } « { $title } » est diffusé.

## Meetings: rescheduling, editing the draft agenda, resolutions' ballots
meeting-reschedule = Changer la date, le lieu ou le lien
meeting-reschedule-note = Les calendriers qui suivent le flux du comité ou d’une personne mettent à jour le même événement ; les personnes du comité sont notifiées.
meeting-reschedule-button = Enregistrer le nouveau calendrier
notice-meeting-rescheduled = La réunion est reprogrammée ; les calendriers mettent à jour le même événement et les personnes du comité sont notifiées.
agenda-move-up = Monter
agenda-move-down = Descendre
agenda-move-up-label = Monter le point { $item }
agenda-move-down-label = Descendre le point { $item }
agenda-edit-label = Modifier le point { $item }
agenda-edit-button = Enregistrer le point
notice-agenda-item-moved = Le point est déplacé.
notice-agenda-item-changed = Le point est modifié.
error-agenda-cannot-move = Ce point ne peut pas aller plus loin dans ce sens : il est déjà le premier ou le dernier de son niveau.
resolution-ballot = Scrutin (facultatif)
resolution-no-ballot = Aucun scrutin
resolution-ballot-link = Le scrutin de cette résolution

## Body rules: meetings' notice periods
rules-notice = Réunions : délais de préavis (semaines)
rules-notice-weeks = { $count ->
    [one] une semaine
   *[other] { $count } semaines
}
rules-notice-plenary-agenda = Projet d’ordre du jour avant une réunion de comité en présentiel ou hybride
rules-notice-plenary-agenda-virtual = Projet d’ordre du jour avant une réunion de comité virtuelle
rules-notice-wg-agenda = Projet d’ordre du jour avant une réunion de GT en présentiel ou hybride
rules-notice-wg-agenda-virtual = Projet d’ordre du jour avant une réunion de GT virtuelle
rules-notice-plenary-documents = Documents pour décision avant une réunion de comité
rules-notice-wg-documents = Documents pour décision avant une réunion de GT
rules-notice-minutes = Compte rendu après la réunion
agenda-remove-label = Retirer le point { $item }
minutes-attendance = Liste de présence
text-in-english = (en anglais)

# The audit trail
nav-audit = Journal d’audit
audit-title = Journal d’audit
audit-lead = Chaque changement qui compte, dans l’ordre : votes, scrutins, adhésions et rôles, documents, ordres du jour, procès-verbaux et résolutions verrouillés. Chaque événement inclut l’empreinte du précédent : une modification faite en dehors du portail se voit.
audit-lead-committee = Les changements qui comptent dans ce comité, du plus récent au plus ancien.
audit-events = Événements
audit-none = Aucun événement pour l’instant.
audit-older = Événements plus anciens
audit-intact = { $count ->
    [one] La chaîne est intacte : son unique événement est valide.
   *[other] La chaîne est intacte : ses { $count } événements sont valides.
}
audit-broken = La chaîne est rompue à l’événement { $seq } : { $reason } Les { $count } événements qui le précèdent sont valides.
audit-reason-altered = son contenu ne correspond plus à son empreinte (modifié à la main).
audit-reason-unlinked = il ne suit pas l’événement précédent.
audit-reason-missing = il manque (supprimé).
audit-col-when = Quand
audit-col-who = Qui
audit-col-what = Quoi
audit-col-change = Changement
audit-actor-portal = Le portail
audit-kind-vote-cast = Vote exprimé
audit-kind-vote-changed = Vote modifié
audit-kind-late-vote-refused = Vote tardif refusé
audit-kind-ballot-scheduled = Scrutin programmé
audit-kind-ballot-opened = Scrutin ouvert
audit-kind-ballot-closed = Scrutin clos
audit-kind-ballot-reopened = Scrutin rouvert
audit-kind-ballot-cancelled = Scrutin annulé
audit-kind-ballot-closing-changed = Date de clôture modifiée
audit-kind-membership-changed = Adhésion modifiée
audit-kind-role-changed = Rôle modifié
audit-kind-secretariat-changed = Secrétariat modifié
audit-kind-committee-created = Comité créé
audit-kind-committee-changed = Détails du comité modifiés
audit-kind-document-registered = Document enregistré
audit-kind-document-version = Version de document enregistrée
audit-kind-agenda-published = Ordre du jour publié
audit-kind-minutes-locked = Procès-verbal verrouillé
audit-kind-resolution-locked = Résolution verrouillée

# The dashboard
nav-dashboard = À faire
dashboard-title = Ce qui m’attend
dashboard-lead = Selon vos rôles, le plus urgent d’abord. Chaque élément mène là où il se traite.
dashboard-nothing = Rien ne vous attend pour l’instant.
dashboard-consolidate = Observations à consolider et à soumettre
dashboard-decide = Observations en attente de la décision du secrétariat
dashboard-agendas = Ordres du jour à publier
dashboard-minutes = Procès-verbaux à diffuser
dashboard-registrations = Inscriptions qui se ferment
dashboard-comments = { $count ->
    [one] une observation
   *[other] { $count } observations
}
dashboard-due = Échéance
dashboard-overdue = En retard depuis le

## Notifications par courriel (issue 9)
notification-ballot-closed = { $committee } : le scrutin « { $ballot } » est clos : { $outcome ->
    [approved] approuvé.
    [not_approved] non approuvé.
    [consensus_recommended] les chiffres montrent un consensus ; le président le confirme.
   *[other] le président détermine le résultat.
}
notification-ballot-closing-week = { $committee } : le scrutin « { $ballot } » se clôt dans 7 jours ({ $closes }) et votre organisme membre n’a pas voté.
notification-ballot-closing-days = { $committee } : le scrutin « { $ballot } » se clôt dans 48 heures ({ $closes }) et votre organisme membre n’a pas voté.
notification-disposition-recorded = { $document } : le secrétariat a consigné sa décision sur votre commentaire : { $disposition ->
    [accepted] accepté.
    [accepted_in_principle] accepté sur le principe.
    [not_accepted] non accepté.
   *[other] pris en note.
}
notification-registration-in-person = { $committee } : vous êtes inscrit à « { $meeting } » le { $starts }, en présentiel.
notification-registration-remote = { $committee } : vous êtes inscrit à « { $meeting } » le { $starts }, à distance.
notification-kind-ballot-opened = Un scrutin s’ouvre
notification-kind-ballot-closing = Un scrutin se clôt bientôt et mon organisme membre n’a pas voté
notification-kind-ballot-closed = Un scrutin se clôt, avec son résultat
notification-kind-document-registered = Un document est diffusé
notification-kind-disposition-recorded = Une décision est consignée sur mon commentaire
notification-kind-agenda-published = L’ordre du jour d’une réunion est publié
notification-kind-agenda-changed = Un ordre du jour publié change
notification-kind-meeting-changed = La date, le lieu ou le lien d’une réunion change
notification-kind-meeting-cancelled = Une réunion est annulée
notification-kind-registration-confirmed = Mon inscription à une réunion est confirmée
notification-kind-other = Autres notifications
notification-mode-immediate = Courriel immédiat
notification-mode-digest = Résumé quotidien
notification-mode-off = Pas de courriel
notification-settings-title = Courriels de notification
notification-settings-intro = Pour chaque type de notification, choisissez comment le courriel vous prévient. La liste des notifications du portail montre toujours tout. Le résumé quotidien arrive après 07:00 dans votre fuseau horaire.
notification-settings-kind = Notification
notification-settings-save = Enregistrer les réglages de courriel
notification-settings-saved = Vos réglages de courriel sont enregistrés.
error-notification-kind = Ce n’est pas un type de notification ; rechargez la page et choisissez à nouveau.
error-notification-mode = Choisissez « Courriel immédiat », « Résumé quotidien » ou « Pas de courriel ».
mail-greeting = Bonjour { $name },
mail-open = Ouvrir :
mail-why = Vous recevez ce courriel parce que vous participez à des comités sur Comity.
mail-unsubscribe = Ne plus recevoir de courriel pour « { $kind } » :
mail-settings = Choisir les courriels que vous recevez :
mail-digest-subject = Comity : votre résumé du { $day } ({ $count ->
    [one] 1 notification
   *[other] { $count } notifications
})
mail-digest-intro = Voici ce qui s’est passé dans vos comités depuis votre dernier résumé :
mail-digest-more = … et { $count } de plus dans vos notifications sur Comity.
unsubscribe-title = Arrêter les courriels
unsubscribe-question = Ne plus recevoir de courriel pour « { $kind } » ? Vous verrez toujours ces notifications dans le portail.
unsubscribe-confirm = Arrêter ces courriels
unsubscribe-done = Vous ne recevrez plus de courriel pour « { $kind } ». Vous pouvez changer cela à tout moment dans votre compte.
unsubscribe-unknown = Ce lien n’est pas (ou plus) valable. Connectez-vous et choisissez vos réglages de courriel dans votre compte.
unsubscribe-settings = Tous les réglages de courriel
error-cross-site = Cette requête venait d’un autre site et a été refusée. Ouvrez la page dans Comity même et réessayez.
error-503-title = Comity est momentanément indisponible
