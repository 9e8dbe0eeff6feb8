# Erklärungen für die Fehlercode-Suche (content/policies/*.toml).
# Jede Meldung aus locales/en/policies.ftl ist übersetzt (ein Test prüft das).

ndr-5-7-700 = Ihre Organisation ist für das Senden von E-Mails gesperrt
    .meaning = Der Großteil der zuletzt von Ihrer Organisation (Ihrem Mandanten) gesendeten E-Mails war verdächtig, daher hat der Dienst das Senden für alle gesperrt.
    .cause = Meist ein kompromittiertes Konto oder ein kompromittierter Server, oder zu viele Massen-E-Mails.
    .step-1 = Finden und beheben Sie kompromittierte Konten, Server und offene Relays.
    .step-2 = Stellen Sie sicher, dass alle ausgehenden E-Mails wieder legitim sind.
    .step-3 = Wenden Sie sich an den Support und bitten Sie, die Sperre Ihrer Organisation aufzuheben.

ndr-5-7-703 = Ein Empfänger ist in der Zulassungs-/Sperrliste Ihrer Organisation gesperrt
    .meaning = Eine Adresse oder Domäne eines Empfängers ist in der Mandanten-Zulassungs-/Sperrliste gesperrt, daher wurde die ganze Nachricht nicht gesendet.
    .cause = Ein Eintrag der Mandanten-Zulassungs-/Sperrliste passt zu einem der Empfänger.
    .step-1 = Bitten Sie Ihren Administrator, die Mandanten-Zulassungs-/Sperrliste auf die Adresse oder Domäne des Empfängers zu prüfen.
    .step-2 = Ist der Eintrag nicht gewollt, entfernen Sie ihn und senden Sie die Nachricht erneut.

ndr-5-7-705 = Ihre Organisation hat ihren Sendeschwellenwert überschritten
    .meaning = Ihre Benutzer haben zusammen so viele verdächtige E-Mails gesendet, dass der Dienst das Senden für Ihre ganze Organisation gesperrt hat.
    .cause = Meist ein kompromittiertes Konto; manchmal zu viele Massen-E-Mails, selten ein erst nach Ablauf verlängertes Abonnement.
    .step-1 = Suchen Sie nach kompromittierten Konten und ungewöhnlichen Connectors.
    .step-2 = Sichern Sie Ihre lokalen E-Mail-Server und aktivieren Sie die mehrstufige Authentifizierung für Administratoren.
    .step-3 = Wenden Sie sich an den Support, um die Sperre aufheben zu lassen.

ndr-5-7-705-q = Ist Ihr Abonnement abgelaufen und wurde es in den letzten ein, zwei Tagen verlängert?
    .yes = Ja, wir haben es gerade verlängert
    .no = Nein, es ist nicht abgelaufen

ndr-5-7-705-renewed = Gesperrt, bis das verlängerte Abonnement synchronisiert ist
    .meaning = Nach der Verlängerung eines abgelaufenen Abonnements braucht der Dienst Zeit (meist höchstens einen Tag), um es zu synchronisieren, und kann das Senden solange sperren.
    .cause = Die Verlängerung ist noch nicht in allen Teilen des Dienstes angekommen.
    .step-1 = Warten Sie bis zu einen Tag und senden Sie dann eine Testnachricht.
    .step-2 = Ist das Senden nach einem Tag noch gesperrt, wenden Sie sich an den Support.
    .step-3 = Verlängern Sie künftig, bevor das Abonnement abläuft.

ndr-5-7-705-compromised = Gesperrt nach verdächtigen E-Mails aus Ihrer Organisation
    .meaning = Der Dienst hat zu viele verdächtige E-Mails aus Ihrer Organisation festgestellt und das Senden gesperrt, bis Sie nachweisen, dass alles gesichert ist.
    .cause = Wahrscheinlich ein kompromittiertes Konto, ein Server oder ein Connector.
    .step-1 = Prüfen Sie alle Benutzer auf Anzeichen einer Kompromittierung und setzen Sie betroffene Kennwörter zurück.
    .step-2 = Aktivieren Sie die mehrstufige Authentifizierung für alle Administratoren.
    .step-3 = Suchen Sie nach ungewöhnlichen eingehenden Connectors und entfernen Sie die, die Sie nicht angelegt haben.
    .step-4 = Sichern Sie Ihre lokalen E-Mail-Server ab.
    .step-5 = Wenden Sie sich an den Support, weisen Sie die gesicherte Umgebung nach und bitten Sie um Aufhebung der Sperre.

