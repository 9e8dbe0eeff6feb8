# UI strings of the Stele help center, in Brazilian Portuguese.
language-name = Português (Brasil)
skip-to-content = Pular para o conteúdo
language-switcher = Idioma
show-source = Mostrar o texto original em { $language }
source-text = Texto original em { $language }
segment-hint = Selecione uma frase para ver o texto original em { $language }.
home-title = Central de ajuda
articles = Artigos
article-count = { $count ->
    [one] { $count } artigo
   *[other] { $count } artigos
}
not-translated = ainda não traduzido
fallback-notice = Este artigo ainda não está disponível em { $language }, por isso é exibido em outro idioma: { $fallback }.
not-found-title = Página não encontrada
not-found-text = A página solicitada não existe. Talvez ela tenha sido movida.
back-home = Ir para a central de ajuda
root-title = Escolha seu idioma
root-redirect = Levando você para a central de ajuda no seu idioma…
alert-note = Observação
alert-tip = Dica
alert-important = Importante
alert-warning = Aviso
alert-caution = Cuidado
footer-text = Criado com Stele.
lookup-label = Consultar um código de erro
lookup-placeholder = Código de erro ou mensagem de devolução, p. ex. 550 5.7.750
lookup-page-title = Consultar um código de erro de email
lookup-page-intro = Cole um código de erro ou um relatório de falha na entrega (NDR) inteiro. A resposta aparece enquanto você digita, funciona offline e nada do que você colar sai desta página.
lookup-known-codes = Códigos que esta central de ajuda explica
lookup-loading = Carregando a consulta…
lookup-unavailable = A consulta não funciona neste navegador. Use a lista de códigos abaixo.
lookup-fix-by = Quem pode corrigir
lookup-steps = O que fazer
lookup-cause = Causa
lookup-read-article = Ler o artigo completo
lookup-other-language = (ainda não traduzido; exibido em outro idioma)
lookup-candidates = Códigos que começam assim
lookup-generic = O que a classe e o assunto do código significam
lookup-corrected = O código digitado tem dígitos demais, por isso foi lido como o código válido mais próximo
lookup-no-rule = Nenhum artigo trata deste código exato ainda. A linha acima explica o que a classe e o assunto dele significam.
lookup-close = Fechar
lookup-no-code = Nenhum código de erro encontrado. Cole um código como 5.7.750 ou a mensagem de devolução inteira.
lookup-class-2 = Sucesso
lookup-class-4 = Falha temporária: a mensagem ainda pode ser entregue mais tarde
lookup-class-5 = Falha permanente: enviar a mesma mensagem de novo não vai adiantar
lookup-subject-0 = Status diferente ou não definido
lookup-subject-1 = Problema de endereço (do remetente ou do destinatário)
lookup-subject-2 = Problema de caixa de correio (a do destinatário)
lookup-subject-3 = Problema do sistema de email (sistema de destino)
lookup-subject-4 = Problema de rede ou de roteamento
lookup-subject-5 = Problema no protocolo de entrega
lookup-subject-6 = Problema de conteúdo ou de formato da mensagem
lookup-subject-7 = Problema de segurança ou de política
lookup-fix-sender = O remetente
lookup-fix-admin = Seu administrador de email
lookup-fix-recipient = O destinatário ou o administrador dele
lookup-fix-support = Seu administrador, com o suporte do provedor de email
lookup-fix-wait = Ninguém: aguarde, o serviço tenta de novo ou suspende o limite
lookup-severity-info = Informação
lookup-severity-warning = Atrasado
lookup-severity-error = Não entregue
search-label = Pesquisar
search-placeholder = Pesquisar na central de ajuda
search-title = Resultados da pesquisa
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-locale = Páginas em
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = Nesta página
last-updated = Última atualização:
mt-notice = Este artigo foi traduzido automaticamente e pode conter erros.
mt-source-link = Leia o artigo original em { $language }.
copy-code = Copiar
copied = Copiado
video-link = Assistir ao vídeo
breadcrumbs = Trilha de navegação
search-more = Mostrar mais resultados
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Conteúdo
pager-label = Artigo anterior e próximo
previous-page = Anterior
next-page = Próximo
edit-page = Editar esta página
heading-link = Link para a seção “{ $heading }”
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] O artigo original ({ $language }) mudou depois desta tradução: um trecho pode estar desatualizado.
   *[other] O artigo original ({ $language }) mudou depois desta tradução: { $count } trechos podem estar desatualizados.
}
stale-source-link = Ler o artigo original atual.
