# Spiegazioni per la ricerca dei codici di errore (content/policies/*.toml).
# Ogni messaggio di locales/en/policies.ftl è tradotto (lo verifica un test).

ndr-5-7-700 = La tua organizzazione non può inviare posta
    .meaning = Gran parte della posta inviata di recente dalla tua organizzazione (tenant) sembrava sospetta, quindi il servizio ha bloccato l'invio per tutti.
    .cause = Di solito un account o un server compromesso, o troppa posta in blocco.
    .step-1 = Trova e correggi account, server o relay aperti compromessi.
    .step-2 = Assicurati che tutta la posta in uscita sia di nuovo legittima.
    .step-3 = Contatta il supporto e chiedi di sbloccare la tua organizzazione.

ndr-5-7-703 = Un destinatario è bloccato dall'elenco consentiti/bloccati della tua organizzazione
    .meaning = Un indirizzo o un dominio di un destinatario è bloccato nell'elenco tenant consentiti/bloccati, quindi l'intero messaggio non è stato inviato.
    .cause = Una voce dell'elenco tenant consentiti/bloccati corrisponde a uno dei destinatari.
    .step-1 = Chiedi all'amministratore di controllare l'indirizzo o il dominio del destinatario nell'elenco tenant consentiti/bloccati.
    .step-2 = Se la voce non è voluta, rimuovila e invia di nuovo il messaggio.

ndr-5-7-705 = La tua organizzazione ha superato la soglia di invio
    .meaning = I tuoi utenti, nel complesso, hanno inviato così tanta posta sospetta che il servizio ha bloccato l'invio per tutta l'organizzazione.
    .cause = Soprattutto un account compromesso; a volte troppa posta in blocco, raramente un abbonamento rinnovato dopo la scadenza.
    .step-1 = Cerca account compromessi e connettori insoliti.
    .step-2 = Proteggi i server di posta locali e attiva l'autenticazione a più fattori per gli amministratori.
    .step-3 = Contatta il supporto per sbloccare la tua organizzazione.

ndr-5-7-705-q = Il tuo abbonamento è scaduto ed è stato rinnovato negli ultimi uno o due giorni?
    .yes = Sì, lo abbiamo appena rinnovato
    .no = No, non è scaduto

ndr-5-7-705-renewed = Bloccato mentre l'abbonamento rinnovato si sincronizza
    .meaning = Dopo il rinnovo di un abbonamento scaduto, il servizio ha bisogno di tempo (di solito non più di un giorno) per sincronizzarlo e nel frattempo può bloccare l'invio.
    .cause = Il rinnovo non ha ancora raggiunto tutte le parti del servizio.
    .step-1 = Attendi fino a un giorno, poi invia un messaggio di prova.
    .step-2 = Se dopo un giorno l'invio è ancora bloccato, contatta il supporto.
    .step-3 = In futuro rinnova prima che l'abbonamento scada.

ndr-5-7-705-compromised = Bloccato dopo posta sospetta dalla tua organizzazione
    .meaning = Il servizio ha rilevato troppa posta sospetta dalla tua organizzazione e ha bloccato l'invio finché non dimostri che è protetta.
    .cause = Molto probabilmente un account, un server o un connettore compromesso.
    .step-1 = Controlla ogni utente per segni di compromissione e reimposta le password interessate.
    .step-2 = Attiva l'autenticazione a più fattori per tutti gli amministratori.
    .step-3 = Cerca connettori in ingresso insoliti e rimuovi quelli che non hai creato.
    .step-4 = Metti in sicurezza i server di posta locali.
    .step-5 = Contatta il supporto, dimostra che l'ambiente è protetto e chiedi lo sblocco.

ndr-5-7-708 = La posta da questo indirizzo IP non è accettata
    .meaning = Il messaggio è stato inviato da un indirizzo IP con cattiva reputazione, quindi il servizio lo ha rifiutato.
    .cause = Capita spesso con organizzazioni nuove o di prova, o dopo l'invio di spam da quell'indirizzo.
    .step-1 = Assicurati che la tua organizzazione non invii spam.
    .step-2 = Contatta il supporto e chiedi di rivedere la restrizione.

