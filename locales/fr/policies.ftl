# Explications pour la recherche de codes d’erreur (content/policies/*.toml).
# Un message correspond à un résultat : sa valeur est le titre ; `.meaning`,
# `.cause` et `.step-1`, `.step-2`… s’affichent en dessous. Le message d’une
# question contient la question et un attribut par valeur de réponse.
# Written for Stele from the facts in Microsoft's public NDR articles
# (CC BY 4.0, see NOTICE).

## 5.7.7xx : blocages à l’échelle du locataire

ndr-5-7-700 = L’envoi de courrier est bloqué pour votre organisation
    .meaning = La plupart des messages récemment envoyés par votre organisation (locataire) semblaient suspects ; le service a donc bloqué tous les envois.
    .cause = Généralement un compte ou un serveur compromis, ou un volume trop important de courrier en nombre.
    .step-1 = Recherchez et corrigez les comptes compromis, les serveurs compromis et les relais ouverts.
    .step-2 = Assurez-vous que tout le courrier sortant est de nouveau légitime.
    .step-3 = Contactez le support et demandez le déblocage de votre organisation.

ndr-5-7-703 = Un destinataire est bloqué par la liste d’autorisation/de blocage de votre organisation
    .meaning = Une adresse ou un domaine d’un destinataire est bloqué dans la Liste d’autorisation/de blocage du locataire de votre organisation ; le message n’a donc été envoyé à personne.
    .cause = Une entrée de la Liste d’autorisation/de blocage du locataire correspond à l’un des destinataires.
    .step-1 = Demandez à votre administrateur de rechercher l’adresse ou le domaine du destinataire dans la Liste d’autorisation/de blocage du locataire.
    .step-2 = Si l’entrée n’est pas voulue, supprimez-la et renvoyez le message.

ndr-5-7-705 = Votre organisation a dépassé son seuil d’envoi
    .meaning = L’ensemble de vos utilisateurs a envoyé tellement de courrier suspect que le service a bloqué les envois de toute votre organisation.
    .cause = Le plus souvent un compte compromis ; parfois trop de courrier en nombre ou, plus rarement, un abonnement renouvelé après son expiration.
    .step-1 = Recherchez les comptes compromis et les connecteurs inhabituels.
    .step-2 = Sécurisez vos serveurs de messagerie locaux et activez l’authentification multifacteur pour les administrateurs.
    .step-3 = Contactez le support pour faire débloquer votre organisation.

ndr-5-7-705-q = Votre abonnement a-t-il expiré puis été renouvelé ces deux derniers jours ?
    .yes = Oui, nous l’avons renouvelé récemment
    .no = Non, il n’a pas expiré

ndr-5-7-705-renewed = Bloqué pendant la synchronisation d’un abonnement renouvelé
    .meaning = Après le renouvellement d’un abonnement expiré, le service a besoin de temps (généralement une journée au plus) pour le synchroniser et peut bloquer les envois entre-temps.
    .cause = Le renouvellement n’a pas encore atteint toutes les parties du service.
    .step-1 = Patientez jusqu’à une journée, puis envoyez un message de test.
    .step-2 = Si l’envoi est toujours bloqué au bout d’une journée, contactez le support.
    .step-3 = À l’avenir, renouvelez l’abonnement avant son expiration pour éviter ce blocage.

ndr-5-7-705-compromised = Bloqué après l’envoi de courrier suspect par votre organisation
    .meaning = Le service a détecté trop de courrier suspect provenant de votre organisation et a bloqué les envois jusqu’à ce que vous prouviez que votre environnement est sécurisé.
    .cause = Très probablement un compte, un serveur ou un connecteur compromis.
    .step-1 = Vérifiez chaque utilisateur pour détecter des signes de compromission et réinitialisez les mots de passe concernés.
    .step-2 = Activez l’authentification multifacteur pour tous les administrateurs.
    .step-3 = Recherchez les connecteurs entrants inhabituels et supprimez ceux que vous n’avez pas créés.
    .step-4 = Verrouillez vos serveurs de messagerie locaux.
    .step-5 = Contactez le support, montrez que l’environnement est sécurisé et demandez le déblocage.