ndr-5-7-708 = E-Mails von dieser IP-Adresse werden nicht angenommen
    .meaning = Die Nachricht kam von einer IP-Adresse mit schlechtem Ruf, daher hat der Dienst sie abgelehnt.
    .cause = Häufig bei neuen oder Test-Organisationen, oder nachdem von der Adresse Spam gesendet wurde.
    .step-1 = Stellen Sie sicher, dass Ihre Organisation keinen Spam sendet.
    .step-2 = Wenden Sie sich an den Support und bitten Sie um Prüfung der Einschränkung.

ndr-5-7-750 = Senden von nicht registrierten Domänen gesperrt
    .meaning = Ihre Organisation hat verdächtig viele E-Mails von Domänen gesendet, die in Microsoft 365 nicht registriert (keine akzeptierten Domänen) sind, daher werden E-Mails von diesen Domänen gesperrt.
    .cause = Meist ein kompromittierter lokaler Server, der Spam weiterleitet; manchmal Weiterleitungen oder Hybrid-E-Mails von einer Domäne, die niemand registriert hat.
    .step-1 = Registrieren und verifizieren Sie jede Domäne, von der Sie E-Mails senden, als akzeptierte Domäne.
    .step-2 = Suchen Sie nach ungewöhnlichen Connectors und kompromittierten Benutzern.
    .step-3 = Wenden Sie sich an den Support und bitten Sie, die Sperre Ihrer Organisation aufzuheben.

ndr-5-7-750-q = Senden Ihre eigenen (lokalen) E-Mail-Server über Microsoft 365?
    .yes = Ja, wir haben eine Hybridumgebung
    .no = Nein, nur Microsoft 365-Postfächer senden oder leiten weiter

ndr-5-7-750-hybrid = Nicht registrierte Domänen in einer Hybridumgebung
    .meaning = Ihre lokalen Server senden E-Mails über Exchange Online Protection von Domänen, die in Microsoft 365 nicht registriert sind.
    .cause = Eine lokal verwendete Domäne fehlt in den akzeptierten Domänen, oder ein kompromittierter lokaler Server leitet Spam weiter.
    .step-1 = Listen Sie jede Domäne auf, von der Ihre lokalen Server senden, und fügen Sie jede als akzeptierte Domäne hinzu.
    .step-2 = Prüfen Sie, ob Ihre Connectors wirklich von Ihnen angelegt wurden.
    .step-3 = Sichern Sie die lokalen Server ab und stellen Sie sicher, dass sie nicht kompromittiert sind.
    .step-4 = Wenden Sie sich an den Support und bitten Sie, die Sperre Ihrer Organisation aufzuheben.

ndr-5-7-750-forwarding = Nicht registrierte Domänen in weitergeleiteten E-Mails
    .meaning = Über Ihre Organisation weitergeleitete E-Mails, etwa an externe Adressen Ihrer Benutzer, stammten von nicht registrierten Domänen.
    .cause = Weiterleitungsregeln senden viele E-Mails nach außen, oder ein Konto ist kompromittiert.
    .step-1 = Registrieren und verifizieren Sie jede Domäne, von der Sie E-Mails senden.
    .step-2 = Prüfen Sie die Postfach-Weiterleitungen und suchen Sie nach kompromittierten Benutzern.
    .step-3 = Wenden Sie sich an den Support und bitten Sie, die Sperre Ihrer Organisation aufzuheben.

## 5.7.x: Sicherheit und Richtlinien

