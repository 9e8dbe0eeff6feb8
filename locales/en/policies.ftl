# Explanations for the error-code lookup (content/policies/*.toml).
# A message is one outcome: its value is the title; `.meaning`, `.cause`
# and `.step-1`, `.step-2`… are shown below it. A question's message holds
# the question and one attribute per answer value.
# Written for Stele from the facts in Microsoft's public NDR articles
# (CC BY 4.0, see NOTICE).

## 5.7.7xx: tenant-wide blocks

ndr-5-7-700 = Your organization is blocked from sending email
    .meaning = Most of the mail recently sent by your organization (tenant) looked suspicious, so the service stopped all of it from sending.
    .cause = Usually a compromised account or server, or too much bulk mail.
    .step-1 = Find and fix any compromised accounts, servers or open relays.
    .step-2 = Make sure all outgoing mail is legitimate again.
    .step-3 = Contact support and ask to have your organization unblocked.

ndr-5-7-703 = A recipient is blocked by your organization's allow/block list
    .meaning = An address or domain of a recipient is blocked in your organization's Tenant Allow/Block List, so the whole message was not sent.
    .cause = An entry in the Tenant Allow/Block List matches one of the recipients.
    .step-1 = Ask your admin to check the Tenant Allow/Block List for the recipient's address or domain.
    .step-2 = If the entry is not wanted, remove it and send the message again.

ndr-5-7-705 = Your organization has exceeded its sending threshold
    .meaning = Your users, taken together, sent so much suspicious email that the service stopped everyone in your organization from sending.
    .cause = Most often a compromised account; sometimes too much bulk mail, or rarely a subscription renewed after it had expired.
    .step-1 = Check for compromised accounts and unusual connectors.
    .step-2 = Secure your on-premises mail servers and turn on multifactor authentication for admins.
    .step-3 = Contact support to have your organization unblocked.

ndr-5-7-705-q = Did your subscription expire and get renewed in the last day or two?
    .yes = Yes, we renewed it recently
    .no = No, it did not expire

ndr-5-7-705-renewed = Blocked while a renewed subscription syncs
    .meaning = After an expired subscription is renewed, the service needs time (usually no more than a day) to sync it, and may block sending meanwhile.
    .cause = The renewal has not reached every part of the service yet.
    .step-1 = Wait up to one day, then send a test message.
    .step-2 = If sending is still blocked after a day, contact support.
    .step-3 = Renew before the subscription expires to avoid this next time.

ndr-5-7-705-compromised = Blocked after suspicious mail from your organization
    .meaning = The service saw too much suspicious mail from your organization and blocked sending until you prove it is secure.
    .cause = Most likely a compromised account, server or connector.
    .step-1 = Check every user for signs of compromise and reset affected passwords.
    .step-2 = Turn on multifactor authentication for all admins.
    .step-3 = Look for unusual inbound connectors and remove the ones you did not create.
    .step-4 = Lock down your on-premises mail servers.
    .step-5 = Contact support, show that the environment is secure, and ask to be unblocked.

ndr-5-7-708 = Mail from this IP address is not accepted
    .meaning = The message was sent from an IP address with a low reputation, so the service refused it.
    .cause = Often seen with new or trial organizations, or after spam was sent from the address.
    .step-1 = Make sure no spam is sent from your organization.
    .step-2 = Contact support and ask for the restriction to be reviewed.

ndr-5-7-750 = Blocked from sending from unregistered domains
    .meaning = Your organization sent a suspicious amount of mail from domains that are not registered (accepted domains) in Microsoft 365, so mail from those domains is blocked.
    .cause = Usually a compromised on-premises server relaying spam; sometimes forwarding or hybrid mail from a domain nobody registered.
    .step-1 = Register and verify every domain you send email from as an accepted domain.
    .step-2 = Look for unusual connectors and for compromised users.
    .step-3 = Contact support and ask to have your organization unblocked.