ndr-5-7-750 = Invio da domini non registrati bloccato
    .meaning = La tua organizzazione ha inviato una quantità sospetta di posta da domini non registrati (non accettati) in Microsoft 365, quindi la posta da quei domini è bloccata.
    .cause = Di solito un server locale compromesso che inoltra spam; a volte inoltri o posta ibrida da un dominio che nessuno ha registrato.
    .step-1 = Registra e verifica come dominio accettato ogni dominio da cui invii posta.
    .step-2 = Cerca connettori insoliti e utenti compromessi.
    .step-3 = Contatta il supporto e chiedi di sbloccare la tua organizzazione.

ndr-5-7-750-q = La posta dei tuoi server (locali) esce tramite Microsoft 365?
    .yes = Sì, abbiamo una configurazione ibrida
    .no = No, inviano o inoltrano solo le cassette postali di Microsoft 365

ndr-5-7-750-hybrid = Domini non registrati in una configurazione ibrida
    .meaning = I tuoi server locali inviano posta tramite Exchange Online Protection da domini non registrati in Microsoft 365.
    .cause = Un dominio usato in locale manca dai domini accettati, oppure un server locale compromesso inoltra spam.
    .step-1 = Elenca ogni dominio da cui inviano i server locali e aggiungilo come dominio accettato.
    .step-2 = Verifica che i connettori siano quelli creati da te.
    .step-3 = Metti in sicurezza i server locali e verifica che non siano compromessi.
    .step-4 = Contatta il supporto e chiedi di sbloccare la tua organizzazione.

ndr-5-7-750-forwarding = Domini non registrati nella posta inoltrata
    .meaning = La posta inoltrata tramite la tua organizzazione, ad esempio verso gli indirizzi esterni degli utenti, proveniva da domini non registrati.
    .cause = Regole di inoltro inviano molta posta all'esterno, oppure un account è compromesso.
    .step-1 = Registra e verifica ogni dominio da cui invii posta.
    .step-2 = Controlla gli inoltri delle cassette postali e cerca utenti compromessi.
    .step-3 = Contatta il supporto e chiedi di sbloccare la tua organizzazione.

## 5.7.x: sicurezza e criteri

ndr-5-7-1-not-authorized = Non sei autorizzato a inviare a questo destinatario
    .meaning = Il destinatario accetta messaggi solo da determinati mittenti e tu non sei tra questi.
    .cause = Una restrizione di recapito sul destinatario, ad esempio un gruppo che accetta solo i propri membri.
    .step-1 = Verifica di inviare all'indirizzo corretto.
    .step-2 = Chiedi al proprietario o all'amministratore del destinatario di autorizzarti come mittente.

ndr-5-7-1-relay = Il sistema ricevente ha rifiutato di inoltrare il messaggio
    .meaning = Il tuo sistema di posta ha consegnato il messaggio a un sistema che non è la sua destinazione finale e non è configurato per inoltrarlo (relay).
    .cause = Un connettore, un record MX o un'impostazione di relay di un'applicazione punta al posto sbagliato.
    .step-1 = Controlla i connettori e i record MX del sistema mittente.
    .step-2 = Controlla le impostazioni di relay dell'applicazione o del dispositivo che ha inviato il messaggio.

ndr-5-7-1-not-authenticated = Il sistema mittente non ha eseguito l'accesso
    .meaning = Il sistema ricevente richiede che i mittenti si autentichino e il tuo non l'ha fatto.
    .cause = Un'applicazione o un dispositivo inoltra posta senza eseguire l'accesso.
    .step-1 = Configura l'applicazione o il dispositivo in modo che si autentichi.
    .step-2 = In alternativa, usa un connettore che lo identifichi tramite certificato o indirizzo IP.

ndr-5-7-x = Rifiutato da una regola di sicurezza o da un criterio
    .meaning = Il sistema ricevente ha rifiutato il messaggio a causa di una delle sue regole di sicurezza o dei suoi criteri.
    .step-1 = Leggi il testo dopo il codice nel rapporto di mancato recapito: spesso indica la regola.
    .step-2 = Verifica se il destinatario limita chi può inviargli messaggi.
    .step-3 = Controlla i record SPF, DKIM e DMARC del tuo dominio.
    .step-4 = Chiedi all'amministratore del destinatario quale regola ha rifiutato il messaggio.

ndr-5-7-12 = Il destinatario accetta solo posta dall'interno della sua organizzazione
    .meaning = L'indirizzo del destinatario è impostato per rifiutare i messaggi provenienti dall'esterno della sua organizzazione.
    .step-1 = Chiedi all'amministratore del destinatario di accettare i messaggi dai mittenti esterni o da te.