ndr-5-7-1-not-authorized = Sie dürfen an diesen Empfänger nicht senden
    .meaning = Der Empfänger nimmt nur Nachrichten von bestimmten Absendern an, und Sie gehören nicht dazu.
    .cause = Eine Zustellungseinschränkung beim Empfänger, etwa eine Gruppe, die nur Nachrichten ihrer Mitglieder annimmt.
    .step-1 = Prüfen Sie, ob Sie an die richtige Adresse senden.
    .step-2 = Bitten Sie den Besitzer oder Administrator des Empfängers, Sie als Absender zuzulassen.

ndr-5-7-1-relay = Das empfangende System hat die Weiterleitung der Nachricht abgelehnt
    .meaning = Ihr E-Mail-System hat die Nachricht an ein System übergeben, das nicht ihr endgültiges Ziel ist und nicht für ihre Weiterleitung (Relay) eingerichtet ist.
    .cause = Ein Connector, ein MX-Eintrag oder eine Relay-Einstellung einer Anwendung zeigt auf das falsche Ziel.
    .step-1 = Prüfen Sie die Connectors und MX-Einträge des sendenden Systems.
    .step-2 = Prüfen Sie die Relay-Einstellungen der Anwendung oder des Geräts, das die Nachricht gesendet hat.

ndr-5-7-1-not-authenticated = Das sendende System hat sich nicht angemeldet
    .meaning = Das empfangende System verlangt, dass sich Absender authentifizieren, und Ihres hat das nicht getan.
    .cause = Eine Anwendung oder ein Gerät leitet E-Mails weiter, ohne sich anzumelden.
    .step-1 = Konfigurieren Sie die Anwendung oder das Gerät so, dass es sich authentifiziert.
    .step-2 = Oder verwenden Sie einen Connector, der es anhand eines Zertifikats oder seiner IP-Adresse erkennt.

ndr-5-7-x = Von einer Sicherheits- oder Richtlinienregel abgelehnt
    .meaning = Das empfangende System hat die Nachricht wegen einer seiner Sicherheits- oder Richtlinienregeln abgelehnt.
    .step-1 = Lesen Sie den Text nach dem Code im Unzustellbarkeitsbericht: Er nennt oft die Regel.
    .step-2 = Prüfen Sie, ob der Empfänger einschränkt, wer an ihn senden darf.
    .step-3 = Prüfen Sie die SPF-, DKIM- und DMARC-Einträge Ihrer Domäne.
    .step-4 = Fragen Sie den Administrator des Empfängers, welche Regel die Nachricht abgelehnt hat.

ndr-5-7-12 = Der Empfänger nimmt nur E-Mails aus seiner eigenen Organisation an
    .meaning = Die Adresse des Empfängers ist so eingestellt, dass sie Nachrichten von außerhalb ihrer Organisation ablehnt.
    .step-1 = Bitten Sie den Administrator des Empfängers, Nachrichten von externen Absendern oder von Ihnen anzunehmen.

ndr-5-7-23 = Ihr SPF-Eintrag erlaubt diesen Absender nicht
    .meaning = Das Ziel prüft SPF, und der SPF-Eintrag Ihrer Domäne enthält den Server nicht, der die Nachricht gesendet hat.
    .step-1 = Ergänzen Sie den SPF-Eintrag Ihrer Domäne um jeden Server, der E-Mails für sie sendet.

ndr-5-7-25 = Die sendende IPv6-Adresse hat keinen Reverse-DNS-Eintrag
    .meaning = Über IPv6 gesendete E-Mails müssen von einer Adresse mit Reverse-DNS-Eintrag (PTR) kommen.
    .step-1 = Fügen Sie für die sendende IPv6-Adresse einen Reverse-DNS-Eintrag hinzu.

ndr-4-7-26 = E-Mails über IPv6 müssen SPF oder DKIM bestehen
    .meaning = Eine über IPv6 gesendete Nachricht muss SPF oder DKIM bestehen, und diese hat keins von beiden bestanden.
    .step-1 = Signieren Sie ausgehende E-Mails mit DKIM, oder veröffentlichen Sie einen SPF-Eintrag, der die IPv6-Adresse abdeckt.

