# Explicações para a consulta de códigos de erro (content/policies/*.toml).
# Uma mensagem corresponde a um resultado: o valor dela é o título; `.meaning`,
# `.cause` e `.step-1`, `.step-2`… aparecem abaixo dele. A mensagem de uma
# pergunta contém a pergunta e um atributo para cada valor de resposta.
# Escrito para o Stele com base nos fatos dos artigos públicos da Microsoft
# sobre NDR (CC BY 4.0, consulte NOTICE).

## 5.7.7xx: bloqueios em todo o locatário

ndr-5-7-700 = Sua organização está bloqueada para enviar emails
    .meaning = A maioria dos emails enviados recentemente pela sua organização (locatário) parecia suspeita, por isso o serviço bloqueou todos os envios.
    .cause = Geralmente uma conta ou um servidor comprometido, ou excesso de email em massa.
    .step-1 = Encontre e corrija contas comprometidas, servidores comprometidos e retransmissões abertas.
    .step-2 = Verifique se todos os emails de saída voltaram a ser legítimos.
    .step-3 = Entre em contato com o suporte e peça o desbloqueio da sua organização.

ndr-5-7-703 = Um destinatário está bloqueado pela lista de permissões/bloqueios da sua organização
    .meaning = Um endereço ou domínio de um destinatário está bloqueado na Lista de Permissões/Bloqueios de Locatários da sua organização, por isso a mensagem não foi enviada a ninguém.
    .cause = Uma entrada da Lista de Permissões/Bloqueios de Locatários corresponde a um dos destinatários.
    .step-1 = Peça ao administrador que procure o endereço ou o domínio do destinatário na Lista de Permissões/Bloqueios de Locatários.
    .step-2 = Se a entrada não for desejada, remova-a e envie a mensagem novamente.

ndr-5-7-705 = Sua organização excedeu o limite de envio
    .meaning = Seus usuários, em conjunto, enviaram tantos emails suspeitos que o serviço bloqueou os envios de toda a organização.
    .cause = Na maioria das vezes, uma conta comprometida; às vezes, excesso de email em massa ou, raramente, uma assinatura renovada depois de expirar.
    .step-1 = Procure contas comprometidas e conectores incomuns.
    .step-2 = Proteja seus servidores de email locais e ative a autenticação multifator para os administradores.
    .step-3 = Entre em contato com o suporte para desbloquear sua organização.

ndr-5-7-705-q = Sua assinatura expirou e foi renovada nos últimos um ou dois dias?
    .yes = Sim, nós a renovamos recentemente
    .no = Não, ela não expirou

ndr-5-7-705-renewed = Bloqueado enquanto uma assinatura renovada é sincronizada
    .meaning = Depois que uma assinatura expirada é renovada, o serviço precisa de tempo (geralmente no máximo um dia) para sincronizá-la e pode bloquear os envios nesse meio-tempo.
    .cause = A renovação ainda não chegou a todas as partes do serviço.
    .step-1 = Aguarde até um dia e depois envie uma mensagem de teste.
    .step-2 = Se os envios continuarem bloqueados depois de um dia, entre em contato com o suporte.
    .step-3 = Renove antes que a assinatura expire para evitar que isso aconteça de novo.

ndr-5-7-705-compromised = Bloqueado após emails suspeitos da sua organização
    .meaning = O serviço detectou emails suspeitos demais vindos da sua organização e bloqueou os envios até você comprovar que o ambiente está seguro.
    .cause = Provavelmente uma conta, um servidor ou um conector comprometido.
    .step-1 = Verifique se há sinais de comprometimento em todos os usuários e redefina as senhas afetadas.
    .step-2 = Ative a autenticação multifator para todos os administradores.
    .step-3 = Procure conectores de entrada incomuns e remova os que você não criou.
    .step-4 = Reforce a segurança dos seus servidores de email locais.
    .step-5 = Entre em contato com o suporte, mostre que o ambiente está seguro e peça o desbloqueio.

ndr-5-7-708 = Emails deste endereço IP não são aceitos
    .meaning = A mensagem foi enviada de um endereço IP com baixa reputação, por isso o serviço a recusou.
    .cause = Comum em organizações novas ou de avaliação, ou depois que spam foi enviado desse endereço.
    .step-1 = Verifique se nenhum spam é enviado pela sua organização.
    .step-2 = Entre em contato com o suporte e peça a revisão da restrição.