ndr-5-7-23 = Il tuo record SPF non consente questo mittente
    .meaning = La destinazione controlla SPF e il record SPF del tuo dominio non elenca il server che ha inviato il messaggio.
    .step-1 = Aggiorna il record SPF del tuo dominio in modo che includa ogni server che invia posta per il dominio.

ndr-5-7-25 = L'indirizzo IPv6 mittente non ha un record DNS inverso
    .meaning = La posta inviata tramite IPv6 deve provenire da un indirizzo con un record DNS inverso (PTR).
    .step-1 = Aggiungi un record DNS inverso per l'indirizzo IPv6 mittente.

ndr-4-7-26 = La posta inviata tramite IPv6 deve superare SPF o DKIM
    .meaning = Un messaggio inviato tramite IPv6 deve superare SPF o DKIM e questo non ha superato nessuno dei due.
    .step-1 = Firma la posta in uscita con DKIM o pubblica un record SPF che includa l'indirizzo IPv6.

ndr-5-7-57 = Un'applicazione ha tentato di inviare senza eseguire l'accesso
    .meaning = Un'applicazione o un dispositivo invia tramite smtp.office365.com, ma le sue impostazioni di accesso sono errate.
    .step-1 = Controlla l'account, la password e le impostazioni TLS dell'applicazione o del dispositivo.
    .step-2 = Assicurati che l'account usato sia autorizzato a inviare (autenticazione SMTP attivata).

ndr-5-7-64 = Il connettore in ingresso non corrisponde al tuo ambiente locale
    .meaning = I messaggi dal tuo ambiente locale arrivano tramite un connettore in ingresso le cui impostazioni non corrispondono più a quell'ambiente.
    .step-1 = Aggiorna il nome del certificato o gli indirizzi IP del connettore in modo che corrispondano ai tuoi server locali.

ndr-5-7-124 = Non sei nell'elenco dei mittenti consentiti del gruppo
    .meaning = Il gruppo di distribuzione accetta messaggi solo dai mittenti presenti nel suo elenco.
    .step-1 = Chiedi al proprietario del gruppo di aggiungerti ai mittenti consentiti.

ndr-5-7-129 = Rifiutato da una restrizione di recapito
    .meaning = Le restrizioni di recapito del destinatario hanno rifiutato il messaggio. I nostri articoli non forniscono altri dettagli su questo codice.
    .step-1 = Chiedi al proprietario o all'amministratore del destinatario se sei autorizzato a inviargli messaggi.

ndr-5-7-133 = Il gruppo non accetta posta dall'esterno della sua organizzazione
    .meaning = Il destinatario è un gruppo di distribuzione impostato per rifiutare i messaggi dei mittenti esterni.
    .step-1 = Chiedi al proprietario del gruppo di accettare i messaggi dei mittenti esterni.

ndr-5-7-134 = La cassetta postale non accetta posta dall'esterno della sua organizzazione
    .meaning = Il destinatario è una cassetta postale impostata per rifiutare i messaggi dei mittenti esterni.
    .step-1 = Chiedi all'amministratore del destinatario di accettare i messaggi dei mittenti esterni.

ndr-5-7-135 = La cartella pubblica non accetta posta dall'esterno della sua organizzazione
    .meaning = Il destinatario è una cartella pubblica abilitata alla posta impostata per rifiutare i messaggi dei mittenti esterni.
    .step-1 = Chiedi all'amministratore del destinatario di accettare i messaggi dei mittenti esterni.

ndr-5-7-136 = L'utente di posta non accetta posta dall'esterno della sua organizzazione
    .meaning = Il destinatario è un utente di posta impostato per rifiutare i messaggi dei mittenti esterni.
    .step-1 = Chiedi all'amministratore del destinatario di accettare i messaggi dei mittenti esterni.

ndr-5-7-193 = Il gruppo di Microsoft 365 non accetta mittenti esterni
    .meaning = Il gruppo accetta solo i messaggi dei suoi membri o dall'interno della sua organizzazione.
    .step-1 = Chiedi al proprietario del gruppo di consentire ai mittenti esterni di inviare messaggi al gruppo.

ndr-5-7-367 = Un messaggio inoltrato è stato rifiutato da un server a valle
    .meaning = Un messaggio inoltrato o trasmesso fuori da Microsoft 365 non ha superato SPF o DKIM in ingresso, quindi è uscito dal pool di inoltro e il server successivo lo ha rifiutato.
    .step-1 = Fai in modo che SPF e DKIM del mittente originale vengano superati, oppure evita di inoltrare questa posta.