ndr-5-7-750-q = Does mail from your own (on-premises) servers go out through Microsoft 365?
    .yes = Yes, we have a hybrid setup
    .no = No, only Microsoft 365 mailboxes send or forward

ndr-5-7-750-hybrid = Unregistered domains in a hybrid setup
    .meaning = Your on-premises servers send mail through Exchange Online Protection from domains that are not registered in Microsoft 365.
    .cause = A domain used on premises is missing from the accepted domains, or a compromised on-premises server is relaying spam.
    .step-1 = List every domain your on-premises servers send from and add each as an accepted domain.
    .step-2 = Check that your connectors are the ones you created.
    .step-3 = Lock down the on-premises servers and make sure they are not compromised.
    .step-4 = Contact support and ask to have your organization unblocked.

ndr-5-7-750-forwarding = Unregistered domains in forwarded mail
    .meaning = Mail relayed through your organization, such as messages forwarded to people's external addresses, came from domains that are not registered.
    .cause = Forwarding rules send large amounts of mail out, or an account is compromised.
    .step-1 = Register and verify every domain you send email from.
    .step-2 = Review mailbox forwarding and look for compromised users.
    .step-3 = Contact support and ask to have your organization unblocked.

## 5.7.x: security and policy

ndr-5-7-1-not-authorized = You are not allowed to send to this recipient
    .meaning = The recipient only accepts messages from certain senders, and you are not one of them.
    .cause = A delivery restriction on the recipient, such as a group limited to its members.
    .step-1 = Check that you are sending to the right address.
    .step-2 = Ask the recipient's owner or admin to allow you as a sender.

ndr-5-7-1-relay = The receiving system refused to relay the message
    .meaning = Your mail system handed the message to a system that is not its final destination and is not set up to pass it on.
    .cause = A connector, MX record or application relay setting points to the wrong place.
    .step-1 = Check the connectors and MX records of the sending system.
    .step-2 = Check the relay settings of the application or device that sent the message.

ndr-5-7-1-not-authenticated = The sending system did not sign in
    .meaning = The receiving system requires senders to authenticate, and yours did not.
    .cause = An application or device relays mail without signing in.
    .step-1 = Configure the application or device to authenticate.
    .step-2 = Or use a connector that identifies it by certificate or IP address.

ndr-5-7-x = Rejected by a security or policy rule
    .meaning = The receiving system rejected the message because of one of its security or policy rules.
    .step-1 = Read the text after the code in the bounce message: it often names the rule.
    .step-2 = Check whether the recipient limits who can send to them.
    .step-3 = Check your domain's SPF, DKIM and DMARC records.
    .step-4 = Ask the recipient's admin which rule rejected the message.

ndr-5-7-12 = The recipient only accepts mail from inside its organization
    .meaning = The recipient's address is set to reject messages from outside its organization.
    .step-1 = Ask the recipient's admin to accept messages from external senders, or from you.

ndr-5-7-23 = Your SPF record does not allow this sender
    .meaning = The destination checks SPF, and your domain's SPF record does not list the server that sent the message.
    .step-1 = Update your domain's SPF record to include every server that sends mail for it.

ndr-5-7-25 = The sending IPv6 address has no reverse DNS record
    .meaning = Mail sent over IPv6 must come from an address with a reverse DNS (PTR) record.
    .step-1 = Add a reverse DNS record for the sending IPv6 address.

ndr-4-7-26 = Mail over IPv6 must pass SPF or DKIM
    .meaning = A message sent over IPv6 must pass either SPF or DKIM, and this one passed neither.
    .step-1 = Sign outgoing mail with DKIM, or publish an SPF record that covers the IPv6 address.

ndr-5-7-57 = An application tried to send without signing in
    .meaning = An application or device sends through smtp.office365.com but its sign-in settings are wrong.
    .step-1 = Check the account, password and TLS settings of the application or device.
    .step-2 = Make sure the account it uses is allowed to send (SMTP authentication turned on).