ndr-5-7-750 = Envio bloqueado a partir de domínios não registrados
    .meaning = Sua organização enviou uma quantidade suspeita de emails de domínios que não estão registrados (domínios aceitos) no Microsoft 365, por isso os emails desses domínios estão bloqueados.
    .cause = Geralmente um servidor local comprometido retransmitindo spam; às vezes, email encaminhado ou híbrido de um domínio que ninguém registrou.
    .step-1 = Registre e verifique como domínio aceito cada domínio do qual você envia emails.
    .step-2 = Procure conectores incomuns e usuários comprometidos.
    .step-3 = Entre em contato com o suporte e peça o desbloqueio da sua organização.

ndr-5-7-750-q = Os emails dos seus próprios servidores (locais) saem pelo Microsoft 365?
    .yes = Sim, temos uma implantação híbrida
    .no = Não, só caixas de correio do Microsoft 365 enviam ou encaminham emails

ndr-5-7-750-hybrid = Domínios não registrados em uma implantação híbrida
    .meaning = Seus servidores locais enviam emails pelo Exchange Online Protection a partir de domínios que não estão registrados no Microsoft 365.
    .cause = Um domínio usado no ambiente local não está entre os domínios aceitos, ou um servidor local comprometido está retransmitindo spam.
    .step-1 = Liste todos os domínios dos quais seus servidores locais enviam emails e adicione cada um como domínio aceito.
    .step-2 = Verifique se os seus conectores são mesmo os que você criou.
    .step-3 = Reforce a segurança dos servidores locais e verifique se eles não estão comprometidos.
    .step-4 = Entre em contato com o suporte e peça o desbloqueio da sua organização.

ndr-5-7-750-forwarding = Domínios não registrados em emails encaminhados
    .meaning = Emails retransmitidos pela sua organização, como mensagens encaminhadas para endereços externos dos usuários, vieram de domínios não registrados.
    .cause = Regras de encaminhamento enviam grandes volumes de email para fora, ou uma conta está comprometida.
    .step-1 = Registre e verifique cada domínio do qual você envia emails.
    .step-2 = Revise o encaminhamento das caixas de correio e procure usuários comprometidos.
    .step-3 = Entre em contato com o suporte e peça o desbloqueio da sua organização.

## 5.7.x: segurança e política

ndr-5-7-1-not-authorized = Você não tem permissão para enviar a este destinatário
    .meaning = O destinatário só aceita mensagens de determinados remetentes, e você não é um deles.
    .cause = Uma restrição de entrega no destinatário, como um grupo limitado aos próprios membros.
    .step-1 = Verifique se você está enviando para o endereço certo.
    .step-2 = Peça ao proprietário ou ao administrador do destinatário que autorize você como remetente.

ndr-5-7-1-relay = O sistema de destino recusou retransmitir a mensagem
    .meaning = Seu sistema de email entregou a mensagem a um sistema que não é o destino final dela e não está configurado para repassá-la.
    .cause = Um conector, um registro MX ou uma configuração de retransmissão de um aplicativo aponta para o lugar errado.
    .step-1 = Verifique os conectores e os registros MX do sistema de envio.
    .step-2 = Verifique as configurações de retransmissão do aplicativo ou dispositivo que enviou a mensagem.

ndr-5-7-1-not-authenticated = O sistema de envio não se autenticou
    .meaning = O sistema de destino exige que os remetentes se autentiquem, e o seu não fez isso.
    .cause = Um aplicativo ou dispositivo retransmite emails sem entrar.
    .step-1 = Configure o aplicativo ou dispositivo para se autenticar.
    .step-2 = Ou use um conector que o identifique por certificado ou endereço IP.

ndr-5-7-x = Rejeitado por uma regra de segurança ou de política
    .meaning = O sistema de destino rejeitou a mensagem por causa de uma das regras de segurança ou de política dele.
    .step-1 = Leia o texto depois do código no relatório de falha na entrega (NDR): muitas vezes ele cita a regra.
    .step-2 = Verifique se o destinatário limita quem pode enviar mensagens para ele.
    .step-3 = Verifique os registros SPF, DKIM e DMARC do seu domínio.
    .step-4 = Pergunte ao administrador do destinatário qual regra rejeitou a mensagem.

