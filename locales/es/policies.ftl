# Explicaciones para la búsqueda de códigos de error (content/policies/*.toml).
# Un mensaje corresponde a un resultado: su valor es el título; `.meaning`,
# `.cause` y `.step-1`, `.step-2`… se muestran debajo. El mensaje de una
# pregunta contiene la pregunta y un atributo por cada valor de respuesta.
# Escrito para Stele a partir de los datos de los artículos públicos de Microsoft
# sobre NDR (CC BY 4.0, véase NOTICE).

## 5.7.7xx: bloqueos en todo el inquilino

ndr-5-7-700 = Su organización tiene bloqueado el envío de correo electrónico
    .meaning = La mayor parte del correo enviado recientemente por su organización (inquilino) parecía sospechoso, por lo que el servicio bloqueó todos sus envíos.
    .cause = Normalmente, una cuenta o un servidor en peligro, o demasiado correo masivo.
    .step-1 = Busque y corrija las cuentas en peligro, los servidores en peligro y las retransmisiones abiertas.
    .step-2 = Asegúrese de que todo el correo saliente vuelve a ser legítimo.
    .step-3 = Póngase en contacto con el soporte técnico y solicite que se desbloquee su organización.

ndr-5-7-703 = Un destinatario está bloqueado por la lista de permitidos y bloqueados de su organización
    .meaning = Una dirección o un dominio de un destinatario está bloqueado en la Lista de permitidos y bloqueados de inquilinos de su organización, por lo que no se envió el mensaje completo.
    .cause = Una entrada de la Lista de permitidos y bloqueados de inquilinos coincide con uno de los destinatarios.
    .step-1 = Pida a su administrador que busque la dirección o el dominio del destinatario en la Lista de permitidos y bloqueados de inquilinos.
    .step-2 = Si la entrada no es deseada, quítela y vuelva a enviar el mensaje.

ndr-5-7-705 = Su organización superó su umbral de envío
    .meaning = Sus usuarios, en conjunto, enviaron tanto correo sospechoso que el servicio bloqueó los envíos de toda su organización.
    .cause = Lo más habitual es una cuenta en peligro; a veces, demasiado correo masivo o, en raras ocasiones, una suscripción renovada después de haber expirado.
    .step-1 = Busque cuentas en peligro y conectores inusuales.
    .step-2 = Proteja sus servidores de correo locales y active la autenticación multifactor para los administradores.
    .step-3 = Póngase en contacto con el soporte técnico para que se desbloquee su organización.

ndr-5-7-705-q = ¿Su suscripción expiró y se renovó en los últimos uno o dos días?
    .yes = Sí, la renovamos hace poco
    .no = No, no expiró

ndr-5-7-705-renewed = Bloqueado mientras se sincroniza una suscripción renovada
    .meaning = Después de renovar una suscripción expirada, el servicio necesita tiempo (normalmente no más de un día) para sincronizarla y, mientras tanto, puede bloquear los envíos.
    .cause = La renovación aún no ha llegado a todas las partes del servicio.
    .step-1 = Espere hasta un día y, después, envíe un mensaje de prueba.
    .step-2 = Si los envíos siguen bloqueados después de un día, póngase en contacto con el soporte técnico.
    .step-3 = Renueve antes de que expire la suscripción para evitar que esto vuelva a ocurrir.

ndr-5-7-705-compromised = Bloqueado tras detectar correo sospechoso de su organización
    .meaning = El servicio detectó demasiado correo sospechoso procedente de su organización y bloqueó los envíos hasta que demuestre que es seguro.
    .cause = Lo más probable es que una cuenta, un servidor o un conector esté en peligro.
    .step-1 = Revise todos los usuarios en busca de indicios de peligro y restablezca las contraseñas afectadas.
    .step-2 = Active la autenticación multifactor para todos los administradores.
    .step-3 = Busque conectores de entrada inusuales y quite los que no haya creado usted.
    .step-4 = Refuerce la seguridad de sus servidores de correo locales.
    .step-5 = Póngase en contacto con el soporte técnico, demuestre que el entorno es seguro y solicite el desbloqueo.

