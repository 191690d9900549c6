## الإطار
nav-skip-to-content = الانتقال إلى المحتوى
nav-bodies = الهيئات
nav-invite = دعوة شخص
nav-sign-in = تسجيل الدخول
nav-sign-out = تسجيل الخروج
nav-language = اللغة
footer-tagline = كوميتي — بوابة مفتوحة المصدر للجان التقييس.
loading = جارٍ التحميل…

## صفحات الأخطاء
error-back-home = العودة إلى الصفحة الرئيسية
error-404-title = الصفحة غير موجودة
error-404-body = لا يوجد شيء في هذا العنوان، أو لا يحق لك الاطلاع عليه. تحقق من الرابط أو ابدأ من الصفحة الرئيسية.
error-403-title = غير مسموح
error-403-body = ليس لحسابك الدور اللازم لهذه الصفحة. إن كنت ترى أنه ينبغي أن يكون لك، فاتصل بمدير اللجنة أو بمسؤول البوابة.
error-500-title = حدث خطأ
error-500-body = تعذّر على البوابة إتمام هذا الطلب. لم يتغير شيء. أعد المحاولة بعد قليل، وإن تكرر ذلك فأبلغ مسؤول البوابة.

## الصفحة الرئيسية
home-title = هيئات التقييس ولجانها
home-lead = يجمع كوميتي مسودات اللجان وعمليات التصويت والتعليقات والاجتماعات في مكان واحد، للأمانات والهيئات الأعضاء والمندوبين.
home-no-bodies = لم تُنشأ أي هيئة بعد.
home-no-committees = ليس لهذه الهيئة لجان بعد.
home-committees = اللجان
home-secretariat = الأمانة:
home-member-count = { $count ->
    [zero] لا توجد هيئات أعضاء
    [one] هيئة عضو واحدة
    [two] هيئتان عضوان
    [few] { $count } هيئات أعضاء
    [many] { $count } هيئة عضوًا
   *[other] { $count } هيئة عضو
}

## تسجيل الدخول
login-title = تسجيل الدخول
login-submit = دخول
login-no-account = ليس لديك حساب؟ تُنشأ الحسابات بدعوة: اتصل بهيئتك الوطنية أو بأمانة اللجنة.

## الحقول
field-email = البريد الإلكتروني
field-password = كلمة المرور
field-name = الاسم
field-current-password = كلمة المرور الحالية
field-new-password = كلمة المرور الجديدة
field-new-password-hint = 10 أحرف على الأقل. العبارة المكونة من عدة كلمات سهلة التذكر وصعبة التخمين.
field-confirm-password = أعد كتابة كلمة المرور الجديدة
field-token-name = اسم الرمز

## الحساب
account-title = حسابي
account-change-password = تغيير كلمة المرور
account-change-password-submit = غيّر كلمة المرور
account-tokens = رموز الوصول الشخصية
account-tokens-help = يتيح الرمز لبرنامج استخدام واجهة JSON باسمك (Authorization: Bearer …). ألغِه عندما لا تعود بحاجة إليه.
account-token-once = انسخ هذا الرمز الآن: لن يُعرض مرة أخرى.
account-token-create = إنشاء رمز
account-no-tokens = ليس لديك أي رمز.
account-token-created = تاريخ الإنشاء
account-token-last-used = آخر استخدام
account-token-status = الحالة
account-token-revoked = ملغى
account-token-revoke = إلغاء

## الدعوات
invite-title = دعوة شخص
invite-help = يتلقى الشخص رابطًا ليختار كلمة المرور بنفسه. يصلح الرابط مرة واحدة وتنتهي صلاحيته بعد 14 يومًا.
invite-link-once = أرسل هذا الرابط إلى الشخص. لن يُعرض إلا الآن.
invite-submit = إنشاء الدعوة
accept-title = مرحبًا بك في كوميتي
accept-welcome = { $name }، اختر كلمة مرور لإكمال إعداد حسابك.
accept-submit = حفظ كلمة المرور والدخول
accept-invalid-title = لا يمكن استخدام رابط الدعوة هذا
accept-invalid-body = إما أنه استُخدم من قبل، أو انتهت صلاحيته، أو نُسخ ناقصًا. اطلب رابطًا جديدًا ممن دعاك.

## رسائل بعد إرسال نموذج
notice-password-changed = تم تغيير كلمة المرور. وأُغلقت جلساتك الأخرى.
notice-token-created = تم إنشاء الرمز.
notice-token-revoked = تم إلغاء الرمز.
notice-invitation-created = تم إنشاء الدعوة.
notice-welcome = تم حفظ كلمة المرور وتسجيل دخولك.

## الأخطاء
error-sign-in-required = يرجى تسجيل الدخول للمتابعة.
error-bad-credentials = البريد الإلكتروني أو كلمة المرور غير صحيح. تحقق منهما وأعد المحاولة.
error-forbidden = لا يحق لك القيام بهذا.
error-not-found = غير موجود، أو لا يحق لك الاطلاع عليه.
error-invalid = بعض الحقول تحتاج إلى تصحيح: انظر الرسالة تحت كل منها.
error-rate-limited = محاولات فاشلة كثيرة. انتظر { $minutes ->
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
   *[other] { $minutes } دقيقة
} ثم أعد المحاولة.
error-unavailable = تعذّر الوصول إلى قاعدة البيانات حاليًا. لم يتغير شيء؛ أعد المحاولة بعد قليل.
error-internal = حدث خطأ من جهتنا. لم يتغير شيء؛ أعد المحاولة بعد قليل.
error-email-required = أدخل عنوان بريد إلكتروني.
error-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org.
error-email-taken = يوجد حساب بهذا البريد الإلكتروني.
error-name-required = أدخل اسمًا.
error-name-too-long = استخدم { $max } حرفًا على الأكثر.
error-password-required = أدخل كلمة المرور.
error-password-too-short = استخدم { $min } أحرف على الأقل.
error-password-too-long = استخدم { $max } حرفًا على الأكثر.
error-password-mismatch = كلمتا المرور مختلفتان: اكتب كلمة المرور الجديدة نفسها مرتين.
error-current-password-wrong = كلمة المرور الحالية غير صحيحة.
error-token-name-required = أعطِ الرمز اسمًا لتتعرف عليه لاحقًا.
error-body-invalid = جسم الطلب ليس JSON بالشكل المتوقع. تحقق من أسماء الحقول وأنواعها في توثيق الواجهة.
error-membership-status-invalid = اختر عضوًا مشاركًا (P) أو عضوًا مراقبًا (O) أو اتصالًا من الفئة A أو B أو C.
error-member-body-unknown = لا توجد هيئة عضو بالرمز { $code }. تحقق من الرمز (مثل KEBS أو IMANOR).
error-membership-not-in-body = لا يمكن أن تكون عضوًا مشاركًا أو مراقبًا إلا الهيئات الأعضاء في { $body }. اجعلها عضوًا في { $body } أولًا، أو اختر اتصالًا.

## اللجان
committee-officers = المسؤولون
committee-secretariat = الأمانة
committee-members = الهيئات الأعضاء
committee-p-members = الأعضاء المشاركون (P)
committee-o-members = الأعضاء المراقبون (O)
committee-liaisons = جهات الاتصال
committee-none = لا أحد.
committee-delegates = المندوبون:
committee-end-membership = إنهاء العضوية
committee-set-membership = حفظ العضوية
committee-history = السجل
committee-no-history = لم تُسجَّل أي تغييرات بعد.
history-when = متى
history-who = من
history-what = الموضوع
history-change = التغيير
status-p = عضو مشارك (P)
status-o = عضو مراقب (O)
status-liaison-a = اتصال من الفئة A
status-liaison-b = اتصال من الفئة B
status-liaison-c = اتصال من الفئة C
role-committee-manager = مدير اللجنة
role-chair = الرئيس
role-convenor = منسق فريق العمل
role-delegate = مندوب
role-observer = مراقب
field-member-body = رمز الهيئة العضو
field-member-body-hint = مثل KEBS أو IMANOR.
field-membership-status = العضوية
notice-membership-saved = تم حفظ العضوية.
notice-membership-ended = تم إنهاء العضوية.
history-from-to = { $from } ← { $to }

