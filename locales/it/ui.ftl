language-name = Italiano
skip-to-content = Vai al contenuto
language-switcher = Lingua
show-source = Mostra il testo originale in { $language }
source-text = Testo originale in { $language }
segment-hint = Seleziona una frase per vedere il testo originale in { $language }.
home-title = Centro assistenza
articles = Articoli
article-count = { $count ->
    [one] { $count } articolo
   *[other] { $count } articoli
}
not-translated = non ancora tradotto
fallback-notice = Questo articolo non è ancora disponibile in { $language }, quindi viene mostrato in un'altra lingua: { $fallback }.
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
lookup-label = Cerca un codice di errore
lookup-placeholder = Codice di errore o messaggio di mancato recapito, ad es. 550 5.7.750
lookup-page-title = Cerca un codice di errore della posta elettronica
lookup-page-intro = Incolla un codice di errore o un intero rapporto di mancato recapito (NDR). La risposta compare mentre scrivi, funziona offline e nulla di ciò che incolli lascia questa pagina.
lookup-known-codes = Codici spiegati in questo centro assistenza
lookup-loading = Caricamento della ricerca…
lookup-unavailable = La ricerca non funziona in questo browser. Usa l'elenco dei codici qui sotto.
lookup-fix-by = Chi può risolverlo
lookup-steps = Cosa fare
lookup-cause = Causa
lookup-read-article = Leggi l'articolo completo
lookup-other-language = (non ancora tradotto; mostrato in un'altra lingua)
lookup-candidates = Codici che iniziano così
lookup-generic = Cosa significano la classe e l'argomento del codice
lookup-corrected = Il codice scritto ha troppe cifre ed è stato letto come il codice valido più vicino
lookup-no-rule = Nessun articolo tratta ancora questo codice preciso. La riga sopra spiega classe e argomento.
lookup-close = Chiudi
lookup-no-code = Nessun codice di errore trovato. Incolla un codice come 5.7.750 o l'intero messaggio di mancato recapito.
lookup-class-2 = Successo
lookup-class-4 = Errore temporaneo: il messaggio potrebbe essere recapitato più tardi
lookup-class-5 = Errore permanente: inviare di nuovo lo stesso messaggio non serve
lookup-subject-0 = Stato diverso o non definito
lookup-subject-1 = Problema di indirizzo (mittente o destinatario)
lookup-subject-2 = Problema della cassetta postale del destinatario
lookup-subject-3 = Problema del sistema di posta ricevente
lookup-subject-4 = Problema di rete o di instradamento
lookup-subject-5 = Problema del protocollo di recapito
lookup-subject-6 = Problema di contenuto o formato del messaggio
lookup-subject-7 = Problema di sicurezza o di criteri
lookup-fix-sender = Il mittente
lookup-fix-admin = L'amministratore della posta
lookup-fix-recipient = Il destinatario o il suo amministratore
lookup-fix-support = L'amministratore, con il supporto del provider di posta
lookup-fix-wait = Nessuno: attendere, il servizio riprova o rimuove il limite
lookup-severity-info = Informazione
lookup-severity-warning = In ritardo
lookup-severity-error = Non recapitato
search-label = Cerca
search-placeholder = Cerca nel centro assistenza
search-title = Risultati della ricerca
search-count = { $count ->
    [one] { $count } risultato
   *[other] { $count } risultati
}
search-locale = Pagine in
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = In questa pagina
last-updated = Ultimo aggiornamento:
mt-notice = Questo articolo è stato tradotto automaticamente e potrebbe contenere errori.
mt-source-link = Leggi l'articolo originale in { $language }.
copy-code = Copia
copied = Copiato
video-link = Guarda il video
breadcrumbs = Percorso
search-more = Mostra altri risultati
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Sommario
pager-label = Articolo precedente e successivo
previous-page = Precedente
next-page = Successivo
edit-page = Modifica questa pagina
heading-link = Link alla sezione “{ $heading }”
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] L'articolo di origine ({ $language }) è cambiato dopo questa traduzione: un passaggio potrebbe non essere aggiornato.
   *[other] L'articolo di origine ({ $language }) è cambiato dopo questa traduzione: { $count } passaggi potrebbero non essere aggiornati.
}
stale-source-link = Leggi l'articolo di origine attuale.