ndr-tls-321 = Il server di destinazione non offre la crittografia (STARTTLS)
    .meaning = La destinazione richiede la crittografia verificata, ma il suo server non ha risposto al comando STARTTLS.
    .step-1 = L'amministratore della destinazione deve attivare TLS sul proprio server di posta.

ndr-tls-322 = Il certificato del server di destinazione è scaduto
    .meaning = La destinazione richiede la crittografia verificata e il suo server ha presentato un certificato scaduto.
    .step-1 = L'amministratore della destinazione deve rinnovare il certificato.

ndr-tls-323 = La destinazione non ha superato la convalida DANE
    .meaning = Il certificato del server di destinazione non corrisponde al suo record TLSA.
    .step-1 = L'amministratore della destinazione deve correggere il certificato o il record TLSA.

ndr-tls-324 = I record DNSSEC della destinazione non sono validi
    .meaning = La destinazione dichiara di usare DNSSEC, ma non è stato possibile verificarne i record.
    .step-1 = L'amministratore della destinazione deve correggere la propria configurazione DNSSEC.

ndr-tls-325 = Il certificato del server di destinazione non corrisponde al suo nome
    .meaning = I nomi nel certificato del server non corrispondono né al dominio né all'host MX.
    .step-1 = L'amministratore della destinazione deve usare un certificato emesso per il nome dell'host MX.

## Reputazione del mittente

ndr-4-7-500 = L'invio è sospeso mentre viene verificata un'attività sospetta
    .meaning = È stata rilevata un'attività sospetta e l'invio è temporaneamente limitato mentre viene valutata.
    .step-1 = Attendi: il servizio ritenta l'invio del messaggio.
    .step-2 = Se il problema si ripete, verifica la presenza di account compromessi.

ndr-4-7-850 = La posta da questo indirizzo IP è sospesa per la valutazione
    .meaning = È stata rilevata un'attività sospetta sull'indirizzo IP mittente, che è temporaneamente limitato mentre viene valutato.
    .step-1 = Attendi: il servizio ritenta l'invio del messaggio.

ndr-5-7-501 = L'account mittente è bloccato per spam
    .meaning = L'account che ha inviato il messaggio è stato bloccato perché ha inviato spam.
    .step-1 = Proteggi l'account ed elimina la causa dello spam.
    .step-2 = Contatta il supporto per far riesaminare il blocco.

ndr-5-7-504 = L'indirizzo del destinatario non è valido
    .meaning = L'indirizzo che stai cercando di raggiungere è stato rifiutato perché non valido.
    .step-1 = Controlla l'indirizzo del destinatario.

ndr-5-7-505 = Il destinatario è bloccato
    .meaning = Il destinatario che stai cercando di raggiungere non è valido.
    .step-1 = Controlla l'indirizzo del destinatario o contattalo in un altro modo.

ndr-5-7-506 = Il server mittente si è presentato in modo errato (HELO non valido)
    .meaning = Il tuo server si è presentato con il nome del server a cui si connette, anziché con il proprio.
    .step-1 = Configura il server in modo che usi il proprio nome di dominio completo (FQDN) in HELO/EHLO.

ndr-5-7-507 = L'organizzazione del destinatario blocca il tuo indirizzo IP
    .meaning = L'indirizzo IP da cui invii è bloccato dall'organizzazione del destinatario.
    .step-1 = Chiedi all'amministratore del destinatario di sbloccare il tuo indirizzo IP.

ndr-5-7-508 = Il tuo intervallo IPv6 ha inviato troppo in poco tempo
    .meaning = Il tuo intervallo IPv6 ha tentato di inviare troppi messaggi in un tempo troppo breve.
    .step-1 = Rallenta l'invio dall'intervallo e riprova più tardi.

ndr-5-7-509 = Il tuo dominio non supera DMARC
    .meaning = Il dominio nell'indirizzo Da (From) non supera DMARC.
    .step-1 = Correggi i record SPF, DKIM e DMARC del dominio.

ndr-5-7-510 = Il destinatario non accetta posta tramite IPv6
    .meaning = Hai tentato il recapito tramite IPv6, che il destinatario non accetta.
    .step-1 = Invia a questo destinatario tramite IPv4.

ndr-5-7-511 = L'indirizzo IP mittente è bloccato
    .meaning = L'indirizzo IP da cui invii è stato bloccato.
    .step-1 = Elimina la causa del blocco, quindi chiedi che l'indirizzo venga rimosso dall'elenco.