## الهيئات واللجان الجديدة
body-create-committee = إنشاء لجنة
body-create-committee-submit = أنشئ اللجنة
field-committee-kind = النوع
field-committee-number = الرقم
field-committee-parent = تابعة لـ
field-committee-no-parent = تابعة للهيئة مباشرة (لجنة فنية TC)
field-committee-title = العنوان بالإنجليزية
field-committee-title-fr = العنوان بالفرنسية (اختياري)
field-committee-title-ar = العنوان بالعربية (اختياري)
field-title-fr = العنوان بالفرنسية (اختياري)
field-title-ar = العنوان بالعربية (اختياري)
field-text-fr = النص بالفرنسية (اختياري)
field-text-ar = النص بالعربية (اختياري)
translations-summary = بلغات أخرى (اختياري)
size-bytes = { $size } بايت
size-kb = { $size } ك.ب
size-mb = { $size } م.ب
field-secretariat = الأمانة (رمز الهيئة العضو)
field-secretariat-hint = الهيئة الوطنية التي تدير اللجنة، مثل IMANOR.
notice-committee-created = تم إنشاء اللجنة.
error-committee-kind-invalid = اختر TC أو SC أو WG.
error-committee-number-invalid = أدخل عددًا صحيحًا من 1 إلى 99999.
error-committee-title-required = أدخل عنوان اللجنة بالإنجليزية.
error-committee-parent-unknown = اختر لجنة من لجان هذه الهيئة لتكون الأصل.
error-committee-under-wg = لا يمكن إنشاء شيء تحت فريق عمل. اختر لجنة فنية أو فرعية أصلًا.
error-committee-tc-has-parent = اللجنة الفنية تتبع الهيئة مباشرة: اترك «تابعة لـ» فارغًا.
error-committee-sc-needs-tc = اللجنة الفرعية تتبع لجنة فنية: اختر لجنتها الفنية.
error-committee-wg-needs-parent = فريق العمل يتبع لجنة فنية أو فرعية: اختر واحدة.
error-committee-reference-taken = { $reference } موجودة مسبقًا. اختر رقمًا آخر.
error-secretariat-not-member = { $code } ليست هيئة عضوًا في { $body }. اختر إحدى هيئاتها الأعضاء.

## المندوبون ولجاني
nav-my-committees = لجاني
my-committees-title = لجاني
my-committees-none = ليس لك دور في أي لجنة بعد. يسمّي مسؤول هيئتك الوطنية المندوبين.
committee-your-delegates = مندوبو { $member_body }
committee-nominate = تسمية مندوبًا
committee-withdraw = سحب
field-delegate = الشخص
notice-delegate-nominated = تمت تسمية المندوب.
notice-delegate-withdrawn = تم سحب المندوب.
error-role-invalid = اختر committee_manager أو chair أو convenor أو delegate أو observer.
error-user-unknown = لا يوجد هذا الشخص. ادعه أولًا.
error-delegate-without-member-body = لا ينتمي هذا الشخص إلى أي هيئة عضو، فلا يمكن لأي هيئة تسميته مندوبًا.

## الهيئات الأعضاء
member-body-people = الأشخاص
role-officer = المسؤول
role-expert = خبير
error-member-body-code-invalid = استخدم من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا، مثل IMANOR.
error-member-body-code-taken = توجد هيئة عضو بالرمز { $code }.
error-country-invalid = أدخل رمز البلد المكوّن من حرفين وفق ISO 3166، مثل MA أو KE.
error-body-category-invalid = اختر member أو affiliate أو observer.
error-body-acronym-invalid = استخدم من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا، مثل ARSO.
error-body-acronym-taken = توجد هيئة بالاختصار { $acronym }.
error-member-body-role-invalid = اختر officer أو expert.

## إدارة اللجنة
committee-manage-link = إدارة الأعضاء والأدوار
committee-manage-title = إدارة
committee-roles = الأدوار
committee-remove-role = إزالة
committee-give-role = إسناد الدور
field-role = الدور
notice-role-given = تم إسناد الدور.
notice-role-removed = تمت إزالة الدور.
field-invite-member-body = الهيئة العضو (رمز، اختياري)

## إدارة المنظمات والهيئات الأعضاء واللجان
nav-member-bodies = الهيئات الأعضاء
since-date = منذ { $date }
category-member = عضو
category-affiliate = منتسب
category-observer = مراقب
home-register-body = تسجيل منظمة
home-register-body-submit = تسجيل المنظمة
field-acronym = الاختصار
field-acronym-hint = من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا، يُستعمل في المراجع: ARSO/TC 70.
field-body-name = الاسم بالإنجليزية
field-body-name-fr = الاسم بالفرنسية (اختياري)
field-body-name-ar = الاسم بالعربية (اختياري)
notice-body-created = تم تسجيل المنظمة. أضف هيئاتها الأعضاء أدناه.
body-set-member = إضافة هيئة عضو أو تعديلها
body-set-member-submit = حفظ العضوية
field-body-category = الفئة
notice-body-member-saved = تم حفظ العضوية.
member-bodies-title = الهيئات الأعضاء
member-bodies-lead = هيئات التقييس الوطنية التي تشارك في لجان المنظمات.
member-bodies-all = جميع الهيئات الأعضاء
member-bodies-register = تسجيل هيئة عضو
member-bodies-register-submit = تسجيل الهيئة العضو
field-code = الرمز
field-country = البلد
field-member-body-code-hint = من 2 إلى 12 حرفًا لاتينيًا كبيرًا أو رقمًا، مثل IMANOR.
field-country-hint = رمز ISO 3166 المكوّن من حرفين، مثل MA للمغرب.
notice-member-body-created = تم تسجيل الهيئة العضو.
member-body-give-role = إسناد دور
member-body-give-role-submit = إسناد الدور
member-body-email-hint = عنوان البريد الإلكتروني للشخص في هذه البوابة. ادعُه أولًا إن لم يكن لديه حساب.
member-body-remove-person = إزالة
error-member-body-own-role = لا يمكنك إزالة دورك بنفسك. اطلب ذلك من مسؤول آخر أو من مدير البوابة.
committee-scope = مجال العمل
committee-no-scope = لم يُسجَّل مجال العمل بعد.
committee-status = الحالة
committee-status-active = نشطة
committee-status-disbanded = منحلّة
committee-disbanded-note = هذه اللجنة منحلّة. تبقى سجلاتها متاحة للاطلاع، ولا يمكن تغيير أعضائها وأدوارها بعد الآن.
committee-work = أعمال اللجنة
committee-documents = الوثائق
committee-meetings = الاجتماعات
committee-no-meetings = لا توجد اجتماعات مقررة.
committee-details = البيانات والأمانة والحالة
committee-details-submit = حفظ التغييرات
notice-committee-updated = تم تحديث اللجنة.
error-committee-status-invalid = اختر نشطة أو منحلّة.
error-committee-has-active-children = { $count ->
    [one] لا تزال لجنة فرعية أو فريق عمل تابع لهذه اللجنة نشطًا. قم بحلّه أولًا.
   *[other] لا تزال { $count } لجان فرعية أو أفرقة عمل تابعة لهذه اللجنة نشطة. قم بحلّها أولًا.
}
error-committee-parent-disbanded = اللجنة التي تتبعها هذه اللجنة منحلّة. أعد تنشيطها أولًا.
error-committee-disbanded = هذه اللجنة منحلّة: لا يمكن تغيير أعضائها وأدوارها. أعد تنشيطها أولًا.
history-edited = عُدِّل: { $fields }
history-kind-membership = العضوية
history-kind-role = الدور
history-kind-secretariat = الأمانة
history-kind-status = الحالة
history-kind-details = البيانات
history-field-title = العنوان بالإنجليزية
history-field-title-fr = العنوان بالفرنسية
history-field-title-ar = العنوان بالعربية

## برنامج العمل
error-stage-final = المشروع في المرحلة { $from } منتهٍ (متخلّى عنه أو مسحوب): لا يمكن نقله بعد الآن.
error-stage-transition = لا يمكن نقل المشروع من { $from } إلى { $to }. من { $from } يمكن نقله إلى: { $allowed }.
error-stage-invalid = «{ $stage }» ليس رمز مرحلة. اكتبه على شكل 40.00 (المرحلة، نقطة، المرحلة الفرعية).
error-project-stage-start = يبدأ المشروع الجديد في مرحلة إعداد (من 00.00 إلى 50.99)، لا في { $stage }.
error-project-title-required = أعطِ المشروع عنوانًا بالإنجليزية.
error-project-reference-invalid = المرجع 40 حرفًا أو رقمًا أو مسافة على الأكثر، مع - . / : (مثل ARSO 1234).
error-project-reference-taken = لدى الهيئة مشروع { $reference } بالفعل. اختر مرجعًا آخر، أو اترك الحقل فارغًا للرقم التالي.
error-date-invalid = اكتب التاريخ بالصيغة YYYY-MM-DD (مثل 2027-06-30).
error-reason-too-long = اجعل السبب أقل من { $max } حرف.
error-project-moved-meanwhile = نقل شخص آخر هذا المشروع أثناء تعديلك. اطّلع على مرحلته الجديدة ثم أعد المحاولة.
notice-project-registered = تم تسجيل المشروع.
notice-project-moved = انتقل المشروع إلى مرحلته الجديدة.
stage-00 = تمهيدية
stage-10 = اقتراح
stage-20 = إعداد
stage-30 = لجنة
stage-40 = استقصاء
stage-50 = موافقة
stage-60 = نشر
stage-90 = مراجعة
stage-95 = سحب
substage-00 = تسجيل
substage-20 = بدء العمل الرئيسي
substage-60 = اكتمال
substage-92 = إعادة مرحلة سابقة
substage-93 = إعادة المرحلة الحالية
substage-98 = تخلٍّ
substage-99 = انتقال إلى المرحلة التالية
programme-title = برنامج العمل
programme-lead = مشاريع اللجنة، والمرحلة التي بلغها كل منها، والموعد المستهدف لنشره.
programme-projects = المشاريع
programme-none = لا توجد مشاريع في برنامج العمل بعد.
programme-new = تسجيل مشروع
programme-new-button = سجّل المشروع
project-reference = المرجع
project-reference-hint = اتركه فارغًا للرقم التالي للهيئة.
project-title = العنوان
project-title-en = العنوان بالإنجليزية
project-title-fr = العنوان بالفرنسية
project-title-ar = العنوان بالعربية
project-stage = المرحلة
project-since = منذ
project-target-date = التاريخ المستهدف للنشر
project-first-stage = مرحلة البدء
project-about = عن المشروع
project-timeline = سجل المراحل
project-documents = وثائق المشروع
project-no-documents = لا توجد وثائق مرتبطة بهذا المشروع بعد.
project-no-next = انتهى هذا المشروع: لا يمكن نقله بعد الآن.
project-move = النقل إلى مرحلة أخرى
project-next-stage = المرحلة الجديدة
project-reason = السبب (قرار، نتيجة تصويت، اجتماع)
project-new-target-date = تاريخ مستهدف جديد للنشر (اختياري)
project-move-button = انقل المشروع