ndr-5-7-57 = Eine Anwendung hat versucht, ohne Anmeldung zu senden
    .meaning = Eine Anwendung oder ein Gerät sendet über smtp.office365.com, aber seine Anmeldeeinstellungen sind falsch.
    .step-1 = Prüfen Sie Konto, Kennwort und TLS-Einstellungen der Anwendung oder des Geräts.
    .step-2 = Stellen Sie sicher, dass das verwendete Konto senden darf (SMTP-Authentifizierung aktiviert).

ndr-5-7-64 = Der eingehende Connector passt nicht zu Ihrer lokalen Umgebung
    .meaning = Nachrichten aus Ihrer lokalen Umgebung kommen über einen eingehenden Connector an, dessen Einstellungen nicht mehr zu dieser Umgebung passen.
    .step-1 = Passen Sie den Zertifikatnamen oder die IP-Adressen des Connectors an Ihre lokalen Server an.

ndr-5-7-124 = Sie stehen nicht auf der Liste der zulässigen Absender der Gruppe
    .meaning = Die Verteilergruppe nimmt nur Nachrichten von den Absendern auf ihrer Liste an.
    .step-1 = Bitten Sie den Besitzer der Gruppe, Sie zu den zulässigen Absendern hinzuzufügen.

ndr-5-7-129 = Von einer Zustellungseinschränkung abgelehnt
    .meaning = Die Zustellungseinschränkungen des Empfängers haben die Nachricht abgelehnt. Unsere Artikel nennen zu diesem Code keine weiteren Einzelheiten.
    .step-1 = Fragen Sie den Besitzer oder Administrator des Empfängers, ob Sie an ihn senden dürfen.

ndr-5-7-133 = Die Gruppe nimmt keine E-Mails von außerhalb ihrer Organisation an
    .meaning = Der Empfänger ist eine Verteilergruppe, die Nachrichten von externen Absendern ablehnt.
    .step-1 = Bitten Sie den Besitzer der Gruppe, Nachrichten von externen Absendern anzunehmen.

ndr-5-7-134 = Das Postfach nimmt keine E-Mails von außerhalb seiner Organisation an
    .meaning = Der Empfänger ist ein Postfach, das Nachrichten von externen Absendern ablehnt.
    .step-1 = Bitten Sie den Administrator des Empfängers, Nachrichten von externen Absendern anzunehmen.

ndr-5-7-135 = Der öffentliche Ordner nimmt keine E-Mails von außerhalb seiner Organisation an
    .meaning = Der Empfänger ist ein E-Mail-aktivierter öffentlicher Ordner, der Nachrichten von externen Absendern ablehnt.
    .step-1 = Bitten Sie den Administrator des Empfängers, Nachrichten von externen Absendern anzunehmen.

ndr-5-7-136 = Der E-Mail-Benutzer nimmt keine E-Mails von außerhalb seiner Organisation an
    .meaning = Der Empfänger ist ein E-Mail-Benutzer, der Nachrichten von externen Absendern ablehnt.
    .step-1 = Bitten Sie den Administrator des Empfängers, Nachrichten von externen Absendern anzunehmen.

ndr-5-7-193 = Die Microsoft 365-Gruppe nimmt keine externen Absender an
    .meaning = Die Gruppe nimmt nur Nachrichten ihrer Mitglieder oder aus ihrer eigenen Organisation an.
    .step-1 = Bitten Sie den Besitzer der Gruppe, externen Absendern das Senden an die Gruppe zu erlauben.

ndr-5-7-367 = Ein nachgelagerter Server hat eine weitergeleitete Nachricht abgelehnt
    .meaning = Eine aus Microsoft 365 weitergeleitete Nachricht hat beim Eingang SPF oder DKIM nicht bestanden, wurde deshalb über den Relay-Pool gesendet, und der nächste Server hat sie abgelehnt.
    .step-1 = Sorgen Sie dafür, dass SPF und DKIM des ursprünglichen Absenders bestehen, oder leiten Sie solche E-Mails nicht weiter.

