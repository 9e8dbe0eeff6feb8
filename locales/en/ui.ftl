# UI strings of the Stele help center. One file per locale; messages that a
# locale lacks fall back along the locale chain (zh-TW -> zh -> en).
language-name = English
skip-to-content = Skip to content
language-switcher = Language
show-source = Show { $language } source
source-text = { $language } source
segment-hint = Select a sentence to see its { $language } source.
home-title = Help center
articles = Articles
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
not-translated = not yet translated
fallback-notice = This article is not available in { $language } yet, so it is shown in another language: { $fallback }.
not-found-title = Page not found
not-found-text = The page you asked for does not exist. It may have moved.
back-home = Go to the help center
root-title = Choose your language
root-redirect = Taking you to the help center in your language…
alert-note = Note
alert-tip = Tip
alert-important = Important
alert-warning = Warning
alert-caution = Caution
footer-text = Built with Stele.
# Error-code lookup (header box, /errors/ page, `stele lookup`).
lookup-label = Look up an error code
lookup-placeholder = Error code or bounce message, e.g. 550 5.7.750
lookup-page-title = Look up an email error code
lookup-page-intro = Paste an error code or a whole bounce message (NDR). The answer appears as you type, works offline, and nothing you paste leaves this page.
lookup-known-codes = Codes this help center explains
lookup-loading = Loading the lookup…
lookup-unavailable = The lookup cannot run in this browser. Use the list of codes below.
lookup-fix-by = Who can fix it
lookup-steps = What to do
lookup-cause = Cause
lookup-read-article = Read the full article
lookup-other-language = (not yet translated; shown in another language)
lookup-candidates = Codes that start like this
lookup-generic = What the class and subject of the code mean
lookup-corrected = The code as written has too many digits, so it was read as the closest valid code
lookup-no-rule = No article covers this exact code yet. The line above says what its class and subject mean.
lookup-close = Close
lookup-no-code = No error code found. Paste a code such as 5.7.750, or the whole bounce message.
lookup-class-2 = Success
lookup-class-4 = Temporary failure: the message may still get through later
lookup-class-5 = Permanent failure: sending the same message again will not help
lookup-subject-0 = Other or undefined status
lookup-subject-1 = Addressing problem (sender or recipient address)
lookup-subject-2 = Mailbox problem (recipient's mailbox)
lookup-subject-3 = Mail system problem (receiving system)
lookup-subject-4 = Network or routing problem
lookup-subject-5 = Mail delivery protocol problem
lookup-subject-6 = Message content or media problem
lookup-subject-7 = Security or policy problem
lookup-fix-sender = The sender
lookup-fix-admin = Your email admin
lookup-fix-recipient = The recipient or their admin
lookup-fix-support = Your admin, with the email provider's support
lookup-fix-wait = Nobody: wait, the service retries or lifts the limit
lookup-severity-info = Information
lookup-severity-warning = Delayed
lookup-severity-error = Not delivered
search-label = Search
search-placeholder = Search the help center
search-title = Search results
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-locale = All pages in
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = On this page
last-updated = Last updated:
mt-notice = This article was translated by machine and may contain errors.
mt-source-link = Read the original article in { $language }.
copy-code = Copy
copied = Copied
video-link = Watch the video
breadcrumbs = Breadcrumbs
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Contents
pager-label = Previous and next article
previous-page = Previous
next-page = Next
edit-page = Edit this page
heading-link = Link to the section “{ $heading }”
search-more = Show more results
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] The source article ({ $language }) has changed since this translation was made: one passage may be out of date.
   *[other] The source article ({ $language }) has changed since this translation was made: { $count } passages may be out of date.
}
stale-source-link = Read the current source article.