ndr-5-7-708 = No se acepta correo de esta dirección IP
    .meaning = El mensaje se envió desde una dirección IP con mala reputación, por lo que el servicio lo rechazó.
    .cause = Suele ocurrir con organizaciones nuevas o de prueba, o después de que se enviara correo no deseado desde la dirección.
    .step-1 = Asegúrese de que su organización no envía correo no deseado.
    .step-2 = Póngase en contacto con el soporte técnico y solicite que se revise la restricción.

ndr-5-7-750 = Envío bloqueado desde dominios no registrados
    .meaning = Su organización envió una cantidad sospechosa de correo desde dominios que no están registrados (dominios aceptados) en Microsoft 365, por lo que se bloquea el correo de esos dominios.
    .cause = Normalmente, un servidor local en peligro que retransmite correo no deseado; a veces, correo reenviado o híbrido de un dominio que nadie registró.
    .step-1 = Registre y compruebe como dominio aceptado cada dominio desde el que envía correo electrónico.
    .step-2 = Busque conectores inusuales y usuarios en peligro.
    .step-3 = Póngase en contacto con el soporte técnico y solicite que se desbloquee su organización.

ndr-5-7-750-q = ¿El correo de sus propios servidores (locales) sale a través de Microsoft 365?
    .yes = Sí, tenemos una implementación híbrida
    .no = No, solo los buzones de Microsoft 365 envían o reenvían correo

ndr-5-7-750-hybrid = Dominios no registrados en una implementación híbrida
    .meaning = Sus servidores locales envían correo a través de Exchange Online Protection desde dominios que no están registrados en Microsoft 365.
    .cause = Falta en los dominios aceptados un dominio que se usa en el entorno local, o un servidor local en peligro está retransmitiendo correo no deseado.
    .step-1 = Enumere todos los dominios desde los que envían correo sus servidores locales y agregue cada uno como dominio aceptado.
    .step-2 = Compruebe que sus conectores son los que creó usted.
    .step-3 = Refuerce la seguridad de los servidores locales y asegúrese de que no estén en peligro.
    .step-4 = Póngase en contacto con el soporte técnico y solicite que se desbloquee su organización.

ndr-5-7-750-forwarding = Dominios no registrados en el correo reenviado
    .meaning = El correo retransmitido a través de su organización, como los mensajes reenviados a direcciones externas de los usuarios, procedía de dominios no registrados.
    .cause = Las reglas de reenvío envían grandes cantidades de correo al exterior, o hay una cuenta en peligro.
    .step-1 = Registre y compruebe cada dominio desde el que envía correo electrónico.
    .step-2 = Revise el reenvío de los buzones y busque usuarios en peligro.
    .step-3 = Póngase en contacto con el soporte técnico y solicite que se desbloquee su organización.

## 5.7.x: seguridad y directivas

ndr-5-7-1-not-authorized = No tiene permiso para enviar a este destinatario
    .meaning = El destinatario solo acepta mensajes de determinados remitentes y usted no es uno de ellos.
    .cause = Una restricción de entrega del destinatario, como un grupo limitado a sus miembros.
    .step-1 = Compruebe que está enviando a la dirección correcta.
    .step-2 = Pida al propietario o al administrador del destinatario que le autorice como remitente.

ndr-5-7-1-relay = El sistema receptor se negó a retransmitir el mensaje
    .meaning = Su sistema de correo entregó el mensaje a un sistema que no es su destino final y que no está configurado para transmitirlo.
    .cause = Un conector, un registro MX o la configuración de retransmisión de una aplicación apunta a un lugar incorrecto.
    .step-1 = Compruebe los conectores y los registros MX del sistema de envío.
    .step-2 = Compruebe la configuración de retransmisión de la aplicación o el dispositivo que envió el mensaje.

ndr-5-7-1-not-authenticated = El sistema de envío no inició sesión
    .meaning = El sistema receptor exige que los remitentes se autentiquen y el suyo no lo hizo.
    .cause = Una aplicación o un dispositivo retransmite correo sin iniciar sesión.
    .step-1 = Configure la aplicación o el dispositivo para que se autentique.
    .step-2 = O bien use un conector que lo identifique por certificado o por dirección IP.

ndr-5-7-x = Rechazado por una regla de seguridad o de directiva
    .meaning = El sistema receptor rechazó el mensaje por una de sus reglas de seguridad o de directiva.
    .step-1 = Lea el texto que sigue al código en el informe de no entrega (NDR): a menudo indica el nombre de la regla.
    .step-2 = Compruebe si el destinatario limita quién puede enviarle mensajes.
    .step-3 = Compruebe los registros SPF, DKIM y DMARC de su dominio.
    .step-4 = Pregunte al administrador del destinatario qué regla rechazó el mensaje.

