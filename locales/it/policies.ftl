# Spiegazioni per la ricerca dei codici di errore (content/policies/*.toml).
# I messaggi non tradotti ricadono sull'inglese.

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