ndr-5-7-708 = Le courrier provenant de cette adresse IP n’est pas accepté
    .meaning = Le message a été envoyé depuis une adresse IP de faible réputation ; le service l’a donc refusé.
    .cause = Fréquent avec les organisations nouvelles ou en version d’évaluation, ou après l’envoi de courrier indésirable depuis cette adresse.
    .step-1 = Assurez-vous que votre organisation n’envoie pas de courrier indésirable.
    .step-2 = Contactez le support et demandez un réexamen de la restriction.

ndr-5-7-750 = Envoi bloqué depuis des domaines non enregistrés
    .meaning = Votre organisation a envoyé une quantité suspecte de courrier depuis des domaines qui ne sont pas enregistrés (domaines acceptés) dans Microsoft 365 ; le courrier provenant de ces domaines est donc bloqué.
    .cause = Généralement un serveur local compromis qui relaie du courrier indésirable ; parfois du courrier transféré ou hybride provenant d’un domaine que personne n’a enregistré.
    .step-1 = Enregistrez et vérifiez comme domaine accepté chaque domaine à partir duquel vous envoyez du courrier.
    .step-2 = Recherchez les connecteurs inhabituels et les utilisateurs compromis.
    .step-3 = Contactez le support et demandez le déblocage de votre organisation.

ndr-5-7-750-q = Le courrier de vos propres serveurs (locaux) sort-il par Microsoft 365 ?
    .yes = Oui, nous avons un déploiement hybride
    .no = Non, seules des boîtes aux lettres Microsoft 365 envoient ou transfèrent du courrier

ndr-5-7-750-hybrid = Domaines non enregistrés dans un déploiement hybride
    .meaning = Vos serveurs locaux envoient du courrier via Exchange Online Protection depuis des domaines qui ne sont pas enregistrés dans Microsoft 365.
    .cause = Un domaine utilisé en local manque dans les domaines acceptés, ou un serveur local compromis relaie du courrier indésirable.
    .step-1 = Répertoriez tous les domaines à partir desquels vos serveurs locaux envoient du courrier et ajoutez chacun d’eux comme domaine accepté.
    .step-2 = Vérifiez que vos connecteurs sont bien ceux que vous avez créés.
    .step-3 = Verrouillez les serveurs locaux et assurez-vous qu’ils ne sont pas compromis.
    .step-4 = Contactez le support et demandez le déblocage de votre organisation.

ndr-5-7-750-forwarding = Domaines non enregistrés dans le courrier transféré
    .meaning = Du courrier relayé par votre organisation, par exemple des messages transférés vers les adresses externes des utilisateurs, provenait de domaines non enregistrés.
    .cause = Des règles de transfert envoient de grandes quantités de courrier vers l’extérieur, ou un compte est compromis.
    .step-1 = Enregistrez et vérifiez chaque domaine à partir duquel vous envoyez du courrier.
    .step-2 = Passez en revue le transfert des boîtes aux lettres et recherchez les utilisateurs compromis.
    .step-3 = Contactez le support et demandez le déblocage de votre organisation.

## 5.7.x : sécurité et stratégies

ndr-5-7-1-not-authorized = Vous n’êtes pas autorisé à envoyer des messages à ce destinataire
    .meaning = Le destinataire n’accepte que les messages de certains expéditeurs, et vous n’en faites pas partie.
    .cause = Une restriction de remise appliquée au destinataire, par exemple un groupe limité à ses membres.
    .step-1 = Vérifiez que vous envoyez le message à la bonne adresse.
    .step-2 = Demandez au propriétaire ou à l’administrateur du destinataire de vous autoriser comme expéditeur.

ndr-5-7-1-relay = Le système de réception a refusé de relayer le message
    .meaning = Votre système de messagerie a remis le message à un système qui n’est pas sa destination finale et qui n’est pas configuré pour le transmettre.
    .cause = Un connecteur, un enregistrement MX ou un paramètre de relais d’une application pointe vers le mauvais endroit.
    .step-1 = Vérifiez les connecteurs et les enregistrements MX du système d’envoi.
    .step-2 = Vérifiez les paramètres de relais de l’application ou de l’appareil qui a envoyé le message.