ndr-tls-321 = Der Zielserver bietet keine Verschlüsselung an (STARTTLS)
    .meaning = Das Ziel verlangt überprüfte Verschlüsselung, aber sein Server hat nicht auf den STARTTLS-Befehl geantwortet.
    .step-1 = Der Administrator des Ziels muss TLS auf seinem E-Mail-Server aktivieren.

ndr-tls-322 = Das Zertifikat des Zielservers ist abgelaufen
    .meaning = Das Ziel verlangt überprüfte Verschlüsselung, und sein Server hat ein abgelaufenes Zertifikat vorgelegt.
    .step-1 = Der Administrator des Ziels muss das Zertifikat erneuern.

ndr-tls-323 = Das Ziel hat die DANE-Überprüfung nicht bestanden
    .meaning = Das Zertifikat des Zielservers passt nicht zu seinem TLSA-Eintrag.
    .step-1 = Der Administrator des Ziels muss das Zertifikat oder den TLSA-Eintrag korrigieren.

ndr-tls-324 = Die DNSSEC-Einträge des Ziels sind ungültig
    .meaning = Das Ziel gibt an, DNSSEC zu verwenden, aber seine Einträge konnten nicht überprüft werden.
    .step-1 = Der Administrator des Ziels muss seine DNSSEC-Konfiguration korrigieren.

ndr-tls-325 = Das Zertifikat des Zielservers passt nicht zu seinem Namen
    .meaning = Die Namen im Zertifikat des Servers passen weder zur Domäne noch zum MX-Host.
    .step-1 = Der Administrator des Ziels muss ein Zertifikat verwenden, das für den Namen des MX-Hosts ausgestellt ist.

## Absenderreputation

ndr-4-7-500 = Das Senden ist pausiert, während verdächtige Aktivitäten geprüft werden
    .meaning = Es wurden verdächtige Aktivitäten erkannt, und das Senden ist vorübergehend eingeschränkt, während sie bewertet werden.
    .step-1 = Warten Sie; der Dienst versucht die Nachricht erneut zuzustellen.
    .step-2 = Tritt das wiederholt auf, suchen Sie nach kompromittierten Konten.

ndr-4-7-850 = E-Mails von dieser IP-Adresse werden zur Bewertung angehalten
    .meaning = An der sendenden IP-Adresse wurden verdächtige Aktivitäten erkannt; sie ist vorübergehend eingeschränkt, während sie bewertet wird.
    .step-1 = Warten Sie; der Dienst versucht die Nachricht erneut zuzustellen.

ndr-5-7-501 = Das sendende Konto ist wegen Spam gesperrt
    .meaning = Das Konto, das die Nachricht gesendet hat, wurde gesperrt, weil es Spam gesendet hat.
    .step-1 = Sichern Sie das Konto und beseitigen Sie die Ursache des Spams.
    .step-2 = Wenden Sie sich an den Support, um die Sperre prüfen zu lassen.

ndr-5-7-504 = Die Empfängeradresse ist ungültig
    .meaning = Die Adresse, die Sie erreichen möchten, wurde als ungültig abgelehnt.
    .step-1 = Prüfen Sie die Adresse des Empfängers.

ndr-5-7-505 = Der Empfänger ist gesperrt
    .meaning = Der Empfänger, den Sie erreichen möchten, ist ungültig.
    .step-1 = Prüfen Sie die Adresse des Empfängers, oder erreichen Sie ihn auf anderem Weg.

ndr-5-7-506 = Der sendende Server hat sich falsch vorgestellt (ungültiges HELO)
    .meaning = Ihr Server hat sich mit dem Namen des Servers vorgestellt, mit dem er sich verbindet, statt mit seinem eigenen Namen.
    .step-1 = Konfigurieren Sie den Server so, dass er in HELO/EHLO seinen eigenen vollqualifizierten Domänennamen verwendet.