## Documents
doc-kind-working-draft = مسودة فريق العمل
doc-kind-committee-draft = مسودة اللجنة
doc-kind-enquiry-draft = مسودة الاستقصاء
doc-kind-final-draft = المسودة النهائية
doc-kind-agenda = جدول الأعمال
doc-kind-minutes = محضر
doc-kind-resolutions = قرارات
doc-kind-report = تقرير
doc-kind-compiled-comments = الملاحظات المجمّعة
doc-kind-other = أخرى
doc-status-draft = في انتظار الإشعار
doc-status-published = معمَّمة
doc-public = عامة
documents-title = سجل الوثائق
documents-lead = جميع وثائق اللجنة بترتيب تسجيلها، مع رقم N لكل منها.
documents-register = الوثائق
documents-all-kinds = جميع الأنواع
documents-kind = النوع
documents-sort = الترتيب حسب
documents-sort-number = الرقم
documents-sort-title = العنوان
documents-sort-date = آخر تغيير
documents-dir = الاتجاه
documents-dir-default = الترتيب المعتاد
documents-dir-asc = تصاعدي
documents-dir-desc = تنازلي
documents-filter = اعرض
documents-filter-kind = النوع المعروض
documents-none = لا توجد وثائق لعرضها.
documents-number = الرقم
documents-doc-title = العنوان
documents-status = الحالة
documents-date = آخر تغيير
documents-project = المشروع
documents-no-project = بلا مشروع
documents-upload = تسجيل وثيقة
documents-make-public = عامة: يقرؤها الجميع، حتى دون حساب
documents-file = الملف
documents-file-hint = PDF أو DOCX أو XLSX أو ODT أو ODS أو ZIP أو TXT أو PNG أو JPEG.
documents-upload-button = سجّل وارفع
document-about = عن الوثيقة
document-registered = تاريخ التسجيل
document-versions = الإصدارات
document-version = الإصدار
document-file = الملف
document-size = الحجم
document-uploaded = الرفع
document-checksum = SHA-256
document-add-version = رفع إصدار جديد
document-add-version-button = ارفع الإصدار
document-change = تعديل الوثيقة
document-save = احفظ التعديلات
notice-document-registered = تم تسجيل الوثيقة.
notice-version-added = تم رفع الإصدار الجديد.
notice-document-updated = تم تعديل الوثيقة.
pager-label = الصفحات
pager-previous = الصفحة السابقة
pager-next = الصفحة التالية
pager-position = الصفحة { $page } من { $pages }
error-document-title-required = أعطِ الوثيقة عنوانًا.
error-document-title-too-long = اجعل العنوان أقل من { $max } حرف.
error-document-kind-invalid = اختر نوع الوثيقة من القائمة.
error-document-status-invalid = اختر «في انتظار الإشعار» أو «معمَّمة».
error-document-project-unknown = اختر أحد مشاريع هذه اللجنة، أو لا شيء.
error-file-required = اختر ملفًا لرفعه.
error-file-empty = الملف فارغ. اختر الملف الذي يحتوي على الوثيقة.
error-file-type = هذا الملف ليس من الأنواع التي تقبلها اللجان. الأنواع المقبولة: { $accepted }.
error-file-name-mismatch = اسم الملف «{ $name }» يوحي بأنه ملف { $claimed } لكن محتواه { $content }. تحقّق من أنك اخترت الملف الصحيح.
error-file-too-large = الملف أكبر من { $max } ميغابايت، وهو الحد الأقصى الذي تقبله البوابة. صغّره أو قسّمه.
error-upload-interrupted = انقطع الرفع قبل اكتماله. لم يُحفظ شيء: أعد المحاولة.
error-field-too-long = هذا الحقل طويل جدًا.
error-field-not-text = يجب أن يحتوي هذا الحقل على نص.
error-draft-names-invalid = اكتب أربعة أسماء للمسودات مفصولة بفواصل (مثل WD,CD,DARS,FDARS).

## Search
nav-search = البحث
search-title = البحث في الوثائق
search-lead = العناوين ونصوص المسودات المرفوعة، ضمن الوثائق التي يحق لك قراءتها.
search-label = الكلمات المطلوب البحث عنها
search-placeholder = مثال: زيت بذور القنب
search-button = ابحث
search-count = { $count ->
    [zero] لم يُعثر على أي وثيقة
    [one] وُجدت وثيقة واحدة
    [two] وُجدت وثيقتان
    [few] وُجدت { $count } وثائق
    [many] وُجدت { $count } وثيقة
   *[other] وُجدت { $count } وثيقة
}
search-none = لا توجد وثيقة يحق لك قراءتها تحتوي على كل هذه الكلمات.

## Ballots
error-ballot-kind-invalid = اختر نوع التصويت: NP أو CD أو DIS أو FDIS أو SR أو CIB.
error-ballot-title-required = أعطِ التصويت عنوانًا.
error-ballot-question-required = اكتب السؤال الذي تجيب عنه الهيئات الأعضاء.
error-ballot-closes-invalid = أدخل تاريخ الإغلاق ووقته (بتوقيت اللجنة)، أو لحظة مع منطقتها الزمنية مثل 2027-02-17T12:00:00Z.
error-ballot-closes-past = يجب أن يكون موعد الإغلاق في المستقبل.
error-ballot-document-required = تصويت CD أو DIS أو FDIS يكون على وثيقة: اخترها.
error-ballot-document-other-committee = اختر وثيقة من وثائق هذه اللجنة.
error-ballot-closed = هذا التصويت مغلق: لم تعد الأصوات والتعديلات مقبولة.
error-ballot-close-early = { $count ->
    [one] عضو مشارك واحد لم يصوّت بعد: لا يُغلق التصويت مبكرًا إلا بعد تصويت جميع الأعضاء المشاركين.
    [two] عضوان مشاركان لم يصوّتا بعد: لا يُغلق التصويت مبكرًا إلا بعد تصويت جميع الأعضاء المشاركين.
    [few] { $count } أعضاء مشاركين لم يصوّتوا بعد: لا يُغلق التصويت مبكرًا إلا بعد تصويت جميع الأعضاء المشاركين.
   *[other] { $count } عضوًا مشاركًا لم يصوّتوا بعد: لا يُغلق التصويت مبكرًا إلا بعد تصويت جميع الأعضاء المشاركين.
}
error-vote-not-entitled = ليس لـ { $member_body } صوت في هذا التصويت (العضو المراقب يصوّت فقط على مسودات الاستقصاء والموافقة).
error-vote-position-invalid = اختر أحد المواقف التي يتيحها هذا التصويت.
error-vote-reasons-required = رفض هذه المسودة يتطلب أسبابًا فنية: اكتبها.
error-vote-reasons-too-long = اجعل الأسباب أقل من 10000 حرف، أو أرفقها كملاحظات.
error-ballot-opens-invalid = أدخل تاريخ الفتح ووقته (بتوقيت اللجنة)، أو لحظة مع منطقتها الزمنية مثل 2027-01-05T08:00:00Z؛ اتركه فارغًا للفتح الآن.
error-ballot-not-open = هذا التصويت لم يُفتح بعد: تُقبل الأصوات ابتداءً من موعد فتحه.
error-ballot-not-scheduled = هذا التصويت لا ينتظر الفتح: إنه مفتوح أو مغلق أو ملغى بالفعل.
error-ballot-cancel-reason = اذكر سبب إلغاء التصويت: ستقرؤه الهيئات الأعضاء.

