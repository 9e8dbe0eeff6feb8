language-name = Deutsch
skip-to-content = Zum Inhalt springen
language-switcher = Sprache
show-english = Englischen Ausgangstext zeigen
hide-english = Englischen Ausgangstext ausblenden
english-source = Englischer Ausgangstext
segment-hint = Wählen Sie einen Satz aus, um den englischen Ausgangstext zu sehen.
home-title = Hilfe-Center
articles = Artikel
article-count = { $count ->
    [one] { $count } Artikel
   *[other] { $count } Artikel
}
not-translated = noch nicht übersetzt
fallback-notice = Dieser Artikel ist noch nicht auf { $language } verfügbar und wird daher auf { $fallback } angezeigt.
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
search-label = Suchen
search-placeholder = Hilfe durchsuchen
search-title = Suchergebnisse
search-count = { $count ->
    [one] { $count } Ergebnis
   *[other] { $count } Ergebnisse
}
search-locale = Seiten in