ndr-5-7-1-not-authenticated = Le système d’envoi ne s’est pas authentifié
    .meaning = Le système de réception exige que les expéditeurs s’authentifient, et le vôtre ne l’a pas fait.
    .cause = Une application ou un appareil relaie du courrier sans s’authentifier.
    .step-1 = Configurez l’application ou l’appareil pour qu’il s’authentifie.
    .step-2 = Ou utilisez un connecteur qui l’identifie par certificat ou par adresse IP.

ndr-5-7-x = Rejeté par une règle de sécurité ou de stratégie
    .meaning = Le système de réception a rejeté le message en raison de l’une de ses règles de sécurité ou de stratégie.
    .step-1 = Lisez le texte qui suit le code dans le rapport de non-remise (NDR) : il nomme souvent la règle.
    .step-2 = Vérifiez si le destinataire limite les personnes autorisées à lui écrire.
    .step-3 = Vérifiez les enregistrements SPF, DKIM et DMARC de votre domaine.
    .step-4 = Demandez à l’administrateur du destinataire quelle règle a rejeté le message.

ndr-5-7-12 = Le destinataire n’accepte que le courrier provenant de son organisation
    .meaning = L’adresse du destinataire est configurée pour rejeter les messages provenant de l’extérieur de son organisation.
    .step-1 = Demandez à l’administrateur du destinataire d’accepter les messages des expéditeurs externes, ou les vôtres.

ndr-5-7-23 = Votre enregistrement SPF n’autorise pas cet expéditeur
    .meaning = La destination vérifie SPF, et l’enregistrement SPF de votre domaine ne mentionne pas le serveur qui a envoyé le message.
    .step-1 = Mettez à jour l’enregistrement SPF de votre domaine pour y inclure chaque serveur qui envoie du courrier pour ce domaine.

ndr-5-7-25 = L’adresse IPv6 d’envoi n’a pas d’enregistrement DNS inversé
    .meaning = Le courrier envoyé via IPv6 doit provenir d’une adresse disposant d’un enregistrement DNS inversé (PTR).
    .step-1 = Ajoutez un enregistrement DNS inversé pour l’adresse IPv6 d’envoi.

ndr-4-7-26 = Le courrier envoyé via IPv6 doit réussir la vérification SPF ou DKIM
    .meaning = Un message envoyé via IPv6 doit réussir la vérification SPF ou DKIM, et celui-ci n’a réussi aucune des deux.
    .step-1 = Signez le courrier sortant avec DKIM, ou publiez un enregistrement SPF qui couvre l’adresse IPv6.

ndr-5-7-57 = Une application a tenté d’envoyer sans s’authentifier
    .meaning = Une application ou un appareil envoie via smtp.office365.com, mais ses paramètres d’authentification sont incorrects.
    .step-1 = Vérifiez le compte, le mot de passe et les paramètres TLS de l’application ou de l’appareil.
    .step-2 = Assurez-vous que le compte utilisé est autorisé à envoyer (authentification SMTP activée).

ndr-5-7-64 = Le connecteur entrant ne correspond pas à votre environnement local
    .meaning = Les messages de votre environnement local arrivent par un connecteur entrant dont les paramètres ne correspondent plus à cet environnement.
    .step-1 = Mettez à jour le nom de certificat ou les adresses IP du connecteur pour qu’ils correspondent à vos serveurs locaux.

ndr-5-7-124 = Vous ne figurez pas dans la liste des expéditeurs autorisés du groupe
    .meaning = Le groupe de distribution n’accepte que les messages des expéditeurs figurant dans sa liste.
    .step-1 = Demandez au propriétaire du groupe de vous ajouter aux expéditeurs autorisés.