## Ballots: pages
ballots-title = الاقتراعات
ballots-lead = تصوّت الهيئات الأعضاء على المشاريع والمسائل، وتحدد قواعد كل هيئة النتيجة.
ballots-list = كل الاقتراعات
ballots-none = لا توجد اقتراعات بعد.
committee-ballots = الاقتراعات
ballot-of-kind = اقتراع { $kind }
ballot-title-field = العنوان
ballot-kind = النوع
ballot-kind-option = { $kind } ({ $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
})
ballot-status = الحالة
ballot-status-scheduled = يُفتح لاحقًا
ballot-status-open = مفتوح
ballot-status-closed = مغلق
ballot-status-cancelled = ملغى
ballot-closes = الإغلاق
ballot-opens = الفتح
ballot-committee = اللجنة
ballot-question = السؤال
ballot-document = الوثيقة المعروضة للتصويت
ballot-no-document = بلا وثيقة (NP أو SR أو اقتراع داخلي)
ballot-votes-cast = الأصوات
ballot-votes-of = صوّتت { $cast } من أصل { $voters } هيئة عضو
ballot-your-time = توقيتك:
ballot-days-left = { $count ->
    [one] بقي يوم واحد
    [two] بقي يومان
    [few] بقيت { $count } أيام
   *[other] بقي { $count } يومًا
}
ballot-hours-left = { $count ->
    [one] بقيت ساعة واحدة
    [two] بقيت ساعتان
    [few] بقيت { $count } ساعات
   *[other] بقي { $count } ساعة
}
ballot-minutes-left = { $count ->
    [one] بقيت دقيقة واحدة
    [two] بقيت دقيقتان
    [few] بقيت { $count } دقائق
   *[other] بقي { $count } دقيقة
}
ballot-time-up = انتهى وقت التصويت
ballot-create = فتح اقتراع
ballot-create-button = افتح الاقتراع
ballot-propose-for = اقترح تاريخ الإغلاق الافتراضي لـ:
ballot-opens-hint = اتركه فارغًا للفتح الآن؛ بتوقيت اللجنة.
ballot-closes-hint = بتوقيت اللجنة ({ $zone }). المدد الافتراضية بالأسابيع: { $lengths }. يُسمح باقتراع أقصر، ويُعلَّم بأنه أقصر من المدة الافتراضية.
ballot-shorter-warning = هذا الاقتراع أقصر من المدة الافتراضية للهيئة لهذا النوع ({ $weeks ->
    [one] أسبوع واحد
    [two] أسبوعان
    [few] { $weeks } أسابيع
   *[other] { $weeks } أسبوعًا
}).
ballot-cancelled-because = أُلغي:
ballot-about = الاقتراع
ballot-result = النتيجة
ballot-result-after-closing = تُعرض الأصوات والحصيلة عند إغلاق الاقتراع.
ballot-result-so-far = الاقتراع ما زال مفتوحًا: الحصيلة حتى الآن (لا نتيجة بعد).
ballot-outcome = النتيجة:
ballot-criteria = المعايير
ballot-criterion-share = { $name }: ⁦{ $part }⁩ من ⁦{ $whole } = { $percent } { $sign } { $threshold_percent } ({ $threshold })⁩: { $status }
ballot-criterion-count = { $name }: { $part }، والمطلوب { $needed }: { $status }
ballot-criterion-met = مستوفى
ballot-criterion-not-met = غير مستوفى
ballot-votes = الأصوات
ballot-no-votes = لا أصوات بعد.
ballot-not-voted = لم تصوّت:
ballot-member-body = الهيئة العضو
ballot-membership = العضوية
ballot-position = التصويت
ballot-reasons = الأسباب والتعليقات
ballot-commits = تلتزم بالمشاركة
ballot-experts = الخبراء المرشحون
ballot-cast-by = صوّت باسمها
ballot-cast-at = وقت التصويت (UTC)
ballot-export = تنزيل النتيجة:
ballot-export-xlsx = ⁦Excel (XLSX)⁩
ballot-export-csv = CSV
ballot-manage = إدارة الاقتراع
ballot-open-now = افتح الآن
ballot-close-now = أغلق الاقتراع الآن
ballot-close-early-rule = يُغلق الاقتراع تلقائيًا في موعد إغلاقه، ويمكن إغلاقه قبل ذلك متى صوّت جميع الأعضاء P.
ballot-move-closing = موعد الإغلاق الجديد
ballot-move-closing-hint = بتوقيت اللجنة ({ $zone }). يُسجَّل التغيير ويُعرض على الجميع.
ballot-move-closing-button = غيّر موعد الإغلاق
ballot-cancel-reason = سبب الإلغاء
ballot-cancel-button = ألغِ الاقتراع
ballot-vote-history = الأصوات المستبدلة
ballot-events = السجل
yes = نعم
outcome-approved = مُعتمَد
outcome-not-approved = غير مُعتمَد
outcome-consensus-recommended = توافق موصى به (يؤكده الرئيس)
outcome-chair-determination-required = يلزم قرار الرئيس
position-approve = موافقة
position-disapprove = رفض
position-abstain = امتناع
position-confirm = تأكيد
position-revise = مراجعة
position-withdraw = سحب
criterion-p-approval = الموافقات من أصوات الأعضاء P المدلى بها
criterion-participation = الأعضاء P الملتزمون بالمشاركة
criterion-negative-votes = الأصوات الرافضة من كل الأصوات المدلى بها
criterion-sr-confirm = التأكيد من أصوات الأعضاء P
criterion-sr-revise = المراجعة من أصوات الأعضاء P
criterion-sr-withdraw = السحب من أصوات الأعضاء P
criterion-weighted-approval = الموافقات المرجّحة من الأصوات المرجّحة المدلى بها
vote-title = تصويت { $member_body }
vote-legend = موقف { $member_body }
vote-membership = عضو { $membership } في اللجنة عند فتح الاقتراع
vote-current = التصويت الحالي:
vote-none-yet = لم يُدلَ بأي صوت بعد.
vote-not-entitled = بصفتها عضوًا O، تعلّق هذه الهيئة ولا تصوّت في اقتراع { $kind }.
vote-reasons-hint = اختياري.
vote-reasons-hint-required = مطلوب للرفض: اذكر الأسباب الفنية. لا يُحتسب الرفض من دونها.
vote-commits = نلتزم بالمشاركة في المشروع
vote-commits-short = تلتزم بالمشاركة
vote-experts = الخبراء
vote-experts-hint = اسم واحد في كل سطر.
vote-cast-button = صوّت
vote-change-button = غيّر التصويت
notice-vote-recorded = سُجّل تصويتك باسم { $member_body } في { $at }؛ يمكنك تغييره حتى { $until }.
notice-ballot-created = الاقتراع مفتوح (أو مجدول). يمكن للهيئات الأعضاء التصويت من موعد فتحه.
notice-ballot-opened = الاقتراع مفتوح.
notice-ballot-closed = أُغلق الاقتراع وسُجّلت نتيجته.
notice-ballot-cancelled = أُلغي الاقتراع.
notice-ballot-closing-changed = تغيّر موعد الإغلاق وسُجّل التغيير.
notice-late-vote-recorded = سُجّل التصويت المتأخر وأُعيد حساب النتيجة.
late-vote-title = تسجيل تصويت متأخر
late-vote-lead = يمكن إعادة فتح اقتراع داخلي لتسجيل صوت وصل متأخرًا. يُحتسب الصوت وتُعاد حساب النتيجة ويُسجَّل كلاهما مع تبريرك.
late-vote-explanation = سبب تسجيله متأخرًا
late-vote-button = أعد الفتح وسجّل التصويت
error-late-vote-internal-only = لا يمكن إعادة فتح سوى الاقتراعات الداخلية (CIB) لتسجيل تصويت متأخر.
error-late-vote-not-closed = لا يُسجَّل التصويت المتأخر إلا في اقتراع مغلق.
error-late-vote-explanation-required = اشرح سبب تسجيل التصويت متأخرًا: يُحفظ الشرح في سجل الاقتراع.
error-time-zone-unknown = «{ $zone }» ليست منطقة زمنية معروفة: استعمل اسمًا مثل Africa/Nairobi أو Europe/Paris.
event-ballot-scheduled = جُدول
event-ballot-opened = فُتح
event-vote-cast = أُدلي بصوت
event-vote-changed = تغيّر صوت
event-late-vote-refused = رُفض صوت متأخر
event-closing-changed = تغيّر موعد الإغلاق
event-ballot-closed = أُغلق
event-ballot-cancelled = أُلغي
event-ballot-reopened = أُعيد فتحه لتصويت متأخر
event-other = حدث
home-ballots-needing-vote = اقتراعات تنتظر تصويتي
home-vote-for = باسم { $member_body }
participation-title = المشاركة
participation-lead = أصوات الأعضاء P في الاقتراعات المغلقة منذ { $since }.
participation-p-members = الأعضاء P
participation-none = لم يُغلق أي اقتراع في الأشهر الاثني عشر الماضية.
participation-membership-now = العضوية الآن
participation-missed = الفائتة
participation-missed-required = DIS وFDIS وSR الفائتة
participation-missed-internal = الاقتراعات الداخلية الفائتة
participation-flag = خفض العضوية
participation-flagged = مرشّح لخفض العضوية
participation-of = { $part } من { $whole }
participation-rule = يُرشَّح لخفض عضويته إلى O كل عضو P يفوته اقتراع DIS أو FDIS أو SR، أو أكثر من خُمس الاقتراعات الداخلية في سنة؛ ويقرر مدير اللجنة.
field-time-zone = المنطقة الزمنية
field-time-zone-hint = تُعرض مواعيد إغلاق الاقتراعات والاجتماعات وتُدخل بها: اسم مثل Africa/Nairobi أو Europe/Istanbul.