ndr-5-7-512 = Il messaggio non ha un indirizzo Da valido
    .meaning = Il messaggio è stato inviato senza un indirizzo Da (From) valido (RFC 5322, sezione 3.6.2).
    .step-1 = Correggi il programma che ha inviato il messaggio in modo che scriva un indirizzo Da valido.

ndr-5-7-513 = Il dominio del destinatario blocca il tuo indirizzo IP
    .meaning = Il dominio del destinatario ha aggiunto il tuo indirizzo IP mittente al proprio elenco di indirizzi bloccati.
    .step-1 = Chiedi all'amministratore del destinatario di rimuovere il tuo indirizzo IP dal suo elenco di indirizzi bloccati.

## Indirizzi, limiti, routing e contenuto

ndr-432-4-3-2 = La cassetta postale del destinatario riceve messaggi troppo in fretta
    .meaning = La cassetta postale del destinatario riceve troppi messaggi troppo rapidamente, quindi la loro accettazione viene rallentata di proposito.
    .step-1 = Attendi: l'invio del messaggio viene ritentato automaticamente.

ndr-554-4-3-2 = Una cartella nella cassetta postale del destinatario è piena
    .meaning = Una cartella nella cassetta postale del destinatario ha raggiunto il limite di un milione di elementi.
    .step-1 = Il destinatario o il suo amministratore deve spostare o eliminare elementi dalla cartella.

ndr-4-4-316 = Il server di destinazione ha rifiutato la connessione
    .meaning = Il servizio ha tentato di consegnare il messaggio a un server esterno, ma la connessione non è riuscita a causa di un problema di rete dal lato di quel server.
    .step-1 = Attendi: il servizio ritenta.
    .step-2 = Se il problema persiste, l'amministratore del destinatario deve controllare il proprio server.

ndr-4-4-317 = La catena di certificati del server di destinazione è incompleta
    .meaning = Il server remoto ha inviato solo il proprio certificato, senza quelli intermedi, quindi non è stato possibile ricondurlo a una radice attendibile.
    .step-1 = L'amministratore della destinazione deve installare la catena di certificati completa.

ndr-4-4-7 = Il messaggio è scaduto nella coda
    .meaning = Il messaggio è rimasto troppo a lungo nella coda ed è scaduto.
    .step-1 = Verifica con l'amministratore del destinatario che il suo server sia raggiungibile, quindi invia di nuovo.

ndr-451-4-4-0 = Non è stato possibile stabilire la connessione in uscita
    .meaning = Durante l'invio non è riuscita una connessione o un proxy verso la destinazione.
    .step-1 = Attendi: il servizio ritenta. Se il problema persiste, controlla il server e il DNS della destinazione.

ndr-4-5-3 = Troppi destinatari
    .meaning = Il messaggio ha più di 200 destinatari della busta dello stesso dominio.
    .step-1 = Suddividi i destinatari su più messaggi oppure usa un gruppo di distribuzione.

ndr-5-0-350 = Il sistema del destinatario ha segnalato un errore generico
    .meaning = Un codice generico dell'organizzazione del destinatario per molti problemi diversi.
    .step-1 = Leggi il testo del rapporto di mancato recapito, quindi rivolgiti all'amministratore del destinatario.

ndr-5-1-0 = Il mittente è stato rifiutato
    .meaning = Spesso si tratta di un messaggio salvato come file e a cui si è risposto offline, quindi con un mittente non aggiornato.
    .step-1 = Scrivi un nuovo messaggio anziché rispondere a uno salvato.

ndr-5-1-1 = L'indirizzo del destinatario non esiste
    .meaning = L'indirizzo è stato digitato in modo errato, non è più valido oppure la voce di completamento automatico non è aggiornata.
    .step-1 = Controlla che l'indirizzo non contenga errori di digitazione.
    .step-2 = Rimuovi l'indirizzo dall'elenco di completamento automatico e digitalo di nuovo.

ndr-5-1-x = Indirizzo della cassetta postale di destinazione non valido
    .meaning = Il destinatario non esiste o la voce di completamento automatico è errata; vale per i codici da 5.1.1 a 5.1.20.
    .step-1 = Controlla l'indirizzo e rimuovilo dall'elenco di completamento automatico.

ndr-5-1-8 = Il mittente è bloccato per invio di spam
    .meaning = L'account mittente è stato bloccato perché ha inviato troppo spam.
    .step-1 = Proteggi l'account (reimposta la password, verifica se è compromesso).
    .step-2 = Chiedi all'amministratore di far sbloccare l'account.