ndr-5-7-12 = O destinatário só aceita emails de dentro da organização dele
    .meaning = O endereço do destinatário está configurado para rejeitar mensagens de fora da organização dele.
    .step-1 = Peça ao administrador do destinatário que aceite mensagens de remetentes externos ou de você.

ndr-5-7-23 = Seu registro SPF não permite este remetente
    .meaning = O destino verifica o SPF, e o registro SPF do seu domínio não lista o servidor que enviou a mensagem.
    .step-1 = Atualize o registro SPF do seu domínio para incluir todos os servidores que enviam emails em nome dele.

ndr-5-7-25 = O endereço IPv6 de envio não tem registro DNS reverso
    .meaning = Emails enviados por IPv6 precisam vir de um endereço com registro DNS reverso (PTR).
    .step-1 = Adicione um registro DNS reverso para o endereço IPv6 de envio.

ndr-4-7-26 = Emails enviados por IPv6 precisam passar no SPF ou no DKIM
    .meaning = Uma mensagem enviada por IPv6 precisa passar no SPF ou no DKIM, e esta não passou em nenhum dos dois.
    .step-1 = Assine os emails de saída com DKIM ou publique um registro SPF que inclua o endereço IPv6.

ndr-5-7-57 = Um aplicativo tentou enviar sem entrar
    .meaning = Um aplicativo ou dispositivo envia por smtp.office365.com, mas as configurações de entrada dele estão erradas.
    .step-1 = Verifique a conta, a senha e as configurações de TLS do aplicativo ou dispositivo.
    .step-2 = Verifique se a conta usada tem permissão para enviar (autenticação SMTP ativada).

ndr-5-7-64 = O conector de entrada não corresponde ao seu ambiente local
    .meaning = As mensagens do seu ambiente local chegam por um conector de entrada cujas configurações não correspondem mais a esse ambiente.
    .step-1 = Atualize o nome do certificado ou os endereços IP do conector para que correspondam aos seus servidores locais.

ndr-5-7-124 = Você não está na lista de remetentes permitidos do grupo
    .meaning = O grupo de distribuição só aceita mensagens dos remetentes que estão na lista dele.
    .step-1 = Peça ao proprietário do grupo que adicione você aos remetentes permitidos.

ndr-5-7-129 = Rejeitado por uma restrição de entrega
    .meaning = As restrições de entrega do destinatário rejeitaram a mensagem. Nossos artigos não dão mais detalhes sobre este código.
    .step-1 = Pergunte ao proprietário ou ao administrador do destinatário se você tem permissão para enviar mensagens a ele.

ndr-5-7-133 = O grupo não aceita emails de fora da organização dele
    .meaning = O destinatário é um grupo de distribuição configurado para rejeitar mensagens de remetentes externos.
    .step-1 = Peça ao proprietário do grupo que aceite mensagens de remetentes externos.

ndr-5-7-134 = A caixa de correio não aceita emails de fora da organização dela
    .meaning = O destinatário é uma caixa de correio configurada para rejeitar mensagens de remetentes externos.
    .step-1 = Peça ao administrador do destinatário que aceite mensagens de remetentes externos.

ndr-5-7-135 = A pasta pública não aceita emails de fora da organização dela
    .meaning = O destinatário é uma pasta pública habilitada para email configurada para rejeitar mensagens de remetentes externos.
    .step-1 = Peça ao administrador do destinatário que aceite mensagens de remetentes externos.

ndr-5-7-136 = O usuário de email não aceita emails de fora da organização dele
    .meaning = O destinatário é um usuário de email configurado para rejeitar mensagens de remetentes externos.
    .step-1 = Peça ao administrador do destinatário que aceite mensagens de remetentes externos.

ndr-5-7-193 = O grupo do Microsoft 365 não aceita remetentes externos
    .meaning = O grupo só aceita mensagens dos próprios membros ou de dentro da organização dele.
    .step-1 = Peça ao proprietário do grupo que permita que remetentes externos enviem mensagens ao grupo.