rules-title = قواعد الاقتراع
rules-family = طريقة البت في الاقتراعات
rules-family-iso = على نمط ISO: أصوات تُعد مقابل عتبات
rules-family-weighted = أصوات مرجّحة (على نمط CEN/CENELEC)
rules-family-chair-consensus = توافق يقدّره الرئيس (على نمط IETF)
rules-np-approval = NP: الموافقات بين الأعضاء P المصوّتين
rules-cd-consensus = CD: الموافقات التي تُعد توافقًا
rules-enquiry-approval = DIS/FDIS: الموافقات بين أصوات الأعضاء P
rules-enquiry-max-negative = DIS/FDIS: أقصى نسبة للأصوات الرافضة
rules-sr-majority = SR: أغلبية الأعضاء P المصوّتين
rules-cib-majority = CIB: الموافقات بين الأعضاء P المصوّتين
rules-cib-missed-flag = الاقتراعات الداخلية الفائتة في سنة التي توجب الترشيح لخفض العضوية
rules-np-participants-small = NP: الأعضاء P الملتزمون بالمشاركة (لجنة صغيرة)
rules-np-participants-large = NP: الأعضاء P الملتزمون بالمشاركة (لجنة كبيرة)
rules-np-large-committee = NP: تُعد اللجنة كبيرة ابتداءً من هذا العدد من الأعضاء P
rules-weeks = المدد الافتراضية بالأسابيع
rules-weights = الأوزان (الأصوات المرجّحة)
rules-weights-hint = هيئة عضو في كل سطر: رمزها ووزنها، مثل AFNOR 29. غير المذكورة: 1.
rules-weighted-threshold = الموافقات المرجّحة المطلوبة
rules-ratio-hint = العتبات كسور: 2/3 تعني الثلثين على الأقل، و‎>1/2 تعني أكثر من النصف.
rules-change = تعديل القواعد
rules-save = احفظ القواعد
notice-rules-changed = عُدّلت قواعد الاقتراع. يُبت في الاقتراعات وفقها عند إغلاقها.
error-rules-ratio = اكتب كسرًا لا يزيد على 1، مثل 2/3، أو ‎>1/2 لـ«أكثر من النصف».
error-rules-number = اكتب عددًا صحيحًا من 1 إلى { $max }.
error-rules-weight-line = «{ $line }» ليس رمز هيئة عضو يليه وزن، مثل AFNOR 29.
error-rules-family = اختر طريقة البت في الاقتراعات.
event-late-recorded = سجّله المدير متأخرًا
account-time-zone = منطقتك الزمنية
field-own-time-zone = المنطقة الزمنية
field-own-time-zone-hint = اسم من قاعدة IANA مثل Europe/Paris أو Africa/Lagos. تُعرض مواعيد إغلاق الاقتراعات عندئذ بها إلى جانب توقيت اللجنة. اتركه فارغًا لتوقيت اللجنة وحده.
account-time-zone-save = احفظ المنطقة الزمنية
notice-time-zone-saved = حُفظت منطقتك الزمنية.

