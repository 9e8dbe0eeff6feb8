# UI strings of the Stele help center, in French.
language-name = Français
skip-to-content = Aller au contenu
language-switcher = Langue
show-source = Afficher le texte source en { $language }
source-text = Texte source en { $language }
segment-hint = Sélectionnez une phrase pour voir son texte source en { $language }.
home-title = Centre d’aide
articles = Articles
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
not-translated = pas encore traduit
fallback-notice = Cet article n’est pas encore disponible en { $language } ; il est donc affiché dans une autre langue : { $fallback }.
not-found-title = Page introuvable
not-found-text = La page demandée n’existe pas. Elle a peut-être été déplacée.
back-home = Aller au centre d’aide
root-title = Choisissez votre langue
root-redirect = Redirection vers le centre d’aide dans votre langue…
alert-note = Remarque
alert-tip = Conseil
alert-important = Important
alert-warning = Avertissement
alert-caution = Attention
footer-text = Créé avec Stele.
lookup-label = Rechercher un code d’erreur
lookup-placeholder = Code d’erreur ou message de non-remise, par ex. 550 5.7.750
lookup-page-title = Rechercher un code d’erreur de messagerie
lookup-page-intro = Collez un code d’erreur ou un message de non-remise (NDR) entier. La réponse s’affiche pendant la saisie, fonctionne hors connexion, et rien de ce que vous collez ne quitte cette page.
lookup-known-codes = Codes expliqués par ce centre d’aide
lookup-loading = Chargement de la recherche…
lookup-unavailable = La recherche ne peut pas fonctionner dans ce navigateur. Utilisez la liste des codes ci-dessous.
lookup-fix-by = Qui peut corriger le problème
lookup-steps = Que faire
lookup-cause = Cause
lookup-read-article = Lire l’article complet
lookup-other-language = (pas encore traduit ; affiché dans une autre langue)
lookup-candidates = Codes qui commencent ainsi
lookup-generic = Signification de la classe et du sujet du code
lookup-corrected = Le code saisi comporte trop de chiffres ; il a été lu comme le code valide le plus proche
lookup-no-rule = Aucun article ne traite encore ce code précis. La ligne ci-dessus indique ce que signifient sa classe et son sujet.
lookup-close = Fermer
lookup-no-code = Aucun code d’erreur trouvé. Collez un code comme 5.7.750, ou le message de non-remise entier.
lookup-class-2 = Réussite
lookup-class-4 = Échec temporaire : le message peut encore être remis plus tard
lookup-class-5 = Échec permanent : renvoyer le même message ne servira à rien
lookup-subject-0 = État autre ou non défini
lookup-subject-1 = Problème d’adresse (adresse de l’expéditeur ou du destinataire)
lookup-subject-2 = Problème de boîte aux lettres (celle du destinataire)
lookup-subject-3 = Problème du système de messagerie (système destinataire)
lookup-subject-4 = Problème de réseau ou de routage
lookup-subject-5 = Problème de protocole de remise
lookup-subject-6 = Problème de contenu ou de format du message
lookup-subject-7 = Problème de sécurité ou de stratégie
lookup-fix-sender = L’expéditeur
lookup-fix-admin = Votre administrateur de messagerie
lookup-fix-recipient = Le destinataire ou son administrateur
lookup-fix-support = Votre administrateur, avec le support du fournisseur de messagerie
lookup-fix-wait = Personne : patientez, le service réessaie ou lève la limite
lookup-severity-info = Information
lookup-severity-warning = Retardé
lookup-severity-error = Non remis
search-label = Rechercher
search-placeholder = Rechercher dans le centre d’aide
search-title = Résultats de la recherche
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
}
search-locale = Pages en
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = Sur cette page
last-updated = Dernière mise à jour :
mt-notice = Cet article a été traduit automatiquement et peut contenir des erreurs.
mt-source-link = Lire l’article original en { $language }.
copy-code = Copier
copied = Copié
video-link = Regarder la vidéo
breadcrumbs = Fil d’Ariane
search-more = Afficher plus de résultats
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Sommaire
pager-label = Article précédent et suivant
previous-page = Précédent
next-page = Suivant
edit-page = Modifier cette page
heading-link = Lien vers la section « { $heading } »
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] L’article source ({ $language }) a changé depuis cette traduction : un passage n’est peut-être plus à jour.
   *[other] L’article source ({ $language }) a changé depuis cette traduction : { $count } passages ne sont peut-être plus à jour.
}
stale-source-link = Lire l’article source actuel.
