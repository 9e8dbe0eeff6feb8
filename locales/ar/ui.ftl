# UI strings of the Stele help center, in Arabic (right to left).
language-name = العربية
skip-to-content = الانتقال إلى المحتوى
language-switcher = اللغة
show-source = إظهار النص الأصلي باللغة { $language }
source-text = النص الأصلي باللغة { $language }
segment-hint = اختر جملة لعرض نصها الأصلي باللغة { $language }.
home-title = مركز المساعدة
articles = المقالات
article-count = { $count ->
    [zero] لا توجد مقالات
    [one] مقالة واحدة
    [two] مقالتان
    [few] { $count } مقالات
    [many] { $count } مقالة
   *[other] { $count } مقالة
}
not-translated = لم تُترجم بعد
fallback-notice = هذه المقالة غير متاحة بعد باللغة { $language }، لذا تُعرض بلغة أخرى: { $fallback }.
not-found-title = الصفحة غير موجودة
not-found-text = الصفحة التي طلبتها غير موجودة. ربما نُقلت.
back-home = الانتقال إلى مركز المساعدة
root-title = اختر لغتك
root-redirect = جارٍ نقلك إلى مركز المساعدة بلغتك…
alert-note = ملاحظة
alert-tip = تلميح
alert-important = هام
alert-warning = تحذير
alert-caution = تنبيه
footer-text = أُنشئ باستخدام Stele.
lookup-label = البحث عن رمز خطأ
lookup-placeholder = رمز الخطأ أو رسالة الارتداد، مثل 550 5.7.750
lookup-page-title = البحث عن رمز خطأ في البريد الإلكتروني
lookup-page-intro = الصق رمز خطأ أو تقرير عدم التسليم (NDR) كاملًا. تظهر الإجابة أثناء الكتابة، وتعمل دون اتصال، ولا يغادر أي شيء تلصقه هذه الصفحة.
lookup-known-codes = الرموز التي يشرحها مركز المساعدة هذا
lookup-loading = جارٍ تحميل البحث…
lookup-unavailable = لا يمكن تشغيل البحث في هذا المتصفح. استخدم قائمة الرموز أدناه.
lookup-fix-by = من يمكنه إصلاح المشكلة
lookup-steps = ما يجب فعله
lookup-cause = السبب
lookup-read-article = قراءة المقالة كاملة
lookup-other-language = (لم تُترجم بعد؛ معروضة بلغة أخرى)
lookup-candidates = رموز تبدأ بهذا الشكل
lookup-generic = معنى فئة الرمز وموضوعه
lookup-corrected = يحتوي الرمز المكتوب على أرقام أكثر من اللازم، لذا قُرئ على أنه أقرب رمز صالح
lookup-no-rule = لا توجد مقالة تتناول هذا الرمز بالتحديد بعد. يوضح السطر أعلاه معنى فئته وموضوعه.
lookup-close = إغلاق
lookup-no-code = لم يُعثر على رمز خطأ. الصق رمزًا مثل 5.7.750، أو رسالة الارتداد كاملة.
lookup-class-2 = نجاح
lookup-class-4 = فشل مؤقت: قد تصل الرسالة لاحقًا
lookup-class-5 = فشل دائم: لن يفيد إرسال الرسالة نفسها مرة أخرى
lookup-subject-0 = حالة أخرى أو غير محددة
lookup-subject-1 = مشكلة في العنوان (عنوان المرسل أو المستلم)
lookup-subject-2 = مشكلة في صندوق البريد (صندوق بريد المستلم)
lookup-subject-3 = مشكلة في نظام البريد (النظام المستقبل)
lookup-subject-4 = مشكلة في الشبكة أو التوجيه
lookup-subject-5 = مشكلة في بروتوكول تسليم البريد
lookup-subject-6 = مشكلة في محتوى الرسالة أو تنسيقها
lookup-subject-7 = مشكلة أمان أو نُهج
lookup-fix-sender = المرسل
lookup-fix-admin = مسؤول البريد لديك
lookup-fix-recipient = المستلم أو مسؤوله
lookup-fix-support = مسؤولك، بمساعدة دعم موفر البريد
lookup-fix-wait = لا أحد: انتظر، فالخدمة تعيد المحاولة أو ترفع الحد
lookup-severity-info = معلومات
lookup-severity-warning = متأخرة
lookup-severity-error = لم تُسلَّم
search-label = بحث
search-placeholder = البحث في مركز المساعدة
search-title = نتائج البحث
search-count = { $count ->
    [zero] لا توجد نتائج
    [one] نتيجة واحدة
    [two] نتيجتان
    [few] { $count } نتائج
    [many] { $count } نتيجة
   *[other] { $count } نتيجة
}
search-locale = الصفحات باللغة
# Reading aids: the machine-translation banner, the page outline, code copy.
on-this-page = في هذه الصفحة
last-updated = آخر تحديث:
mt-notice = تُرجمت هذه المقالة آليًا وقد تحتوي على أخطاء.
mt-source-link = اقرأ المقالة الأصلية باللغة { $language }.
copy-code = نسخ
copied = تم النسخ
video-link = مشاهدة الفيديو
breadcrumbs = مسار التنقل
search-more = عرض مزيد من النتائج
# Navigation: the sidebar from TOC.md, previous/next, heading links.
toc-label = المحتويات
pager-label = المقالة السابقة والتالية
previous-page = السابق
next-page = التالي
edit-page = تحرير هذه الصفحة
heading-link = رابط إلى قسم «{ $heading }»
# The notice on a translation older than its source.
stale-notice = { $count ->
    [one] تغيّرت المقالة المصدر ({ $language }) بعد إعداد هذه الترجمة: قد يكون مقطع واحد غير محدّث.
    [two] تغيّرت المقالة المصدر ({ $language }) بعد إعداد هذه الترجمة: قد يكون مقطعان غير محدّثين.
    [few] تغيّرت المقالة المصدر ({ $language }) بعد إعداد هذه الترجمة: قد تكون { $count } مقاطع غير محدّثة.
   *[other] تغيّرت المقالة المصدر ({ $language }) بعد إعداد هذه الترجمة: قد يكون { $count } مقطعًا غير محدّث.
}
stale-source-link = اقرأ المقالة المصدر الحالية.