ndr-5-7-64 = The inbound connector does not match your on-premises setup
    .meaning = Messages from your on-premises environment arrive through an inbound connector whose settings no longer match that environment.
    .step-1 = Update the connector's certificate name or IP addresses to match your on-premises servers.

ndr-5-7-124 = You are not on the group's list of allowed senders
    .meaning = The distribution group only accepts messages from the senders on its list.
    .step-1 = Ask the group's owner to add you to the allowed senders.

ndr-5-7-129 = Rejected by a delivery restriction
    .meaning = The recipient's delivery restrictions rejected the message. Our articles give no more detail for this code.
    .step-1 = Ask the recipient's owner or admin whether you are allowed to send to them.

ndr-5-7-133 = The group does not accept mail from outside its organization
    .meaning = The recipient is a distribution group set to reject messages from external senders.
    .step-1 = Ask the group's owner to accept messages from external senders.

ndr-5-7-134 = The mailbox does not accept mail from outside its organization
    .meaning = The recipient is a mailbox set to reject messages from external senders.
    .step-1 = Ask the recipient's admin to accept messages from external senders.

ndr-5-7-135 = The public folder does not accept mail from outside its organization
    .meaning = The recipient is a mail-enabled public folder set to reject messages from external senders.
    .step-1 = Ask the recipient's admin to accept messages from external senders.

ndr-5-7-136 = The mail user does not accept mail from outside its organization
    .meaning = The recipient is a mail user set to reject messages from external senders.
    .step-1 = Ask the recipient's admin to accept messages from external senders.

ndr-5-7-193 = The Microsoft 365 group does not accept external senders
    .meaning = The group only accepts messages from its members or from inside its organization.
    .step-1 = Ask the group's owner to allow external senders to send to the group.

ndr-5-7-367 = A forwarded message was refused by a downstream server
    .meaning = A message forwarded or relayed out of Microsoft 365 failed SPF or DKIM on the way in, so it left from the relay pool, and the next server refused it.
    .step-1 = Make the original sender's SPF and DKIM pass, or avoid forwarding such mail.

ndr-tls-321 = The destination server does not offer encryption (STARTTLS)
    .meaning = The destination requires verified encryption, but its server did not answer the STARTTLS command.
    .step-1 = The destination's admin has to turn on TLS on their mail server.

ndr-tls-322 = The destination server's certificate has expired
    .meaning = The destination requires verified encryption, and its server offered an expired certificate.
    .step-1 = The destination's admin has to renew the certificate.

ndr-tls-323 = The destination failed DANE validation
    .meaning = The destination server's certificate does not match its TLSA record.
    .step-1 = The destination's admin has to fix the certificate or the TLSA record.

ndr-tls-324 = The destination's DNSSEC records are invalid
    .meaning = The destination says it uses DNSSEC, but its records could not be verified.
    .step-1 = The destination's admin has to fix their DNSSEC configuration.

ndr-tls-325 = The destination server's certificate does not match its name
    .meaning = The names in the server's certificate match neither the domain nor the MX host.
    .step-1 = The destination's admin has to use a certificate issued for the MX host name.

## Sender reputation

ndr-4-7-500 = Sending is paused while suspicious activity is checked
    .meaning = Suspicious activity was detected and sending is temporarily restricted while it is evaluated.
    .step-1 = Wait; the service retries the message.
    .step-2 = If it keeps happening, check for compromised accounts.

ndr-4-7-850 = Mail from this IP address is paused for evaluation
    .meaning = Suspicious activity was detected on the sending IP address, which is temporarily restricted while it is evaluated.
    .step-1 = Wait; the service retries the message.

ndr-5-7-501 = The sending account is banned for spam
    .meaning = The account that sent the message was banned because it sent spam.
    .step-1 = Secure the account and remove the cause of the spam.
    .step-2 = Contact support to have the ban reviewed.

