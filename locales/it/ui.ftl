language-name = Italiano
skip-to-content = Vai al contenuto
language-switcher = Lingua
show-english = Mostra il testo inglese
hide-english = Nascondi il testo inglese
english-source = Testo originale inglese
segment-hint = Seleziona una frase per vedere il testo originale inglese.
home-title = Centro assistenza
articles = Articoli
article-count = { $count ->
    [one] { $count } articolo
   *[other] { $count } articoli
}
not-translated = non ancora tradotto
fallback-notice = Questo articolo non è ancora disponibile in { $language }, quindi viene mostrato in { $fallback }.
not-found-title = Pagina non trovata
not-found-text = La pagina richiesta non esiste. Potrebbe essere stata spostata.
back-home = Vai al centro assistenza
root-title = Scegli la lingua
root-redirect = Ti stiamo portando al centro assistenza nella tua lingua…
alert-note = Nota
alert-tip = Suggerimento
alert-important = Importante
alert-warning = Avviso
alert-caution = Attenzione
footer-text = Creato con Stele.
search-label = Cerca
search-placeholder = Cerca nel centro assistenza
search-title = Risultati della ricerca
search-count = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
}
search-locale = Pagine in