ndr-5-7-12 = El destinatario solo acepta correo de dentro de su organización
    .meaning = La dirección del destinatario está configurada para rechazar los mensajes de fuera de su organización.
    .step-1 = Pida al administrador del destinatario que acepte mensajes de remitentes externos o de usted.

ndr-5-7-23 = Su registro SPF no permite este remitente
    .meaning = El destino comprueba SPF y el registro SPF de su dominio no incluye el servidor que envió el mensaje.
    .step-1 = Actualice el registro SPF de su dominio para que incluya todos los servidores que envían correo para ese dominio.

ndr-5-7-25 = La dirección IPv6 de envío no tiene registro DNS inverso
    .meaning = El correo enviado a través de IPv6 debe proceder de una dirección con un registro DNS inverso (PTR).
    .step-1 = Agregue un registro DNS inverso para la dirección IPv6 de envío.

ndr-4-7-26 = El correo enviado a través de IPv6 debe superar SPF o DKIM
    .meaning = Un mensaje enviado a través de IPv6 debe superar SPF o DKIM, y este no superó ninguno de los dos.
    .step-1 = Firme el correo saliente con DKIM o publique un registro SPF que cubra la dirección IPv6.

ndr-5-7-57 = Una aplicación intentó enviar sin iniciar sesión
    .meaning = Una aplicación o un dispositivo envía a través de smtp.office365.com, pero su configuración de inicio de sesión es incorrecta.
    .step-1 = Compruebe la cuenta, la contraseña y la configuración de TLS de la aplicación o el dispositivo.
    .step-2 = Asegúrese de que la cuenta que usa tiene permiso para enviar (autenticación SMTP activada).

ndr-5-7-64 = El conector de entrada no coincide con su entorno local
    .meaning = Los mensajes de su entorno local llegan a través de un conector de entrada cuya configuración ya no coincide con ese entorno.
    .step-1 = Actualice el nombre del certificado o las direcciones IP del conector para que coincidan con sus servidores locales.

ndr-5-7-124 = No está en la lista de remitentes permitidos del grupo
    .meaning = El grupo de distribución solo acepta mensajes de los remitentes de su lista.
    .step-1 = Pida al propietario del grupo que le agregue a los remitentes permitidos.

ndr-5-7-129 = Rechazado por una restricción de entrega
    .meaning = Las restricciones de entrega del destinatario rechazaron el mensaje. Nuestros artículos no dan más detalles sobre este código.
    .step-1 = Pregunte al propietario o al administrador del destinatario si tiene permiso para enviarle mensajes.

ndr-5-7-133 = El grupo no acepta correo de fuera de su organización
    .meaning = El destinatario es un grupo de distribución configurado para rechazar los mensajes de remitentes externos.
    .step-1 = Pida al propietario del grupo que acepte mensajes de remitentes externos.

ndr-5-7-134 = El buzón no acepta correo de fuera de su organización
    .meaning = El destinatario es un buzón configurado para rechazar los mensajes de remitentes externos.
    .step-1 = Pida al administrador del destinatario que acepte mensajes de remitentes externos.

ndr-5-7-135 = La carpeta pública no acepta correo de fuera de su organización
    .meaning = El destinatario es una carpeta pública habilitada para correo configurada para rechazar los mensajes de remitentes externos.
    .step-1 = Pida al administrador del destinatario que acepte mensajes de remitentes externos.

ndr-5-7-136 = El usuario de correo no acepta correo de fuera de su organización
    .meaning = El destinatario es un usuario de correo configurado para rechazar los mensajes de remitentes externos.
    .step-1 = Pida al administrador del destinatario que acepte mensajes de remitentes externos.

ndr-5-7-193 = El grupo de Microsoft 365 no acepta remitentes externos
    .meaning = El grupo solo acepta mensajes de sus miembros o de dentro de su organización.
    .step-1 = Pida al propietario del grupo que permita a los remitentes externos enviar mensajes al grupo.