## Comments on drafts
error-comment-kind-required = اختر نوع التعليق: ge (عام) أو te (فني) أو ed (تحريري).
error-comment-kind-unknown = «{ $kind }» ليس نوع تعليق: استعمل ge (عام) أو te (فني) أو ed (تحريري).
error-comment-text-required = اكتب التعليق.
error-comment-too-long = اجعل هذه الخلية أقل من 20000 حرف.
error-comment-reference-too-long = اجعل هذا المرجع أقل من 200 حرف.
error-comment-member-body = علّق باسم هيئة عضو تنتمي إليها وهي عضو P أو O في هذه اللجنة.
error-comments-submitted = قدّمت هذه الهيئة العضو تعليقاتها على هذه الوثيقة: لم يعد بالإمكان تغييرها.
error-comment-changed = غيّر شخص آخر هذا التعليق منذ فتحته: أعد التحميل لترى نسخته، ثم أعد تعديلك.
error-comments-changed-before-submit = { $count ->
    [one] تغيّر تعليق أو أُضيف منذ فتحت القائمة: لم يُقدَّم شيء. أعد التحميل وراجعه ثم قدّم من جديد.
   *[other] تغيّرت { $count } تعليقات أو أُضيفت منذ فتحت القائمة: لم يُقدَّم شيء. أعد التحميل وراجعها ثم قدّم من جديد.
}
error-disposition-invalid = اختر قرارًا: مقبول، أو مقبول من حيث المبدأ، أو غير مقبول، أو أُحيط به علمًا.
error-comment-not-submitted = لا يُسجَّل قرار إلا على تعليق قدّمته هيئته العضو.
comments-sheet = التعليقات
comment-col-mb = الهيئة العضو/اللجنة الوطنية
comment-col-line = رقم السطر
comment-col-clause = البند/البند الفرعي
comment-col-paragraph = الفقرة/الشكل/الجدول
comment-col-type = نوع التعليق
comment-col-comment = التعليقات
comment-col-proposed = التغيير المقترح
comment-col-observations = ملاحظات الأمانة
comment-col-disposition = القرار
disposition-accepted = مقبول
disposition-accepted-in-principle = مقبول من حيث المبدأ
disposition-not-accepted = غير مقبول
disposition-noted = أُحيط به علمًا
comment-kind-te = فني
comment-kind-ed = تحريري
comment-kind-ge = عام
comment-clause-hint = 5.2 أو A.1، أو فارغ / عام للوثيقة كلها.
comment-status-draft = مسودة
comment-status-dropped = مستبعد من الموقف الوطني
comment-status-submitted = مقدَّم
comments-title = التعليقات
comments-of = تعليقات { $member_body }
comments-drafting-note = مسودات: يمكن لكاتبها ولمسؤول الهيئة العضو تعديلها إلى أن يقدّم المسؤول الموقف الوطني.
comments-submitted-note = مقدَّمة: هذه التعليقات مجمّدة ومرئية للجنة.
comments-none-yet = لا تعليقات بعد.
comments-author-status = الكاتب والحالة
comments-edit = تعديل
comments-leave-out = استبعاد
comments-take-back = إعادة
comments-add = إضافة تعليق
comments-change = تعديل التعليق
comments-add-button = أضف التعليق
comments-save = احفظ التعليق
comments-submit = قدّم الموقف الوطني لـ{ $member_body }
comments-submit-hint = { $count ->
    [one] سيُقدَّم تعليق واحد كما يظهر أعلاه؛ وتبقى التعليقات المستبعدة خارجه.
   *[other] ستُقدَّم { $count } تعليقات كما تظهر أعلاه؛ وتبقى التعليقات المستبعدة خارجها.
}
comments-compiled = التعليقات المجمّعة
comments-progress = عولج { $resolved } من أصل { $total } تعليقًا
comments-all-member-bodies = كل الهيئات الأعضاء
comments-all-types = كل الأنواع
comments-none-submitted = لم تقدّم أي هيئة عضو تعليقات بعد.
comments-record = سجّل
comments-export = تنزيل التعليقات المجمّعة:
notice-comment-added = أُضيف التعليق.
notice-comment-saved = حُفظ التعليق.
notice-comment-left-out = استُبعد التعليق من الموقف الوطني.
notice-comment-taken-back = أُعيد التعليق إلى الموقف الوطني.
notice-comments-submitted = قُدّم الموقف الوطني: التعليقات مجمّدة ومرئية للجنة.
notice-disposition-recorded = سُجّل القرار.
comments-export-docx = ⁦Word (DOCX)⁩
# Importing filled templates, the comments' history
comment-col-id = معرّف التعليق
error-import-rejected = { $count ->
    [one] في سطر واحد من الملف مشكلة: لم يُستورد شيء. صحّحه وارفع الملف مجددًا، أو استورد الأسطر الصحيحة وحدها.
   *[other] في { $count } أسطر من الملف مشكلات: لم يُستورد شيء. صحّحها وارفع الملف مجددًا، أو استورد الأسطر الصحيحة وحدها.
}
error-import-file-required = اختر النموذج المملوء لرفعه (‎.xlsx أو ‎.docx).
error-import-no-headings = لا يحتوي أي سطر في الملف على عناوين النموذج: أبقِ سطر العناوين وفيه على الأقل «نوع التعليق» و«التعليقات» (أو، للقرارات، «معرّف التعليق» و«القرار»).
error-import-no-rows = في الملف عناوين النموذج ولكن لا أسطر تحتها.
error-import-too-many-rows = في الملف { $count } سطرًا: استورد { $max } سطر على الأكثر في كل مرة، في عدة ملفات.
error-import-merged = الخلايا { $cells } مدمجة: ألغِ دمجها لتكون لكل عمود في السطر قيمته.
error-import-formula = الخلية { $cell } تحتوي على صيغة ({ $formula }) بدل قيمة: انسخها والصقها كقيمة.
error-import-member-body = عمود الهيئة العضو يذكر { $given }، لكن هذه التعليقات تُستورد لـ { $expected }: اترك العمود فارغًا أو اكتب { $expected }.
error-import-id-required = معرّف التعليق فارغ: أبقِ عمود «معرّف التعليق» من الملف المصدَّر.
error-import-unknown-id = لا يوجد تعليق مقدَّم على هذه الوثيقة بالمعرّف { $id }: استورد الملف المصدَّر من هذه الوثيقة.
error-import-decision-unknown = «{ $decision }» ليس قرارًا: اكتب مقبول أو مقبول من حيث المبدأ أو غير مقبول أو أُحيط به علمًا.
error-import-decision-required = الملاحظة تحتاج إلى قرار: اكتب مقبول أو مقبول من حيث المبدأ أو غير مقبول أو أُحيط به علمًا.
error-import-old-format = هذا ملف Excel 97–2003 ‏(‎.xls): احفظه كمصنف Excel ‏(‎.xlsx) وارفعه.
error-import-not-a-package = هذا الملف ليس مصنف Excel ‏(‎.xlsx) ولا مستند Word ‏(‎.docx): احفظ النموذج المملوء بأحد هذين التنسيقين.
error-import-zip-not-template = هذا الملف أرشيف ZIP (يحتوي على { $entries })، وليس مصنف Excel ولا مستند Word: ارفع نموذج ‎.xlsx أو ‎.docx نفسه.
error-import-damaged = الملف تالف (جزؤه { $part } غير مقروء): افتحه في Excel أو LibreOffice واحفظه مجددًا ثم ارفعه.
notice-comments-imported = { $imported ->
    [one] استُورد تعليق واحد كمسودة.
   *[other] استُورد { $imported } تعليقًا كمسودات.
}{ $skipped ->
    [0] {""}
    [one] {" "}وتُرك سطر واحد فيه مشكلات.
   *[other] {" "}وتُركت { $skipped } أسطر فيها مشكلات.
}
notice-dispositions-imported = { $imported ->
    [one] سُجّل قرار واحد من الملف.
   *[other] سُجّل { $imported } قرارًا من الملف.
}{ $skipped ->
    [0] {""}
    [one] {" "}وتُرك سطر واحد فيه مشكلات.
   *[other] {" "}وتُركت { $skipped } أسطر فيها مشكلات.
}
comments-import-title = استيراد تعليقات { $member_body } من نموذج مملوء
comments-import-hint = ارفع النموذج ذا الأعمدة الثمانية مملوءًا في Excel أو LibreOffice أو Word ‏(‎.xlsx أو ‎.docx، حتى 10000 سطر). يُفحص كل سطر أولًا: إن كان أحدها خاطئًا لا يُستورد شيء وتُذكر كل مشكلة مع رقم سطرها.
comments-import-decisions-title = استيراد القرارات من تجميع مملوء
comments-import-decisions-hint = نزّل التعليقات المجمّعة بصيغة Excel، واملأ عمودي القرار وملاحظات الأمانة، ثم ارفع الملف: تُطابق الأسطر بمعرّف التعليق.
comments-import-file = النموذج المملوء (‎.xlsx أو ‎.docx)
comments-import-valid-only = استيراد الأسطر الصحيحة وترك الأسطر التي فيها مشكلات
comments-import-button = فحص واستيراد
comments-importing = جارٍ الاستيراد…
comments-import-problems = أسطر يجب تصحيحها
comments-import-row-column = السطر { $row }، { $column }:
comments-import-row = السطر { $row }:
comments-under-ballot = هذه المسودة معروضة للتصويت ({ $kind }): تقديم الموقف الوطني يرسل هذه التعليقات مع تصويت { $member_body }.
comments-open-ballot = فتح التصويت
comments-submitted-with-vote = قُدّمت مع تصويت { $member_body }.
comments-history = سجل التعليقات
comment-event-created = { $member_body }: صِيغ تعليق على البند { $clause }
comment-event-edited = { $member_body }: عُدّل تعليق على البند { $clause }
comment-event-dropped = { $member_body }: تُرك تعليق على البند { $clause }
comment-event-restored = { $member_body }: أُعيد تعليق على البند { $clause }
comment-event-imported = { $count ->
    [one] { $member_body }: استُورد تعليق واحد من ملف
   *[other] { $member_body }: استُورد { $count } تعليقًا من ملف
}
comment-event-submitted = { $count ->
    [one] { $member_body }: قُدّم الموقف الوطني (تعليق واحد)
   *[other] { $member_body }: قُدّم الموقف الوطني ({ $count } تعليقًا)
}
comment-event-disposition = قرار على البند { $clause }: { $decision }
comment-event-dispositions-imported = { $count ->
    [one] استُورد قرار واحد من ملف
   *[other] استُورد { $count } قرارًا من ملف
}
comments-search = كلمات
vote-comments-submitted = { $count ->
    [one] قُدّم تعليق واحد لـ { $member_body } على المسودة مع الموقف الوطني.
   *[other] قُدّم { $count } تعليقًا لـ { $member_body } على المسودة مع الموقف الوطني.
}
vote-comments-drafts = { $count ->
    [one] لدى { $member_body } تعليق واحد كمسودة على المسودة: قدّم الموقف الوطني لإرساله مع التصويت.
   *[other] لدى { $member_body } { $count } تعليقًا كمسودات على المسودة: قدّم الموقف الوطني لإرسالها مع التصويت.
}
vote-comments-none = تعليقات { $member_body } ترافق تصويتها: اكتبها في النموذج ذي الأعمدة الثمانية.
vote-comments-see = عرض التعليقات
vote-comments-submit = مراجعة التعليقات وتقديمها
vote-comments-write = التعليق على المسودة
# Meetings
meeting-late-plenary = جدول أعمال متأخر: يجب تعميم مشروع جدول أعمال اجتماع اللجنة الحضوري أو الهجين قبل { $weeks } أسبوعًا؛ وهذا نُشر قبل { $days } يومًا.
meeting-late-plenary-virtual = جدول أعمال متأخر: يجب تعميم مشروع جدول أعمال اجتماع اللجنة الافتراضي قبل { $weeks } أسابيع؛ وهذا نُشر قبل { $days } يومًا.
meeting-late-wg = جدول أعمال متأخر: يجب تعميم مشروع جدول أعمال اجتماع فريق العمل الحضوري أو الهجين قبل { $weeks } أسابيع؛ وهذا نُشر قبل { $days } يومًا.
meeting-late-wg-virtual = جدول أعمال متأخر: يجب تعميم مشروع جدول أعمال اجتماع فريق العمل الافتراضي قبل { $weeks } أسابيع؛ وهذا نُشر قبل { $days } يومًا.
error-meeting-title = أعطِ الاجتماع عنوانًا، مثل «الاجتماع العام الثاني عشر».
error-meeting-title-long = اجعل العنوان أقل من 300 حرف.
error-meeting-kind = اختر نوع الاجتماع: اجتماع عام للجنة أو فريق عمل.
error-meeting-mode = اختر طريقة المشاركة: حضوري أو افتراضي أو هجين.
error-meeting-start = أدخل البداية تاريخًا ووقتًا، مثل 2027-03-16 09:00.
error-meeting-end = أدخل النهاية تاريخًا ووقتًا، مثل 2027-03-18 17:00.
error-meeting-end-before-start = يجب أن تكون النهاية بعد البداية.
error-meeting-venue = أدخل المكان: الاجتماع الحضوري أو الهجين يُعقد في مكان ما.
error-meeting-link = أدخل رابط الانضمام: الاجتماع الافتراضي أو الهجين يحتاج إليه.
error-meeting-link-web = يجب أن يكون رابط الانضمام عنوان ويب يبدأ بـ https://.
error-meeting-deadline-after-start = يجب أن يكون آخر موعد للتسجيل قبل بدء الاجتماع.
error-meeting-zone = «{ $zone }» ليست منطقة زمنية: اختر واحدة مثل Africa/Casablanca أو Europe/Istanbul.
error-meeting-deadline = أدخل آخر موعد للتسجيل تاريخًا ووقتًا، مثل 2027-02-15 17:00، أو اتركه فارغًا.
error-meeting-host = لا توجد هيئة عضو بالرمز «{ $code }»: أدخل رمز الجهة المضيفة، مثل IMANOR.
error-agenda-title = أعطِ بند جدول الأعمال هذا عنوانًا.
error-agenda-outcome = اختر الغرض من البند: للعلم أو للنقاش أو للقرار.
error-agenda-level = البند الفرعي يأتي بعد بند: لا يكون البند الأول فرعيًا، والبنود الفرعية مستوى واحد.
error-agenda-document = هذه ليست وثيقة من سجل اللجنة: اربط وثائق مسجلة في هذه اللجنة.
error-agenda-empty = لا يحتوي جدول الأعمال على بنود بعد: أضفها قبل النشر.
error-agenda-published-meanwhile = نشر شخص آخر جدول الأعمال في هذه الأثناء: أعد تحميل الصفحة لرؤية النسخة الجديدة.
error-registration-closed = أُغلق التسجيل عند آخر موعد: اطلب من مدير اللجنة إعادة فتحه.
error-registration-virtual = الاجتماع افتراضي: سجّل المندوب للمشاركة عن بُعد.
error-registration-participation = اختر طريقة مشاركة المندوب: حضوريًا أو عن بُعد.
error-registration-not-delegate = هذا الشخص ليس مندوبًا لـ { $member_body } لدى اللجنة: رشّحه أولًا.
error-registration-twice = هذا المندوب مسجل في الاجتماع بالفعل.
error-attendance-before = يُسجَّل الحضور بعد بدء الاجتماع.
meetings-title = الاجتماعات
meetings-upcoming = الاجتماعات القادمة
meetings-past = الاجتماعات السابقة
meetings-none = لا توجد اجتماعات.
meeting-title-field = العنوان
meeting-title-hint = العنوان والرقم، مثل «الاجتماع العام الثاني عشر».
meeting-when = متى
meeting-where = أين
meeting-kind = نوع الاجتماع
meeting-kind-plenary = اجتماع عام للجنة
meeting-kind-wg = اجتماع فريق عمل
meeting-mode = الطريقة
meeting-mode-in-person = حضوري
meeting-mode-virtual = افتراضي
meeting-mode-hybrid = هجين
meeting-time-zone = المنطقة الزمنية للمضيف
meeting-time-zone-hint = تُقرأ البداية والنهاية في هذه المنطقة، مثل Africa/Casablanca.
meeting-starts = البداية
meeting-ends = النهاية
meeting-venue = المكان
meeting-join-url = رابط الانضمام
meeting-host = الهيئة العضو المضيفة
meeting-host-hint = رمزها، مثل IMANOR.
meeting-deadline = آخر موعد للتسجيل
meeting-schedule = جدولة اجتماع
meeting-schedule-button = جدولة الاجتماع
meeting-registration = التسجيل
meeting-registration-open = مفتوح
meeting-registration-closed = مغلق
meeting-calendar = تقويم اللجنة (iCalendar)
notice-meeting-scheduled = تمت جدولة الاجتماع.
agenda-title = جدول الأعمال
agenda-none = لم يُنشر جدول الأعمال بعد.
agenda-version = جدول الأعمال، النسخة { $version }
agenda-published = نُشر في { $when } بواسطة { $by }.
agenda-history = النسخ
agenda-version-changes = { $count ->
    [one] جدول الأعمال، النسخة { $version }: تغيّر بند واحد
   *[other] جدول الأعمال، النسخة { $version }: تغيّر { $count } بنود
}
agenda-document-late = سُجّلت متأخرة لبند قرار
agenda-remove = إزالة
agenda-draft = مشروع جدول الأعمال
agenda-draft-note = أنت وحدك ترى المشروع؛ النشر يثبّت نسخة جديدة للجنة.
agenda-draft-empty = لا بنود بعد.
agenda-add = إضافة بند
agenda-item-title = عنوان البند
agenda-item-description = وصف موجز
agenda-item-outcome = النتيجة المتوقعة
agenda-item-document = وثيقة من السجل
agenda-no-document = بلا وثيقة
agenda-item-sub = بند فرعي للبند السابق
agenda-add-button = إضافة البند
agenda-outcome-information = للعلم
agenda-outcome-discussion = للنقاش
agenda-outcome-decision = للقرار
agenda-confirm-late = انشره على أي حال: ستعرض صفحة الاجتماع القاعدة التي يخالفها
agenda-publish = نشر جدول الأعمال
notice-agenda-item-added = أُضيف البند إلى المشروع.
notice-agenda-item-removed = أُزيل البند من المشروع.
notice-agenda-published = نُشر جدول الأعمال.
registrations-title = التسجيلات
registrations-none = لم يُسجَّل أي مندوب بعد.
registration-delegate = المندوب
registration-participation = طريقة المشاركة
registration-in-person = حضوري
registration-remote = عن بُعد
registration-attended = الحضور
registration-present = حاضر
registration-absent = غائب
registration-mark-present = حاضر
registration-mark-absent = غائب
registration-head = رئيس الوفد
registration-add = تسجيل مندوب
registration-button = تسجيل
registration-reopen = إعادة فتح التسجيل
notice-delegate-registered = سُجّل المندوب.
notice-attendance-marked = سُجّل الحضور.
notice-registration-reopened = أُعيد فتح التسجيل.
error-record-empty = اكتب النص أولًا.
error-record-too-long = اجعل النص أقل من 200000 حرف.
error-record-locked = هذا المحضر معتمد أو مقفل ولا يتغير بعد الآن: أنشئ تصحيحًا بدلًا من ذلك.
error-record-status = اختر الخطوة التالية: معمَّم أو معتمد أو مقفل.
error-record-step = يتقدم المحضر خطوة واحدة في كل مرة: مسودة، معمَّم، معتمد، مقفل (هذا { $status }).
error-record-changed = قدّم شخص آخر هذا المحضر في هذه الأثناء: أعد تحميل الصفحة.
error-record-not-locked = لا يُصحَّح بمحضر جديد إلا المحضر المقفل؛ عدّل هذا مباشرة.
error-resolution-title = أعطِ القرار عنوانًا.
error-resolution-item = اختر بندًا من جدول الأعمال المنشور.
error-resolution-ballot = اختر تصويتًا من هذه اللجنة.
record-draft = مسودة
record-circulated = معمَّم
record-approved = معتمد
record-locked = مقفل
record-circulate = تعميم للمراجعة
record-approve = تسجيل الاعتماد
record-lock = إقفال
record-correct = بدء تصحيح
record-on-time = في الموعد
record-late = متأخر
record-agenda-item = بند جدول الأعمال:
record-correction = تصحيح لمحضر مقفل.
record-no-item = بلا بند
minutes-title = المحضر
minutes-due = يجب تعميم المحضر مع قائمة الحضور بحلول { $when }.
minutes-none = لا محضر بعد.
minutes-text = نص المحضر
minutes-hint = «# » و«## » تبدأ عنوانًا، و«- » و«1. » عنصر قائمة؛ السطر الفارغ يفصل الفقرات.
minutes-save = حفظ المحضر
resolutions-title = القرارات
resolutions-due = يجب تعميم القرارات بحلول { $when } (خلال 48 ساعة بعد الاجتماع).
resolutions-none = لا قرارات بعد.
resolution-add = إضافة قرار
resolution-title = عنوان القرار
resolution-text = نص القرار
resolution-add-button = إضافة القرار
notice-minutes-saved = حُفظ المحضر.
notice-resolution-added = أُضيف { $reference }.
notice-record-moved = تقدّم المحضر خطوة.
notice-correction-started = بدأ تصحيح كمسودة جديدة.
invitation-title = رسالة دعوة
invitation-date = التاريخ: { $date }
invitation-to = إلى من يهمه الأمر،
invitation-body = نؤكد أن { $name }، مندوب { $member_body }، مسجل لحضور { $meeting } لـ { $committee }، الذي سيُعقد في { $venue } من { $starts } إلى { $ends }.
invitation-host = تستضيف الاجتماع { $host }.
invitation-closing = نكون ممتنين لأي مساعدة تقدمونها للمندوب في الحصول على تأشيرة لهذا الاجتماع.
invitation-signature = أمانة { $committee }
registration-invitation = رسالة الدعوة (DOCX)
agenda-printable = جدول الأعمال للطباعة
error-meeting-cancelled = هذا الاجتماع ملغى ولا يتغير بعد الآن.
meeting-cancelled = هذا الاجتماع ملغى.
meeting-cancel = إلغاء الاجتماع
notice-meeting-cancelled = أُلغي الاجتماع؛ وتعرضه التقاويم ملغى.