ndr-5-7-507 = Die Organisation des Empfängers blockiert Ihre IP-Adresse
    .meaning = Die IP-Adresse, von der Sie senden, wird von der Organisation des Empfängers blockiert.
    .step-1 = Bitten Sie den Administrator des Empfängers, Ihre IP-Adresse freizugeben.

ndr-5-7-508 = Ihr IPv6-Bereich hat zu viel in zu kurzer Zeit gesendet
    .meaning = Ihr IPv6-Bereich hat versucht, zu viele Nachrichten in zu kurzer Zeit zu senden.
    .step-1 = Senden Sie aus dem Bereich langsamer und versuchen Sie es später erneut.

ndr-5-7-509 = Ihre Domäne besteht DMARC nicht
    .meaning = Die Domäne in der Von-Adresse (From) besteht DMARC nicht.
    .step-1 = Korrigieren Sie die SPF-, DKIM- und DMARC-Einträge der Domäne.

ndr-5-7-510 = Der Empfänger nimmt keine E-Mails über IPv6 an
    .meaning = Sie haben versucht, über IPv6 zuzustellen, was der Empfänger nicht annimmt.
    .step-1 = Senden Sie an diesen Empfänger über IPv4.

ndr-5-7-511 = Die sendende IP-Adresse ist gesperrt
    .meaning = Die IP-Adresse, von der Sie senden, wurde gesperrt.
    .step-1 = Beseitigen Sie die Ursache der Sperre und beantragen Sie dann, die Adresse von der Liste zu entfernen.

ndr-5-7-512 = Die Nachricht hat keine gültige Von-Adresse
    .meaning = Die Nachricht wurde ohne gültige Von-Adresse (From) gesendet (RFC 5322, Abschnitt 3.6.2).
    .step-1 = Korrigieren Sie das Programm, das die Nachricht gesendet hat, sodass es eine gültige Von-Adresse schreibt.

ndr-5-7-513 = Die Domäne des Empfängers blockiert Ihre IP-Adresse
    .meaning = Die Domäne des Empfängers hat Ihre sendende IP-Adresse in ihre eigene Sperrliste aufgenommen.
    .step-1 = Bitten Sie den Administrator des Empfängers, Ihre IP-Adresse aus seiner Sperrliste zu entfernen.

## Adressen, Grenzwerte, Routing und Inhalt

ndr-432-4-3-2 = Das Postfach des Empfängers erhält zu schnell Nachrichten
    .meaning = Das Postfach des Empfängers erhält zu viele Nachrichten in zu kurzer Zeit, daher wird ihre Annahme absichtlich verlangsamt.
    .step-1 = Warten Sie; die Nachricht wird automatisch erneut gesendet.

ndr-554-4-3-2 = Ein Ordner im Postfach des Empfängers ist voll
    .meaning = Ein Ordner im Postfach des Empfängers hat die Grenze von einer Million Elementen erreicht.
    .step-1 = Der Empfänger oder sein Administrator muss Elemente aus dem Ordner verschieben oder löschen.

ndr-4-4-316 = Der Zielserver hat die Verbindung abgelehnt
    .meaning = Der Dienst wollte die Nachricht an einen externen Server übergeben, aber die Verbindung ist wegen eines Netzwerkproblems auf der Seite dieses Servers fehlgeschlagen.
    .step-1 = Warten Sie; der Dienst versucht es erneut.
    .step-2 = Hält das Problem an, muss der Administrator des Empfängers seinen Server prüfen.

ndr-4-4-317 = Die Zertifikatkette des Zielservers ist unvollständig
    .meaning = Der Remoteserver hat nur sein eigenes Zertifikat ohne die Zwischenzertifikate gesendet, daher ließ es sich nicht auf eine vertrauenswürdige Stammzertifizierungsstelle zurückführen.
    .step-1 = Der Administrator des Ziels muss die vollständige Zertifikatkette installieren.