ndr-5-7-367 = Uma mensagem encaminhada foi recusada por um servidor mais adiante na rota
    .meaning = Uma mensagem encaminhada ou retransmitida para fora do Microsoft 365 falhou no SPF ou no DKIM na chegada, por isso saiu pelo pool de retransmissão, e o servidor seguinte a recusou.
    .step-1 = Faça o SPF e o DKIM do remetente original passarem, ou evite encaminhar esse tipo de email.

ndr-tls-321 = O servidor de destino não oferece criptografia (STARTTLS)
    .meaning = O destino exige criptografia verificada, mas o servidor dele não respondeu ao comando STARTTLS.
    .step-1 = O administrador do destino precisa ativar o TLS no servidor de email dele.

ndr-tls-322 = O certificado do servidor de destino expirou
    .meaning = O destino exige criptografia verificada, e o servidor dele apresentou um certificado expirado.
    .step-1 = O administrador do destino precisa renovar o certificado.

ndr-tls-323 = O destino falhou na validação DANE
    .meaning = O certificado do servidor de destino não corresponde ao registro TLSA dele.
    .step-1 = O administrador do destino precisa corrigir o certificado ou o registro TLSA.

ndr-tls-324 = Os registros DNSSEC do destino são inválidos
    .meaning = O destino informa que usa DNSSEC, mas não foi possível verificar os registros dele.
    .step-1 = O administrador do destino precisa corrigir a configuração de DNSSEC.

ndr-tls-325 = O certificado do servidor de destino não corresponde ao nome dele
    .meaning = Os nomes no certificado do servidor não correspondem nem ao domínio nem ao host MX.
    .step-1 = O administrador do destino precisa usar um certificado emitido para o nome do host MX.

## Reputação do remetente

ndr-4-7-500 = O envio está pausado enquanto uma atividade suspeita é verificada
    .meaning = Uma atividade suspeita foi detectada, e o envio está temporariamente restrito enquanto ela é avaliada.
    .step-1 = Aguarde; o serviço tenta enviar a mensagem novamente.
    .step-2 = Se isso continuar acontecendo, procure contas comprometidas.

ndr-4-7-850 = Os emails deste endereço IP estão pausados para avaliação
    .meaning = Uma atividade suspeita foi detectada no endereço IP de envio, que está temporariamente restrito enquanto ela é avaliada.
    .step-1 = Aguarde; o serviço tenta enviar a mensagem novamente.

ndr-5-7-501 = A conta de envio foi banida por enviar spam
    .meaning = A conta que enviou a mensagem foi banida porque enviou spam.
    .step-1 = Proteja a conta e elimine a causa do spam.
    .step-2 = Entre em contato com o suporte para pedir a revisão do banimento.

ndr-5-7-504 = O endereço do destinatário não é válido
    .meaning = O endereço que você está tentando alcançar foi rejeitado por não ser válido.
    .step-1 = Verifique o endereço do destinatário.

ndr-5-7-505 = O destinatário está banido
    .meaning = O destinatário que você está tentando alcançar não é válido.
    .step-1 = Verifique o endereço do destinatário ou entre em contato com ele de outra forma.

ndr-5-7-506 = O servidor de envio se apresentou de forma errada (HELO incorreto)
    .meaning = Seu servidor se apresentou com o nome do servidor ao qual se conecta, em vez do próprio nome.
    .step-1 = Configure o servidor para usar o próprio nome de domínio totalmente qualificado (FQDN) no HELO/EHLO.

ndr-5-7-507 = A organização do destinatário bloqueia seu endereço IP
    .meaning = O endereço IP do qual você envia está bloqueado pela organização do destinatário.
    .step-1 = Peça ao administrador do destinatário que desbloqueie seu endereço IP.

ndr-5-7-508 = Seu intervalo IPv6 enviou demais em pouco tempo
    .meaning = Seu intervalo IPv6 tentou enviar mensagens demais em um período curto demais.
    .step-1 = Reduza o ritmo de envio desse intervalo e tente novamente mais tarde.

ndr-5-7-509 = Seu domínio não passa no DMARC
    .meaning = O domínio no endereço From (De) não passa no DMARC.
    .step-1 = Corrija os registros SPF, DKIM e DMARC do domínio.

ndr-5-7-510 = O destinatário não aceita emails por IPv6
    .meaning = Você tentou entregar por IPv6, o que o destinatário não aceita.
    .step-1 = Envie por IPv4 para este destinatário.

