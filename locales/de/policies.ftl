# Erklärungen für die Fehlercode-Suche (content/policies/*.toml).
# Nicht übersetzte Meldungen fallen auf Englisch zurück.

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