ndr-4-4-7 = Die Nachricht ist in der Warteschlange abgelaufen
    .meaning = Die Nachricht hat zu lange in der Warteschlange gewartet und ist abgelaufen.
    .step-1 = Klären Sie mit dem Administrator des Empfängers, ob sein Server erreichbar ist, und senden Sie dann erneut.

ndr-451-4-4-0 = Die ausgehende Verbindung konnte nicht hergestellt werden
    .meaning = Beim Senden ist eine Verbindung oder ein Proxy zum Ziel fehlgeschlagen.
    .step-1 = Warten Sie; der Dienst versucht es erneut. Hält das Problem an, prüfen Sie den Server und das DNS des Ziels.

ndr-4-5-3 = Zu viele Empfänger
    .meaning = Die Nachricht hat mehr als 200 Umschlagempfänger aus derselben Domäne.
    .step-1 = Verteilen Sie die Empfänger auf mehrere Nachrichten, oder verwenden Sie eine Verteilergruppe.

ndr-5-0-350 = Das System des Empfängers hat einen allgemeinen Fehler gemeldet
    .meaning = Ein Sammelcode der Organisation des Empfängers für viele verschiedene Probleme.
    .step-1 = Lesen Sie den Text des Unzustellbarkeitsberichts und fragen Sie dann den Administrator des Empfängers.

ndr-5-1-0 = Der Absender wurde abgelehnt
    .meaning = Oft eine als Datei gespeicherte und offline beantwortete Nachricht, die deshalb einen veralteten Absender enthält.
    .step-1 = Schreiben Sie eine neue Nachricht, statt auf eine gespeicherte zu antworten.

ndr-5-1-1 = Die Adresse des Empfängers existiert nicht
    .meaning = Die Adresse wurde falsch eingegeben, ist nicht mehr gültig, oder der Eintrag in der AutoVervollständigen-Liste ist veraltet.
    .step-1 = Prüfen Sie die Adresse auf Tippfehler.
    .step-2 = Entfernen Sie die Adresse aus der AutoVervollständigen-Liste und geben Sie sie neu ein.

ndr-5-1-x = Ungültige Adresse des Zielpostfachs
    .meaning = Der Empfänger existiert nicht, oder der Eintrag in der AutoVervollständigen-Liste ist falsch; das gilt für die Codes 5.1.1 bis 5.1.20.
    .step-1 = Prüfen Sie die Adresse und entfernen Sie sie aus der AutoVervollständigen-Liste.

ndr-5-1-8 = Der Absender ist wegen Spamversand gesperrt
    .meaning = Das sendende Konto wurde gesperrt, weil es zu viel Spam gesendet hat.
    .step-1 = Sichern Sie das Konto (Kennwort zurücksetzen, auf Kompromittierung prüfen).
    .step-2 = Bitten Sie Ihren Administrator, die Sperre des Kontos aufheben zu lassen.

ndr-5-1-10 = Der Empfänger wurde nicht gefunden
    .meaning = Die Adresse des Empfängers wurde nicht gefunden.
    .step-1 = Prüfen Sie die Adresse, und fragen Sie den Empfänger nach der richtigen.

ndr-5-1-20 = Mehrere Von-Adressen, aber kein Sender
    .meaning = Die Nachricht nennt mehrere Adressen in From, aber keine in Sender, was RFC 5322 nicht erlaubt.
    .step-1 = Senden Sie mit nur einer Von-Adresse (From), oder fügen Sie eine Sender-Adresse hinzu.

ndr-5-1-90 = Sie haben Ihr tägliches Empfängerlimit erreicht
    .meaning = Sie haben die Anzahl der Empfänger überschritten, an die Sie pro Tag senden dürfen.
    .step-1 = Warten Sie, bis das Limit zurückgesetzt wird, und senden Sie dann erneut.

ndr-5-2-2 = Ihr Sendekontingent wurde überschritten
    .meaning = Sie haben das Empfängerratenlimit oder das Nachrichtenratenlimit überschritten.
    .step-1 = Warten Sie, bis das Limit zurückgesetzt wird, und senden Sie dann erneut.