ndr-5-7-129 = Rejeté par une restriction de remise
    .meaning = Les restrictions de remise du destinataire ont rejeté le message. Nos articles ne donnent pas plus de détails sur ce code.
    .step-1 = Demandez au propriétaire ou à l’administrateur du destinataire si vous êtes autorisé à lui envoyer des messages.

ndr-5-7-133 = Le groupe n’accepte pas le courrier provenant de l’extérieur de son organisation
    .meaning = Le destinataire est un groupe de distribution configuré pour rejeter les messages des expéditeurs externes.
    .step-1 = Demandez au propriétaire du groupe d’accepter les messages des expéditeurs externes.

ndr-5-7-134 = La boîte aux lettres n’accepte pas le courrier provenant de l’extérieur de son organisation
    .meaning = Le destinataire est une boîte aux lettres configurée pour rejeter les messages des expéditeurs externes.
    .step-1 = Demandez à l’administrateur du destinataire d’accepter les messages des expéditeurs externes.

ndr-5-7-135 = Le dossier public n’accepte pas le courrier provenant de l’extérieur de son organisation
    .meaning = Le destinataire est un dossier public à extension messagerie configuré pour rejeter les messages des expéditeurs externes.
    .step-1 = Demandez à l’administrateur du destinataire d’accepter les messages des expéditeurs externes.

ndr-5-7-136 = L’utilisateur de messagerie n’accepte pas le courrier provenant de l’extérieur de son organisation
    .meaning = Le destinataire est un utilisateur de messagerie configuré pour rejeter les messages des expéditeurs externes.
    .step-1 = Demandez à l’administrateur du destinataire d’accepter les messages des expéditeurs externes.

ndr-5-7-193 = Le groupe Microsoft 365 n’accepte pas les expéditeurs externes
    .meaning = Le groupe n’accepte que les messages de ses membres ou provenant de son organisation.
    .step-1 = Demandez au propriétaire du groupe d’autoriser les expéditeurs externes à envoyer des messages au groupe.

ndr-5-7-367 = Un message transféré a été refusé par un serveur en aval
    .meaning = Un message transféré ou relayé depuis Microsoft 365 a échoué à la vérification SPF ou DKIM à son arrivée ; il est donc reparti par le pool de relais, et le serveur suivant l’a refusé.
    .step-1 = Faites en sorte que les vérifications SPF et DKIM de l’expéditeur d’origine réussissent, ou évitez de transférer ce type de courrier.

ndr-tls-321 = Le serveur de destination ne propose pas le chiffrement (STARTTLS)
    .meaning = La destination exige un chiffrement vérifié, mais son serveur n’a pas répondu à la commande STARTTLS.
    .step-1 = L’administrateur de la destination doit activer TLS sur son serveur de messagerie.

ndr-tls-322 = Le certificat du serveur de destination a expiré
    .meaning = La destination exige un chiffrement vérifié, et son serveur a présenté un certificat expiré.
    .step-1 = L’administrateur de la destination doit renouveler le certificat.

ndr-tls-323 = La destination a échoué à la validation DANE
    .meaning = Le certificat du serveur de destination ne correspond pas à son enregistrement TLSA.
    .step-1 = L’administrateur de la destination doit corriger le certificat ou l’enregistrement TLSA.

ndr-tls-324 = Les enregistrements DNSSEC de la destination ne sont pas valides
    .meaning = La destination indique qu’elle utilise DNSSEC, mais ses enregistrements n’ont pas pu être vérifiés.
    .step-1 = L’administrateur de la destination doit corriger sa configuration DNSSEC.

ndr-tls-325 = Le certificat du serveur de destination ne correspond pas à son nom
    .meaning = Les noms figurant dans le certificat du serveur ne correspondent ni au domaine ni à l’hôte MX.
    .step-1 = L’administrateur de la destination doit utiliser un certificat émis pour le nom d’hôte MX.

## Réputation de l’expéditeur

ndr-4-7-500 = L’envoi est suspendu pendant la vérification d’une activité suspecte
    .meaning = Une activité suspecte a été détectée et l’envoi est temporairement restreint pendant son évaluation.
    .step-1 = Patientez : le service effectue de nouvelles tentatives d’envoi du message.
    .step-2 = Si le problème persiste, recherchez les comptes compromis.