ndr-5-7-511 = O endereço IP de envio está banido
    .meaning = O endereço IP do qual você envia foi banido.
    .step-1 = Elimine a causa do banimento e depois peça a remoção do endereço da lista.

ndr-5-7-512 = A mensagem não tem um endereço From válido
    .meaning = A mensagem foi enviada sem um endereço From (De) válido (RFC 5322, seção 3.6.2).
    .step-1 = Corrija o programa que enviou a mensagem para que ele escreva um endereço From válido.

ndr-5-7-513 = O domínio do destinatário bloqueia seu endereço IP
    .meaning = O domínio do destinatário adicionou seu endereço IP de envio à própria lista de bloqueios.
    .step-1 = Peça ao administrador do destinatário que remova seu endereço IP da lista de bloqueios dele.

## Endereços, limites, roteamento e conteúdo

ndr-432-4-3-2 = A caixa de correio do destinatário está recebendo rápido demais
    .meaning = A caixa de correio do destinatário está recebendo mensagens demais rápido demais, por isso a aceitação delas é desacelerada de propósito.
    .step-1 = Aguarde; a mensagem é reenviada automaticamente.

ndr-554-4-3-2 = Uma pasta da caixa de correio do destinatário está cheia
    .meaning = Uma pasta da caixa de correio do destinatário atingiu o limite de um milhão de itens.
    .step-1 = O destinatário ou o administrador dele precisa mover ou excluir itens da pasta.

ndr-4-4-316 = O servidor de destino recusou a conexão
    .meaning = O serviço tentou entregar a mensagem a um servidor externo, mas a conexão falhou por causa de um problema de rede no lado desse servidor.
    .step-1 = Aguarde; o serviço tenta novamente.
    .step-2 = Se o problema persistir, o administrador do destinatário precisa verificar o servidor dele.

ndr-4-4-317 = A cadeia de certificados do servidor de destino está incompleta
    .meaning = O servidor remoto enviou apenas o próprio certificado, sem os intermediários, por isso não foi possível vinculá-lo a uma raiz confiável.
    .step-1 = O administrador do destino precisa instalar a cadeia de certificados completa.

ndr-4-4-7 = A mensagem expirou na fila
    .meaning = A mensagem esperou tempo demais na fila e expirou.
    .step-1 = Confirme com o administrador do destinatário se o servidor dele está acessível e depois envie novamente.

ndr-451-4-4-0 = Não foi possível estabelecer a conexão de saída
    .meaning = Uma conexão ou um proxy para o destino falhou durante o envio.
    .step-1 = Aguarde; o serviço tenta novamente. Se o problema persistir, verifique o servidor e o DNS do destino.

ndr-4-5-3 = Destinatários demais
    .meaning = A mensagem tem mais de 200 destinatários de envelope do mesmo domínio.
    .step-1 = Divida os destinatários em várias mensagens ou use um grupo de distribuição.

ndr-5-0-350 = O sistema do destinatário relatou um erro geral
    .meaning = Um código genérico da organização do destinatário para muitos problemas diferentes.
    .step-1 = Leia o texto do relatório de falha na entrega (NDR) e depois consulte o administrador do destinatário.

ndr-5-1-0 = O remetente foi negado
    .meaning = Geralmente uma mensagem salva como arquivo e respondida offline, por isso ela tem um remetente desatualizado.
    .step-1 = Escreva uma nova mensagem em vez de responder a uma mensagem salva.

ndr-5-1-1 = O endereço do destinatário não existe
    .meaning = O endereço foi digitado errado, não é mais válido ou a entrada do Preenchimento Automático está desatualizada.
    .step-1 = Verifique se há erros de digitação no endereço.
    .step-2 = Remova o endereço da lista de Preenchimento Automático e digite-o novamente.

ndr-5-1-x = Endereço de caixa de correio de destino inválido
    .meaning = O destinatário não existe ou a entrada do Preenchimento Automático está errada; isso vale para os códigos 5.1.1 a 5.1.20.
    .step-1 = Verifique o endereço e remova-o da lista de Preenchimento Automático.

ndr-5-1-8 = O remetente está bloqueado por enviar spam
    .meaning = A conta de envio foi bloqueada por enviar spam demais.
    .step-1 = Proteja a conta (redefina a senha e verifique se ela foi comprometida).
    .step-2 = Peça ao administrador que solicite o desbloqueio da conta.