ndr-5-7-504 = The recipient address is not valid
    .meaning = The address you are trying to reach was rejected as not valid.
    .step-1 = Check the recipient's address.

ndr-5-7-505 = The recipient is banned
    .meaning = The recipient you are trying to reach is not valid.
    .step-1 = Check the recipient's address, or contact them another way.

ndr-5-7-506 = The sending server introduced itself wrongly (bad HELO)
    .meaning = Your server introduced itself with the name of the server it connects to, instead of its own name.
    .step-1 = Configure the server to use its own fully qualified domain name in HELO/EHLO.

ndr-5-7-507 = The recipient's organization blocks your IP address
    .meaning = The IP address you send from is blocked by the recipient's organization.
    .step-1 = Ask the recipient's admin to unblock your IP address.

ndr-5-7-508 = Your IPv6 range sent too much too fast
    .meaning = Your IPv6 range tried to send too many messages in too short a time.
    .step-1 = Slow down sending from the range and try again later.

ndr-5-7-509 = Your domain does not pass DMARC
    .meaning = The domain in the From address does not pass DMARC.
    .step-1 = Fix the domain's SPF, DKIM and DMARC records.

ndr-5-7-510 = The recipient does not accept mail over IPv6
    .meaning = You tried to deliver over IPv6, which the recipient does not accept.
    .step-1 = Send over IPv4 to this recipient.

ndr-5-7-511 = The sending IP address is banned
    .meaning = The IP address you send from has been banned.
    .step-1 = Remove the cause of the ban, then ask for the address to be delisted.

ndr-5-7-512 = The message has no valid From address
    .meaning = The message was sent without a valid From address (RFC 5322 section 3.6.2).
    .step-1 = Fix the program that sent the message so it writes a valid From address.

ndr-5-7-513 = The recipient's domain blocks your IP address
    .meaning = The recipient's domain added your sending IP address to its own block list.
    .step-1 = Ask the recipient's admin to remove your IP address from their block list.

## Addresses, limits, routing and content

ndr-432-4-3-2 = The recipient's mailbox is receiving too fast
    .meaning = The recipient's mailbox is getting too many messages too quickly, so accepting them is slowed down on purpose.
    .step-1 = Wait; the message is retried automatically.

ndr-554-4-3-2 = A folder in the recipient's mailbox is full
    .meaning = A folder in the recipient's mailbox reached the limit of one million items.
    .step-1 = The recipient or their admin has to move or delete items from the folder.

ndr-4-4-316 = The destination server refused the connection
    .meaning = The service tried to hand the message to an external server, but connecting to it failed because of a network problem at that server's end.
    .step-1 = Wait; the service retries.
    .step-2 = If it persists, the recipient's admin has to check their server.

ndr-4-4-317 = The destination server's certificate chain is incomplete
    .meaning = The remote server sent only its own certificate, without the intermediate ones, so it could not be traced to a trusted root.
    .step-1 = The destination's admin has to install the full certificate chain.

ndr-4-4-7 = The message expired in the queue
    .meaning = The message waited in the queue too long and expired.
    .step-1 = Check with the recipient's admin whether their server is reachable, then send again.

ndr-451-4-4-0 = The outbound connection could not be set up
    .meaning = A connection or proxy to the destination failed while sending.
    .step-1 = Wait; the service retries. If it persists, check the destination's server and DNS.

ndr-4-5-3 = Too many recipients
    .meaning = The message has more than 200 envelope recipients from the same domain.
    .step-1 = Split the recipients over several messages, or use a distribution group.

ndr-5-0-350 = The recipient's system reported a general error
    .meaning = A catch-all code from the recipient's organization for many different problems.
    .step-1 = Read the text of the bounce message, then ask the recipient's admin.

ndr-5-1-0 = The sender was denied
    .meaning = Often a message saved as a file and answered offline, so it has an outdated sender.
    .step-1 = Write a new message instead of replying to a saved one.