## Notifications
nav-notifications-count = { $count ->
    [0] الإشعارات، لا شيء غير مقروء
    [one] الإشعارات، واحد غير مقروء
   *[other] الإشعارات، { $count } غير مقروءة
}
notifications-title = الإشعارات
notifications-unread = { $count ->
    [0] لا شيء غير مقروء.
    [one] إشعار واحد غير مقروء.
   *[other] { $count } إشعارات غير مقروءة.
}
notifications-none = لم يحدث شيء في لجانك بعد.
notifications-mark-all = تعليم الكل كمقروء
notifications-new = جديد:
notice-notifications-read = تم تعليم كل الإشعارات كمقروءة.
notification-unknown = إشعار لا يستطيع هذا الإصدار من Comity عرضه.
notification-agenda-published = { $committee }: نُشر جدول أعمال «{ $meeting }».
notification-agenda-changed = { $committee }: نُشر الإصدار { $version } من جدول أعمال «{ $meeting }»، { $count ->
    [one] تغيّر بند واحد.
   *[other] تغيّرت { $count } بنود.
}
notification-meeting-changed = { $committee }: لـ«{ $meeting }» موعد أو مكان أو رابط جديد.
notification-meeting-cancelled = { $committee }: أُلغي «{ $meeting }».
notification-ballot-opened = { $committee }: الاقتراع «{ $ballot }» مفتوح حتى { $closes }.
notification-document-registered = { $committee }: عُمّمت الوثيقة { $number } «{ $title }».

## Meetings: rescheduling, editing the draft agenda, resolutions' ballots
meeting-reschedule = تغيير الموعد أو المكان أو الرابط
meeting-reschedule-note = التقاويم التي تتابع تغذية اللجنة أو الشخص تحدّث الحدث نفسه؛ ويُشعَر أعضاء اللجنة.
meeting-reschedule-button = حفظ الموعد الجديد
notice-meeting-rescheduled = أُعيدت جدولة الاجتماع؛ تحدّث التقاويم الحدث نفسه ويُشعَر أعضاء اللجنة.
agenda-move-up = نقل إلى الأعلى
agenda-move-down = نقل إلى الأسفل
agenda-move-up-label = نقل البند { $item } إلى الأعلى
agenda-move-down-label = نقل البند { $item } إلى الأسفل
agenda-edit-label = تعديل البند { $item }
agenda-edit-button = حفظ البند
notice-agenda-item-moved = نُقل البند.
notice-agenda-item-changed = عُدّل البند.
error-agenda-cannot-move = لا يمكن نقل هذا البند أكثر في هذا الاتجاه: فهو أول أو آخر بنود مستواه.
resolution-ballot = الاقتراع (اختياري)
resolution-no-ballot = لا اقتراع
resolution-ballot-link = اقتراع هذا القرار

