language-name = Deutsch
skip-to-content = Zum Inhalt springen
language-switcher = Sprache
show-source = Ausgangstext auf { $language } zeigen
source-text = Ausgangstext auf { $language }
segment-hint = Wählen Sie einen Satz aus, um seinen Ausgangstext auf { $language } zu sehen.
home-title = Hilfe-Center
articles = Artikel
article-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
not-translated = noch nicht übersetzt
fallback-notice = Dieser Artikel ist noch nicht auf { $language } verfügbar und wird daher in einer anderen Sprache angezeigt: { $fallback }.
not-found-title = Seite nicht gefunden
not-found-text = Die angeforderte Seite existiert nicht. Möglicherweise wurde sie verschoben.
back-home = Zum Hilfe-Center
root-title = Sprache wählen
root-redirect = Sie werden zum Hilfe-Center in Ihrer Sprache weitergeleitet…
alert-note = Hinweis
alert-tip = Tipp
alert-important = Wichtig
alert-warning = Warnung
alert-caution = Vorsicht
footer-text = Erstellt mit Stele.
lookup-label = Fehlercode nachschlagen
lookup-placeholder = Fehlercode oder Unzustellbarkeitsbericht, z. B. 550 5.7.750
lookup-page-title = E-Mail-Fehlercode nachschlagen
lookup-page-intro = Fügen Sie einen Fehlercode oder einen ganzen Unzustellbarkeitsbericht (NDR) ein. Die Antwort erscheint beim Tippen, funktioniert offline, und nichts von Ihrem Text verlässt diese Seite.
lookup-known-codes = Codes, die dieses Hilfe-Center erklärt
lookup-loading = Die Suche wird geladen…
lookup-unavailable = Die Suche funktioniert in diesem Browser nicht. Nutzen Sie die Liste der Codes unten.
lookup-fix-by = Wer es beheben kann
lookup-steps = Was zu tun ist
lookup-cause = Ursache
lookup-read-article = Den ganzen Artikel lesen
lookup-other-language = (noch nicht übersetzt; in einer anderen Sprache angezeigt)
lookup-candidates = Codes, die so beginnen
lookup-generic = Was Klasse und Thema des Codes bedeuten
lookup-corrected = Der Code hat zu viele Ziffern und wurde als nächstliegender gültiger Code gelesen
lookup-no-rule = Zu genau diesem Code gibt es noch keinen Artikel. Die Zeile oben erklärt Klasse und Thema.
lookup-close = Schließen
lookup-no-code = Kein Fehlercode gefunden. Fügen Sie einen Code wie 5.7.750 oder den ganzen Unzustellbarkeitsbericht ein.
lookup-class-2 = Erfolg
lookup-class-4 = Vorübergehender Fehler: Die Nachricht kann später noch zugestellt werden
lookup-class-5 = Dauerhafter Fehler: Dieselbe Nachricht erneut zu senden hilft nicht
lookup-subject-0 = Sonstiger oder nicht definierter Status
lookup-subject-1 = Adressproblem (Absender- oder Empfängeradresse)
lookup-subject-2 = Postfachproblem (Postfach des Empfängers)
lookup-subject-3 = Problem des Mailsystems (empfangendes System)
lookup-subject-4 = Netzwerk- oder Routingproblem
lookup-subject-5 = Problem im Zustellprotokoll
lookup-subject-6 = Problem mit Inhalt oder Format der Nachricht
lookup-subject-7 = Sicherheits- oder Richtlinienproblem
lookup-fix-sender = Der Absender
lookup-fix-admin = Ihr E-Mail-Administrator
lookup-fix-recipient = Der Empfänger oder dessen Administrator
lookup-fix-support = Ihr Administrator mit dem Support des E-Mail-Anbieters
lookup-fix-wait = Niemand: Warten, der Dienst versucht es erneut oder hebt die Grenze auf
lookup-severity-info = Information
lookup-severity-warning = Verzögert
lookup-severity-error = Nicht zugestellt
search-label = Suchen
search-placeholder = Hilfe durchsuchen
search-title = Suchergebnisse
search-count = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
search-locale = Seiten in
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = Auf dieser Seite
last-updated = Zuletzt aktualisiert:
mt-notice = Dieser Artikel wurde maschinell übersetzt und kann Fehler enthalten.
mt-source-link = Den Originalartikel auf { $language } lesen.
copy-code = Kopieren
copied = Kopiert
video-link = Video ansehen
breadcrumbs = Navigationspfad
search-more = Weitere Ergebnisse anzeigen
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Inhalt
pager-label = Vorheriger und nächster Artikel
previous-page = Zurück
next-page = Weiter
edit-page = Diese Seite bearbeiten
heading-link = Link zum Abschnitt „{ $heading }“
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] Der Ausgangsartikel ({ $language }) wurde geändert, nachdem diese Übersetzung entstanden ist: Ein Abschnitt ist möglicherweise veraltet.
   *[other] Der Ausgangsartikel ({ $language }) wurde geändert, nachdem diese Übersetzung entstanden ist: { $count } Abschnitte sind möglicherweise veraltet.
}
stale-source-link = Den aktuellen Ausgangsartikel lesen.