ndr-4-7-850 = Le courrier provenant de cette adresse IP est suspendu pour évaluation
    .meaning = Une activité suspecte a été détectée sur l’adresse IP d’envoi, qui est temporairement restreinte pendant son évaluation.
    .step-1 = Patientez : le service effectue de nouvelles tentatives d’envoi du message.

ndr-5-7-501 = Le compte d’envoi est banni pour envoi de courrier indésirable
    .meaning = Le compte qui a envoyé le message a été banni parce qu’il a envoyé du courrier indésirable.
    .step-1 = Sécurisez le compte et éliminez la cause du courrier indésirable.
    .step-2 = Contactez le support pour faire réexaminer le bannissement.

ndr-5-7-504 = L’adresse du destinataire n’est pas valide
    .meaning = L’adresse que vous essayez de joindre a été rejetée comme non valide.
    .step-1 = Vérifiez l’adresse du destinataire.

ndr-5-7-505 = Le destinataire est banni
    .meaning = Le destinataire que vous essayez de joindre n’est pas valide.
    .step-1 = Vérifiez l’adresse du destinataire ou contactez-le par un autre moyen.

ndr-5-7-506 = Le serveur d’envoi s’est présenté de manière incorrecte (HELO incorrect)
    .meaning = Votre serveur s’est présenté avec le nom du serveur auquel il se connecte, au lieu de son propre nom.
    .step-1 = Configurez le serveur pour qu’il utilise son propre nom de domaine complet (FQDN) dans HELO/EHLO.

ndr-5-7-507 = L’organisation du destinataire bloque votre adresse IP
    .meaning = L’adresse IP à partir de laquelle vous envoyez est bloquée par l’organisation du destinataire.
    .step-1 = Demandez à l’administrateur du destinataire de débloquer votre adresse IP.

ndr-5-7-508 = Votre plage IPv6 a envoyé trop de messages trop rapidement
    .meaning = Votre plage IPv6 a tenté d’envoyer trop de messages en trop peu de temps.
    .step-1 = Réduisez le rythme d’envoi depuis cette plage et réessayez plus tard.

ndr-5-7-509 = Votre domaine ne réussit pas la vérification DMARC
    .meaning = Le domaine de l’adresse From (De) ne réussit pas la vérification DMARC.
    .step-1 = Corrigez les enregistrements SPF, DKIM et DMARC du domaine.

ndr-5-7-510 = Le destinataire n’accepte pas le courrier via IPv6
    .meaning = Vous avez tenté de remettre le message via IPv6, ce que le destinataire n’accepte pas.
    .step-1 = Envoyez via IPv4 à ce destinataire.

ndr-5-7-511 = L’adresse IP d’envoi est bannie
    .meaning = L’adresse IP à partir de laquelle vous envoyez a été bannie.
    .step-1 = Éliminez la cause du bannissement, puis demandez le retrait de l’adresse de la liste.

ndr-5-7-512 = Le message n’a pas d’adresse From valide
    .meaning = Le message a été envoyé sans adresse From (De) valide (RFC 5322, section 3.6.2).
    .step-1 = Corrigez le programme qui a envoyé le message pour qu’il écrive une adresse From valide.

ndr-5-7-513 = Le domaine du destinataire bloque votre adresse IP
    .meaning = Le domaine du destinataire a ajouté votre adresse IP d’envoi à sa propre liste de blocage.
    .step-1 = Demandez à l’administrateur du destinataire de retirer votre adresse IP de sa liste de blocage.

## Adresses, limites, routage et contenu

ndr-432-4-3-2 = La boîte aux lettres du destinataire reçoit trop de messages trop vite
    .meaning = La boîte aux lettres du destinataire reçoit trop de messages trop rapidement ; leur acceptation est donc volontairement ralentie.
    .step-1 = Patientez : le message est renvoyé automatiquement.