ndr-5-1-10 = O destinatário não foi encontrado
    .meaning = O endereço do destinatário não foi encontrado.
    .step-1 = Verifique o endereço e peça ao destinatário o endereço correto.

ndr-5-1-20 = Vários endereços From, mas nenhum Sender
    .meaning = A mensagem lista vários endereços em From, mas nenhum em Sender, o que a RFC 5322 não permite.
    .step-1 = Envie com um único endereço From ou adicione um endereço Sender.

ndr-5-1-90 = Você atingiu seu limite diário de destinatários
    .meaning = Você excedeu o número de destinatários para os quais pode enviar por dia.
    .step-1 = Aguarde até o limite ser redefinido e depois envie novamente.

ndr-5-2-2 = Sua cota de envio foi excedida
    .meaning = Você excedeu o limite de taxa de destinatários ou o limite de taxa de mensagens.
    .step-1 = Aguarde até o limite ser redefinido e depois envie novamente.

ndr-submission-quota = Sua cota de envios foi excedida
    .meaning = A conta excedeu o limite de taxa de destinatários (10.000 destinatários por dia).
    .step-1 = Aguarde até o limite ser redefinido e depois envie novamente.

ndr-5-2-121 = Você enviou mensagens demais a este destinatário nesta hora
    .meaning = Você excedeu o número de mensagens que pode enviar por hora a um mesmo destinatário.
    .step-1 = Aguarde uma hora e depois envie novamente.

ndr-5-2-122 = O destinatário está recebendo mensagens demais nesta hora
    .meaning = O destinatário excedeu o número de mensagens que pode receber por hora do conjunto de todos os remetentes.
    .step-1 = Aguarde uma hora e depois envie novamente.

ndr-5-3-190 = O arquivamento de registro em diário está desativado
    .meaning = O registro em diário de mensagens locais no Microsoft 365 exige a configuração de arquivamento de registro em diário (Journaling Archive), que está desativada.
    .step-1 = Ative o arquivamento de registro em diário ou pare de fazer o registro em diário dos emails locais no Microsoft 365.

ndr-5-4-1-relay = O destino não aceita emails para este domínio
    .meaning = O servidor que relata o erro não aceita emails para o domínio do destinatário.
    .step-1 = O administrador do destinatário precisa verificar os registros MX e os domínios aceitos do domínio.

ndr-5-4-1-rejected = O endereço do destinatário foi rejeitado
    .meaning = O endereço do destinatário não existe.
    .step-1 = Verifique o endereço e envie novamente.

ndr-5-4-6 = Um loop de roteamento foi detectado
    .meaning = Um erro de configuração faz a mensagem circular em um loop.
    .step-1 = Procure um loop nas regras de encaminhamento e nos conectores.
    .step-2 = Verifique os registros MX do domínio.

ndr-5-4-x = Problema de roteamento
    .meaning = Os códigos 5.4.6 a 5.4.20 indicam problemas na configuração de roteamento, como loops.
    .step-1 = Procure loops nos conectores, nos registros MX e no encaminhamento.

ndr-5-4-300 = A mensagem expirou
    .meaning = A entrega demorou demais: o destino nunca respondeu, ou o NDR de um erro anterior não pôde ser entregue.
    .step-1 = Verifique se o servidor de destino está acessível e depois envie novamente.

ndr-5-5-0 = O destinatário do Outlook.com ou do Hotmail não foi encontrado
    .meaning = O domínio do destinatário é hotmail.com ou outlook.com, e o endereço não foi encontrado.
    .step-1 = Verifique o endereço e envie novamente.

ndr-5-6-0 = A política de expiração do grupo moderado não pode ser lida
    .meaning = Não existe nenhuma marca de retenção para destinatários moderados, por isso a moderação não pode funcionar.
    .step-1 = O administrador precisa criar a marca de política de retenção que está faltando.

ndr-5-6-11 = A mensagem contém caracteres inválidos
    .meaning = Seu programa de email adicionou caracteres de avanço de linha isolados (bare LF) à mensagem.
    .step-1 = Atualize ou reconfigure o programa de email e depois envie novamente.
