# UI strings of the Stele help center, in Spanish.
language-name = Español
skip-to-content = Ir al contenido
language-switcher = Idioma
show-source = Mostrar el texto original en { $language }
source-text = Texto original en { $language }
segment-hint = Seleccione una frase para ver su texto original en { $language }.
home-title = Centro de ayuda
articles = Artículos
article-count = { $count ->
    [one] { $count } artículo
   *[other] { $count } artículos
}
not-translated = aún sin traducir
fallback-notice = Este artículo todavía no está disponible en { $language }, por lo que se muestra en otro idioma: { $fallback }.
not-found-title = No se encontró la página
not-found-text = La página que busca no existe. Es posible que se haya movido.
back-home = Ir al centro de ayuda
root-title = Elija su idioma
root-redirect = Le llevamos al centro de ayuda en su idioma…
alert-note = Nota
alert-tip = Sugerencia
alert-important = Importante
alert-warning = Advertencia
alert-caution = Precaución
footer-text = Creado con Stele.
lookup-label = Buscar un código de error
lookup-placeholder = Código de error o mensaje de rebote, p. ej. 550 5.7.750
lookup-page-title = Buscar un código de error de correo electrónico
lookup-page-intro = Pegue un código de error o un informe de no entrega (NDR) completo. La respuesta aparece mientras escribe, funciona sin conexión y nada de lo que pegue sale de esta página.
lookup-known-codes = Códigos que explica este centro de ayuda
lookup-loading = Cargando la búsqueda…
lookup-unavailable = La búsqueda no puede funcionar en este explorador. Use la lista de códigos que aparece abajo.
lookup-fix-by = Quién puede solucionarlo
lookup-steps = Qué hacer
lookup-cause = Causa
lookup-read-article = Leer el artículo completo
lookup-other-language = (aún sin traducir; se muestra en otro idioma)
lookup-candidates = Códigos que empiezan así
lookup-generic = Qué significan la clase y el asunto del código
lookup-corrected = El código escrito tiene demasiados dígitos, por lo que se interpretó como el código válido más cercano
lookup-no-rule = Todavía ningún artículo trata este código exacto. La línea de arriba explica qué significan su clase y su asunto.
lookup-close = Cerrar
lookup-no-code = No se encontró ningún código de error. Pegue un código como 5.7.750 o el mensaje de rebote completo.
lookup-class-2 = Correcto
lookup-class-4 = Error temporal: es posible que el mensaje se entregue más tarde
lookup-class-5 = Error permanente: volver a enviar el mismo mensaje no servirá
lookup-subject-0 = Estado distinto o no definido
lookup-subject-1 = Problema de dirección (del remitente o del destinatario)
lookup-subject-2 = Problema de buzón (el del destinatario)
lookup-subject-3 = Problema del sistema de correo (sistema receptor)
lookup-subject-4 = Problema de red o de enrutamiento
lookup-subject-5 = Problema del protocolo de entrega
lookup-subject-6 = Problema de contenido o de formato del mensaje
lookup-subject-7 = Problema de seguridad o de directivas
lookup-fix-sender = El remitente
lookup-fix-admin = Su administrador de correo
lookup-fix-recipient = El destinatario o su administrador
lookup-fix-support = Su administrador, con el soporte del proveedor de correo
lookup-fix-wait = Nadie: espere, el servicio lo reintenta o levanta el límite
lookup-severity-info = Información
lookup-severity-warning = Retrasado
lookup-severity-error = No entregado
search-label = Buscar
search-placeholder = Buscar en el centro de ayuda
search-title = Resultados de la búsqueda
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
}
search-locale = Páginas en
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = En esta página
last-updated = Última actualización:
mt-notice = Este artículo se tradujo automáticamente y puede contener errores.
mt-source-link = Leer el artículo original en { $language }.
copy-code = Copiar
copied = Copiado
video-link = Ver el vídeo
breadcrumbs = Ruta de navegación
search-more = Mostrar más resultados
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Contenido
pager-label = Artículo anterior y siguiente
previous-page = Anterior
next-page = Siguiente
edit-page = Editar esta página
heading-link = Vínculo a la sección «{ $heading }»
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] El artículo original ({ $language }) cambió después de esta traducción: un fragmento puede estar desactualizado.
   *[other] El artículo original ({ $language }) cambió después de esta traducción: { $count } fragmentos pueden estar desactualizados.
}
stale-source-link = Leer el artículo original actual.