ndr-554-4-3-2 = Un dossier de la boîte aux lettres du destinataire est plein
    .meaning = Un dossier de la boîte aux lettres du destinataire a atteint la limite d’un million d’éléments.
    .step-1 = Le destinataire ou son administrateur doit déplacer ou supprimer des éléments du dossier.

ndr-4-4-316 = Le serveur de destination a refusé la connexion
    .meaning = Le service a tenté de remettre le message à un serveur externe, mais la connexion a échoué en raison d’un problème réseau du côté de ce serveur.
    .step-1 = Patientez : le service effectue de nouvelles tentatives.
    .step-2 = Si le problème persiste, l’administrateur du destinataire doit vérifier son serveur.

ndr-4-4-317 = La chaîne de certificats du serveur de destination est incomplète
    .meaning = Le serveur distant n’a envoyé que son propre certificat, sans les certificats intermédiaires ; il n’a donc pas pu être rattaché à une racine approuvée.
    .step-1 = L’administrateur de la destination doit installer la chaîne de certificats complète.

ndr-4-4-7 = Le message a expiré dans la file d’attente
    .meaning = Le message est resté trop longtemps dans la file d’attente et a expiré.
    .step-1 = Vérifiez avec l’administrateur du destinataire que son serveur est joignable, puis renvoyez le message.

ndr-451-4-4-0 = Impossible d’établir la connexion sortante
    .meaning = Une connexion ou un proxy vers la destination a échoué pendant l’envoi.
    .step-1 = Patientez : le service effectue de nouvelles tentatives. Si le problème persiste, vérifiez le serveur et le DNS de la destination.

ndr-4-5-3 = Trop de destinataires
    .meaning = Le message compte plus de 200 destinataires d’enveloppe du même domaine.
    .step-1 = Répartissez les destinataires sur plusieurs messages ou utilisez un groupe de distribution.

ndr-5-0-350 = Le système du destinataire a signalé une erreur générale
    .meaning = Un code générique utilisé par l’organisation du destinataire pour de nombreux problèmes différents.
    .step-1 = Lisez le texte du rapport de non-remise (NDR), puis contactez l’administrateur du destinataire.

ndr-5-1-0 = L’expéditeur a été refusé
    .meaning = Souvent un message enregistré sous forme de fichier et auquel on a répondu hors connexion, ce qui lui donne un expéditeur obsolète.
    .step-1 = Rédigez un nouveau message au lieu de répondre à un message enregistré.

ndr-5-1-1 = L’adresse du destinataire n’existe pas
    .meaning = L’adresse a été mal saisie, n’est plus valide, ou l’entrée de saisie semi-automatique est obsolète.
    .step-1 = Vérifiez que l’adresse ne contient pas de faute de frappe.
    .step-2 = Supprimez l’adresse de la liste de saisie semi-automatique et saisissez-la de nouveau.

ndr-5-1-x = Adresse de boîte aux lettres de destination incorrecte
    .meaning = Le destinataire n’existe pas ou l’entrée de saisie semi-automatique est erronée ; cela s’applique aux codes 5.1.1 à 5.1.20.
    .step-1 = Vérifiez l’adresse et supprimez-la de la liste de saisie semi-automatique.

ndr-5-1-8 = L’expéditeur est bloqué pour envoi de courrier indésirable
    .meaning = Le compte d’envoi a été bloqué parce qu’il a envoyé trop de courrier indésirable.
    .step-1 = Sécurisez le compte (réinitialisez le mot de passe, recherchez une éventuelle compromission).
    .step-2 = Demandez à votre administrateur de faire débloquer le compte.

ndr-5-1-10 = Destinataire introuvable
    .meaning = L’adresse du destinataire est introuvable.
    .step-1 = Vérifiez l’adresse et demandez au destinataire quelle est la bonne.

ndr-5-1-20 = Plusieurs adresses From mais aucune adresse Sender
    .meaning = Le message indique plusieurs adresses dans From mais aucune dans Sender, ce que la RFC 5322 n’autorise pas.
    .step-1 = Envoyez le message avec une seule adresse From, ou ajoutez une adresse Sender.