## Body rules: meetings' notice periods
rules-notice = الاجتماعات: مهل الإشعار (بالأسابيع)
rules-notice-weeks = { $count ->
    [one] أسبوع واحد
    [two] أسبوعان
   *[other] { $count } أسابيع
}
rules-notice-plenary-agenda = مشروع جدول الأعمال قبل اجتماع لجنة حضوري أو مختلط
rules-notice-plenary-agenda-virtual = مشروع جدول الأعمال قبل اجتماع لجنة افتراضي
rules-notice-wg-agenda = مشروع جدول الأعمال قبل اجتماع فريق عمل حضوري أو مختلط
rules-notice-wg-agenda-virtual = مشروع جدول الأعمال قبل اجتماع فريق عمل افتراضي
rules-notice-plenary-documents = وثائق القرار قبل اجتماع اللجنة
rules-notice-wg-documents = وثائق القرار قبل اجتماع فريق العمل
rules-notice-minutes = المحضر بعد الاجتماع
agenda-remove-label = إزالة البند { $item }
minutes-attendance = قائمة الحضور
text-in-english = (بالإنجليزية)

# The audit trail
nav-audit = سجل التدقيق
audit-title = سجل التدقيق
audit-lead = كل تغيير مهم بترتيبه: الأصوات والاقتراعات والعضويات والأدوار والوثائق وجداول الأعمال والمحاضر والقرارات المقفلة. يتضمن كل حدث بصمة الحدث الذي قبله، فيظهر أي تغيير أُجري خارج البوابة.
audit-lead-committee = التغييرات المهمة في هذه اللجنة، الأحدث أولًا.
audit-events = الأحداث
audit-none = لا أحداث بعد.
audit-older = أحداث أقدم
audit-intact = { $count ->
    [one] السلسلة سليمة: حدثها الوحيد صحيح.
   *[other] السلسلة سليمة: أحداثها الـ { $count } كلها صحيحة.
}
audit-broken = السلسلة مقطوعة عند الحدث { $seq }: { $reason } الأحداث الـ { $count } التي قبله صحيحة.
audit-reason-altered = لم يعد محتواه يطابق بصمته (عُدّل يدويًا).
audit-reason-unlinked = لا يتبع الحدث الذي قبله.
audit-reason-missing = مفقود (حُذف).
audit-col-when = متى
audit-col-who = مَن
audit-col-what = ماذا
audit-col-change = التغيير
audit-actor-portal = البوابة
audit-kind-vote-cast = صوت مُدلى به
audit-kind-vote-changed = صوت مُعدّل
audit-kind-late-vote-refused = صوت متأخر مرفوض
audit-kind-ballot-scheduled = اقتراع مُجدول
audit-kind-ballot-opened = اقتراع مفتوح
audit-kind-ballot-closed = اقتراع مُغلق
audit-kind-ballot-reopened = اقتراع أُعيد فتحه
audit-kind-ballot-cancelled = اقتراع مُلغى
audit-kind-ballot-closing-changed = تغيّر تاريخ الإغلاق
audit-kind-membership-changed = تغيّرت العضوية
audit-kind-role-changed = تغيّر الدور
audit-kind-secretariat-changed = تغيّرت الأمانة
audit-kind-committee-created = أُنشئت اللجنة
audit-kind-committee-changed = تغيّرت تفاصيل اللجنة
audit-kind-document-registered = سُجّلت وثيقة
audit-kind-document-version = سُجّلت نسخة من وثيقة
audit-kind-agenda-published = نُشر جدول الأعمال
audit-kind-minutes-locked = أُقفل المحضر
audit-kind-resolution-locked = أُقفل القرار

# The dashboard
nav-dashboard = مهامي
dashboard-title = ما ينتظرني
dashboard-lead = حسب أدوارك، الأكثر استعجالًا أولًا. يقود كل بند إلى حيث يُنجز.
dashboard-nothing = لا شيء ينتظرك الآن.
dashboard-consolidate = تعليقات يجب توحيدها وتقديمها
dashboard-decide = تعليقات تنتظر قرار الأمانة
dashboard-agendas = جداول أعمال يجب نشرها
dashboard-minutes = محاضر يجب تعميمها
dashboard-registrations = تسجيلات توشك أن تُغلق
dashboard-comments = { $count ->
    [one] تعليق واحد
   *[other] { $count } تعليقات
}
dashboard-due = الموعد
dashboard-overdue = متأخر منذ

## الإشعارات بالبريد الإلكتروني (issue 9)
notification-ballot-closed = { $committee }: أُغلق الاقتراع «{ $ballot }»: { $outcome ->
    [approved] تمت الموافقة.
    [not_approved] لم تتم الموافقة.
    [consensus_recommended] تُظهر الأرقام توافقًا، ويؤكده الرئيس.
   *[other] يحدد الرئيس النتيجة.
}
notification-ballot-closing-week = { $committee }: يُغلق الاقتراع «{ $ballot }» بعد 7 أيام ({ $closes }) ولم تصوّت هيئتك العضو بعد.
notification-ballot-closing-days = { $committee }: يُغلق الاقتراع «{ $ballot }» بعد 48 ساعة ({ $closes }) ولم تصوّت هيئتك العضو بعد.
notification-disposition-recorded = { $document }: سجّلت الأمانة قرارها بشأن تعليقك: { $disposition ->
    [accepted] مقبول.
    [accepted_in_principle] مقبول من حيث المبدأ.
    [not_accepted] غير مقبول.
   *[other] أُحيط به علمًا.
}
notification-registration-in-person = { $committee }: أنت مسجّل في «{ $meeting }» بتاريخ { $starts }، حضوريًا.
notification-registration-remote = { $committee }: أنت مسجّل في «{ $meeting }» بتاريخ { $starts }، عن بُعد.
notification-kind-ballot-opened = فتح اقتراع
notification-kind-ballot-closing = اقتراب إغلاق اقتراع لم تصوّت فيه هيئتي العضو
notification-kind-ballot-closed = إغلاق اقتراع مع نتيجته
notification-kind-document-registered = تعميم وثيقة
notification-kind-disposition-recorded = تسجيل قرار بشأن تعليقي
notification-kind-agenda-published = نشر جدول أعمال اجتماع
notification-kind-agenda-changed = تغيير جدول أعمال منشور
notification-kind-meeting-changed = تغيير موعد اجتماع أو مكانه أو رابطه
notification-kind-meeting-cancelled = إلغاء اجتماع
notification-kind-registration-confirmed = تأكيد تسجيلي في اجتماع
notification-kind-other = إشعارات أخرى
notification-mode-immediate = بريد فوري
notification-mode-digest = ملخص يومي
notification-mode-off = بلا بريد
notification-settings-title = البريد الإلكتروني للإشعارات
notification-settings-intro = اختر لكل نوع من الإشعارات كيف يُعلمك البريد الإلكتروني. تعرض قائمة الإشعارات في البوابة كل شيء دائمًا. يصل الملخص اليومي بعد الساعة 07:00 بتوقيتك.
notification-settings-kind = الإشعار
notification-settings-save = حفظ إعدادات البريد
notification-settings-saved = حُفظت إعدادات البريد الخاصة بك.
error-notification-kind = هذا ليس نوعًا من الإشعارات؛ أعد تحميل الصفحة واختر من جديد.
error-notification-mode = اختر «بريد فوري» أو «ملخص يومي» أو «بلا بريد».
mail-greeting = مرحبًا { $name }،
mail-open = افتح:
mail-why = تصلك هذه الرسالة لأنك تشارك في لجان على Comity.
mail-unsubscribe = إيقاف البريد بشأن «{ $kind }»:
mail-settings = اختر الرسائل التي تصلك:
mail-digest-subject = Comity: ملخصك ليوم { $day } ({ $count ->
    [one] إشعار واحد
    [two] إشعاران
    [few] { $count } إشعارات
   *[other] { $count } إشعارًا
})
mail-digest-intro = إليك ما حدث في لجانك منذ ملخصك الأخير:
mail-digest-more = … و{ $count } غيرها في إشعاراتك على Comity.
unsubscribe-title = إيقاف البريد
unsubscribe-question = إيقاف البريد بشأن «{ $kind }»؟ ستظل ترى هذه الإشعارات في البوابة.
unsubscribe-confirm = أوقف هذا البريد
unsubscribe-done = لن يصلك بعد الآن بريد بشأن «{ $kind }». يمكنك تغيير ذلك في حسابك في أي وقت.
unsubscribe-unknown = هذا الرابط غير صالح (أو لم يعد صالحًا). سجّل الدخول واختر إعدادات البريد في حسابك.
unsubscribe-settings = كل إعدادات البريد
error-cross-site = جاء هذا الطلب من موقع آخر فرُفض. افتح الصفحة في Comity نفسه وحاول مجددًا.
error-503-title = Comity غير متاح للحظات