ndr-5-7-367 = Un servidor posterior en la ruta rechazó un mensaje reenviado
    .meaning = Un mensaje reenviado o retransmitido desde Microsoft 365 no superó SPF o DKIM al entrar, por lo que salió desde el grupo de retransmisión y el siguiente servidor lo rechazó.
    .step-1 = Consiga que el SPF y el DKIM del remitente original se superen, o evite reenviar ese tipo de correo.

ndr-tls-321 = El servidor de destino no ofrece cifrado (STARTTLS)
    .meaning = El destino exige cifrado verificado, pero su servidor no respondió al comando STARTTLS.
    .step-1 = El administrador del destino tiene que activar TLS en su servidor de correo.

ndr-tls-322 = El certificado del servidor de destino expiró
    .meaning = El destino exige cifrado verificado y su servidor presentó un certificado expirado.
    .step-1 = El administrador del destino tiene que renovar el certificado.

ndr-tls-323 = El destino no superó la validación DANE
    .meaning = El certificado del servidor de destino no coincide con su registro TLSA.
    .step-1 = El administrador del destino tiene que corregir el certificado o el registro TLSA.

ndr-tls-324 = Los registros DNSSEC del destino no son válidos
    .meaning = El destino indica que usa DNSSEC, pero no se pudieron comprobar sus registros.
    .step-1 = El administrador del destino tiene que corregir su configuración de DNSSEC.

ndr-tls-325 = El certificado del servidor de destino no coincide con su nombre
    .meaning = Los nombres del certificado del servidor no coinciden ni con el dominio ni con el host MX.
    .step-1 = El administrador del destino tiene que usar un certificado emitido para el nombre del host MX.

## Reputación del remitente

ndr-4-7-500 = El envío está en pausa mientras se revisa una actividad sospechosa
    .meaning = Se detectó una actividad sospechosa y el envío está restringido temporalmente mientras se evalúa.
    .step-1 = Espere; el servicio vuelve a intentar enviar el mensaje.
    .step-2 = Si sigue ocurriendo, busque cuentas en peligro.

ndr-4-7-850 = El correo de esta dirección IP está en pausa para su evaluación
    .meaning = Se detectó una actividad sospechosa en la dirección IP de envío, que está restringida temporalmente mientras se evalúa.
    .step-1 = Espere; el servicio vuelve a intentar enviar el mensaje.

ndr-5-7-501 = La cuenta de envío está vetada por enviar correo no deseado
    .meaning = La cuenta que envió el mensaje se vetó porque envió correo no deseado.
    .step-1 = Proteja la cuenta y elimine la causa del correo no deseado.
    .step-2 = Póngase en contacto con el soporte técnico para que se revise el veto.

ndr-5-7-504 = La dirección del destinatario no es válida
    .meaning = La dirección a la que intenta llegar se rechazó por no ser válida.
    .step-1 = Compruebe la dirección del destinatario.

ndr-5-7-505 = El destinatario está vetado
    .meaning = El destinatario al que intenta llegar no es válido.
    .step-1 = Compruebe la dirección del destinatario o póngase en contacto con él por otro medio.

ndr-5-7-506 = El servidor de envío se presentó de forma incorrecta (HELO incorrecto)
    .meaning = Su servidor se presentó con el nombre del servidor al que se conecta en lugar de con su propio nombre.
    .step-1 = Configure el servidor para que use su propio nombre de dominio completo (FQDN) en HELO/EHLO.

ndr-5-7-507 = La organización del destinatario bloquea su dirección IP
    .meaning = La organización del destinatario bloquea la dirección IP desde la que envía.
    .step-1 = Pida al administrador del destinatario que desbloquee su dirección IP.

ndr-5-7-508 = Su intervalo IPv6 envió demasiado en muy poco tiempo
    .meaning = Su intervalo IPv6 intentó enviar demasiados mensajes en muy poco tiempo.
    .step-1 = Reduzca el ritmo de envío desde el intervalo y vuelva a intentarlo más tarde.

ndr-5-7-509 = Su dominio no supera DMARC
    .meaning = El dominio de la dirección From (De) no supera DMARC.
    .step-1 = Corrija los registros SPF, DKIM y DMARC del dominio.

ndr-5-7-510 = El destinatario no acepta correo a través de IPv6
    .meaning = Intentó entregar el mensaje a través de IPv6, que el destinatario no acepta.
    .step-1 = Envíe a este destinatario a través de IPv4.