ndr-5-1-1 = The recipient's address does not exist
    .meaning = The address was mistyped, is no longer valid, or the Auto-Complete entry is out of date.
    .step-1 = Check the address for typos.
    .step-2 = Remove the address from the Auto-Complete list and type it again.

ndr-5-1-x = Bad destination mailbox address
    .meaning = The recipient does not exist or the Auto-Complete entry is wrong; this applies to codes 5.1.1 to 5.1.20.
    .step-1 = Check the address and remove it from the Auto-Complete list.

ndr-5-1-8 = The sender is blocked for sending spam
    .meaning = The sending account was blocked for sending too much spam.
    .step-1 = Secure the account (reset the password, check for compromise).
    .step-2 = Ask your admin to have the account unblocked.

ndr-5-1-10 = The recipient was not found
    .meaning = The recipient's address was not found.
    .step-1 = Check the address, and ask the recipient for the right one.

ndr-5-1-20 = Several From addresses but no Sender
    .meaning = The message lists several addresses in From but none in Sender, which RFC 5322 does not allow.
    .step-1 = Send with one From address, or add a Sender address.

ndr-5-1-90 = You reached your daily recipient limit
    .meaning = You exceeded the number of recipients you may send to per day.
    .step-1 = Wait until the limit resets, then send again.

ndr-5-2-2 = Your sending quota was exceeded
    .meaning = You exceeded the recipient rate limit or the message rate limit.
    .step-1 = Wait until the limit resets, then send again.

ndr-submission-quota = Your submission quota was exceeded
    .meaning = The account exceeded its recipient rate limit (10,000 recipients per day).
    .step-1 = Wait until the limit resets, then send again.

ndr-5-2-121 = You sent too many messages to this recipient this hour
    .meaning = You exceeded the number of messages you may send per hour to one recipient.
    .step-1 = Wait an hour, then send again.

ndr-5-2-122 = The recipient receives too many messages this hour
    .meaning = The recipient exceeded the number of messages they may receive per hour from all senders.
    .step-1 = Wait an hour, then send again.

ndr-5-3-190 = Journaling archive is turned off
    .meaning = Journaling on-premises messages to Microsoft 365 needs the Journaling Archive setting, which is off.
    .step-1 = Turn on Journaling Archive, or stop journaling on-premises mail to Microsoft 365.

ndr-5-4-1-relay = The destination does not accept mail for this domain
    .meaning = The server reporting the error does not accept mail for the recipient's domain.
    .step-1 = The recipient's admin has to check the domain's MX records and accepted domains.

ndr-5-4-1-rejected = The recipient's address was rejected
    .meaning = The recipient's address does not exist.
    .step-1 = Check the address and send again.

ndr-5-4-6 = A routing loop was detected
    .meaning = A configuration error sends the message around in a loop.
    .step-1 = Check forwarding rules and connectors for a loop.
    .step-2 = Check the domain's MX records.

ndr-5-4-x = Routing problem
    .meaning = Codes 5.4.6 to 5.4.20 point to routing configuration problems, such as loops.
    .step-1 = Check connectors, MX records and forwarding for loops.

ndr-5-4-300 = The message expired
    .meaning = Delivery took too long: the destination never answered, or the bounce for an earlier error could not be delivered.
    .step-1 = Check that the destination server is reachable, then send again.

ndr-5-5-0 = The Outlook.com or Hotmail recipient was not found
    .meaning = The recipient's domain is hotmail.com or outlook.com and the address was not found.
    .step-1 = Check the address and send again.

ndr-5-6-0 = The moderated group's expiry policy cannot be read
    .meaning = No retention tag for moderated recipients exists, so moderation cannot work.
    .step-1 = The admin has to create the missing retention policy tag.

ndr-5-6-11 = The message contains invalid characters
    .meaning = Your email program added bare line feed characters to the message.
    .step-1 = Update or reconfigure the email program, then send again.