ndr-5-1-90 = Vous avez atteint votre limite quotidienne de destinataires
    .meaning = Vous avez dépassé le nombre de destinataires auxquels vous pouvez envoyer des messages par jour.
    .step-1 = Attendez la réinitialisation de la limite, puis renvoyez le message.

ndr-5-2-2 = Votre quota d’envoi a été dépassé
    .meaning = Vous avez dépassé la limite de débit de destinataires ou la limite de débit de messages.
    .step-1 = Attendez la réinitialisation de la limite, puis renvoyez le message.

ndr-submission-quota = Votre quota de soumission a été dépassé
    .meaning = Le compte a dépassé sa limite de débit de destinataires (10 000 destinataires par jour).
    .step-1 = Attendez la réinitialisation de la limite, puis renvoyez le message.

ndr-5-2-121 = Vous avez envoyé trop de messages à ce destinataire au cours de cette heure
    .meaning = Vous avez dépassé le nombre de messages que vous pouvez envoyer par heure à un même destinataire.
    .step-1 = Attendez une heure, puis renvoyez le message.

ndr-5-2-122 = Le destinataire reçoit trop de messages au cours de cette heure
    .meaning = Le destinataire a dépassé le nombre de messages qu’il peut recevoir par heure de l’ensemble des expéditeurs.
    .step-1 = Attendez une heure, puis renvoyez le message.

ndr-5-3-190 = L’archive de journalisation est désactivée
    .meaning = La journalisation des messages locaux vers Microsoft 365 nécessite le paramètre d’archive de journalisation (Journaling Archive), qui est désactivé.
    .step-1 = Activez l’archive de journalisation, ou cessez de journaliser le courrier local vers Microsoft 365.

ndr-5-4-1-relay = La destination n’accepte pas le courrier pour ce domaine
    .meaning = Le serveur qui signale l’erreur n’accepte pas le courrier pour le domaine du destinataire.
    .step-1 = L’administrateur du destinataire doit vérifier les enregistrements MX et les domaines acceptés du domaine.

ndr-5-4-1-rejected = L’adresse du destinataire a été rejetée
    .meaning = L’adresse du destinataire n’existe pas.
    .step-1 = Vérifiez l’adresse et renvoyez le message.

ndr-5-4-6 = Une boucle de routage a été détectée
    .meaning = Une erreur de configuration fait tourner le message en boucle.
    .step-1 = Recherchez une boucle dans les règles de transfert et les connecteurs.
    .step-2 = Vérifiez les enregistrements MX du domaine.

ndr-5-4-x = Problème de routage
    .meaning = Les codes 5.4.6 à 5.4.20 signalent des problèmes de configuration du routage, comme des boucles.
    .step-1 = Recherchez des boucles dans les connecteurs, les enregistrements MX et les transferts.

ndr-5-4-300 = Le message a expiré
    .meaning = La remise a pris trop de temps : la destination n’a jamais répondu, ou le rapport de non-remise d’une erreur antérieure n’a pas pu être remis.
    .step-1 = Vérifiez que le serveur de destination est joignable, puis renvoyez le message.

ndr-5-5-0 = Le destinataire Outlook.com ou Hotmail est introuvable
    .meaning = Le domaine du destinataire est hotmail.com ou outlook.com, et l’adresse est introuvable.
    .step-1 = Vérifiez l’adresse et renvoyez le message.

ndr-5-6-0 = La stratégie d’expiration du groupe modéré ne peut pas être lue
    .meaning = Il n’existe aucune balise de rétention pour les destinataires modérés ; la modération ne peut donc pas fonctionner.
    .step-1 = L’administrateur doit créer la balise de stratégie de rétention manquante.

ndr-5-6-11 = Le message contient des caractères non valides
    .meaning = Votre programme de messagerie a ajouté au message des caractères de saut de ligne isolés (bare line feeds).
    .step-1 = Mettez à jour ou reconfigurez le programme de messagerie, puis renvoyez le message.