ndr-5-7-511 = La dirección IP de envío está vetada
    .meaning = La dirección IP desde la que envía se ha vetado.
    .step-1 = Elimine la causa del veto y, después, solicite que se quite la dirección de la lista.

ndr-5-7-512 = El mensaje no tiene una dirección From válida
    .meaning = El mensaje se envió sin una dirección From (De) válida (RFC 5322, sección 3.6.2).
    .step-1 = Corrija el programa que envió el mensaje para que escriba una dirección From válida.

ndr-5-7-513 = El dominio del destinatario bloquea su dirección IP
    .meaning = El dominio del destinatario agregó su dirección IP de envío a su propia lista de bloqueados.
    .step-1 = Pida al administrador del destinatario que quite su dirección IP de su lista de bloqueados.

## Direcciones, límites, enrutamiento y contenido

ndr-432-4-3-2 = El buzón del destinatario recibe mensajes demasiado rápido
    .meaning = El buzón del destinatario está recibiendo demasiados mensajes en muy poco tiempo, por lo que su aceptación se ralentiza a propósito.
    .step-1 = Espere; el mensaje se reintenta automáticamente.

ndr-554-4-3-2 = Una carpeta del buzón del destinatario está llena
    .meaning = Una carpeta del buzón del destinatario alcanzó el límite de un millón de elementos.
    .step-1 = El destinatario o su administrador tiene que mover o eliminar elementos de la carpeta.

ndr-4-4-316 = El servidor de destino rechazó la conexión
    .meaning = El servicio intentó entregar el mensaje a un servidor externo, pero la conexión falló por un problema de red en el lado de ese servidor.
    .step-1 = Espere; el servicio vuelve a intentarlo.
    .step-2 = Si el problema continúa, el administrador del destinatario tiene que revisar su servidor.

ndr-4-4-317 = La cadena de certificados del servidor de destino está incompleta
    .meaning = El servidor remoto envió solo su propio certificado, sin los intermedios, por lo que no se pudo vincular a una raíz de confianza.
    .step-1 = El administrador del destino tiene que instalar la cadena de certificados completa.

ndr-4-4-7 = El mensaje expiró en la cola
    .meaning = El mensaje esperó demasiado tiempo en la cola y expiró.
    .step-1 = Consulte con el administrador del destinatario si su servidor es accesible y, después, vuelva a enviar el mensaje.

ndr-451-4-4-0 = No se pudo establecer la conexión saliente
    .meaning = Una conexión o un proxy hacia el destino falló durante el envío.
    .step-1 = Espere; el servicio vuelve a intentarlo. Si el problema continúa, compruebe el servidor y el DNS del destino.

ndr-4-5-3 = Demasiados destinatarios
    .meaning = El mensaje tiene más de 200 destinatarios de sobre del mismo dominio.
    .step-1 = Reparta los destinatarios en varios mensajes o use un grupo de distribución.

ndr-5-0-350 = El sistema del destinatario notificó un error general
    .meaning = Un código genérico que la organización del destinatario usa para muchos problemas distintos.
    .step-1 = Lea el texto del informe de no entrega (NDR) y, después, consulte al administrador del destinatario.

ndr-5-1-0 = Se denegó el remitente
    .meaning = A menudo, un mensaje guardado como archivo y respondido sin conexión, por lo que tiene un remitente obsoleto.
    .step-1 = Escriba un mensaje nuevo en lugar de responder a uno guardado.

ndr-5-1-1 = La dirección del destinatario no existe
    .meaning = La dirección se escribió mal, ya no es válida o la entrada de Autocompletar está desactualizada.
    .step-1 = Compruebe que la dirección no tenga errores tipográficos.
    .step-2 = Quite la dirección de la lista Autocompletar y vuelva a escribirla.

ndr-5-1-x = Dirección de buzón de destino incorrecta
    .meaning = El destinatario no existe o la entrada de Autocompletar es incorrecta; se aplica a los códigos 5.1.1 a 5.1.20.
    .step-1 = Compruebe la dirección y quítela de la lista Autocompletar.

ndr-5-1-8 = El remitente está bloqueado por enviar correo no deseado
    .meaning = La cuenta de envío se bloqueó por enviar demasiado correo no deseado.
    .step-1 = Proteja la cuenta (restablezca la contraseña y compruebe si está en peligro).
    .step-2 = Pida a su administrador que solicite el desbloqueo de la cuenta.