ndr-5-1-10 = Destinatario non trovato
    .meaning = L'indirizzo del destinatario non è stato trovato.
    .step-1 = Controlla l'indirizzo e chiedi al destinatario quello corretto.

ndr-5-1-20 = Più indirizzi From ma nessun Sender
    .meaning = Il messaggio elenca più indirizzi in From ma nessuno in Sender, cosa che RFC 5322 non consente.
    .step-1 = Invia con un solo indirizzo From oppure aggiungi un indirizzo Sender.

ndr-5-1-90 = Hai raggiunto il limite giornaliero di destinatari
    .meaning = Hai superato il numero di destinatari a cui puoi inviare messaggi ogni giorno.
    .step-1 = Attendi che il limite venga reimpostato, quindi invia di nuovo.

ndr-5-2-2 = La tua quota di invio è stata superata
    .meaning = Hai superato il limite di velocità dei destinatari o il limite di velocità dei messaggi.
    .step-1 = Attendi che il limite venga reimpostato, quindi invia di nuovo.

ndr-submission-quota = La tua quota di trasmissione è stata superata
    .meaning = L'account ha superato il limite di velocità dei destinatari (10.000 destinatari al giorno).
    .step-1 = Attendi che il limite venga reimpostato, quindi invia di nuovo.

ndr-5-2-121 = Hai inviato troppi messaggi a questo destinatario in quest'ora
    .meaning = Hai superato il numero di messaggi che puoi inviare ogni ora a un singolo destinatario.
    .step-1 = Attendi un'ora, quindi invia di nuovo.

ndr-5-2-122 = Il destinatario riceve troppi messaggi in quest'ora
    .meaning = Il destinatario ha superato il numero di messaggi che può ricevere ogni ora da tutti i mittenti.
    .step-1 = Attendi un'ora, quindi invia di nuovo.

ndr-5-3-190 = L'archivio del journaling è disattivato
    .meaning = Il journaling dei messaggi locali in Microsoft 365 richiede l'impostazione Archivio journaling, che è disattivata.
    .step-1 = Attiva Archivio journaling oppure interrompi il journaling della posta locale in Microsoft 365.

ndr-5-4-1-relay = La destinazione non accetta posta per questo dominio
    .meaning = Il server che segnala l'errore non accetta posta per il dominio del destinatario.
    .step-1 = L'amministratore del destinatario deve controllare i record MX e i domini accettati del dominio.

ndr-5-4-1-rejected = L'indirizzo del destinatario è stato rifiutato
    .meaning = L'indirizzo del destinatario non esiste.
    .step-1 = Controlla l'indirizzo e invia di nuovo.

ndr-5-4-6 = È stato rilevato un loop di routing
    .meaning = Un errore di configurazione fa girare il messaggio in un loop.
    .step-1 = Cerca un loop nelle regole di inoltro e nei connettori.
    .step-2 = Controlla i record MX del dominio.

ndr-5-4-x = Problema di routing
    .meaning = I codici da 5.4.6 a 5.4.20 indicano problemi nella configurazione del routing, ad esempio loop.
    .step-1 = Cerca loop nei connettori, nei record MX e negli inoltri.

ndr-5-4-300 = Il messaggio è scaduto
    .meaning = Il recapito ha richiesto troppo tempo: la destinazione non ha mai risposto, oppure non è stato possibile recapitare il rapporto di mancato recapito di un errore precedente.
    .step-1 = Verifica che il server di destinazione sia raggiungibile, quindi invia di nuovo.

ndr-5-5-0 = Destinatario Outlook.com o Hotmail non trovato
    .meaning = Il dominio del destinatario è hotmail.com o outlook.com e l'indirizzo non è stato trovato.
    .step-1 = Controlla l'indirizzo e invia di nuovo.

ndr-5-6-0 = Impossibile leggere i criteri di scadenza del gruppo moderato
    .meaning = Non esiste un tag di conservazione per i destinatari moderati, quindi la moderazione non può funzionare.
    .step-1 = L'amministratore deve creare il tag dei criteri di conservazione mancante.

ndr-5-6-11 = Il messaggio contiene caratteri non validi
    .meaning = Il tuo programma di posta elettronica ha aggiunto al messaggio caratteri di avanzamento riga isolati (bare LF).
    .step-1 = Aggiorna o riconfigura il programma di posta elettronica, quindi invia di nuovo.