ndr-submission-quota = Ihr Übermittlungskontingent wurde überschritten
    .meaning = Das Konto hat sein Empfängerratenlimit (10.000 Empfänger pro Tag) überschritten.
    .step-1 = Warten Sie, bis das Limit zurückgesetzt wird, und senden Sie dann erneut.

ndr-5-2-121 = Sie haben in dieser Stunde zu viele Nachrichten an diesen Empfänger gesendet
    .meaning = Sie haben die Anzahl der Nachrichten überschritten, die Sie pro Stunde an einen Empfänger senden dürfen.
    .step-1 = Warten Sie eine Stunde, und senden Sie dann erneut.

ndr-5-2-122 = Der Empfänger erhält in dieser Stunde zu viele Nachrichten
    .meaning = Der Empfänger hat die Anzahl der Nachrichten überschritten, die er pro Stunde von allen Absendern zusammen erhalten darf.
    .step-1 = Warten Sie eine Stunde, und senden Sie dann erneut.

ndr-5-3-190 = Das Journalarchiv ist deaktiviert
    .meaning = Das Journaling lokaler Nachrichten in Microsoft 365 erfordert die Einstellung „Journalarchiv“, die deaktiviert ist.
    .step-1 = Aktivieren Sie das Journalarchiv, oder beenden Sie das Journaling lokaler E-Mails in Microsoft 365.

ndr-5-4-1-relay = Das Ziel nimmt keine E-Mails für diese Domäne an
    .meaning = Der Server, der den Fehler meldet, nimmt keine E-Mails für die Domäne des Empfängers an.
    .step-1 = Der Administrator des Empfängers muss die MX-Einträge und akzeptierten Domänen der Domäne prüfen.

ndr-5-4-1-rejected = Die Adresse des Empfängers wurde abgelehnt
    .meaning = Die Adresse des Empfängers existiert nicht.
    .step-1 = Prüfen Sie die Adresse und senden Sie erneut.

ndr-5-4-6 = Eine Routingschleife wurde erkannt
    .meaning = Ein Konfigurationsfehler schickt die Nachricht in einer Schleife im Kreis.
    .step-1 = Prüfen Sie Weiterleitungsregeln und Connectors auf eine Schleife.
    .step-2 = Prüfen Sie die MX-Einträge der Domäne.

ndr-5-4-x = Routingproblem
    .meaning = Die Codes 5.4.6 bis 5.4.20 weisen auf Probleme in der Routingkonfiguration hin, etwa Schleifen.
    .step-1 = Prüfen Sie Connectors, MX-Einträge und Weiterleitungen auf Schleifen.

ndr-5-4-300 = Die Nachricht ist abgelaufen
    .meaning = Die Zustellung hat zu lange gedauert: Das Ziel hat nie geantwortet, oder der Unzustellbarkeitsbericht für einen früheren Fehler konnte nicht zugestellt werden.
    .step-1 = Prüfen Sie, ob der Zielserver erreichbar ist, und senden Sie dann erneut.

ndr-5-5-0 = Der Outlook.com- oder Hotmail-Empfänger wurde nicht gefunden
    .meaning = Die Domäne des Empfängers ist hotmail.com oder outlook.com, und die Adresse wurde nicht gefunden.
    .step-1 = Prüfen Sie die Adresse und senden Sie erneut.

ndr-5-6-0 = Die Ablaufrichtlinie der moderierten Gruppe kann nicht gelesen werden
    .meaning = Es gibt kein Aufbewahrungstag für moderierte Empfänger, daher kann die Moderation nicht funktionieren.
    .step-1 = Der Administrator muss das fehlende Aufbewahrungsrichtlinientag erstellen.

ndr-5-6-11 = Die Nachricht enthält ungültige Zeichen
    .meaning = Ihr E-Mail-Programm hat der Nachricht einzelne Zeilenvorschubzeichen (Bare Line Feeds) hinzugefügt.
    .step-1 = Aktualisieren oder konfigurieren Sie das E-Mail-Programm neu, und senden Sie dann erneut.