ndr-5-1-10 = No se encontró el destinatario
    .meaning = No se encontró la dirección del destinatario.
    .step-1 = Compruebe la dirección y pida al destinatario la correcta.

ndr-5-1-20 = Varias direcciones From pero ninguna Sender
    .meaning = El mensaje incluye varias direcciones en From pero ninguna en Sender, algo que RFC 5322 no permite.
    .step-1 = Envíe con una sola dirección From o agregue una dirección Sender.

ndr-5-1-90 = Alcanzó su límite diario de destinatarios
    .meaning = Superó el número de destinatarios a los que puede enviar al día.
    .step-1 = Espere a que se restablezca el límite y, después, vuelva a enviar el mensaje.

ndr-5-2-2 = Se superó su cuota de envío
    .meaning = Superó el límite de velocidad de destinatarios o el límite de velocidad de mensajes.
    .step-1 = Espere a que se restablezca el límite y, después, vuelva a enviar el mensaje.

ndr-submission-quota = Se superó su cuota de envíos
    .meaning = La cuenta superó su límite de velocidad de destinatarios (10 000 destinatarios al día).
    .step-1 = Espere a que se restablezca el límite y, después, vuelva a enviar el mensaje.

ndr-5-2-121 = Envió demasiados mensajes a este destinatario en esta hora
    .meaning = Superó el número de mensajes que puede enviar por hora a un mismo destinatario.
    .step-1 = Espere una hora y, después, vuelva a enviar el mensaje.

ndr-5-2-122 = El destinatario recibe demasiados mensajes en esta hora
    .meaning = El destinatario superó el número de mensajes que puede recibir por hora del conjunto de remitentes.
    .step-1 = Espere una hora y, después, vuelva a enviar el mensaje.

ndr-5-3-190 = El archivo de registro en diario está desactivado
    .meaning = El registro en diario de mensajes locales en Microsoft 365 requiere la opción Archivo de registro en diario (Journaling Archive), que está desactivada.
    .step-1 = Active el archivo de registro en diario o deje de registrar en diario el correo local en Microsoft 365.

ndr-5-4-1-relay = El destino no acepta correo para este dominio
    .meaning = El servidor que notifica el error no acepta correo para el dominio del destinatario.
    .step-1 = El administrador del destinatario tiene que comprobar los registros MX y los dominios aceptados del dominio.

ndr-5-4-1-rejected = Se rechazó la dirección del destinatario
    .meaning = La dirección del destinatario no existe.
    .step-1 = Compruebe la dirección y vuelva a enviar el mensaje.

ndr-5-4-6 = Se detectó un bucle de enrutamiento
    .meaning = Un error de configuración hace que el mensaje dé vueltas en un bucle.
    .step-1 = Busque un bucle en las reglas de reenvío y en los conectores.
    .step-2 = Compruebe los registros MX del dominio.

ndr-5-4-x = Problema de enrutamiento
    .meaning = Los códigos 5.4.6 a 5.4.20 indican problemas en la configuración del enrutamiento, como bucles.
    .step-1 = Busque bucles en los conectores, los registros MX y el reenvío.

ndr-5-4-300 = El mensaje expiró
    .meaning = La entrega tardó demasiado: el destino nunca respondió o no se pudo entregar el informe de no entrega de un error anterior.
    .step-1 = Compruebe que el servidor de destino es accesible y, después, vuelva a enviar el mensaje.

ndr-5-5-0 = No se encontró el destinatario de Outlook.com o Hotmail
    .meaning = El dominio del destinatario es hotmail.com u outlook.com y no se encontró la dirección.
    .step-1 = Compruebe la dirección y vuelva a enviar el mensaje.

ndr-5-6-0 = No se puede leer la directiva de expiración del grupo moderado
    .meaning = No existe ninguna etiqueta de retención para los destinatarios moderados, por lo que la moderación no puede funcionar.
    .step-1 = El administrador tiene que crear la etiqueta de directiva de retención que falta.

ndr-5-6-11 = El mensaje contiene caracteres no válidos
    .meaning = Su programa de correo electrónico agregó al mensaje caracteres de avance de línea sueltos (bare LF).
    .step-1 = Actualice o vuelva a configurar el programa de correo electrónico y, después, vuelva a enviar el mensaje.
