# UI strings of the Stele help center. One file per locale; messages that a
# locale lacks fall back along the locale chain (zh-TW -> zh -> en).
language-name = English
skip-to-content = Skip to content
language-switcher = Language
show-english = Show English source
hide-english = Hide English source
english-source = English source
segment-hint = Select a sentence to see its English source.
home-title = Help center
articles = Articles
article-count = { $count ->
    [one] { $count } article
   *[other] { $count } articles
}
not-translated = not yet translated
fallback-notice = This article is not available in { $language } yet, so it is shown in { $fallback }.
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
search-label = Search
search-placeholder = Search the help center
search-title = Search results
search-count = { $count ->
    [one] { $count } result
   *[other] { $count } results
}
search-locale = All pages in
