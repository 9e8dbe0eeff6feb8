# UI strings of the Stele help center, in Russian.
language-name = Русский
skip-to-content = Перейти к содержимому
language-switcher = Язык
show-source = Показать исходный текст ({ $language })
source-text = Исходный текст ({ $language })
segment-hint = Выберите предложение, чтобы увидеть его исходный текст ({ $language }).
home-title = Центр справки
articles = Статьи
article-count = { $count ->
    [one] { $count } статья
    [few] { $count } статьи
    [many] { $count } статей
   *[other] { $count } статьи
}
not-translated = ещё не переведено
fallback-notice = Эта статья пока недоступна на языке «{ $language }», поэтому она показана на другом языке: { $fallback }.
not-found-title = Страница не найдена
not-found-text = Запрошенная страница не существует. Возможно, она была перемещена.
back-home = Перейти в центр справки
root-title = Выберите язык
root-redirect = Переход в центр справки на вашем языке…
alert-note = Примечание
alert-tip = Совет
alert-important = Важно
alert-warning = Предупреждение
alert-caution = Внимание
footer-text = Создано с помощью Stele.
lookup-label = Найти код ошибки
lookup-placeholder = Код ошибки или отчёт о недоставке, например 550 5.7.750
lookup-page-title = Поиск кода ошибки электронной почты
lookup-page-intro = Вставьте код ошибки или весь отчёт о недоставке (NDR). Ответ появляется по мере ввода, работает без подключения к сети, и ничего из вставленного не покидает эту страницу.
lookup-known-codes = Коды, которые объясняет этот центр справки
lookup-loading = Загрузка поиска…
lookup-unavailable = Поиск не работает в этом браузере. Воспользуйтесь списком кодов ниже.
lookup-fix-by = Кто может это исправить
lookup-steps = Что делать
lookup-cause = Причина
lookup-read-article = Читать статью полностью
lookup-other-language = (ещё не переведено; показано на другом языке)
lookup-candidates = Коды, которые так начинаются
lookup-generic = Что означают класс и тема кода
lookup-corrected = В коде слишком много цифр, поэтому он прочитан как ближайший допустимый код
lookup-no-rule = Статьи именно об этом коде пока нет. Строка выше объясняет, что означают его класс и тема.
lookup-close = Закрыть
lookup-no-code = Код ошибки не найден. Вставьте код, например 5.7.750, или весь отчёт о недоставке.
lookup-class-2 = Успешно
lookup-class-4 = Временный сбой: сообщение ещё может быть доставлено позже
lookup-class-5 = Постоянный сбой: повторная отправка того же сообщения не поможет
lookup-subject-0 = Другое или неопределённое состояние
lookup-subject-1 = Проблема с адресом (отправителя или получателя)
lookup-subject-2 = Проблема с почтовым ящиком (ящиком получателя)
lookup-subject-3 = Проблема почтовой системы (принимающей системы)
lookup-subject-4 = Проблема сети или маршрутизации
lookup-subject-5 = Проблема протокола доставки
lookup-subject-6 = Проблема содержимого или формата сообщения
lookup-subject-7 = Проблема безопасности или политики
lookup-fix-sender = Отправитель
lookup-fix-admin = Ваш администратор электронной почты
lookup-fix-recipient = Получатель или его администратор
lookup-fix-support = Ваш администратор вместе со службой поддержки почтового провайдера
lookup-fix-wait = Никто: подождите, служба повторит попытку или снимет ограничение
lookup-severity-info = Сведения
lookup-severity-warning = Задерживается
lookup-severity-error = Не доставлено
search-label = Поиск
search-placeholder = Поиск в центре справки
search-title = Результаты поиска
search-count = { $count ->
    [one] { $count } результат
    [few] { $count } результата
    [many] { $count } результатов
   *[other] { $count } результата
}
search-locale = Страницы на языке
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = На этой странице
last-updated = Последнее обновление:
mt-notice = Эта статья переведена автоматически и может содержать ошибки.
mt-source-link = Читать оригинал статьи ({ $language }).
copy-code = Копировать
copied = Скопировано
video-link = Смотреть видео
breadcrumbs = Навигационная цепочка
search-more = Показать больше результатов
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = Содержание
pager-label = Предыдущая и следующая статьи
previous-page = Назад
next-page = Далее
edit-page = Изменить эту страницу
heading-link = Ссылка на раздел «{ $heading }»
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] Исходная статья ({ $language }) изменилась после этого перевода: { $count } фрагмент может быть устаревшим.
    [few] Исходная статья ({ $language }) изменилась после этого перевода: { $count } фрагмента могут быть устаревшими.
    [many] Исходная статья ({ $language }) изменилась после этого перевода: { $count } фрагментов могут быть устаревшими.
   *[other] Исходная статья ({ $language }) изменилась после этого перевода: { $count } фрагмента могут быть устаревшими.
}
stale-source-link = Читать актуальную исходную статью.
