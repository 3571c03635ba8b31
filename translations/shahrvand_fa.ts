<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
<context>
    <name>Shahrvand::Access::Role</name>
    <message>
        <source>Agent</source>
        <translation>کارشناس پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Senior agent</source>
        <translation>کارشناس ارشد</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Field officer</source>
        <translation>مأمور میدانی</translation>
    </message>
    <message>
        <source>Knowledge author</source>
        <translation>نویسندهٔ دانش</translation>
    </message>
    <message>
        <source>Knowledge approver</source>
        <translation>تأییدکنندهٔ دانش</translation>
    </message>
    <message>
        <source>Finance approver</source>
        <translation>تأییدکنندهٔ مالی</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>مدیر سامانه</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Api</name>
    <message>
        <source>The user name or the password is wrong.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>This sign-in has ended; sign in again.</source>
        <translation>این ورود به پایان رسیده است؛ دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The file was not accepted: %1</source>
        <translation>پرونده پذیرفته نشد: %1</translation>
    </message>
    <message>
        <source>If-Match must be the ETag of the record, for example "42".</source>
        <translation>If-Match باید ETag همان رکورد باشد، برای نمونه "42".</translation>
    </message>
    <message>
        <source>There is no field named "%1" to show.</source>
        <translation>فیلدی به نام «%1» برای نمایش وجود ندارد.</translation>
    </message>
    <message>
        <source>Some fields are not valid; see the details.</source>
        <translation>برخی از فیلدها معتبر نیستند؛ جزئیات را ببینید.</translation>
    </message>
    <message>
        <source>The record was changed by someone else since you read it; read it again and repeat your change.</source>
        <translation>این رکورد پس از خواندن شما به دست کس دیگری تغییر کرده است؛ آن را دوباره بخوانید و تغییر خود را تکرار کنید.</translation>
    </message>
    <message>
        <source>A unique value is already taken, or a referenced record does not exist.</source>
        <translation>مقداری که باید یکتا باشد پیش‌تر به کار رفته، یا رکوردی که به آن ارجاع شده وجود ندارد.</translation>
    </message>
    <message>
        <source>Say why the citizen's data is erased (the request or the rule), for the audit trail.</source>
        <translation>دلیل حذف اطلاعات شهروند را (درخواست یا قاعده) برای سابقه ممیزی بنویسید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Api::CitizenMerges</name>
    <message>
        <source>The cursor is not one this list gave; start again without it.</source>
        <translation>این نشانگر را این فهرست نداده است؛ بدون آن از نو آغاز کنید.</translation>
    </message>
    <message>
        <source>A citizen cannot be merged into itself.</source>
        <translation>یک شهروند را نمی‌توان با خودش ادغام کرد.</translation>
    </message>
    <message>
        <source>This citizen has already been merged into another one.</source>
        <translation>این شهروند پیش‌تر در شهروند دیگری ادغام شده است.</translation>
    </message>
    <message>
        <source>The citizen to keep has itself been merged into another one; keep that one instead.</source>
        <translation>شهروندی که باید بماند، خودش در شهروند دیگری ادغام شده است؛ به‌جای آن، همان شهروند دیگر را نگه دارید.</translation>
    </message>
    <message>
        <source>An anonymized citizen cannot be merged.</source>
        <translation>شهروندِ بی‌نام‌شده را نمی‌توان ادغام کرد.</translation>
    </message>
    <message>
        <source>The two citizens have different national IDs: they are different people and cannot be merged.</source>
        <translation>کد ملی این دو شهروند یکی نیست: دو نفر جدا هستند و ادغام نمی‌شوند.</translation>
    </message>
    <message>
        <source>This merge has already been undone.</source>
        <translation>این ادغام پیش‌تر بازگردانده شده است.</translation>
    </message>
    <message>
        <source>One of the two citizens has been merged again since; undo that later merge first.</source>
        <translation>یکی از این دو شهروند پس از آن دوباره ادغام شده است؛ نخست آن ادغامِ بعدی را بازگردانید.</translation>
    </message>
    <message>
        <source>The citizen's personal data has been erased since; the merge cannot be undone.</source>
        <translation>اطلاعات شخصی شهروند از آن زمان پاک شده است؛ این ادغام دیگر برگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Since the merge, values the kept citizen took or records that were moved have been changed; undoing the merge would lose those changes. The details list them.</source>
        <translation>پس از ادغام، مقدارهایی که شهروندِ ماندگار گرفت یا رکوردهایی که منتقل شدند تغییر کرده‌اند؛ بازگرداندن ادغام آن تغییرها را از بین می‌برد. جزئیات، آن‌ها را فهرست می‌کند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::PasswordHasher</name>
    <message>
        <source>The password must be at least %L1 characters long.</source>
        <translation>گذرواژه باید دست‌کم %L1 نویسه باشد.</translation>
    </message>
    <message>
        <source>The password must be at most %L1 characters long.</source>
        <translation>گذرواژه باید حداکثر %L1 نویسه باشد.</translation>
    </message>
    <message>
        <source>The password must not be one character repeated.</source>
        <translation>گذرواژه نباید فقط یک نویسهٔ تکراری باشد.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>گذرواژه نباید همان نام کاربری باشد.</translation>
    </message>
    <message>
        <source>The server could not store the password. Try again later; if it happens again, tell the system administrator.</source>
        <translation>کارساز نتوانست گذرواژه را ذخیره کند. کمی بعد دوباره تلاش کنید؛ اگر باز هم پیش آمد، به مدیر سامانه خبر دهید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::Sessions</name>
    <message numerus="yes">
        <source>%Ln second(s)</source>
        <translation>
            <numerusform>%Ln ثانیه</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>The user name or password is wrong. Because of repeated failures, the next attempt is possible in %1.</source>
        <translation>نام کاربری یا گذرواژه نادرست است. به دلیل تلاش‌های ناموفق پی‌درپی، تلاش بعدی %1 دیگر ممکن است.</translation>
    </message>
    <message>
        <source>The user name or password is wrong.</source>
        <translation>نام کاربری یا گذرواژه نادرست است.</translation>
    </message>
    <message>
        <source>Too many failed attempts to sign in with this user name. Try again in %1.</source>
        <translation>تلاش‌های ناموفق برای ورود با این نام کاربری بیش از حد بوده است. %1 دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again.</source>
        <translation>نشست شما به پایان رسیده است. دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Your session was ended for your safety, because it was also used from somewhere else. Sign in again; if this happens again, tell the system administrator.</source>
        <translation>نشست شما برای حفظ امنیتتان بسته شد، چون از جای دیگری هم به کار رفته بود. دوباره وارد شوید؛ اگر باز هم پیش آمد، به مدیر سامانه خبر دهید.</translation>
    </message>
    <message>
        <source>The server cannot sign you in at the moment. Try again in a few minutes.</source>
        <translation>کارساز اکنون نمی‌تواند شما را وارد کند. چند دقیقهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Auth::UserDirectory</name>
    <message>
        <source>The user name must be %L1 to %L2 characters long and contain only letters, digits and the signs . _ - @, without spaces.</source>
        <translation>نام کاربری باید %L1 تا %L2 نویسه باشد و فقط حرف، رقم و نشانه‌های . _ - @ داشته باشد، بدون فاصله.</translation>
    </message>
    <message>
        <source>There is already a user with this name.</source>
        <translation>کاربری با این نام از پیش وجود دارد.</translation>
    </message>
    <message>
        <source>Give the user at least one role.</source>
        <translation>دست‌کم یک نقش به کاربر بدهید.</translation>
    </message>
    <message>
        <source>Every user except an administrator must belong to at least one unit.</source>
        <translation>هر کاربری جز مدیر سامانه باید دست‌کم عضو یک واحد باشد.</translation>
    </message>
    <message>
        <source>There is no unit %1.</source>
        <translation>واحد %1 وجود ندارد.</translation>
    </message>
    <message>
        <source>The language must be fa (Persian) or en (English).</source>
        <translation>زبان باید fa (فارسی) یا en (انگلیسی) باشد.</translation>
    </message>
    <message>
        <source>There is no such user.</source>
        <translation>چنین کاربری وجود ندارد.</translation>
    </message>
    <message>
        <source>The user could not be saved because of a server error. Try again later; if it happens again, tell the system administrator.</source>
        <translation>به دلیل خطای کارساز، کاربر ذخیره نشد. کمی بعد دوباره تلاش کنید؛ اگر باز هم پیش آمد، به مدیر سامانه خبر دهید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Blobs::BlobError</name>
    <message>
        <source>The file could not be stored.</source>
        <translation>پرونده ذخیره نشد.</translation>
    </message>
    <message>
        <source>There is no such file.</source>
        <translation>چنین پرونده‌ای وجود ندارد.</translation>
    </message>
    <message>
        <source>A file is named by its SHA-256: 64 lower-case hexadecimal characters.</source>
        <translation>نام هر پرونده SHA-256 آن است: ۶۴ نویسهٔ شانزده‌شانزدهی کوچک.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>پرونده خالی است.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>حجم پرونده بیش از %1 مگابایت است.</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</source>
        <translation>فقط عکس (JPEG، PNG، WebP)، سند پی‌دی‌اف و متن ساده را می‌توان پیوست کرد.</translation>
    </message>
    <message>
        <source>Send the file in pieces of at most %1 MB.</source>
        <translation>پرونده را در تکه‌هایی حداکثر %1 مگابایتی بفرستید.</translation>
    </message>
    <message>
        <source>The upload continues at byte %1.</source>
        <translation>بارگذاری باید از بایت %1 ادامه یابد.</translation>
    </message>
    <message>
        <source>The file is longer than announced.</source>
        <translation>پرونده از اندازهٔ اعلام‌شده بزرگ‌تر است.</translation>
    </message>
    <message>
        <source>The file's content is not a %1 file.</source>
        <translation>محتوای پرونده از نوع %1 نیست.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 differs); send it again.</source>
        <translation>پرونده آسیب‌دیده رسید (SHA-256 آن متفاوت است)؛ دوباره بفرستید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Cache::ApprovalInbox</name>
    <message>
        <source>Choose a decision.</source>
        <translation>یک تصمیم را برگزینید.</translation>
    </message>
    <message>
        <source>Write why you reject it: the claimant reads it.</source>
        <translation>بنویسید چرا آن را رد می‌کنید؛ درخواست‌کننده دلیل را می‌خواند.</translation>
    </message>
    <message>
        <source>Write what is to be corrected: the claimant reads it.</source>
        <translation>بنویسید چه چیزی باید اصلاح شود؛ درخواست‌کننده آن را می‌خواند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Cache::CacheError</name>
    <message>
        <source>The offline copy on this computer cannot be opened. Check that the disk is not full and that you may write to your user folder.</source>
        <translation>نسخهٔ برون‌خط روی این رایانه باز نمی‌شود. بررسی کنید که دیسک پر نباشد و اجازهٔ نوشتن در پوشهٔ کاربری خود را داشته باشید.</translation>
    </message>
    <message>
        <source>The offline copy on this computer was locked with another key and cannot be read.</source>
        <translation>نسخهٔ برون‌خط روی این رایانه با کلید دیگری قفل شده است و خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>The offline copy on this computer was written by a newer version of Shahrvand. Update this program.</source>
        <translation>نسخهٔ برون‌خط روی این رایانه را نسخهٔ جدیدتری از شهروند نوشته است. این برنامه را به‌روز کنید.</translation>
    </message>
    <message>
        <source>The offline copy on this computer could not be read or written.</source>
        <translation>خواندن یا نوشتن نسخهٔ برون‌خط روی این رایانه ممکن نشد.</translation>
    </message>
    <message>
        <source>This kind of record is not known to this version of Shahrvand.</source>
        <translation>این نوع رکورد برای این نسخه از شهروند شناخته‌شده نیست.</translation>
    </message>
    <message>
        <source>This record is no longer on this computer.</source>
        <translation>این رکورد دیگر روی این رایانه نیست.</translation>
    </message>
    <message>
        <source>Some values are not valid.</source>
        <translation>برخی مقادیر معتبر نیستند.</translation>
    </message>
    <message>
        <source>Your role does not allow changing this kind of record.</source>
        <translation>نقش شما اجازهٔ تغییر این نوع رکورد را نمی‌دهد.</translation>
    </message>
    <message>
        <source>The server sent changes this program cannot read. It may run another version of Shahrvand; tell your administrator.</source>
        <translation>کارساز تغییراتی فرستاده است که این برنامه نمی‌تواند بخواند. شاید کارساز نسخهٔ دیگری از شهروند را اجرا می‌کند؛ به مدیر سامانه خبر دهید.</translation>
    </message>
    <message>
        <source>The file could not be read. Check that it still exists and that you may open it.</source>
        <translation>فایل خوانده نشد. بررسی کنید که هنوز وجود دارد و اجازهٔ باز کردنش را دارید.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>فایل خالی است.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB. Attach a smaller one (a photo at a lower resolution, or the document in parts).</source>
        <translation>فایل از %1 مگابایت بزرگ‌تر است. فایل کوچک‌تری پیوست کنید (عکسی با وضوح کمتر، یا سند در چند بخش).</translation>
    </message>
    <message>
        <source>Only photos (JPEG, PNG, WebP), PDF documents and plain text can be attached.</source>
        <translation>فقط عکس (JPEG، PNG، WebP)، سند پی‌دی‌اف و متن ساده را می‌توان پیوست کرد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseRules</name>
    <message>
        <source>This change is not possible in the case's current status.</source>
        <translation>این تغییر در وضعیت کنونی پرونده ممکن نیست.</translation>
    </message>
    <message>
        <source>Your role does not allow this change of the case.</source>
        <translation>نقش شما اجازهٔ این تغییر در پرونده را نمی‌دهد.</translation>
    </message>
    <message>
        <source>Only the case's owner or a supervisor may do this.</source>
        <translation>این کار را فقط مسئول پرونده یا سرپرست می‌تواند انجام دهد.</translation>
    </message>
    <message>
        <source>This case is at a higher support tier than yours; ask a supervisor.</source>
        <translation>این پرونده در سطح پشتیبانی بالاتری از سطح شماست؛ از سرپرست کمک بخواهید.</translation>
    </message>
    <message>
        <source>You may take a case yourself; only a supervisor may assign it to someone else.</source>
        <translation>شما می‌توانید پرونده را خودتان بر عهده بگیرید؛ واگذاری آن به دیگری فقط کار سرپرست است.</translation>
    </message>
    <message>
        <source>The case is already assigned to this person.</source>
        <translation>پرونده هم‌اکنون به همین شخص واگذار شده است.</translation>
    </message>
    <message>
        <source>The case is already with engineering, the highest support tier.</source>
        <translation>پرونده هم‌اکنون در سطح مهندسی، بالاترین سطح پشتیبانی، است.</translation>
    </message>
    <message>
        <source>The case was closed too long ago to be reopened; register a new case instead.</source>
        <translation>از بسته شدن این پرونده زمان زیادی گذشته و دیگر بازگشایی نمی‌شود؛ به جای آن پروندهٔ تازه‌ای ثبت کنید.</translation>
    </message>
    <message>
        <source>A case cannot be put back to “new”; assign it or move it to another team instead.</source>
        <translation>پرونده را نمی‌توان به وضعیت «جدید» برگرداند؛ به جای آن، آن را واگذار کنید یا به تیم دیگری بفرستید.</translation>
    </message>
    <message>
        <source>The support tier changes only by escalating the case, one tier at a time.</source>
        <translation>سطح پشتیبانی فقط با ارجاع پرونده به سطح بالاتر، و هر بار یک سطح، تغییر می‌کند.</translation>
    </message>
    <message>
        <source>The service level was breached; the SLA timer escalated the case.</source>
        <translation>مهلت سطح خدمت گذشت؛ زمان‌سنج سطح خدمت پرونده را به سطح بالاتر ارجاع داد.</translation>
    </message>
    <message>
        <source>The service level is about to be breached; the SLA timer escalated the case.</source>
        <translation>مهلت سطح خدمت رو به پایان است؛ زمان‌سنج سطح خدمت پرونده را به سطح بالاتر ارجاع داد.</translation>
    </message>
    <message>
        <source>The tracking code %1, proposed when this case was registered offline, was already in use by another case; this case's tracking code is %2. Give the citizen the new code.</source>
        <translation>کد رهگیری %1 که هنگام ثبت آفلاین این پرونده پیشنهاد شده بود پیش‌تر به پروندهٔ دیگری داده شده بود؛ کد رهگیری این پرونده %2 است. کد تازه را به شهروند اعلام کنید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseService::Import</name>
    <message>
        <source>there is no business calendar "%1" (give its id, or its name in Persian or English).</source>
        <translation>تقویم کاری «%1» وجود ندارد (شناسه‌ی آن یا نام فارسی یا انگلیسی‌اش را بدهید).</translation>
    </message>
    <message numerus="yes">
        <source>%n business calendars are named "%1"; give the id of the one you mean.</source>
        <translation>
            <numerusform>%n تقویم کاری «%1» نام دارند؛ شناسه‌ی تقویم مورد نظر را بدهید.</numerusform>
        </translation>
    </message>
    <message>
        <source>the file has no holidays: one line per holiday, a Jalali date and its description, for example "1405/01/01 Nowruz".</source>
        <translation>فایل هیچ تعطیلی ندارد: برای هر تعطیل یک سطر، تاریخ شمسی و شرح آن، برای نمونه «1405/01/01 نوروز».</translation>
    </message>
    <message>
        <source>could not begin a transaction: %1</source>
        <translation>تراکنش آغاز نشد: %1</translation>
    </message>
    <message>
        <source>the database failed while importing; nothing was changed: %1</source>
        <translation>پایگاه داده هنگام وارد کردن خطا داد؛ چیزی تغییر نکرد: %1</translation>
    </message>
    <message>
        <source>"%1": name rows by their codes, not by ids. The fields are: %2.</source>
        <translation>«%1»: ردیف‌ها را با کدشان نام ببرید، نه با شناسه. فیلدها این‌ها هستند: %2.</translation>
    </message>
    <message>
        <source>there is no field "%1" in a routing rule. The fields are: %2.</source>
        <translation>قاعدهٔ مسیریابی فیلدی به نام «%1» ندارد. فیلدها این‌ها هستند: %2.</translation>
    </message>
    <message>
        <source>"%1" must be written as text, for example "%2".</source>
        <translation>«%1» باید به صورت متن نوشته شود، برای نمونه «%2».</translation>
    </message>
    <message>
        <source>there is no service with the code "%1".</source>
        <translation>خدمتی با کد «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>there is no user named "%1".</source>
        <translation>کاربری با نام «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>there is no organisation unit with the code "%1".</source>
        <translation>واحد سازمانی با کد «%1» وجود ندارد.</translation>
    </message>
    <message>
        <source>the unit "%1" is not a team; cases are routed to teams.</source>
        <translation>واحد «%1» تیم نیست؛ پرونده‌ها به تیم‌ها ارجاع می‌شوند.</translation>
    </message>
    <message>
        <source>the unit "%1" is not a district.</source>
        <translation>واحد «%1» منطقه نیست.</translation>
    </message>
    <message>
        <source>the user "%1" is not active and cannot be given cases.</source>
        <translation>کاربر «%1» فعال نیست و نمی‌توان به او پرونده سپرد.</translation>
    </message>
    <message>
        <source>"team_code" is required: the team the rule gives cases to.</source>
        <translation>«team_code» لازم است: تیمی که قاعده پرونده‌ها را به آن می‌سپارد.</translation>
    </message>
    <message>
        <source>the "fixed" strategy needs the owner, in "owner_username".</source>
        <translation>روش «fixed» مسئول پرونده را لازم دارد، در «owner_username».</translation>
    </message>
    <message>
        <source>"owner_username" is used only with "owner_strategy": "fixed".</source>
        <translation>«owner_username» فقط با «owner_strategy»: «fixed» به کار می‌رود.</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>سطر %1، %2: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>سطر %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the file is not valid JSON (column %1): %2</source>
        <translation>فایل JSON معتبر نیست (ستون %1): %2</translation>
    </message>
    <message>
        <source>the file must hold a JSON array of rules: [{...}, {...}].</source>
        <translation>فایل باید آرایه‌ای JSON از قاعده‌ها باشد: [{...}, {...}].</translation>
    </message>
    <message>
        <source>the file has no rules; importing it would leave cases without routing. Deactivate the rules instead.</source>
        <translation>فایل هیچ قاعده‌ای ندارد؛ وارد کردن آن پرونده‌ها را بی‌مسیر می‌گذارد. به جای آن قاعده‌ها را غیرفعال کنید.</translation>
    </message>
    <message>
        <source>rule %1</source>
        <translation>قاعدهٔ %1</translation>
    </message>
    <message>
        <source>a rule must be a JSON object {...}.</source>
        <translation>هر قاعده باید یک شیء JSON باشد {...}.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::CaseWork</name>
    <message>
        <source>“%1” is not a day of the week; use sat, sun, mon, tue, wed, thu or fri.</source>
        <translation>«%1» روز هفته نیست؛ یکی از sat، sun، mon، tue، wed، thu یا fri را به کار ببرید.</translation>
    </message>
    <message>
        <source>The working hours of “%1” must be a list of periods such as [["08:00","16:00"]].</source>
        <translation>ساعت‌های کاری «%1» باید فهرستی از بازه‌ها باشد، مانند [["08:00","16:00"]].</translation>
    </message>
    <message>
        <source>A time of “%1” is not written as hours:minutes between 00:00 and 24:00.</source>
        <translation>یکی از زمان‌های «%1» به شکل ساعت:دقیقه میان 00:00 و 24:00 نوشته نشده است.</translation>
    </message>
    <message>
        <source>A working period of “%1” ends before it starts.</source>
        <translation>یکی از بازه‌های کاری «%1» پیش از آغازش پایان می‌یابد.</translation>
    </message>
    <message>
        <source>The working periods of “%1” overlap or are out of order.</source>
        <translation>بازه‌های کاری «%1» هم‌پوشانی دارند یا به ترتیب نیستند.</translation>
    </message>
    <message>
        <source>The calendar has no working hours on any day.</source>
        <translation>این تقویم در هیچ روزی ساعت کاری ندارد.</translation>
    </message>
    <message>
        <source>The time zone “%1” is not supported; use Asia/Tehran or a fixed offset such as +03:30.</source>
        <translation>منطقهٔ زمانی «%1» پشتیبانی نمی‌شود؛ Asia/Tehran یا اختلاف ثابتی مانند ‎+03:30‎ را به کار ببرید.</translation>
    </message>
    <message>
        <source>Line %1 (“%2”): %3</source>
        <translation>سطر %1 («%2»): %3</translation>
    </message>
    <message>
        <source>New</source>
        <translation>تازه</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>واگذارشده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در دست رسیدگی</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>در انتظار شهروند</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع‌شده به سطح بالاتر</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>رسیدگی‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته‌شده</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>میز پاسخ‌گویی</translation>
    </message>
    <message>
        <source>Specialist team</source>
        <translation>گروه کارشناسی</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>مهندسی</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>واگذاری</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>آغاز رسیدگی</translation>
    </message>
    <message>
        <source>Wait for the citizen</source>
        <translation>انتظار برای پاسخ شهروند</translation>
    </message>
    <message>
        <source>Citizen replied</source>
        <translation>پاسخ شهروند رسید</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>رسیدگی و حل</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>بازگشایی دوباره</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>“%1” is not possible while the case is “%2”.</source>
        <translation>تا وقتی وضعیت پرونده «%2» است، «%1» ممکن نیست.</translation>
    </message>
    <message>
        <source>Your role does not allow “%1” on this case.</source>
        <translation>نقش شما اجازهٔ «%1» را روی این پرونده نمی‌دهد.</translation>
    </message>
    <message>
        <source>Only the case's owner or a supervisor may do “%1”.</source>
        <translation>فقط کارشناس مسئول پرونده یا سرپرست می‌تواند «%1» را انجام دهد.</translation>
    </message>
    <message>
        <source>This case is at a higher support tier than yours; ask a supervisor.</source>
        <translation>این پرونده در سطح پشتیبانی بالاتری از سطح شماست؛ از سرپرست بخواهید.</translation>
    </message>
    <message>
        <source>You may take a case yourself; only a supervisor may assign it to someone else.</source>
        <translation>می‌توانید پرونده را خودتان بردارید؛ واگذاری آن به دیگری فقط کار سرپرست است.</translation>
    </message>
    <message>
        <source>Choose the person who will own the case.</source>
        <translation>کسی را که مسئول پرونده می‌شود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The case is already assigned to this person.</source>
        <translation>پرونده هم‌اکنون به همین شخص واگذار شده است.</translation>
    </message>
    <message>
        <source>Write the reason for “%1”.</source>
        <translation>دلیل «%1» را بنویسید.</translation>
    </message>
    <message>
        <source>Write how the case was resolved.</source>
        <translation>بنویسید پرونده چگونه رسیدگی و حل شد.</translation>
    </message>
    <message>
        <source>The case is already with engineering, the highest support tier.</source>
        <translation>پرونده هم‌اکنون در بخش مهندسی، بالاترین سطح پشتیبانی، است.</translation>
    </message>
    <message>
        <source>The case was closed too long ago to be reopened; register a new case instead.</source>
        <translation>از بسته شدن این پرونده زمان زیادی گذشته و دیگر باز نمی‌شود؛ به جای آن پروندهٔ تازه‌ای ثبت کنید.</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>در موعد</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>نزدیک به موعد</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>گذشته از موعد</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>در موعد انجام شد</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Credentials::CredentialStore</name>
    <message>
        <source>The system keychain did not answer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>جاکلیدی سیستم‌عامل پاسخ نداد. ورود شما فقط تا بسته شدن شهروند نگه داشته می‌شود و دفعهٔ بعد که برنامه را باز کنید، گذرواژه‌تان پرسیده خواهد شد.</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>جاکلیدی سیستم‌عامل قفل است یا اجازهٔ دسترسی نداد. ورود شما فقط تا بسته شدن شهروند نگه داشته می‌شود و دفعهٔ بعد که برنامه را باز کنید، گذرواژه‌تان پرسیده خواهد شد.</translation>
    </message>
    <message>
        <source>No system keychain is available on this computer. Your sign-in is kept only until Shahrvand closes: you will be asked for your password when you start it again.</source>
        <translation>در این رایانه جاکلیدی سیستم‌عامل در دسترس نیست. ورود شما فقط تا بسته شدن شهروند نگه داشته می‌شود و دفعهٔ بعد که برنامه را باز کنید، گذرواژه‌تان پرسیده خواهد شد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Entities::Validation</name>
    <message>
        <source>"%1" must be %2.</source>
        <translation>«%1» باید %2 باشد.</translation>
    </message>
    <message>
        <source>"%1" must be the id of an existing record.</source>
        <translation>«%1» باید شناسهٔ رکوردی موجود باشد.</translation>
    </message>
    <message>
        <source>"%1" is not a valid date (YYYY-MM-DD).</source>
        <translation>«%1» تاریخ معتبری نیست (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>"%1" is longer than %2 characters.</source>
        <translation>«%1» بیش از %2 نویسه است.</translation>
    </message>
    <message>
        <source>"%1" must be one of: %2.</source>
        <translation>«%1» باید یکی از این‌ها باشد: %2.</translation>
    </message>
    <message>
        <source>"%1" is not a valid national ID: %2</source>
        <translation>«%1» کد ملی معتبری نیست: %2</translation>
    </message>
    <message>
        <source>"%1" is not a valid phone number: %2</source>
        <translation>«%1» شماره تلفن معتبری نیست: %2</translation>
    </message>
    <message>
        <source>"%1" is not an email address.</source>
        <translation>«%1» نشانی رایانامه نیست.</translation>
    </message>
    <message>
        <source>"%1" must be fa or en.</source>
        <translation>«%1» باید fa یا en باشد.</translation>
    </message>
    <message>
        <source>There is no field "%1" here.</source>
        <translation>فیلدی با نام «%1» در اینجا وجود ندارد.</translation>
    </message>
    <message>
        <source>"%1" is set by the system and cannot be changed.</source>
        <translation>«%1» را سامانه تعیین می‌کند و نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>"%1" is required.</source>
        <translation>«%1» الزامی است.</translation>
    </message>
    <message>
        <source>These records cannot be searched by text.</source>
        <translation>در این رکوردها نمی‌توان متنی جست‌وجو کرد.</translation>
    </message>
    <message>
        <source>"%1" is not a valid tracking code: %2</source>
        <translation>«%1» کد رهگیری معتبری نیست: %2</translation>
    </message>
    <message>
        <source>Write the reason for this change of the case.</source>
        <translation>دلیل این تغییر در پرونده را بنویسید.</translation>
    </message>
    <message>
        <source>Write how the case was resolved.</source>
        <translation>بنویسید پرونده چگونه حل شد.</translation>
    </message>
    <message>
        <source>Choose the person who will own the case.</source>
        <translation>شخصی را که مسئول پرونده خواهد بود انتخاب کنید.</translation>
    </message>
    <message>
        <source>The file "%1" names has not been uploaded completely.</source>
        <translation>فایلی که «%1» به آن اشاره دارد هنوز کامل بارگذاری نشده است.</translation>
    </message>
    <message>
        <source>Give the period as two dates, YYYY-MM-DD, the last one not before the first and at most 400 days after it.</source>
        <translation>دوره را با دو تاریخ به شکل YYYY-MM-DD بدهید؛ دومی پیش از اولی نباشد و بیش از ۴۰۰ روز پس از آن نباشد.</translation>
    </message>
    <message>
        <source>"%1" is not a field of a citizen to choose in a merge, or its choice is neither "survivor" nor "merged".</source>
        <translation>«%1» فیلدی از شهروند نیست که در ادغام انتخاب شود، یا انتخاب آن نه "survivor" است و نه "merged".</translation>
    </message>
</context>
<context>
    <name>Shahrvand::EntityStore::ErasedCitizens</name>
    <message>
        <source>This citizen's personal data was erased; nothing about them can be recorded again. The change was not saved.</source>
        <translation>اطلاعات شخصی این شهروند پاک شده است و دیگر نمی‌توان چیزی درباره او ثبت کرد. این تغییر ذخیره نشد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::JalaliDate</name>
    <message>
        <source>Enter a date.</source>
        <translation>تاریخ را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the date as year/month/day, for example 1405/09/01.</source>
        <translation>تاریخ را به ترتیب سال، ماه و روز وارد کنید؛ برای نمونه ۱۴۰۵/۰۹/۰۱.</translation>
    </message>
    <message>
        <source>Enter the year with four digits, for example 1405.</source>
        <translation>سال را چهاررقمی وارد کنید؛ برای نمونه ۱۴۰۵.</translation>
    </message>
    <message>
        <source>The year must be a Jalali (solar hijri) year between %1 and %2.</source>
        <translation>سال باید به تقویم هجری شمسی و بین %1 و %2 باشد.</translation>
    </message>
    <message>
        <source>The month must be between 1 and 12.</source>
        <translation>ماه باید عددی بین ۱ و ۱۲ باشد.</translation>
    </message>
    <message>
        <source>The month name is not recognized. Write it like 1 Azar 1405, or as 1405/09/01.</source>
        <translation>نام ماه شناخته نشد. آن را مانند «۱ آذر ۱۴۰۵» بنویسید یا تاریخ را به صورت ۱۴۰۵/۰۹/۰۱ وارد کنید.</translation>
    </message>
    <message>
        <source>There is no such day in that month of that year.</source>
        <translation>این ماه در سال واردشده چنین روزی ندارد.</translation>
    </message>
    <message>
        <source>The weekday does not match the date. Check the date, or leave the weekday out.</source>
        <translation>روز هفته با تاریخ مطابقت ندارد. تاریخ را بررسی کنید یا روز هفته را ننویسید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::KnowledgeRules</name>
    <message>
        <source>Only the knowledge team may change an article once it has been written.</source>
        <translation>فقط تیم دانش می‌تواند مقاله را پس از نوشته شدن تغییر دهد یا حذف کند.</translation>
    </message>
    <message>
        <source>A new article starts as a draft or in review; it is approved and published afterwards.</source>
        <translation>مقالهٔ تازه به‌صورت پیش‌نویس یا «در حال بررسی» ثبت می‌شود؛ تأیید و انتشار آن پس از این است.</translation>
    </message>
    <message>
        <source>An article proposed from the front office goes to review first.</source>
        <translation>مقاله‌ای که از پیشخوان پیشنهاد می‌شود نخست برای بررسی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>An article cannot move to this status from its current one.</source>
        <translation>مقاله از وضعیت کنونی‌اش نمی‌تواند به این وضعیت برود.</translation>
    </message>
    <message>
        <source>Only a knowledge approver may approve, publish, archive or return an article.</source>
        <translation>فقط تأییدکنندهٔ دانش می‌تواند مقاله را تأیید، منتشر یا بایگانی کند یا آن را به نویسنده برگرداند.</translation>
    </message>
    <message>
        <source>An approved, published or archived article's text cannot change; return it to draft first.</source>
        <translation>متن مقالهٔ تأییدشده، منتشرشده یا بایگانی‌شده تغییر نمی‌کند؛ نخست آن را به پیش‌نویس برگردانید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::MissionRules</name>
    <message>
        <source>This no longer waits for a decision: it was withdrawn, cancelled, taken back or decided meanwhile.</source>
        <translation>این مورد دیگر در انتظار تصمیم نیست: در این فاصله پس گرفته، لغو یا تصمیم‌گیری شده است.</translation>
    </message>
    <message>
        <source>This approval step has been decided already.</source>
        <translation>برای این مرحلهٔ تأیید پیش‌تر تصمیم گرفته شده است.</translation>
    </message>
    <message>
        <source>This approval step is not the one waiting for a decision now.</source>
        <translation>این مرحلهٔ تأیید اکنون نوبت تصمیم‌گیری‌اش نیست.</translation>
    </message>
    <message>
        <source>You are not the approver of this step, nor standing in for them.</source>
        <translation>شما تأییدکنندهٔ این مرحله یا جانشین او نیستید.</translation>
    </message>
    <message>
        <source>Nobody approves their own claim or mission.</source>
        <translation>هیچ‌کس درخواست هزینه یا مأموریت خودش را تأیید نمی‌کند.</translation>
    </message>
    <message>
        <source>Say whether you approve, reject or return it.</source>
        <translation>بگویید که آن را تأیید، رد یا برگشت می‌دهید.</translation>
    </message>
    <message>
        <source>Give a reason when you reject or return it.</source>
        <translation>برای رد یا برگشت دادن، دلیل بنویسید.</translation>
    </message>
    <message>
        <source>Decisions are taken here on missions and expense claims only.</source>
        <translation>در اینجا فقط دربارهٔ مأموریت‌ها و درخواست‌های هزینه تصمیم گرفته می‌شود.</translation>
    </message>
    <message>
        <source>The expense claim cannot take this step from its current status.</source>
        <translation>درخواست هزینه در وضعیت کنونی‌اش نمی‌تواند این گام را بردارد.</translation>
    </message>
    <message>
        <source>Only the claimant submits or withdraws an expense claim.</source>
        <translation>فقط درخواست‌کننده می‌تواند درخواست هزینه را ارسال یا پس بگیرد.</translation>
    </message>
    <message>
        <source>Only finance marks an expense claim as paid.</source>
        <translation>فقط امور مالی درخواست هزینه را پرداخت‌شده ثبت می‌کند.</translation>
    </message>
    <message>
        <source>Expense claims are approved, rejected or returned by their approvers' decisions.</source>
        <translation>درخواست هزینه با تصمیم تأییدکنندگانش تأیید، رد یا برگشت داده می‌شود.</translation>
    </message>
    <message>
        <source>A new expense claim starts as a draft; submit it once its lines are written.</source>
        <translation>درخواست هزینهٔ تازه پیش‌نویس است؛ پس از نوشتن ردیف‌هایش آن را ارسال کنید.</translation>
    </message>
    <message>
        <source>Expense claims are made in your own units.</source>
        <translation>درخواست هزینه فقط در واحدهای خودتان ثبت می‌شود.</translation>
    </message>
    <message>
        <source>An expense claim is changed only by its claimant, while it is a draft or returned for correction.</source>
        <translation>درخواست هزینه را فقط درخواست‌کننده، تا وقتی پیش‌نویس است یا برای اصلاح برگشت خورده، تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>Add at least one expense line before submitting.</source>
        <translation>پیش از ارسال دست‌کم یک ردیف هزینه بیفزایید.</translation>
    </message>
    <message>
        <source>The expense claim breaks the expense policy; correct the lines named and submit it again.</source>
        <translation>درخواست هزینه با سیاست هزینه‌ها نمی‌خواند؛ ردیف‌های نام‌برده را اصلاح و دوباره ارسال کنید.</translation>
    </message>
    <message>
        <source>An expense line must be of more than zero rials.</source>
        <translation>مبلغ هر ردیف هزینه باید بیش از صفر ریال باشد.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>جمع مبلغ‌های این درخواست از بیشینهٔ ثبت‌شدنی بیشتر می‌شود.</translation>
    </message>
    <message>
        <source>The mission order is changed only as a draft that is not waiting for approval or approved (take it back first), by its requester or the unit's supervisor.</source>
        <translation>حکم مأموریت فقط در پیش‌نویسی که در انتظار تأیید یا تأییدشده نیست (نخست آن را پس بگیرید)، به دست درخواست‌کننده یا سرپرست واحد تغییر می‌کند.</translation>
    </message>
    <message>
        <source>The report and the actual times are written by the people on the mission while it is issued or in progress.</source>
        <translation>گزارش و زمان‌های واقعی را اعضای مأموریت، هنگامی که حکم صادر شده یا کار در جریان است، می‌نویسند.</translation>
    </message>
    <message>
        <source>The mission cannot take this step from its current status.</source>
        <translation>مأموریت در وضعیت کنونی‌اش نمی‌تواند این گام را بردارد.</translation>
    </message>
    <message>
        <source>The mission order is issued only after its approval.</source>
        <translation>حکم مأموریت فقط پس از تأیید صادر می‌شود.</translation>
    </message>
    <message>
        <source>The mission is already waiting for approval or approved.</source>
        <translation>این مأموریت هم‌اکنون در انتظار تأیید است یا تأیید شده است.</translation>
    </message>
    <message>
        <source>Assign someone to the mission before issuing the order.</source>
        <translation>پیش از صدور حکم، کسی را به مأموریت بگمارید.</translation>
    </message>
    <message>
        <source>Your role may not take this step on this mission.</source>
        <translation>نقش شما اجازهٔ برداشتن این گام را در این مأموریت نمی‌دهد.</translation>
    </message>
    <message>
        <source>A new mission starts as a draft; submit it for approval once it is written.</source>
        <translation>مأموریت تازه پیش‌نویس است؛ پس از نوشتن، آن را برای تأیید بفرستید.</translation>
    </message>
    <message>
        <source>Missions are requested for your own units.</source>
        <translation>مأموریت فقط برای واحدهای خودتان درخواست می‌شود.</translation>
    </message>
    <message>
        <source>A mission does not go from this status to that one.</source>
        <translation>مأموریت از این وضعیت به آن وضعیت نمی‌رود.</translation>
    </message>
    <message>
        <source>A mission is approved, rejected or returned by its approvers' decisions.</source>
        <translation>مأموریت با تصمیم تأییدکنندگانش تأیید، رد یا برگشت داده می‌شود.</translation>
    </message>
    <message>
        <source>Change the mission's status and its approval in separate steps.</source>
        <translation>وضعیت مأموریت و تأیید آن را در دو گام جدا تغییر دهید.</translation>
    </message>
    <message>
        <source>Nobody is sent on or taken off a mission that has ended.</source>
        <translation>هیچ‌کس به مأموریتی که پایان یافته فرستاده یا از آن برداشته نمی‌شود.</translation>
    </message>
    <message>
        <source>Only a draft mission that is not waiting for approval may be deleted, by its requester or the unit's supervisor.</source>
        <translation>فقط مأموریتِ پیش‌نویسی که در انتظار تأیید نیست، آن هم به دست درخواست‌کننده یا سرپرست واحد، حذف‌شدنی است.</translation>
    </message>
    <message>
        <source>Only the claimant deletes a draft expense claim; a submitted one is withdrawn instead.</source>
        <translation>فقط درخواست‌کننده درخواست هزینهٔ پیش‌نویس را حذف می‌کند؛ درخواست ارسال‌شده به‌جای حذف پس گرفته می‌شود.</translation>
    </message>
    <message>
        <source>Approvals are delegated to a colleague, not to oneself.</source>
        <translation>تأییدها به یک همکار سپرده می‌شود، نه به خودِ شما.</translation>
    </message>
    <message>
        <source>A delegation must end after it starts.</source>
        <translation>جانشینی باید پس از آغازش پایان یابد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Missions::PolicyFinding</name>
    <message>
        <source>transport</source>
        <translation>رفت‌وآمد</translation>
    </message>
    <message>
        <source>lodging</source>
        <translation>اقامت</translation>
    </message>
    <message>
        <source>per diem</source>
        <translation>فوق‌العادهٔ روزانه</translation>
    </message>
    <message>
        <source>meals</source>
        <translation>غذا</translation>
    </message>
    <message>
        <source>other items</source>
        <translation>سایر هزینه‌ها</translation>
    </message>
    <message>
        <source>An expense line must be of more than zero rials.</source>
        <translation>مبلغ هر ردیف هزینه باید بیش از صفر ریال باشد.</translation>
    </message>
    <message>
        <source>Expenses for %1 on %2 come to %3, above the daily limit of %4.</source>
        <translation>هزینه‌های %1 در %2 به %3 می‌رسد که از سقف روزانهٔ %4 بیشتر است.</translation>
    </message>
    <message>
        <source>Expenses for %1 in this claim come to %2, above the limit of %3 for one claim.</source>
        <translation>هزینه‌های %1 در این درخواست به %2 می‌رسد که از سقف %3 برای یک درخواست بیشتر است.</translation>
    </message>
    <message>
        <source>A receipt is needed for an expense of %1 (above %2).</source>
        <translation>برای هزینهٔ %1 (بیش از %2) رسید لازم است.</translation>
    </message>
    <message>
        <source>This receipt is already attached to another expense line.</source>
        <translation>این رسید پیش‌تر به ردیف هزینهٔ دیگری پیوست شده است.</translation>
    </message>
    <message>
        <source>Another expense of %1 from the same vendor on %2 was already claimed.</source>
        <translation>هزینهٔ دیگری به مبلغ %1 از همین فروشنده در %2 پیش‌تر درخواست شده است.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>جمع مبلغ‌های این درخواست از بیشینهٔ ثبت‌شدنی بیشتر می‌شود.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Money</name>
    <message>
        <source>Enter an amount.</source>
        <translation>مبلغ را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the amount in digits only, for example 1,250,000.</source>
        <translation>مبلغ را فقط با رقم وارد کنید؛ برای نمونه ۱٬۲۵۰٬۰۰۰.</translation>
    </message>
    <message>
        <source>Amounts are in whole rials. Remove the decimal point and what follows.</source>
        <translation>مبلغ به ریال و بدون اعشار است. ممیز و رقم‌های پس از آن را پاک کنید.</translation>
    </message>
    <message>
        <source>The thousands separators are in the wrong place. Group the digits in threes, for example 1,250,000.</source>
        <translation>جداکننده‌های هزارگان در جای درست نیستند. رقم‌ها را در دسته‌های سه‌رقمی جدا کنید؛ برای نمونه ۱٬۲۵۰٬۰۰۰.</translation>
    </message>
    <message>
        <source>Enter the amount in rials, not tomans (1 toman = 10 rials).</source>
        <translation>مبلغ را به ریال وارد کنید، نه به تومان (هر تومان ۱۰ ریال است).</translation>
    </message>
    <message>
        <source>The amount has too many digits.</source>
        <translation>تعداد رقم‌های مبلغ بیش از حد است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::NationalId</name>
    <message>
        <source>No national ID was entered.</source>
        <translation>کد ملی وارد نشده است.</translation>
    </message>
    <message>
        <source>A national ID has 10 digits; check that no digit is missing or typed twice.</source>
        <translation>کد ملی ۱۰ رقم دارد؛ بررسی کنید که رقمی جا نیفتاده یا دو بار وارد نشده باشد.</translation>
    </message>
    <message>
        <source>A national ID contains only digits; remove any letters or other signs.</source>
        <translation>کد ملی فقط از رقم تشکیل شده است؛ حروف و نشانه‌های دیگر را حذف کنید.</translation>
    </message>
    <message>
        <source>A national ID cannot consist of one digit repeated ten times.</source>
        <translation>کد ملی نمی‌تواند از ده رقم یکسان تشکیل شده باشد.</translation>
    </message>
    <message>
        <source>This national ID is not valid; a digit is probably mistyped.</source>
        <translation>این کد ملی معتبر نیست؛ احتمالاً یکی از رقم‌ها اشتباه وارد شده است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::PhoneNumber</name>
    <message>
        <source>No phone number was entered.</source>
        <translation>شماره تلفن وارد نشده است.</translation>
    </message>
    <message>
        <source>A phone number contains only digits, and perhaps a + at the start.</source>
        <translation>شماره تلفن فقط از رقم تشکیل می‌شود و ممکن است با علامت + شروع شود.</translation>
    </message>
    <message>
        <source>This phone number is too short. Mobile numbers look like 0912 345 6789, landlines like 021 8877 6655.</source>
        <translation>این شماره تلفن کوتاه است. شمارهٔ همراه مانند ۰۹۱۲۳۴۵۶۷۸۹ و شمارهٔ ثابت با پیش‌شماره مانند ۰۲۱۸۸۷۷۶۶۵۵ است.</translation>
    </message>
    <message>
        <source>This phone number is too long; check for a digit typed twice.</source>
        <translation>این شماره تلفن بیش از حد طولانی است؛ بررسی کنید که رقمی دو بار وارد نشده باشد.</translation>
    </message>
    <message>
        <source>This is a foreign number; only Iranian phone numbers are accepted.</source>
        <translation>این شماره خارجی است؛ فقط شماره تلفن‌های ایران پذیرفته می‌شود.</translation>
    </message>
    <message>
        <source>This number does not begin with an Iranian area code or mobile prefix.</source>
        <translation>این شماره با پیش‌شمارهٔ شهرهای ایران یا پیش‌شمارهٔ تلفن همراه شروع نمی‌شود.</translation>
    </message>
    <message>
        <source>This looks like a local number; add the city's area code, for example 021.</source>
        <translation>این شماره بدون پیش‌شماره است؛ پیش‌شمارهٔ شهر را اضافه کنید، مثلاً ۰۲۱.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Privacy::CitizenPrivacy</name>
    <message>
        <source>This citizen's personal data was already erased.</source>
        <translation>اطلاعات شخصی این شهروند پیش‌تر پاک شده است.</translation>
    </message>
    <message>
        <source>This citizen was merged into another record. Erase the record they were merged into: it holds their data now.</source>
        <translation>این شهروند با شهروند دیگری ادغام شده است. آن شهروند را پاک کنید؛ اطلاعات او اکنون آنجاست.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Records::AuditVerifier</name>
    <message>
        <source>row %1 was altered: its content does not match its hash</source>
        <translation>ردیف %1 دست‌کاری شده است: محتوای آن با چکیده‌اش نمی‌خواند</translation>
    </message>
    <message>
        <source>row %1 is out of order: it was written as row %2</source>
        <translation>ردیف %1 جابه‌جا شده است: به‌عنوان ردیف %2 نوشته شده بود</translation>
    </message>
    <message>
        <source>row %1 is missing</source>
        <translation>ردیف %1 وجود ندارد</translation>
    </message>
    <message>
        <source>rows %1 to %2 are missing</source>
        <translation>ردیف‌های %1 تا %2 وجود ندارند</translation>
    </message>
    <message>
        <source>row %1 does not follow row %2: that row was replaced, or rows between them were removed</source>
        <translation>ردیف %1 به ردیف %2 پیوند نمی‌خورد: آن ردیف جایگزین شده یا ردیف‌های میان آن دو حذف شده‌اند</translation>
    </message>
    <message>
        <source>the trail ends at row %1 but reached row %2 before: rows were removed from the end</source>
        <translation>سابقه به ردیف %1 ختم می‌شود اما پیش‌تر تا ردیف %2 می‌رسید: ردیف‌هایی از انتهای آن حذف شده‌اند</translation>
    </message>
    <message>
        <source>row %1 is not the row recorded as the head earlier: the trail was rewritten from there</source>
        <translation>ردیف %1 همان ردیفی نیست که پیش‌تر به‌عنوان سر سابقه ثبت شد: سابقه از آنجا بازنویسی شده است</translation>
    </message>
    <message>
        <source>Could not read the audit trail: %1</source>
        <translation>خواندن سابقهٔ ممیزی ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Seed::DemoSeeder</name>
    <message>
        <source>the organisation and its districts</source>
        <translation>سازمان و مناطق آن</translation>
    </message>
    <message>
        <source>the service catalogue</source>
        <translation>فهرست خدمات</translation>
    </message>
    <message>
        <source>the staff, one user or more for every role</source>
        <translation>کارکنان، دست‌کم یک کاربر برای هر نقش</translation>
    </message>
    <message>
        <source>working hours, SLA, routing, expense and approval rules</source>
        <translation>ساعات کاری و قواعد سطح خدمت، ارجاع، هزینه و تأیید</translation>
    </message>
    <message>
        <source>the knowledge base</source>
        <translation>پایگاه دانش</translation>
    </message>
    <message>
        <source>the citizens</source>
        <translation>شهروندان</translation>
    </message>
    <message>
        <source>the cases and their history</source>
        <translation>درخواست‌ها و سابقهٔ آن‌ها</translation>
    </message>
    <message>
        <source>the missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>the expense claims</source>
        <translation>درخواست‌های هزینه</translation>
    </message>
    <message>
        <source>Could not write the demo data: %1</source>
        <translation>نوشتن داده‌های نمونه ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not read the database: %1</source>
        <translation>خواندن پایگاه داده ممکن نشد: %1</translation>
    </message>
    <message>
        <source>The demo city's organisation is missing; it cannot be completed.</source>
        <translation>سازمان شهر نمونه وجود ندارد؛ تکمیل آن ممکن نیست.</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>در حال نوشتن %1...</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>نوشتن %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Seed::ScaleSeeder</name>
    <message>
        <source>Could not read the database: %1</source>
        <translation>خواندن پایگاه داده ممکن نشد: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 written, %4 rows a second</source>
        <translation>%1: %2 از %3 نوشته شد، %4 ردیف در ثانیه</translation>
    </message>
    <message>
        <source>Could not write generated citizens: %1</source>
        <translation>نوشتن شهروندان ساختگی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not write generated cases: %1</source>
        <translation>نوشتن درخواست‌های ساختگی ممکن نشد: %1</translation>
    </message>
    <message>
        <source>Could not write generated articles: %1</source>
        <translation>نوشتن مقاله‌های ساختگی ممکن نشد: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ApiError</name>
    <message>
        <source>The request is malformed.</source>
        <translation>درخواست درست ساخته نشده است.</translation>
    </message>
    <message>
        <source>The request body is not valid JSON.</source>
        <translation>بدنهٔ درخواست JSON معتبری نیست.</translation>
    </message>
    <message>
        <source>The request body must be a JSON object.</source>
        <translation>بدنهٔ درخواست باید یک شیء JSON باشد.</translation>
    </message>
    <message>
        <source>The request contains text that is not valid UTF-8.</source>
        <translation>درخواست متنی دارد که UTF-8 معتبری نیست.</translation>
    </message>
    <message>
        <source>The request body is nested more than %1 levels deep.</source>
        <translation>ساختار بدنهٔ درخواست بیش از %1 سطح تودرتو است.</translation>
    </message>
    <message>
        <source>Your session has expired or is not valid. Sign in again.</source>
        <translation>نشست شما منقضی شده یا معتبر نیست. دوباره وارد سامانه شوید.</translation>
    </message>
    <message>
        <source>Sign in to do this.</source>
        <translation>برای این کار وارد سامانه شوید.</translation>
    </message>
    <message>
        <source>You do not have permission to do this.</source>
        <translation>اجازهٔ انجام این کار را ندارید.</translation>
    </message>
    <message>
        <source>There is no such resource.</source>
        <translation>چنین منبعی وجود ندارد.</translation>
    </message>
    <message>
        <source>This resource does not accept this method. Allowed: %1.</source>
        <translation>این منبع این روش را نمی‌پذیرد. روش‌های مجاز: %1.</translation>
    </message>
    <message>
        <source>The request body is too large; the limit is %1 bytes.</source>
        <translation>بدنهٔ درخواست بیش از اندازه بزرگ است؛ حد مجاز %1 بایت است.</translation>
    </message>
    <message>
        <source>Send the request body as JSON, with the header Content-Type: application/json.</source>
        <translation>بدنهٔ درخواست را به صورت JSON و با سرآیند Content-Type: application/json بفرستید.</translation>
    </message>
    <message>
        <source>Send the request body with the header Content-Type: %1.</source>
        <translation>بدنهٔ درخواست را با سرآیند Content-Type: %1 بفرستید.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>شمار درخواست‌ها بیش از حد است. کمی صبر کنید و دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The request headers are too large.</source>
        <translation>سرآیندهای درخواست بیش از اندازه بزرگ است.</translation>
    </message>
    <message>
        <source>Something went wrong on the server. Try again; if it happens again, tell the administrator.</source>
        <translation>در کارساز خطایی رخ داد. دوباره تلاش کنید؛ اگر باز هم رخ داد، به مدیر سامانه خبر دهید.</translation>
    </message>
    <message>
        <source>The server is busy. Try again in a moment.</source>
        <translation>کارساز اکنون بیش از اندازه مشغول است. چند لحظهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The server is restarting. Try again in a moment.</source>
        <translation>کارساز در حال راه‌اندازی دوباره است. چند لحظهٔ دیگر دوباره تلاش کنید.</translation>
    </message>
    <message>
        <source>The field "%1" is required.</source>
        <translation>فیلد «%1» الزامی است.</translation>
    </message>
    <message>
        <source>There is no field called "%1" here.</source>
        <translation>فیلدی به نام «%1» در اینجا وجود ندارد.</translation>
    </message>
    <message>
        <source>The field "%1" must be of type %2.</source>
        <translation>فیلد «%1» باید از نوع %2 باشد.</translation>
    </message>
    <message>
        <source>The field "%1" must be a whole number.</source>
        <translation>فیلد «%1» باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>The field "%1" must be between %2 and %3.</source>
        <translation>فیلد «%1» باید بین %2 و %3 باشد.</translation>
    </message>
    <message>
        <source>The field "%1" is too long; at most %2 characters are allowed.</source>
        <translation>فیلد «%1» بیش از حد طولانی است؛ حداکثر %2 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>The field "%1" has too many items; at most %2 are allowed.</source>
        <translation>فیلد «%1» بیش از حد مورد دارد؛ حداکثر %2 مورد مجاز است.</translation>
    </message>
    <message>
        <source>The field "%1" contains characters that are not allowed.</source>
        <translation>فیلد «%1» نویسه‌هایی دارد که مجاز نیستند.</translation>
    </message>
    <message>
        <source>The field "%1" must be one of: %2.</source>
        <translation>فیلد «%1» باید یکی از این‌ها باشد: %2.</translation>
    </message>
    <message>
        <source>The field "%1" is given more than once.</source>
        <translation>فیلد «%1» بیش از یک بار آمده است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ApiServer</name>
    <message>
        <source>Could not listen on %1; is another program using that port?</source>
        <translation>گوش دادن روی %1 ممکن نشد؛ آیا برنامهٔ دیگری از این درگاه استفاده می‌کند؟</translation>
    </message>
    <message>
        <source>Could not listen on %1: %2</source>
        <translation>گوش دادن روی %1 ممکن نشد: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ListenAddress</name>
    <message>
        <source>Give the address to listen on as HOST:PORT, for example 127.0.0.1:8080.</source>
        <translation>نشانی را به شکل HOST:PORT بدهید، برای نمونه 127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>Write an IPv6 address in brackets, for example [::1]:8080.</source>
        <translation>نشانی IPv6 را درون کروشه بنویسید، برای نمونه [::1]:8080.</translation>
    </message>
    <message>
        <source>"%1" is not an IP address.</source>
        <translation>«%1» نشانی IP نیست.</translation>
    </message>
    <message>
        <source>The port must be a number from 0 to 65535.</source>
        <translation>درگاه باید عددی از 0 تا 65535 باشد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::ServerConfig</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not "%4".</source>
        <translation>%1 باید عددی صحیح از %2 تا %3 باشد، نه «%4».</translation>
    </message>
    <message>
        <source>%1 must be true or false, not "%2".</source>
        <translation>%1 باید true یا false باشد، نه «%2».</translation>
    </message>
    <message>
        <source>cannot read the configuration file %1.</source>
        <translation>پروندهٔ پیکربندی %1 خوانده نشد.</translation>
    </message>
    <message>
        <source>the configuration file %1 is not a valid INI file.</source>
        <translation>پروندهٔ پیکربندی %1 پروندهٔ INI معتبری نیست.</translation>
    </message>
    <message>
        <source>the configuration file %1 has an unknown setting "%2"; the settings are: %3.</source>
        <translation>پروندهٔ پیکربندی %1 تنظیم ناشناختهٔ «%2» را دارد؛ تنظیم‌های شناخته‌شده: %3.</translation>
    </message>
    <message>
        <source>give both --tls-cert and --tls-key, or neither.</source>
        <translation>یا هر دو گزینهٔ --tls-cert و --tls-key را بدهید، یا هیچ‌کدام را.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Server::TlsIdentity</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message>
        <source>TLS is not available: the OpenSSL library could not be loaded.</source>
        <translation>TLS در دسترس نیست: کتابخانهٔ OpenSSL بارگذاری نشد.</translation>
    </message>
    <message>
        <source>%1 holds no certificate; give the PEM file of the server's certificate (followed by any intermediate certificates).</source>
        <translation>در %1 هیچ گواهی‌ای نیست؛ پروندهٔ PEM گواهی کارساز را بدهید (و پس از آن گواهی‌های میانی را، اگر هست).</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2; renew it.</source>
        <translation>گواهی موجود در %1 در %2 منقضی شده است؛ آن را تمدید کنید.</translation>
    </message>
    <message>
        <source>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service's user).</source>
        <translation>کلید خصوصی در %1 با گذرواژه محافظت شده است؛ کارساز آن را رمزنشده لازم دارد (و فقط کاربر سرویس باید بتواند آن را بخواند).</translation>
    </message>
    <message>
        <source>%1 holds no private key that can be used (RSA or EC, in PEM form).</source>
        <translation>در %1 هیچ کلید خصوصی قابل استفاده‌ای (RSA یا EC، در قالب PEM) نیست.</translation>
    </message>
    <message>
        <source>the private key in %1 does not belong to the certificate in %2 (%3).</source>
        <translation>کلید خصوصی در %1 از آنِ گواهی موجود در %2 نیست (%3).</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::Database</name>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian package %2).</source>
        <translation>راه‌انداز Qt SQL با نام %1 نصب نیست (بستهٔ دبیان %2).</translation>
    </message>
    <message>
        <source>Could not open the database %1: %2</source>
        <translation>پایگاه دادهٔ %1 باز نشد: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::DatabaseUrl</name>
    <message>
        <source>Give the SQLite database file after "sqlite:", for example sqlite:/var/lib/shahrvand/shahrvand.db.</source>
        <translation>پروندهٔ پایگاه دادهٔ SQLite را پس از «sqlite:» بدهید، برای نمونه sqlite:/var/lib/shahrvand/shahrvand.db.</translation>
    </message>
    <message>
        <source>An in-memory database would lose every record when the server stops; give a file path.</source>
        <translation>پایگاه دادهٔ درون حافظه با توقف کارساز همهٔ رکوردها را از دست می‌دهد؛ مسیر یک پرونده را بدهید.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not a valid URL: %1</source>
        <translation>نشانی PostgreSQL یک URL معتبر نیست: %1</translation>
    </message>
    <message>
        <source>Give the PostgreSQL database name after the host, for example postgres://shahrvand@localhost/shahrvand.</source>
        <translation>نام پایگاه دادهٔ PostgreSQL را پس از میزبان بدهید، برای نمونه postgres://shahrvand@localhost/shahrvand.</translation>
    </message>
    <message>
        <source>The database address must start with sqlite: or postgres://.</source>
        <translation>نشانی پایگاه داده باید با sqlite: یا postgres:// آغاز شود.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Storage::Migrator</name>
    <message>
        <source>The database cannot be reached.</source>
        <translation>به پایگاه داده دسترسی نیست.</translation>
    </message>
    <message>
        <source>Could not read the schema version: %1</source>
        <translation>نسخهٔ طرح پایگاه داده خوانده نشد: %1</translation>
    </message>
    <message>
        <source>This program knows schema versions up to %1, not %2.</source>
        <translation>این برنامه نسخه‌های طرح را تا %1 می‌شناسد، نه %2.</translation>
    </message>
    <message>
        <source>The database has schema version %1 but this program only knows up to %2: it was written by a newer Shahrvand server. Upgrade this server.</source>
        <translation>نسخهٔ طرح پایگاه داده %1 است ولی این برنامه فقط تا %2 را می‌شناسد: آن را کارساز تازه‌تری از شهروند نوشته است. این کارساز را به‌روز کنید.</translation>
    </message>
    <message>
        <source>Migration %1 is missing from this program.</source>
        <translation>کوچ %1 در این برنامه نیست.</translation>
    </message>
    <message>
        <source>Could not start migration %1: %2</source>
        <translation>کوچ %1 آغاز نشد: %2</translation>
    </message>
    <message>
        <source>Could not lock the schema: %1</source>
        <translation>طرح پایگاه داده قفل نشد: %1</translation>
    </message>
    <message>
        <source>Could not create the schema table: %1</source>
        <translation>جدول نسخهٔ طرح ساخته نشد: %1</translation>
    </message>
    <message>
        <source>Migration %1 failed: %2
In: %3</source>
        <translation>کوچ %1 ناموفق بود: %2
در: %3</translation>
    </message>
    <message>
        <source>Could not record migration %1: %2</source>
        <translation>کوچ %1 ثبت نشد: %2</translation>
    </message>
    <message>
        <source>Could not commit migration %1: %2</source>
        <translation>کوچ %1 نهایی نشد: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::ApiFailure</name>
    <message>
        <source>Cancelled.</source>
        <translation>لغو شد.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>کارساز به‌موقع پاسخ نداد.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>دسترسی به کارساز ممکن نیست: %1</translation>
    </message>
    <message>
        <source>The server's answer could not be read.</source>
        <translation>پاسخ کارساز خوانده نشد.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>کارساز درخواست را نپذیرفت (HTTP %1).</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::BlobFetcher</name>
    <message>
        <source>This file's record is damaged: it does not name a file on the server.</source>
        <translation>رکورد این پرونده آسیب دیده است: به پرونده‌ای روی کارساز اشاره نمی‌کند.</translation>
    </message>
    <message>
        <source>Sign in to the server to fetch this file.</source>
        <translation>برای دریافت این پرونده به کارساز وارد شوید.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again to fetch files.</source>
        <translation>ورود شما منقضی شده است: برای دریافت پرونده‌ها دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>The server does not have this file (yet): it may not have been sent by the computer it was attached on.</source>
        <translation>این پرونده (هنوز) روی کارساز نیست: شاید رایانه‌ای که پرونده در آن پیوست شده هنوز آن را نفرستاده باشد.</translation>
    </message>
    <message>
        <source>The file arrived damaged. Try again.</source>
        <translation>پرونده آسیب‌دیده رسید. دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::ServerQuery</name>
    <message>
        <source>Sign in to the server to see these figures.</source>
        <translation>برای دیدن این ارقام به کارساز وارد شوید.</translation>
    </message>
    <message>
        <source>Your sign-in has expired: sign in again.</source>
        <translation>نشست شما به پایان رسیده است: دوباره وارد شوید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::SyncClient::SyncWorker</name>
    <message>
        <source>Synchronization was cancelled; it continues from here next time.</source>
        <translation>همگام‌سازی لغو شد؛ دفعهٔ بعد از همین‌جا ادامه می‌یابد.</translation>
    </message>
    <message>
        <source>The server asks you to sign in again. Your changes are kept on this computer.</source>
        <translation>کارساز می‌خواهد دوباره وارد شوید. تغییرات شما روی این رایانه نگه داشته شده است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::TrackingCode</name>
    <message>
        <source>No tracking code was entered.</source>
        <translation>کد رهگیری وارد نشده است.</translation>
    </message>
    <message>
        <source>A tracking code has 9 characters, in three groups of three.</source>
        <translation>کد رهگیری ۹ حرف و رقم دارد که در سه دستهٔ سه‌تایی نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Tracking codes never contain the digit 0 or the letter O; please read the code again.</source>
        <translation>در کد رهگیری هرگز رقم صفر یا حرف O وجود ندارد؛ لطفاً کد را دوباره بخوانید.</translation>
    </message>
    <message>
        <source>Tracking codes never contain the digit 1 or the letters I and L; please read the code again.</source>
        <translation>در کد رهگیری هرگز رقم یک یا حرف‌های I و L وجود ندارد؛ لطفاً کد را دوباره بخوانید.</translation>
    </message>
    <message>
        <source>A tracking code has only English letters and the digits 2 to 9; check the keyboard language.</source>
        <translation>کد رهگیری فقط حروف انگلیسی و رقم‌های ۲ تا ۹ را دارد؛ زبان صفحه‌کلید را بررسی کنید.</translation>
    </message>
    <message>
        <source>This tracking code is not valid; a character is probably misread or mistyped.</source>
        <translation>این کد رهگیری معتبر نیست؛ احتمالاً یکی از حروف یا رقم‌ها اشتباه خوانده یا وارد شده است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalDetails</name>
    <message>
        <source>Not applied</source>
        <translation>اعمال نشد</translation>
    </message>
    <message>
        <source>%1 (you stand in for them)</source>
        <translation>%1 (شما جانشین او هستید)</translation>
    </message>
    <message>
        <source>You, by name</source>
        <translation>شما، به نام</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>خطاب به</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>در انتظار از</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Not in this computer's copy yet: they arrive with the next sync.</source>
        <translation>هنوز در نسخهٔ این رایانه نیست؛ با همگام‌سازی بعدی می‌رسد.</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>For the mission</source>
        <translation>برای مأموریت</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>اقلام هزینه</translation>
    </message>
    <message>
        <source>None in this computer's copy</source>
        <translation>در نسخهٔ این رایانه نیست</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>سند پی‌دی‌اف</translation>
    </message>
    <message>
        <source>Attached</source>
        <translation>پیوست شده</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Period</source>
        <translation>بازهٔ زمانی</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>بودجه</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Assignees</source>
        <translation>اعضای مأموریت</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>پرونده‌های مرتبط</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 به جای %2</translation>
    </message>
    <message>
        <source>Choose an item to see what it asks to approve.</source>
        <translation>موردی را برگزینید تا ببینید چه چیزی را برای تأیید می‌خواهد.</translation>
    </message>
    <message>
        <source>Receipt of the chosen line</source>
        <translation>رسید قلم برگزیده</translation>
    </message>
    <message>
        <source>Earlier decisions</source>
        <translation>تصمیم‌های پیشین</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>در تاریخ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;تأیید کردن</translation>
    </message>
    <message>
        <source>Approve the chosen item</source>
        <translation>تأیید کردن مورد برگزیده</translation>
    </message>
    <message>
        <source>&amp;Reject…</source>
        <translation>&amp;رد کردن…</translation>
    </message>
    <message>
        <source>Reject it, with the reason</source>
        <translation>رد کردن، با ذکر دلیل</translation>
    </message>
    <message>
        <source>Return for correc&amp;tion…</source>
        <translation>&amp;بازگرداندن برای اصلاح…</translation>
    </message>
    <message>
        <source>Return it to the claimant for correction, with the reason</source>
        <translation>بازگرداندن به درخواست‌کننده برای اصلاح، با ذکر دلیل</translation>
    </message>
    <message>
        <source>%1, for %2 (you stand in for them)</source>
        <translation>%1، به جای %2 (شما جانشین او هستید)</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalInboxModel</name>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>در انتظار از</translation>
    </message>
    <message>
        <source>This computer's copy of the approvals could not be read.</source>
        <translation>نسخهٔ تأییدها در این رایانه خوانده نشد.</translation>
    </message>
    <message>
        <source>For %1 — %2</source>
        <translation>به جای %1 — %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>همین حالا</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 پیش</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1، %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>دارای بودجه</translation>
    </message>
    <message>
        <source>Not budgeted</source>
        <translation>بی‌بودجه</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأیید شد</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>رد شد</translation>
    </message>
    <message>
        <source>Returned for correction</source>
        <translation>برای اصلاح بازگردانده شد</translation>
    </message>
    <message>
        <source>Your decision: %1</source>
        <translation>تصمیم شما: %1</translation>
    </message>
    <message>
        <source>Your reason: %1</source>
        <translation>دلیل شما: %1</translation>
    </message>
    <message>
        <source>Cancelled meanwhile: your decision was not applied.</source>
        <translation>در این فاصله لغو شده است؛ تصمیم شما اعمال نشد.</translation>
    </message>
    <message>
        <source>Withdrawn by the claimant meanwhile: your decision was not applied.</source>
        <translation>درخواست‌کننده در این فاصله آن را پس گرفته است؛ تصمیم شما اعمال نشد.</translation>
    </message>
    <message>
        <source>Someone else decided this step meanwhile (%1): your decision was not applied.</source>
        <translation>کس دیگری در این فاصله دربارهٔ این مرحله تصمیم گرفته است (%1)؛ تصمیم شما اعمال نشد.</translation>
    </message>
    <message>
        <source>It no longer waits for approval (now: %1): your decision was not applied.</source>
        <translation>دیگر در انتظار تأیید نیست (اکنون: %1)؛ تصمیم شما اعمال نشد.</translation>
    </message>
    <message>
        <source>It no longer waits for a decision (withdrawn, cancelled, taken back or decided meanwhile): your decision was not applied.</source>
        <translation>دیگر در انتظار تصمیم نیست (در این فاصله پس گرفته یا لغو شده یا درباره‌اش تصمیم گرفته شده است)؛ تصمیم شما اعمال نشد.</translation>
    </message>
    <message>
        <source>The server did not apply your decision: %1</source>
        <translation>کارساز تصمیم شما را اعمال نکرد: %1</translation>
    </message>
    <message>
        <source>The server did not apply your decision.</source>
        <translation>کارساز تصمیم شما را اعمال نکرد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ApprovalsPage</name>
    <message>
        <source>Waiting for approval</source>
        <translation>در انتظار تأیید</translation>
    </message>
    <message>
        <source>All</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>درخواست‌های هزینه</translation>
    </message>
    <message numerus="yes">
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln مورد در انتظار</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve selected small claims</source>
        <translation>تأیید کردن درخواست‌های کوچک برگزیده</translation>
    </message>
    <message>
        <source>Expense claims of at most %1 each can be approved together.</source>
        <translation>درخواست‌های هزینهٔ تا %1 را می‌توان با هم تأیید کرد.</translation>
    </message>
    <message>
        <source>No mission waits for your approval.</source>
        <translation>هیچ مأموریتی در انتظار تأیید شما نیست.</translation>
    </message>
    <message>
        <source>No expense claim waits for your approval.</source>
        <translation>هیچ درخواست هزینه‌ای در انتظار تأیید شما نیست.</translation>
    </message>
    <message>
        <source>Nothing waits for your approval.</source>
        <translation>چیزی در انتظار تأیید شما نیست.</translation>
    </message>
    <message>
        <source>Working offline: your decisions are kept on this computer and sent to the server with the next sync.</source>
        <translation>کار بدون اتصال: تصمیم‌های شما در این رایانه نگه داشته می‌شود و با همگام‌سازی بعدی به کارساز فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Waiting (%1)</source>
        <translation>در انتظار (%1)</translation>
    </message>
    <message>
        <source>Decided here, waiting to sync (%1)</source>
        <translation>تصمیم‌گرفته در اینجا، در انتظار همگام‌سازی (%1)</translation>
    </message>
    <message>
        <source>Not applied (%1)</source>
        <translation>اعمال‌نشده (%1)</translation>
    </message>
    <message>
        <source>Decisions made on this computer. They left the list and go to the server with the next sync.</source>
        <translation>تصمیم‌هایی که در این رایانه گرفته شده است. از فهرست بیرون رفته‌اند و با همگام‌سازی بعدی به کارساز می‌روند.</translation>
    </message>
    <message>
        <source>Your decision</source>
        <translation>تصمیم شما</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Decisions the server did not apply, with what you decided and wrote. Nothing was sent again; read them and dismiss them.</source>
        <translation>تصمیم‌هایی که کارساز اعمال نکرد، با آنچه تصمیم گرفتید و نوشتید. چیزی دوباره فرستاده نشد؛ آن‌ها را بخوانید و کنار بگذارید.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of your decisions could not be applied. &lt;a href="refused"&gt;See why&lt;/a&gt;</source>
        <translation>
            <numerusform>%Ln تصمیم شما اعمال نشد. &lt;a href="refused"&gt;ببینید چرا&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Approve the chosen item</source>
        <translation>تأیید کردن مورد برگزیده</translation>
    </message>
    <message>
        <source>Reject the chosen item…</source>
        <translation>رد کردن مورد برگزیده…</translation>
    </message>
    <message>
        <source>Return the chosen item for correction…</source>
        <translation>بازگرداندن مورد برگزیده برای اصلاح…</translation>
    </message>
    <message>
        <source>Approve the selected small claims</source>
        <translation>تأیید کردن درخواست‌های کوچک برگزیده</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>رد کردن</translation>
    </message>
    <message>
        <source>Return for correction</source>
        <translation>بازگرداندن برای اصلاح</translation>
    </message>
    <message>
        <source>Why do you reject “%1”? The claimant reads your reason.</source>
        <translation>چرا «%1» را رد می‌کنید؟ درخواست‌کننده دلیل شما را می‌خواند.</translation>
    </message>
    <message>
        <source>What is to be corrected in “%1”? The claimant reads it.</source>
        <translation>چه چیزی در «%1» باید اصلاح شود؟ درخواست‌کننده آن را می‌خواند.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Approve together</source>
        <translation>تأیید کردن با هم</translation>
    </message>
    <message>
        <source>Choose an item first.</source>
        <translation>نخست موردی را برگزینید.</translation>
    </message>
    <message>
        <source>“%1” no longer waits for your decision.</source>
        <translation>«%1» دیگر در انتظار تصمیم شما نیست.</translation>
    </message>
    <message>
        <source>%1: %2. It goes to the server with the next sync.</source>
        <translation>%1: %2. با همگام‌سازی بعدی به کارساز می‌رود.</translation>
    </message>
    <message>
        <source>Select the claims to approve first.</source>
        <translation>نخست درخواست‌هایی را که باید تأیید شوند برگزینید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) above %1</source>
        <translation>
            <numerusform>%Ln درخواست بیش از %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln mission(s)</source>
        <translation>
            <numerusform>%Ln مأموریت</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was approved: only expense claims of at most %1 each can be approved together, and the selection has %2. Decide on those one by one.</source>
        <translation>چیزی تأیید نشد: تنها درخواست‌های هزینهٔ تا %1 را می‌توان با هم تأیید کرد و در میان برگزیده‌ها %2 هست. دربارهٔ آن‌ها یکی‌یکی تصمیم بگیرید.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message numerus="yes">
        <source>Approve %Ln claim(s), %1 in all?</source>
        <translation>
            <numerusform>%Ln درخواست، روی هم %1، تأیید شود؟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln claim(s) approved. They go to the server with the next sync.</source>
        <translation>
            <numerusform>%Ln درخواست تأیید شد. با همگام‌سازی بعدی به کارساز می‌روند.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not approved, as they no longer wait: %1</source>
        <translation>تأیید نشد، چون دیگر در انتظار نیستند: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Delegate while away…</source>
        <translation>جانشین در زمان غیبت…</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleEditor</name>
    <message>
        <source>New knowledge article</source>
        <translation>مقالهٔ دانش تازه</translation>
    </message>
    <message>
        <source>Propose an article</source>
        <translation>پیشنهاد مقاله</translation>
    </message>
    <message>
        <source>Edit knowledge article</source>
        <translation>ویرایش مقالهٔ دانش</translation>
    </message>
    <message>
        <source>FAQ: a question and its answer</source>
        <translation>پرسش متداول: یک پرسش و پاسخ آن</translation>
    </message>
    <message>
        <source>Instruction: numbered steps</source>
        <translation>دستورالعمل: گام‌های شماره‌دار</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Regulation: reference number and date in force</source>
        <translation>آیین‌نامه: شمارهٔ مصوبه و تاریخ اجرا</translation>
    </message>
    <message>
        <source>In Persian</source>
        <translation>به فارسی</translation>
    </message>
    <message>
        <source>In English</source>
        <translation>به انگلیسی</translation>
    </message>
    <message>
        <source>Internal: staff only</source>
        <translation>درون‌سازمانی: فقط کارکنان</translation>
    </message>
    <message>
        <source>Public: may be shown to citizens</source>
        <translation>عمومی: نمایش‌پذیر برای شهروندان</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>الگو</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>شمارهٔ مصوبه</translation>
    </message>
    <message>
        <source>In force from</source>
        <translation>لازم‌الاجرا از</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>معتبر تا</translation>
    </message>
    <message>
        <source>Services it concerns</source>
        <translation>خدمت‌های مربوط</translation>
    </message>
    <message>
        <source>What an agent would search for</source>
        <translation>همان واژه‌هایی که کارشناس جست‌وجو می‌کند</translation>
    </message>
    <message>
        <source>Other words people use for this, separated by commas</source>
        <translation>واژه‌های دیگری که مردم برای این به کار می‌برند، جداشده با ویرگول</translation>
    </message>
    <message>
        <source>A date such as %1, or empty</source>
        <translation>تاریخی مانند %1، یا خالی</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>نوشتن</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>پیش‌نمایش</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>پررنگ</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>کج</translation>
    </message>
    <message>
        <source>Underline</source>
        <translation>زیرخط</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>سرعنوان</translation>
    </message>
    <message>
        <source>Bulleted list</source>
        <translation>فهرست نشانه‌دار</translation>
    </message>
    <message>
        <source>Numbered list</source>
        <translation>فهرست شماره‌دار</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>راست به چپ</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>چپ به راست</translation>
    </message>
    <message>
        <source>Give the article a title: the words an agent would search for.</source>
        <translation>برای مقاله عنوانی بنویسید: همان واژه‌هایی که کارشناس جست‌وجو می‌کند.</translation>
    </message>
    <message>
        <source>Write the article's text.</source>
        <translation>متن مقاله را بنویسید.</translation>
    </message>
    <message>
        <source>A regulation needs its reference number.</source>
        <translation>آیین‌نامه باید شمارهٔ مصوبه داشته باشد.</translation>
    </message>
    <message>
        <source>In force from: %1</source>
        <translation>لازم‌الاجرا از: %1</translation>
    </message>
    <message>
        <source>Valid until: %1</source>
        <translation>معتبر تا: %1</translation>
    </message>
    <message>
        <source>Agents see it from</source>
        <translation>نمایش به کارشناسان از</translation>
    </message>
    <message>
        <source>Empty: as soon as it is published</source>
        <translation>خالی: از همان لحظهٔ انتشار</translation>
    </message>
    <message>
        <source>Agents see it from: %1</source>
        <translation>نمایش به کارشناسان از: %1</translation>
    </message>
    <message>
        <source>The article cannot stop being valid before agents see it: make "Valid until" later than "Agents see it from".</source>
        <translation>اعتبار مقاله نمی‌تواند پیش از نمایش آن به کارشناسان تمام شود: «معتبر تا» را دیرتر از «نمایش به کارشناسان از» بگذارید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleHistory</name>
    <message>
        <source>Versions of “%1”</source>
        <translation>نسخه‌های «%1»</translation>
    </message>
    <message>
        <source>Now: version %1</source>
        <translation>اکنون: نسخهٔ %1</translation>
    </message>
    <message>
        <source>Version %1, %2</source>
        <translation>نسخهٔ %1، %2</translation>
    </message>
    <message>
        <source>The first version kept.</source>
        <translation>نخستین نسخهٔ نگه‌داشته‌شده.</translation>
    </message>
    <message>
        <source>No earlier version is kept yet: the server keeps one at each edit and publication.</source>
        <translation>هنوز نسخهٔ پیشینی نگه داشته نشده است: کارساز در هر ویرایش و انتشار نسخه‌ای نگه می‌دارد.</translation>
    </message>
    <message>
        <source>Changes from version %1 to %2.</source>
        <translation>تغییرها از نسخهٔ %1 تا %2.</translation>
    </message>
    <message>
        <source>the current text</source>
        <translation>متن کنونی</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>یادداشت: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleSuggestions</name>
    <message>
        <source>Linked to the case; sent with the next sync.</source>
        <translation>به پرونده پیوند خورد؛ با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Search the knowledge base for this case</source>
        <translation>جست‌وجو در دانش‌نامه برای این پرونده</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>خواندن</translation>
    </message>
    <message>
        <source>Used for this case</source>
        <translation>برای این پرونده به کار رفت</translation>
    </message>
    <message>
        <source>This resolved the case</source>
        <translation>این مقاله پرونده را حل کرد</translation>
    </message>
    <message>
        <source>No published article meets this case's service or words.</source>
        <translation>هیچ مقالهٔ منتشرشده‌ای با خدمت یا واژه‌های این پرونده جور نیست.</translation>
    </message>
    <message>
        <source>Suggested for this case's service and words</source>
        <translation>پیشنهادها برای خدمت و واژه‌های این پرونده</translation>
    </message>
    <message>
        <source>No published article matches.</source>
        <translation>هیچ مقالهٔ منتشرشده‌ای پیدا نشد.</translation>
    </message>
    <message>
        <source>Published articles matching what you typed</source>
        <translation>مقاله‌های منتشرشده برای آنچه نوشتید</translation>
    </message>
    <message>
        <source>Resolved this case</source>
        <translation>این پرونده را حل کرد</translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>نخست مقاله‌ای را انتخاب کنید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ArticleView</name>
    <message>
        <source>No article chosen</source>
        <translation>مقاله‌ای انتخاب نشده است</translation>
    </message>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>نسخهٔ %1</translation>
    </message>
    <message numerus="yes">
        <source>resolved %Ln case(s)</source>
        <translation>
            <numerusform>%Ln پرونده را حل کرده است</numerusform>
        </translation>
    </message>
    <message>
        <source>updated %1</source>
        <translation>به‌روزشده در %1</translation>
    </message>
    <message>
        <source>Reference number: %1</source>
        <translation>شمارهٔ مصوبه: %1</translation>
    </message>
    <message>
        <source>In force from %1</source>
        <translation>لازم‌الاجرا از %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>معتبر تا %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>خدمت‌ها: %1</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>پیوست‌ها: %1</translation>
    </message>
    <message>
        <source>Keywords: %1</source>
        <translation>کلیدواژه‌ها: %1</translation>
    </message>
    <message>
        <source>Scheduled: agents see it from %1</source>
        <translation>زمان‌بندی‌شده: کارشناسان از %1 آن را می‌بینند</translation>
    </message>
    <message>
        <source>Expired after %1: agents no longer see it</source>
        <translation>منقضی پس از %1: دیگر به کارشناسان نشان داده نمی‌شود</translation>
    </message>
    <message>
        <source>scheduled</source>
        <translation>زمان‌بندی‌شده</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>منقضی</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::AttachmentPicker</name>
    <message>
        <source>Attach files</source>
        <translation>پیوست فایل‌ها</translation>
    </message>
    <message>
        <source>Photos, PDF and text (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;All files (*)</source>
        <translation>عکس، PDF و متن (*.jpg *.jpeg *.png *.webp *.pdf *.txt);;همهٔ فایل‌ها (*)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attach files…</source>
        <translation>پیوست فایل‌ها…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>برداشتن</translation>
    </message>
    <message>
        <source>Photos (JPEG, PNG, WebP), PDF documents or plain text, up to %1 MB each. They are sent with the next sync.</source>
        <translation>عکس (JPEG، PNG، WebP)، سند پی‌دی‌اف یا متن ساده، هر کدام تا %1 مگابایت. با همگام‌سازی بعدی فرستاده می‌شوند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CacheOpening</name>
    <message>
        <source>Updating the copy of your work on this computer for the new version of Shahrvand. This happens once, and takes a few minutes for a large copy.</source>
        <translation>نسخهٔ کارهای شما روی این رایانه برای نسخهٔ تازهٔ شهروند به‌روز می‌شود. این کار یک بار انجام می‌شود و برای نسخه‌های بزرگ چند دقیقه طول می‌کشد.</translation>
    </message>
    <message>
        <source>Shahrvand</source>
        <translation>شهروند</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseActionDialog</name>
    <message>
        <source>Who takes this case? The team stays as it is unless you choose another.</source>
        <translation>چه کسی این پرونده را برعهده می‌گیرد؟ تیم همان می‌ماند، مگر تیم دیگری انتخاب کنید.</translation>
    </message>
    <message>
        <source>Type a name…</source>
        <translation>نامی بنویسید…</translation>
    </message>
    <message>
        <source>Keep the team, or type another…</source>
        <translation>تیم همین بماند، یا تیم دیگری بنویسید…</translation>
    </message>
    <message>
        <source>The case goes to the next support tier. Say why, so the next team does not have to ask.</source>
        <translation>پرونده به سطح پشتیبانی بالاتر می‌رود. دلیلش را بنویسید تا تیم بعدی ناچار به پرسیدن نباشد.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Routing chooses the team, or type one…</source>
        <translation>تیم را قواعد مسیریابی انتخاب می‌کند، یا تیمی بنویسید…</translation>
    </message>
    <message>
        <source>Describe what was done. The citizen is told this resolution.</source>
        <translation>بنویسید چه کاری انجام شد. این نتیجه به شهروند اعلام می‌شود.</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <source>Knowledge article that solved it (optional)…</source>
        <translation>مقالهٔ دانشی که مشکل را حل کرد (اختیاری)…</translation>
    </message>
    <message>
        <source>The problem is not solved after all. Say why the case is reopened.</source>
        <translation>مشکل در واقع حل نشده است. بنویسید چرا پرونده دوباره باز می‌شود.</translation>
    </message>
    <message>
        <source>The SLA clocks stop until the citizen answers. What is asked of them?</source>
        <translation>زمان‌سنج‌های توافق سطح خدمت تا پاسخ شهروند متوقف می‌شوند. از او چه خواسته شده است؟</translation>
    </message>
    <message>
        <source>Asked of the citizen</source>
        <translation>خواستهٔ ما از شهروند</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Internal: not shown to the citizen</source>
        <translation>داخلی: به شهروند نشان داده نمی‌شود</translation>
    </message>
    <message>
        <source>A note stays on the case's timeline for everyone who works on it.</source>
        <translation>یادداشت در خط زمانی پرونده برای همهٔ کسانی که روی آن کار می‌کنند می‌ماند.</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Refer to another department</source>
        <translation>ارجاع به واحد دیگر</translation>
    </message>
    <message>
        <source>Type the other department's service…</source>
        <translation>خدمت واحد دیگر را بنویسید…</translation>
    </message>
    <message>
        <source>A child case goes to the department responsible for the service you choose; this case stays open and links to it.</source>
        <translation>یک پروندهٔ فرعی به واحد مسئول خدمتی که انتخاب می‌کنید می‌رود؛ این پرونده باز می‌ماند و به آن پیوند دارد.</translation>
    </message>
    <message>
        <source>What they should do</source>
        <translation>کاری که باید انجام دهند</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>ارجاع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>ابتدا متن یادداشت را بنویسید.</translation>
    </message>
    <message>
        <source>Choose the service of the department the case goes to.</source>
        <translation>خدمت واحدی را که پرونده به آن می‌رود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write what the other department should do.</source>
        <translation>بنویسید واحد دیگر چه کاری باید انجام دهد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseEdits</name>
    <message>
        <source>Sign in again: this computer does not know who you are.</source>
        <translation>دوباره وارد شوید: این رایانه نمی‌داند شما که هستید.</translation>
    </message>
    <message>
        <source>This case is no longer in this computer's copy.</source>
        <translation>این پرونده دیگر در نسخهٔ این رایانه نیست.</translation>
    </message>
    <message>
        <source>it is so already</source>
        <translation>از قبل همین‌طور است</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseNotices</name>
    <message>
        <source>Case %1: the first response is due soon.</source>
        <translation>پروندهٔ %1: مهلت نخستین پاسخ نزدیک است.</translation>
    </message>
    <message>
        <source>Case %1: the resolution is due soon.</source>
        <translation>پروندهٔ %1: مهلت رسیدگی نزدیک است.</translation>
    </message>
    <message>
        <source>Case %1: the first response is overdue.</source>
        <translation>پروندهٔ %1: مهلت نخستین پاسخ گذشته است.</translation>
    </message>
    <message>
        <source>Case %1: the resolution is overdue.</source>
        <translation>پروندهٔ %1: مهلت رسیدگی گذشته است.</translation>
    </message>
    <message>
        <source>The tracking code proposed offline was already in use: the case now has the code %1. Tell the citizen.</source>
        <translation>کد رهگیری‌ای که در حالت آفلاین داده شد پیش‌تر به کار رفته بود: کد پرونده اکنون %1 است. به شهروند اطلاع دهید.</translation>
    </message>
    <message>
        <source>Case %1 needs your attention.</source>
        <translation>پروندهٔ %1 به توجه شما نیاز دارد.</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>باز کردن پرونده</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseQueueModel</name>
    <message>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>زمان باقی‌مانده</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>زمان ثبت</translation>
    </message>
    <message>
        <source>This computer's copy of the cases could not be read.</source>
        <translation>نسخهٔ پرونده‌ها در این رایانه خوانده نشد.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseText</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln روز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln hour(s)</source>
        <translation>
            <numerusform>%Ln ساعت</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln minute(s)</source>
        <translation>
            <numerusform>%Ln دقیقه</numerusform>
        </translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>سررسید همین حالا</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 گذشته از سررسید</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 مانده</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>متوقف</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CaseWorkspace</name>
    <message>
        <source>Not sent yet</source>
        <translation>هنوز ارسال نشده</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>%1 of working time left</source>
        <translation>%1 از زمان کاری مانده</translation>
    </message>
    <message>
        <source>%1 of working time overdue</source>
        <translation>%1 از زمان کاری گذشته</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>— estimated here until the server times it</source>
        <translation>— برآورد همین رایانه، تا کارساز زمان‌بندی کند</translation>
    </message>
    <message>
        <source>National ID: %1</source>
        <translation>کد ملی: %1</translation>
    </message>
    <message>
        <source>Phone: %1</source>
        <translation>تلفن: %1</translation>
    </message>
    <message>
        <source>Flags: %1</source>
        <translation>برچسب‌ها: %1</translation>
    </message>
    <message>
        <source>Citizen %1 is not in this computer's copy.</source>
        <translation>شهروند %1 در نسخهٔ این رایانه نیست.</translation>
    </message>
    <message>
        <source>No citizen recorded (anonymous request).</source>
        <translation>شهروندی ثبت نشده است (درخواست بی‌نام).</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>بدون شرح.</translation>
    </message>
    <message>
        <source>Opened as %1</source>
        <translation>ثبت با وضعیت %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 ← %2</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>دلیل: %1</translation>
    </message>
    <message>
        <source>System</source>
        <translation>سامانه</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>You</source>
        <translation>شما</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Outbound contact (%1)</source>
        <translation>تماس خروجی (%1)</translation>
    </message>
    <message>
        <source>Inbound contact (%1)</source>
        <translation>تماس ورودی (%1)</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 دقیقه و %2 ثانیه</translation>
    </message>
    <message>
        <source>%1 d %2</source>
        <translation>%1 روز و %2</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>تیم‌ها</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>بدون تیم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>وضعیت‌ها</translation>
    </message>
    <message>
        <source>Note added. It is sent with the next sync.</source>
        <translation>یادداشت افزوده شد. با همگام‌سازی بعدی ارسال می‌شود.</translation>
    </message>
    <message>
        <source>%1: done. It is sent with the next sync.</source>
        <translation>%1: انجام شد. با همگام‌سازی بعدی ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Choose the service of the department the case goes to.</source>
        <translation>خدمت واحدی را که پرونده به آن می‌رود انتخاب کنید.</translation>
    </message>
    <message>
        <source>Referred to %1 as case %2: %3</source>
        <translation>به %1 با پروندهٔ %2 ارجاع شد: %3</translation>
    </message>
    <message>
        <source>Referred to %1 as case %2. It is sent with the next sync.</source>
        <translation>به %1 با پروندهٔ %2 ارجاع شد. با همگام‌سازی بعدی ارسال می‌شود.</translation>
    </message>
    <message>
        <source>No case with the tracking code %1 in this computer's copy.</source>
        <translation>پرونده‌ای با کد رهگیری %1 در نسخهٔ این رایانه نیست.</translation>
    </message>
    <message>
        <source>A case cannot be a duplicate of itself.</source>
        <translation>پرونده نمی‌تواند تکراریِ خودش باشد.</translation>
    </message>
    <message>
        <source>Duplicate of the request %1.</source>
        <translation>تکرار درخواست %1.</translation>
    </message>
    <message>
        <source>Linked as a duplicate of %1.</source>
        <translation>به‌عنوان تکرار %1 پیوند شد.</translation>
    </message>
    <message>
        <source>Duplicate request</source>
        <translation>درخواست تکراری</translation>
    </message>
    <message>
        <source>Tracking code of the case this one repeats:</source>
        <translation>کد رهگیری پرونده‌ای که این درخواست تکرار آن است:</translation>
    </message>
    <message>
        <source>Back to the queue</source>
        <translation>بازگشت به صف</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرا</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>ثبت</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>مهلت نخستین پاسخ</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>مهلت رسیدگی</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>محل</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Open the citizen's profile</source>
        <translation>نمایهٔ شهروند</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>افزودن یادداشت…</translation>
    </message>
    <message>
        <source>Duplicate of…</source>
        <translation>تکرارِ…</translation>
    </message>
    <message>
        <source>Refer…</source>
        <translation>ارجاع…</translation>
    </message>
    <message>
        <source>Open a child case for another department</source>
        <translation>گشودن پروندهٔ فرعی برای واحدی دیگر</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>What</source>
        <translation>رویداد</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>By</source>
        <translation>توسط</translation>
    </message>
    <message>
        <source>With</source>
        <translation>نزد</translation>
    </message>
    <message>
        <source>Time (wall clock)</source>
        <translation>مدت (زمان واقعی)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Time spent</source>
        <translation>زمان صرف‌شده</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>پیوست…</translation>
    </message>
    <message>
        <source>Attach photos, PDF documents or text files; they are sent with the next sync</source>
        <translation>پیوست عکس، سند پی‌دی‌اف یا فایل متنی؛ با همگام‌سازی بعدی فرستاده می‌شوند</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>پیوست نشد:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. They are sent with the next sync.</source>
        <translation>
            <numerusform>%n فایل پیوست شد. با همگام‌سازی بعدی فرستاده می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is on the server. Connect to the server to open it.</source>
        <translation>«%1» روی کارساز است. برای باز کردنش به کارساز وصل شوید.</translation>
    </message>
    <message>
        <source>Fetching “%1” from the server…</source>
        <translation>در حال گرفتن «%1» از کارساز…</translation>
    </message>
    <message>
        <source>“%1” could not be fetched: %2</source>
        <translation>«%1» از کارساز گرفته نشد: %2</translation>
    </message>
    <message>
        <source>“%1” could not be opened: no room for a copy on this computer.</source>
        <translation>«%1» باز نشد: روی این رایانه جایی برای نسخه‌ای از آن نیست.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>هیچ برنامه‌ای روی این رایانه «%1» را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>%1 — double-click to open</source>
        <translation>%1 — برای باز کردن دو بار کلیک کنید</translation>
    </message>
    <message>
        <source>Your article was saved for review; a knowledge approver will see it after the next sync.</source>
        <translation>مقالهٔ شما برای بازبینی ذخیره شد؛ تأییدکنندهٔ دانش پس از همگام‌سازی بعدی آن را می‌بیند.</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>دانش‌نامه</translation>
    </message>
    <message>
        <source>Propose an article…</source>
        <translation>پیشنهاد مقاله…</translation>
    </message>
    <message>
        <source>Turn the answer given here into a knowledge article for review</source>
        <translation>پاسخ داده‌شده در اینجا را به مقالهٔ دانش برای بازبینی تبدیل کنید</translation>
    </message>
    <message>
        <source>Article that resolved the case</source>
        <translation>مقاله‌ای که پرونده را حل کرد</translation>
    </message>
    <message>
        <source>Knowledge article used</source>
        <translation>مقالهٔ دانش به کار رفت</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CasesPage</name>
    <message>
        <source>My work</source>
        <translation>کارهای من</translation>
    </message>
    <message>
        <source>My team</source>
        <translation>تیم من</translation>
    </message>
    <message>
        <source>Unassigned in my units</source>
        <translation>بدون مسئول در واحدهای من</translation>
    </message>
    <message>
        <source>Breaching soon</source>
        <translation>نزدیک به سررسید</translation>
    </message>
    <message>
        <source>Escalated to me</source>
        <translation>ارجاع‌شده به من</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>همهٔ پرونده‌ها</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No cases in this queue. Cases arrive with each sync.</source>
        <translation>در این صف پرونده‌ای نیست. پرونده‌ها با هر همگام‌سازی با کارساز می‌رسند.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) shown.</source>
        <translation>
            <numerusform>%Ln پرونده نمایش داده شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down to read more.</source>
        <translation>برای خواندن بیشتر به پایین بروید.</translation>
    </message>
    <message>
        <source>Tracking code starts with…</source>
        <translation>کد رهگیری که با این آغاز می‌شود…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) changed.</source>
        <translation>
            <numerusform>%Ln پرونده تغییر کرد.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln not changed: %1</source>
        <translation>
            <numerusform>%Ln پرونده تغییر نکرد: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln selected case(s).</source>
        <translation>
            <numerusform>%Ln پروندهٔ انتخاب‌شده.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type to find…</source>
        <translation>برای یافتن بنویسید…</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>اعمال</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Filtered.</source>
        <translation>پالایش‌شده.</translation>
    </message>
    <message>
        <source>New case…</source>
        <translation>پروندهٔ تازه…</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>پالایش…</translation>
    </message>
    <message>
        <source>Routing rules…</source>
        <translation>قواعد مسیریابی…</translation>
    </message>
    <message>
        <source>Time spent…</source>
        <translation>زمان صرف‌شده…</translation>
    </message>
    <message>
        <source>Where this queue's cases spent their time</source>
        <translation>پرونده‌های این صف زمانشان را کجا گذراندند</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>واگذاری…</translation>
    </message>
    <message>
        <source>Move to team…</source>
        <translation>انتقال به تیم…</translation>
    </message>
    <message>
        <source>Priority…</source>
        <translation>اولویت…</translation>
    </message>
    <message>
        <source>Status…</source>
        <translation>وضعیت…</translation>
    </message>
    <message>
        <source>For every selected case</source>
        <translation>برای همهٔ پرونده‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>From the dashboard: %1.</source>
        <translation>از داشبورد: %1.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Charts</name>
    <message>
        <source>Figures</source>
        <translation>ارقام</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>%1+</source>
        <translation>%1 و بیشتر</translation>
    </message>
    <message>
        <source>%1 to %2 days</source>
        <translation>%1 تا %2 روز</translation>
    </message>
    <message>
        <source>%1 days or more</source>
        <translation>%1 روز و بیشتر</translation>
    </message>
    <message>
        <source>Figures from this computer's copy, as of the sync of %1.</source>
        <translation>ارقام از نسخهٔ این رایانه، به‌روز تا همگام‌سازی %1.</translation>
    </message>
    <message>
        <source>Figures from this computer's copy; it has not synced yet.</source>
        <translation>ارقام از نسخهٔ این رایانه؛ هنوز همگام‌سازی نشده است.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Citizen360View</name>
    <message>
        <source>This citizen is not in this computer's copy (yet).</source>
        <translation>این شهروند (هنوز) در نسخهٔ این رایانه نیست.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln مورد</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day comes after the last one.</source>
        <translation>روز نخست پس از روز پایانی است.</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>بازگشت به جست‌وجو</translation>
    </message>
    <message>
        <source>Back to the search for a citizen</source>
        <translation>بازگشت به جست‌وجوی شهروند</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>پروندهٔ تازه</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>ثبت تماس</translation>
    </message>
    <message>
        <source>Send a message</source>
        <translation>فرستادن پیام</translation>
    </message>
    <message>
        <source>Messages are queued, not sent, until the notifications feature is in place.</source>
        <translation>تا آماده شدن بخش اعلان‌ها، پیام‌ها فقط در صف می‌مانند و فرستاده نمی‌شوند.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>خط زمانی</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>The first day to show, as a Jalali date (for example %1)</source>
        <translation>نخستین روزِ نمایش، به تاریخ شمسی (برای نمونه %1)</translation>
    </message>
    <message>
        <source>The last day to show, as a Jalali date (for example %1)</source>
        <translation>واپسین روزِ نمایش، به تاریخ شمسی (برای نمونه %1)</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>همه</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Calls, visits and messages</source>
        <translation>تماس‌ها، مراجعه‌ها و پیام‌ها</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Surveys</source>
        <translation>نظرسنجی‌ها</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>This citizen's personal data was erased.</source>
        <translation>اطلاعات شخصی این شهروند پاک شده است.</translation>
    </message>
    <message>
        <source>Merged into another record: act there.</source>
        <translation>با رکورد دیگری ادغام شده است؛ آنجا اقدام کنید.</translation>
    </message>
    <message>
        <source>Open the record they were merged into</source>
        <translation>باز کردن رکوردی که با آن ادغام شده</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenDuplicates</name>
    <message>
        <source>Citizen %1</source>
        <translation>شهروند %1</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (شمارهٔ %2)</translation>
    </message>
    <message>
        <source>The same national ID</source>
        <translation>کد ملی یکسان</translation>
    </message>
    <message>
        <source>The same phone and similar names</source>
        <translation>تلفن یکسان و نام‌های همانند</translation>
    </message>
    <message>
        <source>Similar names and addresses</source>
        <translation>نام‌ها و نشانی‌های همانند</translation>
    </message>
    <message>
        <source>Possible duplicates come from the server: sign in to see them.</source>
        <translation>شهروندان احتمالاً تکراری را کارساز پیدا می‌کند: برای دیدن آن‌ها وارد شوید.</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>در حال پرسیدن از کارساز…</translation>
    </message>
    <message>
        <source>The server did not answer (%1). Possible duplicates are found by the server only, so the list needs a connection.</source>
        <translation>کارساز پاسخ نداد (%1). شهروندان احتمالاً تکراری را فقط کارساز پیدا می‌کند، پس این فهرست به اتصال نیاز دارد.</translation>
    </message>
    <message>
        <source>The server did not answer (%1). The list below is the last one it gave.</source>
        <translation>کارساز پاسخ نداد (%1). فهرست زیر آخرین فهرستی است که داد.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>The server found no citizens who may be the same person.</source>
        <translation>کارساز شهروندی نیافت که ممکن است همان شخص دیگری باشد.</translation>
    </message>
    <message>
        <source>%1 pairs that may be the same person, best first, as the server saw them at %2. Choose a pair and “Merge…” to make them one.</source>
        <translation>%1 جفت که ممکن است یک نفر باشند، محتمل‌ترین‌ها نخست، چنان‌که کارساز در %2 دید. یک جفت را برگزینید و «ادغام…» را بزنید تا یکی شوند.</translation>
    </message>
    <message>
        <source>Back to search</source>
        <translation>بازگشت به جست‌وجو</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>شهروندان احتمالاً تکراری</translation>
    </message>
    <message>
        <source>Ask again</source>
        <translation>پرسیدن دوباره</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>ادغام…</translation>
    </message>
    <message>
        <source>More pairs</source>
        <translation>جفت‌های بیشتر</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>May be the same as</source>
        <translation>شاید همان</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>چرا</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Possible duplicates come from the server.</source>
        <translation>شهروندان احتمالاً تکراری را کارساز پیدا می‌کند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenEraseDialog</name>
    <message>
        <source>Erase personal data</source>
        <translation>پاک‌کردن اطلاعات شخصی</translation>
    </message>
    <message>
        <source>Erase the personal data of %1? This cannot be undone.</source>
        <translation>اطلاعات شخصی %1 پاک شود؟ این کار بازگشت‌پذیر نیست.</translation>
    </message>
    <message>
        <source>Deleted:</source>
        <translation>پاک می‌شود:</translation>
    </message>
    <message>
        <source>their addresses, phone numbers and e-mail addresses;</source>
        <translation>نشانی‌ها، شماره‌تلفن‌ها و رایانامه‌های او؛</translation>
    </message>
    <message>
        <source>files attached to the citizen (the stored file too, when nothing else uses it).</source>
        <translation>پرونده‌های پیوست‌شده به شهروند (و خودِ فایلِ نگه‌داشته، اگر جای دیگری به کار نرفته باشد).</translation>
    </message>
    <message>
        <source>Kept, without their personal data:</source>
        <translation>می‌ماند، بدون اطلاعات شخصی او:</translation>
    </message>
    <message>
        <source>their cases, the public record of a service: subject, service, place, times and staff notes stay; the description in the citizen’s own words is blanked;</source>
        <translation>پرونده‌های او، که سابقهٔ عمومی یک خدمت‌اند: موضوع، خدمت، مکان، زمان‌ها و یادداشت‌های کارکنان می‌مانند؛ شرحی که به زبان خود شهروند است پاک می‌شود؛</translation>
    </message>
    <message>
        <source>interactions (for the service’s figures), with their notes blanked;</source>
        <translation>تماس‌ها (برای آمار خدمت)، با یادداشت‌های پاک‌شده؛</translation>
    </message>
    <message>
        <source>survey answers with their score; the written answers are blanked;</source>
        <translation>پاسخ‌های نظرسنجی با امتیازشان؛ پاسخ‌های نوشتاری پاک می‌شوند؛</translation>
    </message>
    <message>
        <source>the citizen’s record, with every personal field blanked, while a kept record names them; otherwise it is deleted.</source>
        <translation>رکورد شهروند، با همهٔ فیلدهای شخصیِ پاک‌شده، تا وقتی رکوردی ماندگار به او اشاره دارد؛ وگرنه پاک می‌شود.</translation>
    </message>
    <message>
        <source>The audit trail records the erasure and your reason. Other computers erase their copies at their next sync.</source>
        <translation>سابقه ممیزی پاک‌کردن و دلیل شما را ثبت می‌کند. رایانه‌های دیگر در همگام‌سازی بعدی نسخهٔ خود را پاک می‌کنند.</translation>
    </message>
    <message>
        <source>Reason (the citizen’s request or the rule; required):</source>
        <translation>دلیل (درخواست شهروند یا قاعده؛ الزامی):</translation>
    </message>
    <message>
        <source>I understand that this cannot be undone.</source>
        <translation>می‌دانم که این کار بازگشت‌پذیر نیست.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenExportDocument</name>
    <message>
        <source>created</source>
        <translation>ایجاد شد</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>تغییر کرد</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>پاک شد</translation>
    </message>
    <message>
        <source>read the national ID</source>
        <translation>کد ملی خوانده شد</translation>
    </message>
    <message>
        <source>personal data erased</source>
        <translation>اطلاعات شخصی پاک شد</translation>
    </message>
    <message>
        <source>merged</source>
        <translation>ادغام شد</translation>
    </message>
    <message>
        <source>merge undone</source>
        <translation>ادغام بازگردانده شد</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>User no.</source>
        <translation>شمارهٔ کاربر</translation>
    </message>
    <message>
        <source>What</source>
        <translation>چه کاری</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از کجا</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
    <message>
        <source>None.</source>
        <translation>هیچ.</translation>
    </message>
    <message>
        <source>Citizen no. %1</source>
        <translation>شهروند شمارهٔ %1</translation>
    </message>
    <message>
        <source>Everything held about %1</source>
        <translation>همهٔ اطلاعات نگه‌داشته دربارهٔ %1</translation>
    </message>
    <message>
        <source>Exported from the server on %1; printed on %2.</source>
        <translation>خروجی گرفته‌شده از کارساز در %1؛ چاپ در %2.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>راه‌های ارتباط</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>رایانامه‌ها</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Case %1: %2</source>
        <translation>پرونده %1: %2</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>تاریخچهٔ وضعیت</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>تماس‌ها</translation>
    </message>
    <message>
        <source>Survey answers</source>
        <translation>پاسخ‌های نظرسنجی</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>فایل‌ها</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>سابقه ممیزی</translation>
    </message>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>Everything held about a citizen</source>
        <translation>همهٔ اطلاعات نگه‌داشته دربارهٔ یک شهروند</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenMergeDialog</name>
    <message>
        <source>no. %1</source>
        <translation>شمارهٔ %1</translation>
    </message>
    <message>
        <source>%1, no. %2</source>
        <translation>%1، شمارهٔ %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing else</source>
        <translation>چیز دیگری نه</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Merge two records of one citizen</source>
        <translation>ادغام دو رکورد یک شهروند</translation>
    </message>
    <message>
        <source>Keep the other record</source>
        <translation>رکورد دیگر بماند</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Reading both records from the server…</source>
        <translation>در حال خواندن هر دو رکورد از کارساز…</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>رکوردها خوانده نشدند.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>Choose, for each field, the value the kept record will have. Every case, interaction, address, phone, e-mail and survey answer of the other record moves to the kept one. The merge is recorded in the audit trail and can be undone from the citizen’s page.</source>
        <translation>برای هر فیلد، مقداری را که رکوردِ ماندگار خواهد داشت برگزینید. همهٔ پرونده‌ها، تماس‌ها، نشانی‌ها، تلفن‌ها، رایانامه‌ها و پاسخ‌های نظرسنجیِ رکورد دیگر به رکوردِ ماندگار منتقل می‌شوند. ادغام در سابقه ممیزی ثبت می‌شود و از صفحهٔ شهروند بازگرداندنی است.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>ماندگار: %1</translation>
    </message>
    <message>
        <source>Merged into it: %1</source>
        <translation>ادغام‌شونده: %1</translation>
    </message>
    <message>
        <source>One of the records was changed on the server since this window read them. They have been read again: check the values and merge again.</source>
        <translation>یکی از رکوردها پس از خوانده‌شدن در این پنجره، روی کارساز تغییر کرده است. هر دو دوباره خوانده شدند: مقدارها را بررسی کنید و دوباره ادغام کنید.</translation>
    </message>
    <message>
        <source>The records were not merged: %1</source>
        <translation>رکوردها ادغام نشدند: %1</translation>
    </message>
    <message>
        <source>Merged. Record %1 is now part of %2; moved to it: %3. To undo, open the citizen and choose “Undo” in their merges.</source>
        <translation>ادغام شد. رکورد %1 اکنون بخشی از %2 است؛ منتقل‌شده به آن: %3. برای بازگرداندن، شهروند را باز کنید و در ادغام‌های او «بازگرداندن» را بزنید.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenPrivacyActions</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Merges: asking the server…</source>
        <translation>ادغام‌ها: در حال پرسیدن از کارساز…</translation>
    </message>
    <message>
        <source>Merges: the server did not answer (%1). The server’s actions need a connection.</source>
        <translation>ادغام‌ها: کارساز پاسخ نداد (%1). کارهای کارساز به اتصال نیاز دارند.</translation>
    </message>
    <message>
        <source>Merges: none.</source>
        <translation>ادغام‌ها: هیچ.</translation>
    </message>
    <message>
        <source>Merges:</source>
        <translation>ادغام‌ها:</translation>
    </message>
    <message>
        <source>No. %1 merged into no. %2</source>
        <translation>شمارهٔ %1 در شمارهٔ %2 ادغام شد</translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation>بازگردانده در %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>بازگرداندن</translation>
    </message>
    <message>
        <source>Asking the server to undo the merge…</source>
        <translation>در حال درخواست بازگرداندن ادغام از کارساز…</translation>
    </message>
    <message>
        <source>The merge was not undone: %1</source>
        <translation>ادغام بازگردانده نشد: %1</translation>
    </message>
    <message>
        <source>The merge is undone: no. %1 is a record of its own again, with what was moved from it.</source>
        <translation>ادغام بازگردانده شد: شمارهٔ %1 دوباره رکوردی جداست، با آنچه از آن منتقل شده بود.</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ذخیره با نام</translation>
    </message>
    <message>
        <source>Asking the server for everything held about the citizen…</source>
        <translation>در حال درخواست همهٔ اطلاعات نگه‌داشته دربارهٔ شهروند از کارساز…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>کارساز پاسخ نداد: %1</translation>
    </message>
    <message>
        <source>Everything held about the citizen was saved to “%1”.</source>
        <translation>همهٔ اطلاعات نگه‌داشته دربارهٔ شهروند در «%1» ذخیره شد.</translation>
    </message>
    <message>
        <source>The document was printed to “%1”.</source>
        <translation>سند در «%1» چاپ شد.</translation>
    </message>
    <message>
        <source>Asking the server to erase the citizen’s personal data…</source>
        <translation>در حال درخواست پاک‌کردن اطلاعات شخصی شهروند از کارساز…</translation>
    </message>
    <message>
        <source>Nothing was erased: %1</source>
        <translation>چیزی پاک نشد: %1</translation>
    </message>
    <message>
        <source>Erased. Kept without personal data: %1. Deleted: %2. Stored files deleted: %3. %4 This computer’s copy follows at the sync that starts now.</source>
        <translation>پاک شد. بدون اطلاعات شخصی ماند: %1. پاک شد: %2. فایل‌های نگه‌داشتهٔ پاک‌شده: %3. %4 نسخهٔ این رایانه با همگام‌سازی‌ای که اکنون آغاز می‌شود به‌روز می‌شود.</translation>
    </message>
    <message>
        <source>The citizen’s record was deleted.</source>
        <translation>رکورد شهروند پاک شد.</translation>
    </message>
    <message>
        <source>The citizen’s record is kept, anonymized.</source>
        <translation>رکورد شهروند، بی‌نام‌شده، نگه داشته شد.</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>روی کارساز</translation>
    </message>
    <message>
        <source>Export everything…</source>
        <translation>خروجی همهٔ اطلاعات…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>چاپ…</translation>
    </message>
    <message>
        <source>Erase personal data…</source>
        <translation>پاک‌کردن اطلاعات شخصی…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>ادغام</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>منتقل‌شده</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>پرونده‌های JSON (*.json)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>changed since: %1</source>
        <translation>از آن پس تغییر کرده: %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln moved record(s) changed since</source>
        <translation>
            <numerusform>%Ln رکورد منتقل‌شده از آن پس تغییر کرده</numerusform>
        </translation>
    </message>
    <message>
        <source>; </source>
        <translation>؛ </translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenProfile</name>
    <message>
        <source>%1 (main)</source>
        <translation>%1 (اصلی)</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>سالمند</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>دارای معلولیت</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>ویژه</translation>
    </message>
    <message>
        <source>Needs an interpreter</source>
        <translation>نیازمند مترجم</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>خلاصه</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>مشخصات</translation>
    </message>
    <message>
        <source>%1 (%2 overdue)</source>
        <translation>%1 (%2 با مهلت گذشته)</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>پرونده‌های باز</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 از %2</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>آخرین ارتباط</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>هنوز هیچ</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 (%Ln answer(s))</source>
        <translation>
            <numerusform>%1 از %2 (%Ln پاسخ)</numerusform>
        </translation>
    </message>
    <message>
        <source>No survey answered</source>
        <translation>هیچ نظرسنجی‌ای پاسخ داده نشده</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>مجرای ترجیحی</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>نشانه‌ها</translation>
    </message>
    <message>
        <source>, </source>
        <translation>، </translation>
    </message>
    <message>
        <source>Name (Persian)</source>
        <translation>نام (فارسی)</translation>
    </message>
    <message>
        <source>Name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <source>postal code %1</source>
        <translation>کد پستی %1</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>نشانی‌ها</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>تلفن‌ها</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>نشانی‌های ایمیل</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Agrees to receive</source>
        <translation>رضایت به دریافت</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>پاک‌شده</translation>
    </message>
    <message>
        <source>Personal data erased on %1 under the retention rules.</source>
        <translation>اطلاعات شخصی در %1 طبق قواعد نگهداری پاک شد.</translation>
    </message>
    <message>
        <source>Merged</source>
        <translation>ادغام‌شده</translation>
    </message>
    <message>
        <source>Merged into citizen %1; their cases and contacts are there now.</source>
        <translation>با شهروند %1 ادغام شده است؛ پرونده‌ها و تماس‌هایش اکنون آنجاست.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenSearcher</name>
    <message>
        <source>child of %1</source>
        <translation>فرزند %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizenTimelineModel</name>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Call made</source>
        <translation>تماس خروجی</translation>
    </message>
    <message>
        <source>Call received</source>
        <translation>تماس ورودی</translation>
    </message>
    <message>
        <source>Walk-in</source>
        <translation>مراجعهٔ حضوری</translation>
    </message>
    <message>
        <source>Message sent</source>
        <translation>پیام فرستاده‌شده</translation>
    </message>
    <message>
        <source>Message received</source>
        <translation>پیام دریافتی</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Queued: not sent yet</source>
        <translation>در صف: هنوز فرستاده نشده</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>Satisfaction %1 of %2</source>
        <translation>رضایت %1 از %2</translation>
    </message>
    <message>
        <source>No score given</source>
        <translation>امتیازی داده نشده</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>یادداشت داخلی</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>هنوز فرستاده نشده</translation>
    </message>
    <message>
        <source>When</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>جزئیات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::CitizensPage</name>
    <message>
        <source>National ID, phone number, tracking code or name</source>
        <translation>کد ملی، شمارهٔ تلفن، کد رهگیری یا نام</translation>
    </message>
    <message>
        <source>Type to find a citizen, then open them (Enter or double-click) to see their cases, contacts and details on one screen.</source>
        <translation>برای یافتن شهروند بنویسید، سپس با کلید ورود یا دوبار کلیک آن را باز کنید تا پرونده‌ها، ارتباط‌ها و مشخصاتش را در یک صفحه ببینید.</translation>
    </message>
    <message>
        <source>No citizen in this computer's copy matches.</source>
        <translation>هیچ شهروندی در نسخهٔ این رایانه با این جست‌وجو جور نیست.</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>شهروندان احتمالاً تکراری</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimEditor</name>
    <message>
        <source>No mission</source>
        <translation>بدون مأموریت</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Mission %1</source>
        <translation>مأموریت %1</translation>
    </message>
    <message>
        <source>New expense claim</source>
        <translation>درخواست هزینهٔ تازه</translation>
    </message>
    <message>
        <source>Expense claim: %1</source>
        <translation>درخواست هزینه: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>✓ %1 (not saved)</source>
        <translation>✓ %1 (ذخیره‌نشده)</translation>
    </message>
    <message>
        <source>✓ Named</source>
        <translation>✓ نام‌برده</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>جمع: %1</translation>
    </message>
    <message>
        <source>Total: the amounts add up to more than can be recorded.</source>
        <translation>جمع: مبلغ‌ها بیش از اندازه‌ای است که می‌توان ثبت کرد.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>too large to record</source>
        <translation>بزرگ‌تر از حد ثبت</translation>
    </message>
    <message>
        <source> · </source>
        <translation> · </translation>
    </message>
    <message>
        <source>Line %1: </source>
        <translation>ردیف %1: </translation>
    </message>
    <message>
        <source>must be corrected before submitting</source>
        <translation>پیش از ارسال باید اصلاح شود</translation>
    </message>
    <message>
        <source>the approvers see it</source>
        <translation>تأییدکنندگان آن را می‌بینند</translation>
    </message>
    <message>
        <source>Expense policy</source>
        <translation>سیاست هزینه‌ها</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 به جای %2</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (دور %2)</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>“%1” is kept in this computer's copy when the claim is saved.</source>
        <translation>«%1» با ذخیرهٔ درخواست در نسخهٔ این رایانه نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>This line has no receipt.</source>
        <translation>این ردیف رسید ندارد.</translation>
    </message>
    <message>
        <source>Choose a claim, or make a new one.</source>
        <translation>درخواستی را برگزینید یا درخواست تازه‌ای بسازید.</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;عنوان</translation>
    </message>
    <message>
        <source>&amp;Mission</source>
        <translation>&amp;مأموریت</translation>
    </message>
    <message>
        <source>U&amp;nit</source>
        <translation>&amp;واحد</translation>
    </message>
    <message>
        <source>Expense lines</source>
        <translation>ردیف‌های هزینه</translation>
    </message>
    <message>
        <source>Remove line</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <source>Receipt of the chosen line</source>
        <translation>رسید ردیف برگزیده</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>تأییدها</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>سیاست هزینه</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;ذخیره</translation>
    </message>
    <message>
        <source>S&amp;ubmit</source>
        <translation>&amp;ارسال</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>&amp;پس گرفتن…</translation>
    </message>
    <message>
        <source>Mark as &amp;paid</source>
        <translation>ثبت &amp;پرداخت</translation>
    </message>
    <message>
        <source>Correct the line being typed under the table, or clear it.</source>
        <translation>ردیفی را که زیر جدول در حال نوشتن است اصلاح یا پاک کنید.</translation>
    </message>
    <message>
        <source>The changes to this claim are not saved. Leave them?</source>
        <translation>تغییرهای این درخواست ذخیره نشده است. رها شوند؟</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent with the next sync.</source>
        <translation>در این رایانه ذخیره شد و با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>This claim cannot take this step now.</source>
        <translation>این درخواست اکنون این گام را نمی‌پذیرد.</translation>
    </message>
    <message>
        <source>Add at least one expense line before submitting.</source>
        <translation>پیش از ارسال دست‌کم یک ردیف هزینه بیفزایید.</translation>
    </message>
    <message>
        <source>Correct what the expense policy marks before submitting.</source>
        <translation>پیش از ارسال، آنچه سیاست هزینه‌ها نشان داده است را اصلاح کنید.</translation>
    </message>
    <message>
        <source>Withdraw the claim “%1”? The approvers no longer see it, and it cannot be submitted again.</source>
        <translation>درخواست «%1» پس گرفته شود؟ تأییدکنندگان دیگر آن را نمی‌بینند و دوباره ارسال‌شدنی نیست.</translation>
    </message>
    <message>
        <source>Mark the claim “%1” as paid?</source>
        <translation>پرداخت درخواست «%1» ثبت شود؟</translation>
    </message>
    <message>
        <source>Submitted. It is sent to the approvers with the next sync.</source>
        <translation>ارسال شد و با همگام‌سازی بعدی به تأییدکنندگان می‌رسد.</translation>
    </message>
    <message>
        <source>Withdrawn.</source>
        <translation>پس گرفته شد.</translation>
    </message>
    <message>
        <source>Marked as paid.</source>
        <translation>پرداخت ثبت شد.</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>درخواست هزینه</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>A new claim: write its lines, save it, and submit it when it is complete.</source>
        <translation>درخواست تازه: ردیف‌هایش را بنویسید، ذخیره کنید و پس از تکمیل ارسال کنید.</translation>
    </message>
    <message>
        <source>A draft: only you see it until you submit it.</source>
        <translation>پیش‌نویس: تا ارسالش فقط شما آن را می‌بینید.</translation>
    </message>
    <message>
        <source>Returned for correction. Correct it and submit it again.</source>
        <translation>برای اصلاح بازگردانده شد. اصلاحش کنید و دوباره ارسال کنید.</translation>
    </message>
    <message>
        <source>Returned for correction: “%1”. Correct it and submit it again.</source>
        <translation>برای اصلاح بازگردانده شد: «%1». اصلاحش کنید و دوباره ارسال کنید.</translation>
    </message>
    <message>
        <source>Submitted on %1: waiting for the approvers.</source>
        <translation>ارسال‌شده در %1؛ در انتظار تأییدکنندگان.</translation>
    </message>
    <message>
        <source>Submitted on %1: waiting for %2.</source>
        <translation>ارسال‌شده در %1؛ در انتظار %2.</translation>
    </message>
    <message>
        <source>Submitted on this computer: it goes to the approvers with the next sync.</source>
        <translation>در این رایانه ارسال شد؛ با همگام‌سازی بعدی به تأییدکنندگان می‌رسد.</translation>
    </message>
    <message>
        <source>It cannot be changed meanwhile.</source>
        <translation>در این مدت تغییرپذیر نیست.</translation>
    </message>
    <message>
        <source>Approved: waiting for payment by finance.</source>
        <translation>تأیید شد؛ در انتظار پرداخت از سوی امور مالی.</translation>
    </message>
    <message>
        <source>Rejected.</source>
        <translation>رد شد.</translation>
    </message>
    <message>
        <source>Rejected: “%1”.</source>
        <translation>رد شد: «%1».</translation>
    </message>
    <message>
        <source>Withdrawn: the approvers no longer see it.</source>
        <translation>پس گرفته شد؛ تأییدکنندگان دیگر آن را نمی‌بینند.</translation>
    </message>
    <message>
        <source>Paid.</source>
        <translation>پرداخت شد.</translation>
    </message>
    <message>
        <source>Another person's claim: only its claimant changes it.</source>
        <translation>درخواست شخص دیگری است؛ فقط درخواست‌کننده آن را تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>The amounts add up to more than can be recorded.</source>
        <translation>جمع مبلغ‌ها بیش از اندازه‌ای است که می‌توان ثبت کرد.</translation>
    </message>
    <message>
        <source>Submitting saves the changes first.</source>
        <translation>ارسال، نخست تغییرها را ذخیره می‌کند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimLineForm</name>
    <message>
        <source>Date: %1</source>
        <translation>تاریخ: %1</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>مبلغ: %1</translation>
    </message>
    <message>
        <source>Amount: an expense is of more than zero rials.</source>
        <translation>مبلغ: هزینه باید بیش از صفر ریال باشد.</translation>
    </message>
    <message>
        <source>Attach a receipt</source>
        <translation>پیوست رسید</translation>
    </message>
    <message>
        <source>Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)</source>
        <translation>عکس و PDF (*.jpg *.jpeg *.png *.webp *.pdf)</translation>
    </message>
    <message>
        <source>Receipt “%1”: %2</source>
        <translation>رسید «%1»: %2</translation>
    </message>
    <message>
        <source>Receipt “%1”: a receipt is a photo or a PDF.</source>
        <translation>رسید «%1»: رسید باید عکس یا PDF باشد.</translation>
    </message>
    <message>
        <source>Receipt “%1”: the file cannot be read.</source>
        <translation>رسید «%1»: پرونده خوانده نمی‌شود.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>ندارد</translation>
    </message>
    <message>
        <source>Named by its hash</source>
        <translation>با چکیده‌اش نام‌برده شده</translation>
    </message>
    <message>
        <source>%1 (kept on saving)</source>
        <translation>%1 (با ذخیره نگه داشته می‌شود)</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;نوع</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;تاریخ</translation>
    </message>
    <message>
        <source>A&amp;mount (rials)</source>
        <translation>&amp;مبلغ (ریال)</translation>
    </message>
    <message>
        <source>&amp;Vendor</source>
        <translation>&amp;فروشنده</translation>
    </message>
    <message>
        <source>Descri&amp;ption</source>
        <translation>&amp;شرح</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>پیوست…</translation>
    </message>
    <message>
        <source>Attach a photo or PDF of the receipt</source>
        <translation>عکس یا PDF رسید را پیوست کنید</translation>
    </message>
    <message>
        <source>Update &amp;line</source>
        <translation>به‌روزرسانی &amp;ردیف</translation>
    </message>
    <message>
        <source>&amp;Add line</source>
        <translation>&amp;افزودن ردیف</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>پاک کردن</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimStore</name>
    <message>
        <source>Give the claim a title.</source>
        <translation>برای درخواست عنوانی بنویسید.</translation>
    </message>
    <message>
        <source>Choose the unit the claim is made in.</source>
        <translation>واحدی را که درخواست در آن ثبت می‌شود برگزینید.</translation>
    </message>
    <message>
        <source>This claim can no longer be changed.</source>
        <translation>این درخواست دیگر تغییرپذیر نیست.</translation>
    </message>
    <message>
        <source>The amounts of this claim add up to more than can be recorded.</source>
        <translation>جمع مبلغ‌های این درخواست بیش از اندازه‌ای است که می‌توان ثبت کرد.</translation>
    </message>
    <message>
        <source>Receipt “%1”: %2</source>
        <translation>رسید «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ClaimsPanel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <source>Too large to record</source>
        <translation>بزرگ‌تر از حد ثبت</translation>
    </message>
    <message>
        <source>No expense claims yet. “New claim” starts one; it works offline too.</source>
        <translation>هنوز درخواست هزینه‌ای نیست. «درخواست تازه» یکی می‌سازد؛ بدون اتصال هم کار می‌کند.</translation>
    </message>
    <message>
        <source>No claim matches the search.</source>
        <translation>درخواستی با این جست‌وجو نمی‌خواند.</translation>
    </message>
    <message>
        <source>My expense claims</source>
        <translation>درخواست‌های هزینهٔ من</translation>
    </message>
    <message>
        <source>&amp;New claim</source>
        <translation>درخواست &amp;تازه</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <source>Approver's reason</source>
        <translation>دلیل تأییدکننده</translation>
    </message>
    <message>
        <source>more than can be added up</source>
        <translation>بزرگ‌تر از آنچه جمع زده شود</translation>
    </message>
    <message>
        <source>No claim in this computer's copy adds up to this figure.</source>
        <translation>در نسخهٔ این رایانه درخواست هزینه‌ای پشت این رقم نیست.</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>درخواست‌های هزینه</translation>
    </message>
    <message>
        <source>submitted from %1 to %2</source>
        <translation>ارسال‌شده از %1 تا %2</translation>
    </message>
    <message>
        <source>submitted at any time</source>
        <translation>ارسال‌شده در هر زمان</translation>
    </message>
    <message>
        <source>Show all my claims</source>
        <translation>نمایش همهٔ درخواست‌های من</translation>
    </message>
    <message>
        <source>Filtered: %1, %2. Claims: %3; their part of the figure: %4.</source>
        <translation>پالایش‌شده: %1، %2. درخواست‌ها: %3؛ سهم آن‌ها از این رقم: %4.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ConflictEditor</name>
    <message>
        <source>Enter the time as hours:minutes, for example 14:30.</source>
        <translation>ساعت را به صورت ساعت:دقیقه وارد کنید، برای نمونه ۱۴:۳۰.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>یک عدد صحیح وارد کنید.</translation>
    </message>
    <message>
        <source>Enter a number.</source>
        <translation>یک عدد وارد کنید.</translation>
    </message>
    <message>
        <source>This is not valid JSON.</source>
        <translation>این متن JSON معتبری نیست.</translation>
    </message>
    <message>
        <source>Edit the values to send</source>
        <translation>ویرایش مقدارهای ارسالی</translation>
    </message>
    <message>
        <source>Your values are filled in. Change what needs changing; the result is sent to the server as a new edit.</source>
        <translation>مقدارهای شما وارد شده است. هر چه را لازم است تغییر دهید؛ نتیجه به صورت ویرایشی تازه برای کارساز فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>On the server: %1</source>
        <translation>در کارساز: %1</translation>
    </message>
    <message>
        <source>Send these values</source>
        <translation>فرستادن این مقدارها</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ConflictsView</name>
    <message>
        <source>(empty)</source>
        <translation>(خالی)</translation>
    </message>
    <message>
        <source>no. %1</source>
        <translation>شمارهٔ %1</translation>
    </message>
    <message>
        <source>new, not yet on the server</source>
        <translation>تازه، هنوز به کارساز نرسیده</translation>
    </message>
    <message>
        <source>Not accepted by the server</source>
        <translation>پذیرفته‌نشده از سوی کارساز</translation>
    </message>
    <message>
        <source>Deleted here, changed on the server</source>
        <translation>اینجا حذف شده، در کارساز تغییر کرده</translation>
    </message>
    <message numerus="yes">
        <source>%Ln field(s) changed on both sides</source>
        <translation>
            <numerusform>%Ln فیلد در هر دو سو تغییر کرده است</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>entity: which row</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation>یافته‌شده در %1.</translation>
    </message>
    <message>
        <source>the server gave no reason</source>
        <translation>کارساز دلیلی نگفت</translation>
    </message>
    <message>
        <source>The server did not accept your edit: %1</source>
        <translation>کارساز ویرایش شما را نپذیرفت: %1</translation>
    </message>
    <message>
        <source>Discard the edit, or correct it and send it again.</source>
        <translation>ویرایش را کنار بگذارید، یا آن را اصلاح کنید و دوباره بفرستید.</translation>
    </message>
    <message>
        <source>You deleted this row while someone else changed it on the server. Nothing has been deleted or overwritten yet.</source>
        <translation>شما این ردیف را حذف کردید، در حالی که کس دیگری آن را در کارساز تغییر داده بود. هنوز چیزی حذف یا بازنویسی نشده است.</translation>
    </message>
    <message>
        <source>Someone else changed the same fields on the server while you were editing. Nothing has been overwritten: keep your values, take the server's, or edit them.</source>
        <translation>در همان زمانی که شما ویرایش می‌کردید، کس دیگری همین فیلدها را در کارساز تغییر داد. چیزی بازنویسی نشده است: مقدار خود را نگه دارید، مقدار کارساز را بپذیرید، یا مقدارها را ویرایش کنید.</translation>
    </message>
    <message>
        <source>(gone)</source>
        <translation>(حذف‌شده)</translation>
    </message>
    <message>
        <source>&amp;Discard my edit</source>
        <translation>&amp;کنار گذاشتن ویرایش من</translation>
    </message>
    <message>
        <source>&amp;Edit and retry…</source>
        <translation>&amp;ویرایش و ارسال دوباره…</translation>
    </message>
    <message>
        <source>&amp;Delete it anyway</source>
        <translation>&amp;با این حال حذف شود</translation>
    </message>
    <message>
        <source>&amp;Keep the server's version</source>
        <translation>&amp;نگه داشتن نسخهٔ کارساز</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;نگه داشتن مقدار من</translation>
    </message>
    <message>
        <source>&amp;Take the server's</source>
        <translation>&amp;پذیرفتن مقدار کارساز</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;ویرایش…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>ناسازگاری‌ها</translation>
    </message>
    <message>
        <source>These edits of yours could not be sent as they were. Nothing of yours or of the server's has been lost; decide for each what to keep, and the result is sent at the next sync.</source>
        <translation>این ویرایش‌های شما را نمی‌شد همان‌گونه که بود فرستاد. چیزی از داده‌های شما یا کارساز از دست نرفته است؛ برای هر کدام تصمیم بگیرید چه بماند، و نتیجه در همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>No conflicts. Every edit made on this computer has been accepted by the server or is waiting to be sent.</source>
        <translation>ناسازگاری‌ای نیست. هر ویرایشی که روی این رایانه انجام شده یا کارساز پذیرفته است یا در انتظار ارسال است.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>فیلد</translation>
    </message>
    <message>
        <source>Before the edits</source>
        <translation>پیش از ویرایش‌ها</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>مقدار شما</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>در کارساز</translation>
    </message>
    <message>
        <source>Highlighted rows are the fields both you and someone else changed. The other rows are the rest of your edit, which goes or stays with your choice.</source>
        <translation>ردیف‌های پررنگ‌شده فیلدهایی‌اند که هم شما و هم کس دیگری تغییر داده‌اید. ردیف‌های دیگر بقیهٔ ویرایش شما هستند که همراه با انتخاب شما می‌مانند یا کنار می‌روند.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DashboardsPage</name>
    <message>
        <source>Unknown</source>
        <translation>نامعلوم</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>شهروندان</translation>
    </message>
    <message>
        <source>Knowledge articles</source>
        <translation>مقاله‌های دانش</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>درخواست‌های هزینه</translation>
    </message>
    <message>
        <source>Calls and visits</source>
        <translation>تماس‌ها و مراجعه‌ها</translation>
    </message>
    <message>
        <source>Edits waiting to be sent</source>
        <translation>ویرایش‌های در انتظار ارسال</translation>
    </message>
    <message>
        <source>Conflicts waiting for you</source>
        <translation>ناسازگاری‌های منتظر تصمیم شما</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>بخش</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>مورد</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت‌رسانی</translation>
    </message>
    <message>
        <source>Field: missions and expenses</source>
        <translation>میدانی: مأموریت‌ها و هزینه‌ها</translation>
    </message>
    <message>
        <source>Teams and people</source>
        <translation>تیم‌ها و افراد</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DateTimeField</name>
    <message>
        <source>Enter the date as well as the time.</source>
        <translation>تاریخ را هم همراه با ساعت وارد کنید.</translation>
    </message>
    <message>
        <source>Enter the time as hours:minutes, for example 14:30.</source>
        <translation>ساعت را به شکل ساعت:دقیقه وارد کنید، مثلاً ۱۴:۳۰.</translation>
    </message>
    <message>
        <source>Date, for example %1</source>
        <translation>تاریخ، مثلاً %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>ساعت</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DelegationDialog</name>
    <message>
        <source>User %1</source>
        <translation>کاربر %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>برقرار</translation>
    </message>
    <message>
        <source>Ahead</source>
        <translation>پیش رو</translation>
    </message>
    <message>
        <source>%1, not yet sent</source>
        <translation>%1، هنوز فرستاده نشده</translation>
    </message>
    <message>
        <source>End it now</source>
        <translation>پایان دادن همین حالا</translation>
    </message>
    <message>
        <source>Remove it</source>
        <translation>حذف کردن</translation>
    </message>
    <message>
        <source>First day away: %1</source>
        <translation>نخستین روز غیبت: %1</translation>
    </message>
    <message>
        <source>Last day away: %1</source>
        <translation>آخرین روز غیبت: %1</translation>
    </message>
    <message>
        <source>Choose the colleague who decides for you while you are away.</source>
        <translation>همکاری را که در نبودِ شما به جای شما تصمیم می‌گیرد برگزینید.</translation>
    </message>
    <message>
        <source>You cannot delegate your approvals to yourself.</source>
        <translation>نمی‌توانید تأییدهای خود را به خودتان بسپارید.</translation>
    </message>
    <message>
        <source>The last day away cannot come before the first.</source>
        <translation>آخرین روز غیبت نمی‌تواند پیش از نخستین روز باشد.</translation>
    </message>
    <message>
        <source>These days are over already: choose days from today on.</source>
        <translation>این روزها گذشته‌اند؛ روزهایی از امروز به بعد برگزینید.</translation>
    </message>
    <message>
        <source>%1 decides your approvals from %2 to %3. It is sent with the next sync.</source>
        <translation>از %2 تا %3، %1 جانشین شما در تأییدهاست. با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Choose a delegation in the list first.</source>
        <translation>نخست یک جانشینی را در فهرست برگزینید.</translation>
    </message>
    <message>
        <source>%1 no longer decides for you.</source>
        <translation>%1 دیگر جانشین شما نیست.</translation>
    </message>
    <message>
        <source>The delegation to %1 is removed.</source>
        <translation>جانشینی %1 حذف شد.</translation>
    </message>
    <message>
        <source>Delegate while away</source>
        <translation>جانشین در زمان غیبت</translation>
    </message>
    <message>
        <source>While you are away, a colleague decides the approvals waiting for you, on your behalf. They see what waits for you as soon as the server has the delegation, and decide it from the first day.</source>
        <translation>در نبودِ شما، یک همکار به جای شما دربارهٔ تأییدهایی که چشم به راه شماست تصمیم می‌گیرد. او از همان زمانی که جانشینی به کارساز برسد کارهای چشم‌به‌راهِ شما را می‌بیند و از نخستین روز دربارهٔ آن‌ها تصمیم می‌گیرد.</translation>
    </message>
    <message>
        <source>I am away &amp;from</source>
        <translation>&amp;غایبم از</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>&amp;تا</translation>
    </message>
    <message>
        <source>&amp;Decides for me</source>
        <translation>&amp;جانشین من</translation>
    </message>
    <message>
        <source>Type a colleague's name</source>
        <translation>نام همکار را بنویسید</translation>
    </message>
    <message>
        <source>&amp;Delegate</source>
        <translation>&amp;سپردن به جانشین</translation>
    </message>
    <message>
        <source>Your delegations that have not ended</source>
        <translation>جانشینی‌های شما که پایان نیافته‌اند</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>جانشین</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Nobody decides for you: you have no delegation now or ahead.</source>
        <translation>کسی جانشین شما نیست: اکنون و در روزهای پیش رو جانشینی ندارید.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::DwellTotalsDialog</name>
    <message>
        <source>%1 d %2</source>
        <translation>%1 روز و %2</translation>
    </message>
    <message>
        <source>Time spent: %1</source>
        <translation>زمان صرف‌شده: %1</translation>
    </message>
    <message>
        <source>Adding up the cases' histories…</source>
        <translation>در حال جمع‌زدن سابقهٔ پرونده‌ها…</translation>
    </message>
    <message>
        <source>With</source>
        <translation>نزد</translation>
    </message>
    <message>
        <source>Total (wall clock)</source>
        <translation>جمع (زمان واقعی)</translation>
    </message>
    <message>
        <source>Average per case</source>
        <translation>میانگین هر پرونده</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>The first %1 cases of the queue, newest first.</source>
        <translation>نخستین %1 پروندهٔ صف، از تازه‌ترین.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s) of the queue.</source>
        <translation>
            <numerusform>%Ln پروندهٔ صف.</numerusform>
        </translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>تیم‌ها</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>بدون تیم</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <source>Statuses</source>
        <translation>وضعیت‌ها</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::FieldDashboard</name>
    <message>
        <source>The figures could not be counted: %1</source>
        <translation>ارقام شمرده نشد: %1</translation>
    </message>
    <message>
        <source>Every unit</source>
        <translation>همهٔ واحدها</translation>
    </message>
    <message>
        <source>No unit</source>
        <translation>بدون واحد</translation>
    </message>
    <message>
        <source>Too large to add up</source>
        <translation>بزرگ‌تر از آنچه جمع زده شود</translation>
    </message>
    <message>
        <source>Approvals waiting now</source>
        <translation>تأییدهای در انتظار اکنون</translation>
    </message>
    <message>
        <source>Approvals waiting now; the oldest since %1</source>
        <translation>تأییدهای در انتظار اکنون؛ قدیمی‌ترین از %1</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation>هزینه‌ها</translation>
    </message>
    <message>
        <source>Million rials</source>
        <translation>میلیون ریال</translation>
    </message>
    <message>
        <source>Rials</source>
        <translation>ریال</translation>
    </message>
    <message>
        <source>Approvals waiting</source>
        <translation>تأییدهای در انتظار</translation>
    </message>
    <message>
        <source>Days waiting</source>
        <translation>روزهای انتظار</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز اخیر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>همهٔ زمان‌ها</translation>
    </message>
    <message>
        <source>Field: every mission and claim in this computer's copy</source>
        <translation>میدانی: همهٔ مأموریت‌ها و درخواست‌های هزینهٔ نسخهٔ این رایانه</translation>
    </message>
    <message>
        <source>Field: the missions and claims of your units</source>
        <translation>میدانی: مأموریت‌ها و درخواست‌های هزینهٔ واحدهای شما</translation>
    </message>
    <message>
        <source>Field: your missions and claims</source>
        <translation>میدانی: مأموریت‌ها و درخواست‌های هزینهٔ شما</translation>
    </message>
    <message>
        <source>Missions in the period</source>
        <translation>مأموریت‌های این دوره</translation>
    </message>
    <message>
        <source>Under way</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <source>Needing another mission</source>
        <translation>نیازمند مأموریت دیگر</translation>
    </message>
    <message>
        <source>Expenses claimed</source>
        <translation>هزینه‌های درخواست‌شده</translation>
    </message>
    <message>
        <source>Missions by status</source>
        <translation>مأموریت‌ها بر پایهٔ وضعیت</translation>
    </message>
    <message>
        <source>Expenses by type</source>
        <translation>هزینه‌ها بر پایهٔ نوع</translation>
    </message>
    <message>
        <source>Expenses by unit</source>
        <translation>هزینه‌ها بر پایهٔ واحد</translation>
    </message>
    <message>
        <source>Approvals waiting, by days waited</source>
        <translation>تأییدهای در انتظار، بر پایهٔ روزهای انتظار</translation>
    </message>
    <message>
        <source>Expenses: %1</source>
        <translation>هزینه‌ها: %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::FieldText</name>
    <message>
        <source>Organisational unit</source>
        <translation>واحد سازمانی</translation>
    </message>
    <message>
        <source>User</source>
        <translation>کاربر</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Business calendar</source>
        <translation>تقویم کاری</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>روز تعطیل</translation>
    </message>
    <message>
        <source>SLA policy</source>
        <translation>سیاست مهلت خدمت</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>قاعدهٔ ارجاع</translation>
    </message>
    <message>
        <source>Expense policy</source>
        <translation>سیاست هزینه</translation>
    </message>
    <message>
        <source>Approval rule</source>
        <translation>قاعدهٔ تأیید</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Citizen's address</source>
        <translation>نشانی شهروند</translation>
    </message>
    <message>
        <source>Citizen's phone</source>
        <translation>تلفن شهروند</translation>
    </message>
    <message>
        <source>Citizen's email</source>
        <translation>ایمیل شهروند</translation>
    </message>
    <message>
        <source>Knowledge subject</source>
        <translation>موضوع دانش</translation>
    </message>
    <message>
        <source>Knowledge article</source>
        <translation>مقالهٔ دانش</translation>
    </message>
    <message>
        <source>Article version</source>
        <translation>نگارش مقاله</translation>
    </message>
    <message>
        <source>Article's service</source>
        <translation>خدمت مقاله</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Case note</source>
        <translation>یادداشت پرونده</translation>
    </message>
    <message>
        <source>Case status change</source>
        <translation>تغییر وضعیت پرونده</translation>
    </message>
    <message>
        <source>Case's article</source>
        <translation>مقالهٔ پرونده</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>تماس و مراجعه</translation>
    </message>
    <message>
        <source>Survey response</source>
        <translation>پاسخ نظرسنجی</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <source>Mission member</source>
        <translation>عضو مأموریت</translation>
    </message>
    <message>
        <source>Mission's case</source>
        <translation>پروندهٔ مأموریت</translation>
    </message>
    <message>
        <source>Mission comment</source>
        <translation>نظر مأموریت</translation>
    </message>
    <message>
        <source>Expense claim</source>
        <translation>درخواست هزینه</translation>
    </message>
    <message>
        <source>Expense line</source>
        <translation>ردیف هزینه</translation>
    </message>
    <message>
        <source>Approval step</source>
        <translation>مرحلهٔ تأیید</translation>
    </message>
    <message>
        <source>Delegation</source>
        <translation>جانشینی</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>پیوست</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>پایان واقعی</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>آغاز واقعی</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>کارشناس</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>مبلغ</translation>
    </message>
    <message>
        <source>Anonymized on</source>
        <translation>تاریخ بی‌نام‌سازی</translation>
    </message>
    <message>
        <source>Answers</source>
        <translation>پاسخ‌ها</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Approver role</source>
        <translation>نقش تأییدکننده</translation>
    </message>
    <message>
        <source>Approver unit</source>
        <translation>واحد تأییدکننده</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>مقاله</translation>
    </message>
    <message>
        <source>Article type</source>
        <translation>نوع مقاله</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ تولد</translation>
    </message>
    <message>
        <source>File fingerprint</source>
        <translation>اثر انگشت پرونده</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Actions on breach</source>
        <translation>اقدام‌ها هنگام نقض</translation>
    </message>
    <message>
        <source>Budgeted</source>
        <translation>دارای بودجه</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>تقویم</translation>
    </message>
    <message>
        <source>Case priority</source>
        <translation>اولویت پرونده</translation>
    </message>
    <message>
        <source>Change note</source>
        <translation>یادداشت تغییر</translation>
    </message>
    <message>
        <source>Changed on</source>
        <translation>زمان تغییر</translation>
    </message>
    <message>
        <source>Changed by</source>
        <translation>تغییردهنده</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرا</translation>
    </message>
    <message>
        <source>Cap per claim</source>
        <translation>سقف هر درخواست</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>زمان بستن</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>کد</translation>
    </message>
    <message>
        <source>Agrees to email</source>
        <translation>رضایت به ایمیل</translation>
    </message>
    <message>
        <source>Agrees to SMS</source>
        <translation>رضایت به پیامک</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>نوع پرونده</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>شمارهٔ قرارداد</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>ایجادکننده</translation>
    </message>
    <message>
        <source>Daily cap</source>
        <translation>سقف روزانه</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>زمان تصمیم</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>Default priority</source>
        <translation>اولویت پیش‌فرض</translation>
    </message>
    <message>
        <source>Delegate</source>
        <translation>جانشین</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>نام نمایشی</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation>تکراریِ</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>شمارهٔ تلفن</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>تاریخ اجرا</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <source>Ended at</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>Ends at</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Expense type</source>
        <translation>نوع هزینه</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>تاریخ انقضا</translation>
    </message>
    <message>
        <source>Father's name</source>
        <translation>نام پدر</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>نام پرونده</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>First name (Latin)</source>
        <translation>نام (لاتین)</translation>
    </message>
    <message>
        <source>First response on</source>
        <translation>زمان نخستین پاسخ</translation>
    </message>
    <message>
        <source>First response due</source>
        <translation>مهلت نخستین پاسخ</translation>
    </message>
    <message>
        <source>First response time (minutes)</source>
        <translation>زمان نخستین پاسخ (دقیقه)</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>پیگیریِ</translation>
    </message>
    <message>
        <source>From status</source>
        <translation>از وضعیت</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>جنسیت</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>داخلی</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>Last name (Latin)</source>
        <translation>نام خانوادگی (لاتین)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Linked by</source>
        <translation>پیونددهنده</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>Major version</source>
        <translation>نگارش اصلی</translation>
    </message>
    <message>
        <source>Merged into</source>
        <translation>ادغام‌شده در</translation>
    </message>
    <message>
        <source>Minimum amount</source>
        <translation>کمترین مبلغ</translation>
    </message>
    <message>
        <source>Minor version</source>
        <translation>نگارش فرعی</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>نام انگلیسی</translation>
    </message>
    <message>
        <source>Persian name</source>
        <translation>نام فارسی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>On behalf of</source>
        <translation>از طرفِ</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>شمارهٔ حکم</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Owner assignment</source>
        <translation>شیوهٔ تعیین مسئول</translation>
    </message>
    <message>
        <source>Attached to</source>
        <translation>پیوست‌شده به</translation>
    </message>
    <message>
        <source>Owning unit</source>
        <translation>واحد مالک</translation>
    </message>
    <message>
        <source>Parent case</source>
        <translation>پروندهٔ مادر</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>والد</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>آغاز برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>کد پستی</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>مجرای ترجیحی</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>زبان ترجیحی</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Publish on</source>
        <translation>زمان انتشار</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Receipt required above</source>
        <translation>رسید لازم از مبلغ</translation>
    </message>
    <message>
        <source>Receipt fingerprint</source>
        <translation>اثر انگشت رسید</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>شمارهٔ مرجع</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>درخواست‌کننده</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>راه‌حل</translation>
    </message>
    <message>
        <source>Resolution article</source>
        <translation>مقالهٔ راه‌حل</translation>
    </message>
    <message>
        <source>Resolution due</source>
        <translation>مهلت رسیدگی</translation>
    </message>
    <message>
        <source>Resolution time (minutes)</source>
        <translation>زمان رسیدگی (دقیقه)</translation>
    </message>
    <message>
        <source>Resolved on</source>
        <translation>زمان رسیدگی</translation>
    </message>
    <message>
        <source>Resolved the case</source>
        <translation>حل‌کنندهٔ پرونده</translation>
    </message>
    <message>
        <source>Cases resolved</source>
        <translation>پرونده‌های حل‌شده</translation>
    </message>
    <message>
        <source>Responded on</source>
        <translation>زمان پاسخ</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>واحد مسئول</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>SLA paused on</source>
        <translation>زمان توقف مهلت</translation>
    </message>
    <message>
        <source>SLA paused for</source>
        <translation>مدت توقف مهلت</translation>
    </message>
    <message>
        <source>Spent on</source>
        <translation>تاریخ هزینه</translation>
    </message>
    <message>
        <source>Started at</source>
        <translation>زمان آغاز</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Subject type</source>
        <translation>نوع موضوع</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>زمان ارسال</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>سطح</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>منطقهٔ زمانی</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>To status</source>
        <translation>به وضعیت</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>جمع</translation>
    </message>
    <message>
        <source>Tracking code</source>
        <translation>کد رهگیری</translation>
    </message>
    <message>
        <source>Means of transport</source>
        <translation>وسیلهٔ رفت‌وآمد</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Uploaded by</source>
        <translation>بارگذارنده</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>فروشنده</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Visibility</source>
        <translation>دسترس‌پذیری</translation>
    </message>
    <message>
        <source>Warning actions</source>
        <translation>اقدام‌های هشدار</translation>
    </message>
    <message>
        <source>Warning at (percent)</source>
        <translation>هشدار در (درصد)</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>ساعت‌های کاری</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>شماره</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>نگارش</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>زمان ایجاد</translation>
    </message>
    <message>
        <source>Updated on</source>
        <translation>زمان به‌روزرسانی</translation>
    </message>
    <message>
        <source>Custom fields</source>
        <translation>فیلدهای سفارشی</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>وبگاه</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>برنامهٔ همراه</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>پیامک</translation>
    </message>
    <message>
        <source>Telegram</source>
        <translation>تلگرام</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>دورنگار</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>نامه</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>کم</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>عادی</translation>
    </message>
    <message>
        <source>High</source>
        <translation>زیاد</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>فوری</translation>
    </message>
    <message>
        <source>New</source>
        <translation>جدید</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در حال انجام</translation>
    </message>
    <message>
        <source>Waiting for the citizen</source>
        <translation>در انتظار شهروند</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع به سطح بالاتر</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>رسیدگی‌شده</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>بسته</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>سازمان</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>اداره</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>زن</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>مرد</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>نامشخص</translation>
    </message>
    <message>
        <source>FAQ</source>
        <translation>پرسش متداول</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>دستورالعمل</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>آیین‌نامه</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>در حال بررسی</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>تأییدشده</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>منتشرشده</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>بایگانی‌شده</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>صادرشده</translation>
    </message>
    <message>
        <source>Completed, needs follow-up</source>
        <translation>انجام‌شده، نیازمند پیگیری</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>لغوشده</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ارسال‌شده</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ردشده</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>برگشت‌خورده</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>پس‌گرفته‌شده</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>پرداخت‌شده</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>رفت‌وآمد</translation>
    </message>
    <message>
        <source>Lodging</source>
        <translation>اقامت</translation>
    </message>
    <message>
        <source>Per diem</source>
        <translation>فوق‌العادهٔ روزانه</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>غذا</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>عمومی</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>همراه</translation>
    </message>
    <message>
        <source>Landline</source>
        <translation>ثابت</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>ورودی</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>خروجی</translation>
    </message>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>In turn</source>
        <translation>نوبتی</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>کم‌کارترین</translation>
    </message>
    <message>
        <source>Fixed person</source>
        <translation>فرد ثابت</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>سرپرست</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>راننده</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>بله</translation>
    </message>
    <message>
        <source>No</source>
        <translation>خیر</translation>
    </message>
    <message>
        <source>Reason for the status</source>
        <translation>دلیل تغییر وضعیت</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ForecastPanel</name>
    <message>
        <source>All services</source>
        <translation>همهٔ خدمت‌ها</translation>
    </message>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 تا %3)</translation>
    </message>
    <message>
        <source>Error on past weeks (requests a week)</source>
        <translation>خطا در هفته‌های گذشته (درخواست در هفته)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Requests per week and the next four weeks' forecast</source>
        <translation>درخواست‌های هفتگی و پیش‌بینی چهار هفتهٔ آینده</translation>
    </message>
    <message>
        <source>Requests per week</source>
        <translation>درخواست‌های هفتگی</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Likely range</source>
        <translation>بازهٔ محتمل</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>پیش‌بینی</translation>
    </message>
    <message>
        <source>Forecast for past weeks</source>
        <translation>پیش‌بینی هفته‌های گذشته</translation>
    </message>
    <message>
        <source>Too little history to forecast: at least %1 complete weeks of requests are needed; this computer's copy holds only %2.</source>
        <translation>سابقه برای پیش‌بینی کافی نیست: دست‌کم %1 هفتهٔ کامل از درخواست‌ها لازم است؛ نسخهٔ این رایانه تنها %2 هفته دارد.</translation>
    </message>
    <message>
        <source>week of %1: %2 (%3 to %4)</source>
        <translation>هفتهٔ %1: %2 (%3 تا %4)</translation>
    </message>
    <message>
        <source>Requests forecast for the next four weeks: %1.</source>
        <translation>پیش‌بینی درخواست‌های چهار هفتهٔ آینده: %1.</translation>
    </message>
    <message>
        <source>No past week can be measured yet: the error will show after a few more weeks.</source>
        <translation>هنوز هفتهٔ گذشته‌ای برای سنجش نیست: خطای پیش‌بینی پس از چند هفتهٔ دیگر نشان داده می‌شود.</translation>
    </message>
    <message numerus="yes">
        <source>On the last %n weeks the forecast was off by %1 requests a week on average.</source>
        <translation>
            <numerusform>در %n هفتهٔ اخیر، پیش‌بینی به‌طور میانگین هفته‌ای %1 درخواست خطا داشت.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the last %n weeks the forecast was off by %1 requests a week on average (%2).</source>
        <translation>
            <numerusform>در %n هفتهٔ اخیر، پیش‌بینی به‌طور میانگین هفته‌ای %1 درخواست خطا داشت (%2).</numerusform>
        </translation>
    </message>
    <message>
        <source>How: the typical week of the last eight (the busiest and the quietest left out), raised or lowered as the same weeks went a year earlier.</source>
        <translation>روش: هفتهٔ معمول از هشت هفتهٔ اخیر (بی پرکارترین و کم‌کارترین هفته)، بالا یا پایین برده به همان نسبتی که همین هفته‌ها در سال پیش داشتند.</translation>
    </message>
    <message>
        <source>How: the typical week of the last eight (the busiest and the quietest left out); the season is allowed for once there is a year and two months of history.</source>
        <translation>روش: هفتهٔ معمول از هشت هفتهٔ اخیر (بی پرکارترین و کم‌کارترین هفته)؛ فصل از زمانی به حساب می‌آید که یک سال و دو ماه سابقه باشد.</translation>
    </message>
    <message>
        <source>Forecast: every case in this computer's copy</source>
        <translation>پیش‌بینی: همهٔ پرونده‌های نسخهٔ این رایانه</translation>
    </message>
    <message>
        <source>Forecast: the cases of your units</source>
        <translation>پیش‌بینی: پرونده‌های واحدهای شما</translation>
    </message>
    <message>
        <source>Forecast: your cases</source>
        <translation>پیش‌بینی: پرونده‌های شما</translation>
    </message>
    <message>
        <source>%1: requests of the week of %2</source>
        <translation>%1: درخواست‌های هفتهٔ %2</translation>
    </message>
    <message>
        <source>Requests of the week of %1</source>
        <translation>درخواست‌های هفتهٔ %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::GlobalSearchBox</name>
    <message>
        <source>Search this section's list</source>
        <translation>جست‌وجو در فهرست این بخش</translation>
    </message>
    <message>
        <source>This section has no list to search</source>
        <translation>این بخش فهرستی برای جست‌وجو ندارد</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::HomePage</name>
    <message>
        <source>Shahrvand</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Citizen relationship management</source>
        <translation>سامانهٔ مدیریت ارتباط با شهروندان</translation>
    </message>
    <message>
        <source>Every request a citizen makes, by phone, in person or online, becomes a case they can follow with its tracking code.</source>
        <translation>هر درخواست شهروند، تلفنی، حضوری یا برخط، پرونده‌ای می‌شود که او می‌تواند با کد رهگیری‌اش آن را پیگیری کند.</translation>
    </message>
    <message>
        <source>Welcome, %1.</source>
        <translation>خوش آمدید، %1.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::IntakeDialog</name>
    <message>
        <source>No citizen found. Tick "New citizen" to add them.</source>
        <translation>شهروندی یافت نشد. برای افزودن، «شهروند تازه» را علامت بزنید.</translation>
    </message>
    <message>
        <source>As the service says</source>
        <translation>طبق خدمت</translation>
    </message>
    <message>
        <source>As the service says (%1)</source>
        <translation>طبق خدمت (%1)</translation>
    </message>
    <message>
        <source>No unit is set to handle this service yet.</source>
        <translation>هنوز واحدی برای رسیدگی به این خدمت تعیین نشده است.</translation>
    </message>
    <message>
        <source>Goes to: %1</source>
        <translation>ارجاع به: %1</translation>
    </message>
    <message>
        <source>Type the new citizen's name.</source>
        <translation>نام شهروند تازه را بنویسید.</translation>
    </message>
    <message>
        <source>Choose the service the request is about.</source>
        <translation>خدمتی را که درخواست دربارهٔ آن است انتخاب کنید.</translation>
    </message>
    <message>
        <source>Write what the citizen asks for.</source>
        <translation>خواستهٔ شهروند را بنویسید.</translation>
    </message>
    <message>
        <source>The same request again (%1).</source>
        <translation>همان درخواست، دوباره (%1).</translation>
    </message>
    <message>
        <source>The same request again, from %1 (%2).</source>
        <translation>همان درخواست، دوباره از %1 (%2).</translation>
    </message>
    <message>
        <source>Give both coordinates, or neither.</source>
        <translation>هر دو مختصات را بدهید، یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>The coordinates are not a place on the map (latitude −90 to 90, longitude −180 to 180, with a dot for decimals).</source>
        <translation>این مختصات جایی روی نقشه نیست (عرض جغرافیایی از ‎−90‎ تا ‎90‎ و طول از ‎−180‎ تا ‎180‎، با نقطه برای اعشار).</translation>
    </message>
    <message>
        <source>Added to the open request</source>
        <translation>به درخواست باز افزوده شد</translation>
    </message>
    <message>
        <source>Request saved</source>
        <translation>درخواست ثبت شد</translation>
    </message>
    <message>
        <source>Read this tracking code to the citizen. With it they can follow the request. It is sent to the server with the next sync.</source>
        <translation>این کد رهگیری را برای شهروند بخوانید. با آن می‌تواند درخواستش را پیگیری کند. با همگام‌سازی بعدی به کارساز فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>پروندهٔ تازه</translation>
    </message>
    <message>
        <source>Discard this request? What you typed is not saved.</source>
        <translation>این درخواست کنار گذاشته شود؟ آنچه نوشته‌اید ذخیره نشده است.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>کنار گذاشتن</translation>
    </message>
    <message>
        <source>Keep typing</source>
        <translation>ادامهٔ نوشتن</translation>
    </message>
    <message>
        <source>Citizen</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>National ID, phone, tracking code or name…</source>
        <translation>کد ملی، تلفن، کد رهگیری یا نام…</translation>
    </message>
    <message>
        <source>New citizen</source>
        <translation>شهروند تازه</translation>
    </message>
    <message>
        <source>Add to the selected request instead</source>
        <translation>به‌جای آن، به درخواست انتخاب‌شده افزوده شود</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>درخواست</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>نام خانوادگی</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>کد ملی</translation>
    </message>
    <message>
        <source>Mobile or phone</source>
        <translation>همراه یا تلفن</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرا</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>شرح</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Coordinates</source>
        <translation>مختصات</translation>
    </message>
    <message>
        <source>Call notes</source>
        <translation>یادداشت تماس</translation>
    </message>
    <message>
        <source>Type to find the service…</source>
        <translation>برای یافتن خدمت بنویسید…</translation>
    </message>
    <message>
        <source>Type to find the district…</source>
        <translation>برای یافتن منطقه بنویسید…</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>عرض جغرافیایی</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>طول جغرافیایی</translation>
    </message>
    <message>
        <source>Save the case</source>
        <translation>ثبت پرونده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Open the case</source>
        <translation>باز کردن پرونده</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>پایان</translation>
    </message>
    <message numerus="yes">
        <source>The citizen's open requests, and open requests like this one (same service and district, last %n day(s))</source>
        <translation>
            <numerusform>درخواست‌های باز این شهروند، و درخواست‌های باز مشابه (همان خدمت و منطقه، %n روز اخیر)</numerusform>
        </translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>پیوست‌ها</translation>
    </message>
    <message>
        <source>This citizen's</source>
        <translation>از همین شهروند</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>These files were not attached; attach them again from the case:
%1</source>
        <translation>این فایل‌ها پیوست نشدند؛ از صفحهٔ پرونده دوباره پیوستشان کنید:
%1</translation>
    </message>
    <message>
        <source>Answers from the knowledge base</source>
        <translation>پاسخ‌ها از دانش‌نامه</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::KnowledgePage</name>
    <message>
        <source>Search articles: any spelling, in Persian or English</source>
        <translation>جست‌وجوی مقاله‌ها: با هر نوشتاری، به فارسی یا انگلیسی</translation>
    </message>
    <message>
        <source>Every kind</source>
        <translation>همهٔ گونه‌ها</translation>
    </message>
    <message>
        <source>Both languages</source>
        <translation>هر دو زبان</translation>
    </message>
    <message>
        <source>Persian</source>
        <translation>فارسی</translation>
    </message>
    <message>
        <source>English</source>
        <translation>انگلیسی</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>New article…</source>
        <translation>مقالهٔ تازه…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Versions…</source>
        <translation>نسخه‌ها…</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>پیوست…</translation>
    </message>
    <message>
        <source>Attach forms, photos or documents to the article; they are sent with the next sync</source>
        <translation>فرم، عکس یا سند را به مقاله پیوست کنید؛ با همگام‌سازی بعدی فرستاده می‌شوند</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>فرستادن برای بازبینی</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>تأیید</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>انتشار</translation>
    </message>
    <message>
        <source>Return to the author</source>
        <translation>بازگرداندن به نویسنده</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>بایگانی</translation>
    </message>
    <message>
        <source>Write a new version</source>
        <translation>نوشتن نسخهٔ تازه</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>نمایش بیشتر</translation>
    </message>
    <message>
        <source>All subjects</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>No articles here yet.</source>
        <translation>هنوز مقاله‌ای اینجا نیست.</translation>
    </message>
    <message>
        <source>No article matches. Try fewer or other words.</source>
        <translation>هیچ مقاله‌ای پیدا نشد. واژه‌های کمتر یا دیگری را بیازمایید.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln article(s)</source>
        <translation>
            <numerusform>%1 از %Ln مقاله</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose an article first.</source>
        <translation>نخست مقاله‌ای را انتخاب کنید.</translation>
    </message>
    <message>
        <source>You may not do this with the article in its present status.</source>
        <translation>در وضعیت کنونی مقاله اجازهٔ این کار را ندارید.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>پیوست نشد:
%1</translation>
    </message>
    <message>
        <source>%1 of more than %2 articles: add a word to narrow them</source>
        <translation>%1 از بیش از %2 مقاله: برای کمتر شدنشان واژه‌ای بیفزایید</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::KnowledgeSubjects</name>
    <message>
        <source>All subjects</source>
        <translation>همهٔ موضوع‌ها</translation>
    </message>
    <message>
        <source>No subject</source>
        <translation>بدون موضوع</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::LogContactDialog</name>
    <message>
        <source>Log a call with %1</source>
        <translation>ثبت تماس با %1</translation>
    </message>
    <message>
        <source>Send a message to %1</source>
        <translation>فرستادن پیام به %1</translation>
    </message>
    <message>
        <source>The citizen called</source>
        <translation>شهروند تماس گرفت</translation>
    </message>
    <message>
        <source>We called the citizen</source>
        <translation>ما با شهروند تماس گرفتیم</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>تماس</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>زمان آغاز</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>زمان پایان</translation>
    </message>
    <message>
        <source>Send by</source>
        <translation>فرستادن با</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>آنچه گفته شد</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>پیام</translation>
    </message>
    <message>
        <source>Not sent yet: this computer cannot send messages until the notifications feature is in place. The message is kept in the citizen's timeline as queued, and will be sent then.</source>
        <translation>هنوز فرستاده نمی‌شود: تا وقتی بخش اعلان‌ها آماده نشده، این کارساز نمی‌تواند پیام بفرستد. پیام در خط زمانی شهروند «در صف» نگه داشته می‌شود و آن وقت فرستاده خواهد شد.</translation>
    </message>
    <message>
        <source>Save the call</source>
        <translation>ذخیرهٔ تماس</translation>
    </message>
    <message>
        <source>Queue the message</source>
        <translation>گذاشتن پیام در صف</translation>
    </message>
    <message>
        <source>The citizen has not agreed to receive messages this way.</source>
        <translation>شهروند به دریافت پیام از این راه رضایت نداده است.</translation>
    </message>
    <message>
        <source>Enter when the call started.</source>
        <translation>زمان آغاز تماس را وارد کنید.</translation>
    </message>
    <message>
        <source>The call cannot end before it started.</source>
        <translation>پایان تماس نمی‌تواند پیش از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Write the message first.</source>
        <translation>نخست متن پیام را بنویسید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MainWindow</name>
    <message>
        <source>Shahrvand</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;زبان</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>Today's date (Iran time)</source>
        <translation>تاریخ امروز (به وقت ایران)</translation>
    </message>
    <message>
        <source>About Shahrvand</source>
        <translation>دربارهٔ شهروند</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Shahrvand %1&lt;/h3&gt;&lt;p&gt;Citizen relationship management for municipalities and public-service organisations.&lt;/p&gt;&lt;p&gt;The Vazirmatn typeface is used under the SIL Open Font License 1.1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;شهروند %1&lt;/h3&gt;&lt;p&gt;سامانهٔ مدیریت ارتباط با شهروندان برای شهرداری‌ها و سازمان‌های خدمات عمومی.&lt;/p&gt;&lt;p&gt;قلم وزیرمتن (Vazirmatn) با پروانهٔ SIL Open Font License 1.1 به کار رفته است.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Sync finished with %Ln conflict(s) waiting for you.</source>
        <translation>
            <numerusform>همگام‌سازی با %Ln ناسازگاری به پایان رسید که منتظر تصمیم شماست.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the conflicts</source>
        <translation>باز کردن ناسازگاری‌ها</translation>
    </message>
    <message>
        <source>Sync did not finish: %1</source>
        <translation>همگام‌سازی به پایان نرسید: %1</translation>
    </message>
    <message>
        <source>The server ended your session. Your work stays on this computer.</source>
        <translation>کارساز نشست شما را پایان داد. کار شما روی این رایانه می‌ماند.</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>دوباره وارد شوید</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;پیمایش</translation>
    </message>
    <message>
        <source>Main tool bar</source>
        <translation>نوار ابزار اصلی</translation>
    </message>
    <message>
        <source>No roles</source>
        <translation>بدون نقش</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>کارساز: %1</translation>
    </message>
    <message>
        <source>Your account: %1</source>
        <translation>حساب شما: %1</translation>
    </message>
    <message>
        <source>This section has no list to export.</source>
        <translation>این بخش فهرستی برای خروجی گرفتن ندارد.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>پرونده‌های CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>در %1 ذخیره شد.</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>پرونده‌های PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print to PDF</source>
        <translation>چاپ در PDF</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>ذخیره با نام</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionListModel</name>
    <message>
        <source>(not sent yet)</source>
        <translation>(هنوز ارسال نشده)</translation>
    </message>
    <message>
        <source>Order number</source>
        <translation>شمارهٔ حکم</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Planned period</source>
        <translation>بازهٔ برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>مقصد</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionOrderForm</name>
    <message>
        <source>None</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(هنوز ارسال نشده)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: write the time as hours and minutes, such as %2.</source>
        <translation>%1: زمان را به ساعت و دقیقه بنویسید، مانند %2.</translation>
    </message>
    <message>
        <source>Write the purpose of the mission.</source>
        <translation>هدف مأموریت را بنویسید.</translation>
    </message>
    <message>
        <source>The purpose is too long: at most 2,000 characters.</source>
        <translation>هدف بیش از اندازه بلند است: حداکثر ۲٬۰۰۰ نویسه.</translation>
    </message>
    <message>
        <source>Choose the unit that requests the mission.</source>
        <translation>واحد درخواست‌کنندهٔ مأموریت را برگزینید.</translation>
    </message>
    <message>
        <source>Give both the latitude and the longitude of the destination, or neither.</source>
        <translation>عرض و طول جغرافیایی مقصد را با هم وارد کنید، یا هیچ‌کدام را.</translation>
    </message>
    <message>
        <source>The latitude is a number of degrees from -90 to 90, such as 35.6892.</source>
        <translation>عرض جغرافیایی عددی بر حسب درجه از ‎-90‎ تا ۹۰ است، مانند ۳۵٫۶۸۹۲.</translation>
    </message>
    <message>
        <source>The longitude is a number of degrees from -180 to 180, such as 51.3890.</source>
        <translation>طول جغرافیایی عددی بر حسب درجه از ‎-180‎ تا ۱۸۰ است، مانند ۵۱٫۳۸۹۰.</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>آغاز برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>پایان برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <source>The planned end must come after the planned start.</source>
        <translation>پایان برنامه‌ریزی‌شده باید پس از آغاز آن باشد.</translation>
    </message>
    <message>
        <source>Requesting unit</source>
        <translation>واحد درخواست‌کننده</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>نشانی</translation>
    </message>
    <message>
        <source>Position (latitude / longitude)</source>
        <translation>موقعیت (عرض / طول جغرافیایی)</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>وسیلهٔ رفت‌وآمد</translation>
    </message>
    <message>
        <source>Contract or order number</source>
        <translation>شمارهٔ قرارداد یا حکم</translation>
    </message>
    <message>
        <source>Follow-up of</source>
        <translation>پیگیریِ مأموریت</translation>
    </message>
    <message>
        <source>The mission has a budget (finance approves it too)</source>
        <translation>مأموریت بودجه دارد (امور مالی هم آن را تأیید می‌کند)</translation>
    </message>
    <message>
        <source>&amp;Save the order</source>
        <translation>&amp;ذخیرهٔ حکم</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionReportPanel</name>
    <message>
        <source>Case %1 (not in this computer's copy)</source>
        <translation>پرونده %1 (در نسخهٔ این رایانه نیست)</translation>
    </message>
    <message>
        <source>What was done for this case (up to %1 characters)</source>
        <translation>آنچه برای این پرونده انجام شد (تا %1 نویسه)</translation>
    </message>
    <message>
        <source>Sent with the next sync</source>
        <translation>با همگام‌سازی بعدی فرستاده می‌شود</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>روی کارساز</translation>
    </message>
    <message>
        <source>Photos and documents (%1)</source>
        <translation>عکس‌ها و مدارک (%1)</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>شروع: %1</translation>
    </message>
    <message>
        <source>Ended: %1</source>
        <translation>پایان: %1</translation>
    </message>
    <message>
        <source>An actual time cannot lie in the future.</source>
        <translation>زمان واقعی نمی‌تواند در آینده باشد.</translation>
    </message>
    <message>
        <source>The mission cannot end before it started.</source>
        <translation>مأموریت نمی‌تواند پیش از شروعش پایان یافته باشد.</translation>
    </message>
    <message>
        <source>Enter when the mission started as well as when it ended.</source>
        <translation>زمان شروع مأموریت را هم همراه با زمان پایان وارد کنید.</translation>
    </message>
    <message>
        <source>The report is longer than %1 characters; shorten it or attach it as a document.</source>
        <translation>گزارش بیش از %1 نویسه است؛ کوتاهش کنید یا آن را به شکل مدرک پیوست کنید.</translation>
    </message>
    <message>
        <source>An outcome is longer than %1 characters: %2</source>
        <translation>نتیجهٔ یک پرونده بیش از %1 نویسه است: %2</translation>
    </message>
    <message>
        <source>The report was not saved: %1</source>
        <translation>گزارش ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Saved on this computer. It is sent with the next sync.</source>
        <translation>در این رایانه ذخیره شد و با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>پیوست نشد:
%1</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached. They are sent with the next sync.</source>
        <translation>
            <numerusform>%n پرونده پیوست شد و با همگام‌سازی بعدی فرستاده می‌شود.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a mission to see its report.</source>
        <translation>برای دیدن گزارش، یک مأموریت را برگزینید.</translation>
    </message>
    <message>
        <source>Write what was done while the mission is under way; it reaches each case when the mission is completed. Saved on this computer, sent with the next sync.</source>
        <translation>آنچه انجام شد را در جریان مأموریت بنویسید؛ با پایان مأموریت به هر پرونده می‌رسد. در این رایانه ذخیره و با همگام‌سازی بعدی فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The report is written once the order is issued, by the people sent on the mission or the unit's supervisor.</source>
        <translation>گزارش پس از صدور حکم، به دست اعزام‌شدگان یا سرپرست واحد نوشته می‌شود.</translation>
    </message>
    <message>
        <source>Only the people sent on the mission and the unit's supervisor write its report.</source>
        <translation>تنها اعزام‌شدگان به مأموریت و سرپرست واحد گزارش آن را می‌نویسند.</translation>
    </message>
    <message>
        <source>The mission has ended: its report is kept as it was written.</source>
        <translation>مأموریت پایان یافته است: گزارش آن همان‌گونه که نوشته شد نگه داشته می‌شود.</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 از %2 نویسه</translation>
    </message>
    <message>
        <source>Actual times</source>
        <translation>زمان‌های واقعی</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>شروع</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>آنچه انجام شد</translation>
    </message>
    <message>
        <source>Where the team went, what they found and did, what is left to do.</source>
        <translation>گروه کجا رفت، چه یافت و چه کرد، و چه کاری مانده است.</translation>
    </message>
    <message>
        <source>Each linked case</source>
        <translation>هر پروندهٔ پیوسته</translation>
    </message>
    <message>
        <source>No cases are linked to this mission.</source>
        <translation>هیچ پرونده‌ای به این مأموریت پیوسته نیست.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>پرونده</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>اندازه</translation>
    </message>
    <message>
        <source>State</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Photos and documents</source>
        <translation>عکس‌ها و مدارک</translation>
    </message>
    <message>
        <source>Attach a photo or document…</source>
        <translation>پیوست عکس یا مدرک…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionText</name>
    <message>
        <source>Draft</source>
        <translation>پیش‌نویس</translation>
    </message>
    <message>
        <source>Draft — awaiting approval</source>
        <translation>پیش‌نویس — در انتظار تأیید</translation>
    </message>
    <message>
        <source>Draft — approved, ready to issue</source>
        <translation>پیش‌نویس — تأییدشده، آمادهٔ صدور</translation>
    </message>
    <message>
        <source>Draft — rejected</source>
        <translation>پیش‌نویس — ردشده</translation>
    </message>
    <message>
        <source>Draft — returned for correction</source>
        <translation>پیش‌نویس — بازگشته برای اصلاح</translation>
    </message>
    <message>
        <source>%1, %2 to %3</source>
        <translation>%1، %2 تا %3</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>از %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>تا %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 تا %2</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>ارسال برای تأیید</translation>
    </message>
    <message>
        <source>Take back to draft</source>
        <translation>بازگرداندن به پیش‌نویس</translation>
    </message>
    <message>
        <source>Issue the order</source>
        <translation>صدور حکم</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Complete — another mission needed</source>
        <translation>پایان — مأموریت دیگری لازم است</translation>
    </message>
    <message>
        <source>Cancel the mission…</source>
        <translation>لغو مأموریت…</translation>
    </message>
    <message>
        <source>Submitted for approval. It is sent with the next sync.</source>
        <translation>برای تأیید فرستاده شد. با همگام‌سازی بعدی ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Taken back to draft: the order may be changed again.</source>
        <translation>به پیش‌نویس بازگشت: حکم دوباره تغییرپذیر است.</translation>
    </message>
    <message>
        <source>The order is issued. It reaches the officers with the next sync.</source>
        <translation>حکم صادر شد. با همگام‌سازی بعدی به مأموران می‌رسد.</translation>
    </message>
    <message>
        <source>The mission has started.</source>
        <translation>مأموریت آغاز شد.</translation>
    </message>
    <message>
        <source>The mission is completed.</source>
        <translation>مأموریت به پایان رسید.</translation>
    </message>
    <message>
        <source>The mission is completed; another mission is needed.</source>
        <translation>مأموریت به پایان رسید؛ مأموریت دیگری لازم است.</translation>
    </message>
    <message>
        <source>The mission is cancelled.</source>
        <translation>مأموریت لغو شد.</translation>
    </message>
    <message>
        <source>Issue needs at least one assignee.</source>
        <translation>برای صدور حکم دست‌کم یک نفر باید به مأموریت فرستاده شود.</translation>
    </message>
    <message>
        <source>Issue needs the approval of the mission first.</source>
        <translation>صدور حکم پس از تأیید مأموریت ممکن است.</translation>
    </message>
    <message>
        <source>The mission is already waiting for approval or approved.</source>
        <translation>مأموریت هم‌اکنون در انتظار تأیید است یا تأیید شده است.</translation>
    </message>
    <message>
        <source>Your role may not do this on this mission: %1.</source>
        <translation>نقش شما اجازهٔ این کار را در این مأموریت نمی‌دهد: %1.</translation>
    </message>
    <message>
        <source>Not possible in the mission's current status: %1.</source>
        <translation>در وضعیت کنونی مأموریت ممکن نیست: %1.</translation>
    </message>
    <message>
        <source>Leader</source>
        <translation>سرگروه</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>عضو</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>راننده</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionWorkspace</name>
    <message>
        <source>The order is waiting for approval or approved: take it back to draft to change it.</source>
        <translation>حکم در انتظار تأیید است یا تأیید شده است؛ برای تغییر، آن را به پیش‌نویس بازگردانید.</translation>
    </message>
    <message>
        <source>The order was issued and is no longer changed (%1).</source>
        <translation>حکم صادر شده و دیگر تغییر نمی‌کند (%1).</translation>
    </message>
    <message>
        <source>Only the requester of the mission or the unit's supervisor changes the order.</source>
        <translation>تنها درخواست‌کنندهٔ مأموریت یا سرپرست واحد حکم را تغییر می‌دهد.</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>مأموریت تازه</translation>
    </message>
    <message>
        <source>Mission (order number after the next sync)</source>
        <translation>مأموریت (شمارهٔ حکم پس از همگام‌سازی بعدی)</translation>
    </message>
    <message>
        <source>Mission order %1</source>
        <translation>حکم مأموریت %1</translation>
    </message>
    <message>
        <source>The mission waits for its approvers' decisions (see Approvals).</source>
        <translation>مأموریت در انتظار تصمیم تأییدکنندگان است (زبانهٔ تأییدها را ببینید).</translation>
    </message>
    <message>
        <source>Expenses: no submitted, approved or paid claim for this mission.</source>
        <translation>هزینه‌ها: درخواست هزینهٔ ارسال‌شده، تأییدشده یا پرداخت‌شده‌ای برای این مأموریت نیست.</translation>
    </message>
    <message>
        <source>Expenses: the claims of this mission add up to more than can be recorded; their amounts need checking.</source>
        <translation>هزینه‌ها: جمع درخواست‌های هزینهٔ این مأموریت از بیشینهٔ قابل ثبت فراتر می‌رود؛ مبلغ‌ها باید بررسی شوند.</translation>
    </message>
    <message numerus="yes">
        <source>Expenses: %Ln claim(s) submitted, approved or paid, %1 in all.</source>
        <translation>
            <numerusform>هزینه‌ها: %Ln درخواست هزینهٔ ارسال‌شده، تأییدشده یا پرداخت‌شده، روی هم %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>You may not change this mission's order now.</source>
        <translation>اکنون نمی‌توانید حکم این مأموریت را تغییر دهید.</translation>
    </message>
    <message>
        <source>The mission is saved as a draft on this computer. Add the people and the cases, then submit it for approval.</source>
        <translation>مأموریت به‌صورت پیش‌نویس در این رایانه ذخیره شد. افراد و پرونده‌ها را بیفزایید و سپس آن را برای تأیید بفرستید.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>The order is saved. It is sent with the next sync.</source>
        <translation>حکم ذخیره شد. با همگام‌سازی بعدی ارسال می‌شود.</translation>
    </message>
    <message>
        <source>Save the mission first.</source>
        <translation>نخست مأموریت را ذخیره کنید.</translation>
    </message>
    <message>
        <source>The order has changes not saved yet: save them first (or open the mission again to leave them).</source>
        <translation>حکم تغییرهای ذخیره‌نشده دارد؛ نخست آن‌ها را ذخیره کنید (یا برای کنار گذاشتنشان مأموریت را دوباره باز کنید).</translation>
    </message>
    <message>
        <source>Take the issued order back to draft? The officers no longer have an order, and it needs approval again.</source>
        <translation>حکم صادرشده به پیش‌نویس بازگردد؟ مأموران دیگر حکمی ندارند و حکم دوباره به تأیید نیاز دارد.</translation>
    </message>
    <message>
        <source>Cancel this mission? It cannot be taken up again. Why is it cancelled? (the reason goes to its comments)</source>
        <translation>این مأموریت لغو شود؟ دیگر نمی‌توان آن را از سر گرفت. چرا لغو می‌شود؟ (دلیل در یادداشت‌های آن ثبت می‌شود)</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>لغو شد: %1</translation>
    </message>
    <message>
        <source>Draft the follow-up mission now? Its order is copied from this one and its cases carried over; you set the new period.</source>
        <translation>مأموریت پیگیری اکنون نوشته شود؟ حکم آن از این حکم رونویسی و پرونده‌هایش منتقل می‌شوند؛ بازهٔ تازه را شما تعیین می‌کنید.</translation>
    </message>
    <message>
        <source>The follow-up mission is drafted. Set its period and people, then submit it for approval.</source>
        <translation>پیش‌نویس مأموریت پیگیری نوشته شد. بازه و افراد آن را تعیین کنید و سپس آن را برای تأیید بفرستید.</translation>
    </message>
    <message>
        <source>Your role does not request missions: ask the unit's supervisor.</source>
        <translation>نقش شما درخواست مأموریت نمی‌دهد؛ از سرپرست واحد بخواهید.</translation>
    </message>
    <message>
        <source>Mission</source>
        <translation>مأموریت</translation>
    </message>
    <message>
        <source>Cancel the mission</source>
        <translation>لغو مأموریت</translation>
    </message>
    <message>
        <source>Back to the list</source>
        <translation>بازگشت به فهرست</translation>
    </message>
    <message>
        <source>Back to the missions</source>
        <translation>بازگشت به مأموریت‌ها</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>حکم</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>تأییدها</translation>
    </message>
    <message>
        <source>Choose the person to send from the list.</source>
        <translation>فردی را که فرستاده می‌شود از فهرست برگزینید.</translation>
    </message>
    <message>
        <source>Choose the person to take off in the list.</source>
        <translation>فردی را که از مأموریت برداشته می‌شود در فهرست برگزینید.</translation>
    </message>
    <message>
        <source>Choose the case to link from the list.</source>
        <translation>پرونده‌ای را که پیوند می‌خورد از فهرست برگزینید.</translation>
    </message>
    <message>
        <source>Choose the case to take off in the list.</source>
        <translation>پرونده‌ای را که برداشته می‌شود در فهرست برگزینید.</translation>
    </message>
    <message>
        <source>People are sent on a mission by the unit's supervisor.</source>
        <translation>افراد را سرپرست واحد به مأموریت می‌فرستد.</translation>
    </message>
    <message>
        <source>%1 is already on this mission.</source>
        <translation>%1 هم‌اکنون در این مأموریت است.</translation>
    </message>
    <message>
        <source>The cases this mission goes for. Their outcomes are written with the mission's report.</source>
        <translation>پرونده‌هایی که این مأموریت برای آن‌هاست. نتیجهٔ آن‌ها با گزارش مأموریت نوشته می‌شود.</translation>
    </message>
    <message>
        <source>The cases this mission goes for, with their outcomes. They are changed with the order, as a draft.</source>
        <translation>پرونده‌هایی که این مأموریت برای آن‌هاست، با نتیجه‌شان. این فهرست همراه حکم و در پیش‌نویس تغییر می‌کند.</translation>
    </message>
    <message>
        <source>(not in this computer's copy)</source>
        <translation>(در نسخهٔ این رایانه نیست)</translation>
    </message>
    <message>
        <source>Cases are linked while the order is a draft, by its requester or the unit's supervisor.</source>
        <translation>پرونده‌ها تا وقتی حکم پیش‌نویس است، به دست درخواست‌کننده یا سرپرست واحد پیوند می‌خورند.</translation>
    </message>
    <message>
        <source>This case is already linked to the mission.</source>
        <translation>این پرونده از پیش به مأموریت پیوند خورده است.</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>در انتظار همگام‌سازی</translation>
    </message>
    <message>
        <source>Write the comment first.</source>
        <translation>نخست یادداشت را بنویسید.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 به جای %2</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>در انتظار</translation>
    </message>
    <message>
        <source>No approval yet: the chain starts when the mission is submitted (the server writes its steps).</source>
        <translation>هنوز تأییدی نیست: زنجیرهٔ تأیید با ارسال مأموریت آغاز می‌شود (کارگزار مرحله‌های آن را می‌نویسد).</translation>
    </message>
    <message>
        <source>Each submission's approval chain, step by step.</source>
        <translation>زنجیرهٔ تأیید هر ارسال، مرحله به مرحله.</translation>
    </message>
    <message>
        <source>People sent on the mission</source>
        <translation>افراد فرستاده‌شده به مأموریت</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Role on the mission</source>
        <translation>نقش در مأموریت</translation>
    </message>
    <message>
        <source>Find a person by name…</source>
        <translation>یافتن فرد با نام…</translation>
    </message>
    <message>
        <source>Send on the mission</source>
        <translation>فرستادن به مأموریت</translation>
    </message>
    <message>
        <source>Take off the mission</source>
        <translation>برداشتن از مأموریت</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>موضوع</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>نتیجه</translation>
    </message>
    <message>
        <source>Find a case by tracking code or subject…</source>
        <translation>یافتن پرونده با کد رهگیری یا موضوع…</translation>
    </message>
    <message>
        <source>Link the case</source>
        <translation>پیوند پرونده</translation>
    </message>
    <message>
        <source>Unlink the chosen case</source>
        <translation>برداشتن پیوند پروندهٔ برگزیده</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>نویسنده</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>زمان نوشتن</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <source>A comment for the units working on this mission…</source>
        <translation>یادداشتی برای واحدهایی که روی این مأموریت کار می‌کنند…</translation>
    </message>
    <message>
        <source>Add the comment</source>
        <translation>افزودن یادداشت</translation>
    </message>
    <message>
        <source>Submission</source>
        <translation>ارسال</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>تأییدکننده</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>تصمیم</translation>
    </message>
    <message>
        <source>On</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::MissionsPage</name>
    <message>
        <source>No missions in this computer's copy yet. They arrive with the next sync.</source>
        <translation>هنوز مأموریتی در نسخهٔ این رایانه نیست. مأموریت‌ها با همگام‌سازی بعدی می‌رسند.</translation>
    </message>
    <message>
        <source>No mission of yours matches. "All I can see" shows the others.</source>
        <translation>مأموریتی از شما با این فیلترها نیست. «همهٔ آنچه می‌بینم» بقیه را نشان می‌دهد.</translation>
    </message>
    <message>
        <source>No mission matches the filters.</source>
        <translation>مأموریتی با این فیلترها نیست.</translation>
    </message>
    <message>
        <source>%1 of %2 missions</source>
        <translation>%1 از %2 مأموریت</translation>
    </message>
    <message>
        <source>My missions</source>
        <translation>مأموریت‌های من</translation>
    </message>
    <message>
        <source>All I can see</source>
        <translation>همهٔ آنچه می‌بینم</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>همهٔ وضعیت‌ها</translation>
    </message>
    <message>
        <source>New mission</source>
        <translation>مأموریت تازه</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>درخواست‌های هزینه</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>گزارش</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::NotificationsArea</name>
    <message numerus="yes">
        <source>Notifications: %Ln unread</source>
        <translation>
            <numerusform>اعلان‌ها: %Ln خوانده‌نشده</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>اعلان‌ها</translation>
    </message>
    <message>
        <source>No notifications</source>
        <translation>اعلانی نیست</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <comment>notice, then what choosing it does</comment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Clear notifications</source>
        <translation>پاک کردن اعلان‌ها</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::QueueFilterDialog</name>
    <message>
        <source>Filter the queue</source>
        <translation>پالایش صف</translation>
    </message>
    <message>
        <source>Only cases with one of the ticked values in each list are shown; a list with nothing ticked does not narrow the queue.</source>
        <translation>فقط پرونده‌هایی نشان داده می‌شوند که در هر فهرست یکی از مقدارهای علامت‌خورده را دارند؛ فهرستی که چیزی در آن علامت نخورده صف را محدود نمی‌کند.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرا</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>Name, to keep it as a view (e.g. “Urgent lighting”)</source>
        <translation>نام، برای نگه‌داشتن به‌عنوان نما (مثلاً «روشنایی فوری»)</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <source>Save the view</source>
        <translation>ذخیرهٔ نما</translation>
    </message>
    <message>
        <source>Save as a view</source>
        <translation>ذخیره به‌عنوان نما</translation>
    </message>
    <message>
        <source>Remove the view</source>
        <translation>حذف نما</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Give the view a name to keep it.</source>
        <translation>برای نگه‌داشتن نما، نامی به آن بدهید.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ReceiptViewer</name>
    <message>
        <source>receipt</source>
        <translation>رسید</translation>
    </message>
    <message>
        <source>There is no room for a copy on this computer.</source>
        <translation>در این رایانه جایی برای یک رونوشت نیست.</translation>
    </message>
    <message>
        <source>No program on this computer opens “%1”.</source>
        <translation>هیچ برنامه‌ای در این رایانه «%1» را باز نمی‌کند.</translation>
    </message>
    <message>
        <source>No receipt is attached to this line.</source>
        <translation>رسیدی به این قلم پیوست نشده است.</translation>
    </message>
    <message>
        <source>“%1” opens in the desktop's own viewer.</source>
        <translation>«%1» در نمایشگر خود رایانه باز می‌شود.</translation>
    </message>
    <message>
        <source>The receipt “%1” is on the server.</source>
        <translation>رسید «%1» روی کارساز است.</translation>
    </message>
    <message>
        <source>The receipt “%1” is on the server: it can be seen when this computer is connected.</source>
        <translation>رسید «%1» روی کارساز است؛ وقتی این رایانه متصل باشد دیده می‌شود.</translation>
    </message>
    <message>
        <source>Fetching “%1” from the server…</source>
        <translation>در حال گرفتن «%1» از کارساز…</translation>
    </message>
    <message>
        <source>The receipt could not be shown: %1</source>
        <translation>رسید نمایش داده نشد: %1</translation>
    </message>
    <message>
        <source>Open the receipt</source>
        <translation>باز کردن رسید</translation>
    </message>
    <message>
        <source>Fetch from the server</source>
        <translation>گرفتن از کارساز</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::RoutingRulesDialog</name>
    <message>
        <source>Round robin</source>
        <translation>نوبتی</translation>
    </message>
    <message>
        <source>Least loaded</source>
        <translation>کم‌کارترین</translation>
    </message>
    <message>
        <source>A fixed person</source>
        <translation>فردی معین</translation>
    </message>
    <message>
        <source>The team's queue</source>
        <translation>صف تیم</translation>
    </message>
    <message>
        <source>New routing rule</source>
        <translation>قاعدهٔ مسیریابی تازه</translation>
    </message>
    <message>
        <source>Routing rule</source>
        <translation>قاعدهٔ ارجاع</translation>
    </message>
    <message>
        <source>Any service</source>
        <translation>هر خدمتی</translation>
    </message>
    <message>
        <source>Any district</source>
        <translation>هر منطقه‌ای</translation>
    </message>
    <message>
        <source>Type the team…</source>
        <translation>تیم را بنویسید…</translation>
    </message>
    <message>
        <source>For a fixed person: type a name…</source>
        <translation>برای فردی معین: نام را بنویسید…</translation>
    </message>
    <message>
        <source>Any channel</source>
        <translation>هر کانالی</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>هر اولویتی</translation>
    </message>
    <message>
        <source>Words or phrases, separated by commas: any of them matches</source>
        <translation>واژه‌ها یا عبارت‌ها، جدا با ویرگول: هر کدام بیاید، قاعده برقرار است</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>When a new case has…</source>
        <translation>وقتی پروندهٔ تازه…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>خدمت</translation>
    </message>
    <message>
        <source>District</source>
        <translation>منطقه</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>مجرا</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>اولویت</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>کلیدواژه‌ها</translation>
    </message>
    <message>
        <source>…it goes to</source>
        <translation>…به اینجا می‌رود</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>تیم</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>Save the rule</source>
        <translation>ذخیرهٔ قاعده</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>قواعد مسیریابی</translation>
    </message>
    <message>
        <source>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. No rule matches: the service's responsible unit. Changes are sent with the next sync.</source>
        <translation>پروندهٔ تازه به تیمِ نخستین قاعدهٔ فعال (به همین ترتیب) می‌رود که همهٔ شرط‌هایش برقرار باشد. اگر هیچ قاعده‌ای برقرار نباشد: واحد مسئول خدمت. تغییرات با همگام‌سازی بعدی ارسال می‌شوند.</translation>
    </message>
    <message>
        <source>A new case goes to the team of the first active rule, in this order, that matches everything the rule names. Only administrators change the rules.</source>
        <translation>پروندهٔ تازه به تیمِ نخستین قاعدهٔ فعال (به همین ترتیب) می‌رود که همهٔ شرط‌هایش برقرار باشد. فقط مدیران سامانه قواعد را تغییر می‌دهند.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>حذف</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>بالا بردن</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>پایین بردن</translation>
    </message>
    <message>
        <source>Try: where would a case go?</source>
        <translation>آزمودن: پرونده کجا می‌رود؟</translation>
    </message>
    <message>
        <source>Service…</source>
        <translation>خدمت…</translation>
    </message>
    <message>
        <source>District…</source>
        <translation>منطقه…</translation>
    </message>
    <message>
        <source>What the citizen says…</source>
        <translation>گفتهٔ شهروند…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>هر</translation>
    </message>
    <message>
        <source>Not active</source>
        <translation>غیرفعال</translation>
    </message>
    <message>
        <source>Rule %1: to %2.</source>
        <translation>قاعدهٔ %1: به %2.</translation>
    </message>
    <message>
        <source>No rule matches: to the service's responsible unit, %1.</source>
        <translation>هیچ قاعده‌ای برقرار نیست: به واحد مسئول خدمت، %1.</translation>
    </message>
    <message>
        <source>No rule matches, and the service names no responsible unit.</source>
        <translation>هیچ قاعده‌ای برقرار نیست و خدمت واحد مسئولی ندارد.</translation>
    </message>
    <message>
        <source>Only administrators change the routing rules.</source>
        <translation>فقط مدیران سامانه قواعد مسیریابی را تغییر می‌دهند.</translation>
    </message>
    <message>
        <source>Choose the team the cases go to.</source>
        <translation>تیمی را که پرونده‌ها به آن می‌روند انتخاب کنید.</translation>
    </message>
    <message>
        <source>Choose the person, or another way to pick the owner.</source>
        <translation>فرد را انتخاب کنید، یا روش دیگری برای تعیین مسئول.</translation>
    </message>
    <message>
        <source>Nothing to move.</source>
        <translation>چیزی برای جابه‌جایی نیست.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::RowListPage</name>
    <message>
        <source>Nothing here yet. The list fills in as the workstation syncs with the server.</source>
        <translation>هنوز چیزی اینجا نیست. این فهرست با همگام‌سازی میز کار با کارساز پر می‌شود.</translation>
    </message>
    <message>
        <source>Read more rows</source>
        <translation>خواندن ردیف‌های بیشتر</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of the rows read so far match.</source>
        <translation>
            <numerusform>%Ln ردیف از ردیف‌های خوانده‌شده با جست‌وجو می‌خواند.</numerusform>
        </translation>
    </message>
    <message>
        <source>The search looks only at rows already read from this computer's copy; read more rows to search further.</source>
        <translation>جست‌وجو فقط در ردیف‌هایی است که تاکنون از نسخهٔ این رایانه خوانده شده است؛ برای جست‌وجوی بیشتر، ردیف‌های بیشتری بخوانید.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) shown.</source>
        <translation>
            <numerusform>%Ln ردیف نمایش داده شده است.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scroll down to read more.</source>
        <translation>برای خواندن ردیف‌های بیشتر به پایین بروید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SearchPicker</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::Section</name>
    <message>
        <source>Cases</source>
        <translation>پرونده‌ها</translation>
    </message>
    <message>
        <source>Citizens</source>
        <translation>شهروندان</translation>
    </message>
    <message>
        <source>Knowledge</source>
        <translation>دانش‌نامه</translation>
    </message>
    <message>
        <source>Missions</source>
        <translation>مأموریت‌ها</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>تأییدها</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>داشبوردها</translation>
    </message>
    <message>
        <source>The cases of your teams and the cases you own, as last synced.</source>
        <translation>پرونده‌های تیم‌های شما و پرونده‌هایی که مسئولشان هستید، مطابق آخرین همگام‌سازی.</translation>
    </message>
    <message>
        <source>The citizens you may see, as last synced.</source>
        <translation>شهروندانی که اجازهٔ دیدنشان را دارید، مطابق آخرین همگام‌سازی.</translation>
    </message>
    <message>
        <source>Knowledge articles: answers, instructions and regulations.</source>
        <translation>مقاله‌های دانش: پاسخ‌ها، دستورالعمل‌ها و آیین‌نامه‌ها.</translation>
    </message>
    <message>
        <source>Missions of your units and the missions you are assigned to.</source>
        <translation>مأموریت‌های واحدهای شما و مأموریت‌هایی که به شما سپرده شده است.</translation>
    </message>
    <message>
        <source>Approval steps waiting for your decision.</source>
        <translation>مرحله‌های تأیید که منتظر تصمیم شما هستند.</translation>
    </message>
    <message>
        <source>What your offline copy holds, at a glance.</source>
        <translation>نگاهی کوتاه به آنچه در نسخهٔ برون‌خط شماست.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ServiceDashboard</name>
    <message>
        <source>Every channel</source>
        <translation>همهٔ مجراها</translation>
    </message>
    <message>
        <source>Every service</source>
        <translation>همهٔ خدمت‌ها</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>بدون خدمت</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>درخواست‌ها</translation>
    </message>
    <message>
        <source>Requests of %1</source>
        <translation>درخواست‌های %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Requests by %1</source>
        <translation>درخواست‌های رسیده از %1</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>پرونده‌های باز</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز اخیر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز اخیر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>امسال</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>روزانه</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>هفتگی</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>ماهانه</translation>
    </message>
    <message>
        <source>Service: every case in this computer's copy</source>
        <translation>خدمت‌رسانی: همهٔ پرونده‌های نسخهٔ این رایانه</translation>
    </message>
    <message>
        <source>Service: the cases of your units</source>
        <translation>خدمت‌رسانی: پرونده‌های واحدهای شما</translation>
    </message>
    <message>
        <source>Service: your cases</source>
        <translation>خدمت‌رسانی: پرونده‌های شما</translation>
    </message>
    <message>
        <source>Requests in the period</source>
        <translation>درخواست‌های این دوره</translation>
    </message>
    <message>
        <source>Still open</source>
        <translation>هنوز باز</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>باز و دیرکرده</translation>
    </message>
    <message>
        <source>Open cases within their time</source>
        <translation>پرونده‌های باز در مهلت</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع‌شده به سطح بالاتر</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>درخواست‌ها در گذر زمان</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>بر پایهٔ مجرا</translation>
    </message>
    <message>
        <source>Busiest services</source>
        <translation>پرکارترین خدمت‌ها</translation>
    </message>
    <message>
        <source>Open backlog by age</source>
        <translation>پرونده‌های باز بر پایهٔ سن</translation>
    </message>
    <message>
        <source>Days open</source>
        <translation>روزهای باز بودن</translation>
    </message>
    <message>
        <source>Open for %1 days</source>
        <translation>باز به مدت %1 روز</translation>
    </message>
    <message>
        <source>%1 of 5</source>
        <translation>%1 از ۵</translation>
    </message>
    <message>
        <source>Satisfaction (%1 answers; %2 satisfied)</source>
        <translation>رضایت (%1 پاسخ؛ %2 راضی)</translation>
    </message>
    <message>
        <source>Average time to first response</source>
        <translation>میانگین زمان تا نخستین پاسخ</translation>
    </message>
    <message>
        <source>Average time to resolution</source>
        <translation>میانگین زمان تا رسیدگی</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>رضایت</translation>
    </message>
    <message>
        <source>Figures from the server, over every case you may see, as of %1.</source>
        <translation>ارقام از کارساز، بر پایهٔ همهٔ پرونده‌هایی که می‌توانید ببینید، به‌روز تا %1.</translation>
    </message>
    <message>
        <source>This computer's copy</source>
        <translation>نسخهٔ این رایانه</translation>
    </message>
    <message>
        <source>The whole organisation (server)</source>
        <translation>کل سازمان (از کارساز)</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>در حال پرسیدن از کارساز…</translation>
    </message>
    <message>
        <source>The server did not answer: %1</source>
        <translation>کارساز پاسخ نداد: %1</translation>
    </message>
    <message>
        <source>Custom period…</source>
        <translation>دورهٔ دلخواه…</translation>
    </message>
    <message>
        <source>From, e.g. %1</source>
        <translation>از، مثلاً %1</translation>
    </message>
    <message>
        <source>To, e.g. %1</source>
        <translation>تا، مثلاً %1</translation>
    </message>
    <message>
        <source>By district</source>
        <translation>بر پایهٔ منطقه</translation>
    </message>
    <message>
        <source>Recurring problems: a service in a district</source>
        <translation>مشکلات تکرارشونده: یک خدمت در یک منطقه</translation>
    </message>
    <message>
        <source>No district</source>
        <translation>بدون منطقه</translation>
    </message>
    <message>
        <source>Requests in %1</source>
        <translation>درخواست‌های %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 در %2</translation>
    </message>
    <message>
        <source>Every team</source>
        <translation>همهٔ تیم‌ها</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>از: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>تا: %1</translation>
    </message>
    <message>
        <source>The period ends before it begins.</source>
        <translation>پایان دوره پیش از آغاز آن است.</translation>
    </message>
    <message>
        <source>A period is at most 400 days.</source>
        <translation>یک دوره حداکثر ۴۰۰ روز است.</translation>
    </message>
    <message>
        <source>%1, no district</source>
        <translation>%1، بدون منطقه</translation>
    </message>
    <message>
        <source>Satisfaction: no answers yet</source>
        <translation>رضایت: هنوز پاسخی نیست</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ShellActions</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;همگام‌سازی اکنون</translation>
    </message>
    <message>
        <source>Send your edits and receive the latest changes now</source>
        <translation>ویرایش‌های خود را بفرستید و تازه‌ترین تغییرات را همین حالا دریافت کنید</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;خروج از حساب</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Search this section</source>
        <translation>&amp;جست‌وجو در این بخش</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>&amp;ناسازگاری‌ها…</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;اعلان‌ها</translation>
    </message>
    <message>
        <source>&amp;Account menu</source>
        <translation>&amp;منوی حساب کاربری</translation>
    </message>
    <message>
        <source>S&amp;witch language</source>
        <translation>&amp;تغییر زبان</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;About Shahrvand</source>
        <translation>&amp;دربارهٔ شهروند</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>دربارهٔ &amp;کیوت</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;خروجی CSV…</translation>
    </message>
    <message>
        <source>Save this section's list or figures for a spreadsheet</source>
        <translation>فهرست یا ارقام این بخش را برای صفحه‌گسترده ذخیره کنید</translation>
    </message>
    <message>
        <source>&amp;Print to PDF…</source>
        <translation>&amp;چاپ در PDF…</translation>
    </message>
    <message>
        <source>Save this section as it is on screen, as a PDF</source>
        <translation>این بخش را همان‌گونه که روی صفحه است، به شکل PDF ذخیره کنید</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>سایر</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>Every command of the main window can be reached from the keyboard with these keys.</source>
        <translation>هر فرمان پنجرهٔ اصلی را می‌توان با این کلیدها از صفحه‌کلید اجرا کرد.</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SignInDialog</name>
    <message>
        <source>Sign in again</source>
        <translation>ورود دوباره</translation>
    </message>
    <message>
        <source>Sign in to Shahrvand</source>
        <translation>ورود به شهروند</translation>
    </message>
    <message>
        <source>Shahrvand</source>
        <translation>شهروند</translation>
    </message>
    <message>
        <source>Your session on the server has ended. Enter your password to carry on; your work on this computer is kept.</source>
        <translation>نشست شما در کارساز به پایان رسیده است. برای ادامه، گذرواژهٔ خود را وارد کنید؛ کارهای شما در این رایانه محفوظ است.</translation>
    </message>
    <message>
        <source>Citizen relationship management. Sign in with the account your organisation gave you.</source>
        <translation>سامانهٔ مدیریت ارتباط با شهروندان. با حساب کاربری‌ای که سازمانتان به شما داده است وارد شوید.</translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation>نشانی &amp;کارساز:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;نام کاربری:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;گذرواژه:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;مرا در این رایانه به خاطر بسپار</translation>
    </message>
    <message>
        <source>Start without asking for the password next time. Your sign-in is kept in the system keychain, never in a plain file.</source>
        <translation>دفعهٔ بعد بدون پرسیدن گذرواژه شروع شود. اطلاعات ورود شما در جاکلیدی سیستم‌عامل نگه داشته می‌شود، هرگز در یک پروندهٔ ساده.</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;ورود</translation>
    </message>
    <message>
        <source>Work &amp;offline</source>
        <translation>کار &amp;بدون اتصال</translation>
    </message>
    <message>
        <source>Open the data saved on this computer; your changes are sent to the server when it can be reached again.</source>
        <translation>داده‌های ذخیره‌شده در این رایانه باز می‌شود؛ تغییرات شما هر وقت کارساز دوباره در دسترس باشد برایش فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>انصراف</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>در حال ورود…</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>نشانی کارساز</translation>
    </message>
    <message>
        <source>The address of your organisation's Shahrvand server, for example crm.example.ir</source>
        <translation>نشانی کارساز شهروند سازمان شما، برای نمونه crm.example.ir</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>نام کاربری</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>گذرواژه</translation>
    </message>
    <message>
        <source>Remember me on this computer</source>
        <translation>مرا در این رایانه به خاطر بسپار</translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation>مشکل ورود</translation>
    </message>
    <message>
        <source>Keychain notice</source>
        <translation>یادآوری دربارهٔ جاکلیدی</translation>
    </message>
    <message>
        <source>Too many unsuccessful attempts with this user name. For your account's safety, signing in is paused; you can try again in %1.</source>
        <translation>تلاش‌های ناموفق با این نام کاربری از حد مجاز گذشته است. برای امنیت حساب شما، ورود موقتاً متوقف شده است؛ پس از %1 می‌توانید دوباره تلاش کنید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SignInFlow</name>
    <message>
        <source>Enter the address of your organisation's Shahrvand server.</source>
        <translation>نشانی کارساز شهروند سازمان خود را وارد کنید.</translation>
    </message>
    <message>
        <source>“%1” is not a server address that can be used. Enter it as your organisation gave it, for example crm.example.ir.</source>
        <translation>«%1» نشانی کارساز قابل استفاده‌ای نیست. آن را همان‌طور که سازمانتان داده است وارد کنید، برای نمونه crm.example.ir.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>نام کاربری خود را وارد کنید.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>گذرواژهٔ خود را وارد کنید.</translation>
    </message>
    <message>
        <source>The server's answer could not be understood. It may run another version of Shahrvand; tell your administrator.</source>
        <translation>پاسخ کارساز قابل فهم نبود. شاید نسخهٔ دیگری از شهروند روی آن اجرا می‌شود؛ به مدیر سامانه خبر دهید.</translation>
    </message>
    <message>
        <source>The user name or password is not correct.</source>
        <translation>نام کاربری یا گذرواژه درست نیست.</translation>
    </message>
    <message>
        <source>The server has a problem and cannot sign you in now.</source>
        <translation>کارساز دچار مشکل است و اکنون نمی‌تواند شما را وارد کند.</translation>
    </message>
    <message>
        <source>The server cannot be reached. Check the address and the network connection.</source>
        <translation>دسترسی به کارساز ممکن نیست. نشانی و اتصال شبکه را بررسی کنید.</translation>
    </message>
    <message>
        <source>You can go on working offline and sign in again later.</source>
        <translation>می‌توانید بدون اتصال به کار ادامه دهید و بعداً دوباره وارد شوید.</translation>
    </message>
    <message>
        <source>Your data from your last sign-in is on this computer: you can work offline, and your changes are sent when the server can be reached again.</source>
        <translation>داده‌های آخرین ورود شما در این رایانه هست: می‌توانید بدون اتصال کار کنید و تغییراتتان هر وقت کارساز دوباره در دسترس باشد فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in.</source>
        <translation>کارساز ورود را نپذیرفت.</translation>
    </message>
    <message>
        <source>There is no data of this user from this server on this computer. Sign in when the server can be reached.</source>
        <translation>در این رایانه داده‌ای از این کاربر در این کارساز نیست. هر وقت کارساز در دسترس بود وارد شوید.</translation>
    </message>
    <message>
        <source>The password is not correct.</source>
        <translation>گذرواژه درست نیست.</translation>
    </message>
    <message>
        <source>The data on this computer does not say whose it is. Sign in when the server can be reached.</source>
        <translation>معلوم نیست داده‌های این رایانه متعلق به کیست. هر وقت کارساز در دسترس بود وارد شوید.</translation>
    </message>
    <message>
        <source>These are another user's details. Sign in as %1, or close Shahrvand to change user.</source>
        <translation>این اطلاعات کاربر دیگری است. با نام کاربری %1 وارد شوید، یا برای تغییر کاربر شهروند را ببندید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::SyncStatusBar</name>
    <message>
        <source>Syncing</source>
        <translation>در حال همگام‌سازی</translation>
    </message>
    <message>
        <source>Connected to the server; exchanging changes.</source>
        <translation>به کارساز وصل است؛ تغییرات در حال تبادل است.</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>برخط</translation>
    </message>
    <message>
        <source>Connected to the server.</source>
        <translation>به کارساز وصل است.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>برون‌خط</translation>
    </message>
    <message>
        <source>Not connected to the server. You can go on working: your edits are kept on this computer and sent when the server can be reached.</source>
        <translation>به کارساز وصل نیست. می‌توانید به کار ادامه دهید: ویرایش‌های شما روی این رایانه نگه داشته می‌شود و هر وقت کارساز در دسترس باشد فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>The server cannot be reached. You can go on working: your edits are kept on this computer and sent when the server can be reached.</source>
        <translation>کارساز در دسترس نیست. می‌توانید به کار ادامه دهید: ویرایش‌های شما روی این رایانه نگه داشته می‌شود و هر وقت کارساز در دسترس باشد فرستاده می‌شود.</translation>
    </message>
    <message>
        <source>Sign-in needed</source>
        <translation>نیاز به ورود دوباره</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again to sync; your work stays on this computer.</source>
        <translation>کارساز نشست شما را پایان داد. برای همگام‌سازی دوباره وارد شوید؛ کار شما روی این رایانه می‌ماند.</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>همگام‌سازی ناموفق</translation>
    </message>
    <message>
        <source>The last sync did not finish. It is tried again shortly.</source>
        <translation>آخرین همگام‌سازی به پایان نرسید. به‌زودی دوباره تلاش می‌شود.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>آخرین همگام‌سازی: %1</translation>
    </message>
    <message>
        <source>Last sync: never</source>
        <translation>آخرین همگام‌سازی: هرگز</translation>
    </message>
    <message>
        <source>When this computer's copy was last brought up to date</source>
        <translation>آخرین باری که نسخهٔ این رایانه به‌روز شد</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) waiting to be sent</source>
        <translation>
            <numerusform>%Ln ویرایش در انتظار ارسال</numerusform>
        </translation>
    </message>
    <message>
        <source>All edits sent</source>
        <translation>همهٔ ویرایش‌ها ارسال شده است</translation>
    </message>
    <message>
        <source>Edits made on this computer are sent to the server at the next sync</source>
        <translation>ویرایش‌های انجام‌شده روی این رایانه در همگام‌سازی بعدی به کارساز فرستاده می‌شود</translation>
    </message>
    <message numerus="yes">
        <source>%Ln conflict(s)</source>
        <translation>
            <numerusform>%Ln ناسازگاری</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts</source>
        <translation>بدون ناسازگاری</translation>
    </message>
    <message>
        <source>Edits the server could not take as they were. Click to decide what to keep.</source>
        <translation>ویرایش‌هایی که کارساز نتوانست همان‌گونه بپذیرد. برای تصمیم دربارهٔ آنچه بماند کلیک کنید.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Stop this sync. What was received is kept; the rest follows at the next sync.</source>
        <translation>این همگام‌سازی را متوقف کنید. آنچه دریافت شده می‌ماند؛ بقیه در همگام‌سازی بعدی می‌رسد.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln edit(s) sent</source>
        <translation>
            <numerusform>%Ln ویرایش ارسال شد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) received</source>
        <translation>
            <numerusform>%Ln ردیف دریافت شد</numerusform>
        </translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>percent</comment>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>کمتر از یک دقیقه مانده</translation>
    </message>
    <message numerus="yes">
        <source>about %Ln minute(s) left</source>
        <translation>
            <numerusform>حدود %Ln دقیقه مانده</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %Ln hour(s) left</source>
        <translation>
            <numerusform>حدود %Ln ساعت مانده</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::TableExport</name>
    <message>
        <source>“%1” could not be written: %2</source>
        <translation>«%1» نوشته نشد: %2</translation>
    </message>
    <message>
        <source>“%1” could not be written: the PDF could not be started.</source>
        <translation>«%1» نوشته نشد: ساختن PDF آغاز نشد.</translation>
    </message>
    <message>
        <source>Printed on %1</source>
        <translation>چاپ‌شده در %1</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Ui::TeamsDashboard</name>
    <message>
        <source>Open cases of %1</source>
        <translation>پرونده‌های باز %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>دیرکرده</translation>
    </message>
    <message>
        <source>Within time</source>
        <translation>در مهلت</translation>
    </message>
    <message>
        <source>No team</source>
        <translation>بدون تیم</translation>
    </message>
    <message>
        <source>Hours per case</source>
        <translation>ساعت برای هر پرونده</translation>
    </message>
    <message>
        <source>Hours per case (%1 cases of the period)</source>
        <translation>ساعت برای هر پرونده (%1 پروندهٔ این دوره)</translation>
    </message>
    <message>
        <source>Nobody (unassigned)</source>
        <translation>هیچ‌کس (واگذارنشده)</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>۷ روز اخیر</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>۳۰ روز اخیر</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>۹۰ روز اخیر</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>این ماه</translation>
    </message>
    <message>
        <source>Teams: every team in this computer's copy</source>
        <translation>تیم‌ها: همهٔ تیم‌های نسخهٔ این رایانه</translation>
    </message>
    <message>
        <source>Teams: your units</source>
        <translation>تیم‌ها: واحدهای شما</translation>
    </message>
    <message>
        <source>Teams: your own cases</source>
        <translation>تیم‌ها: پرونده‌های خود شما</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>باز، اکنون</translation>
    </message>
    <message>
        <source>Open and overdue</source>
        <translation>باز و دیرکرده</translation>
    </message>
    <message>
        <source>Escalated, open</source>
        <translation>ارجاع‌شده به سطح بالاتر، باز</translation>
    </message>
    <message>
        <source>Resolved in the period</source>
        <translation>رسیدگی‌شده در این دوره</translation>
    </message>
    <message>
        <source>Average time to resolution</source>
        <translation>میانگین زمان تا رسیدگی</translation>
    </message>
    <message>
        <source>Open cases per team</source>
        <translation>پرونده‌های باز هر تیم</translation>
    </message>
    <message>
        <source>Where the period's cases spent their time</source>
        <translation>پرونده‌های این دوره زمانشان را کجا گذراندند</translation>
    </message>
    <message>
        <source>Workload per person</source>
        <translation>بار کاری هر نفر</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>باز</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>ارجاع‌شده</translation>
    </message>
    <message>
        <source>Average resolution</source>
        <translation>میانگین رسیدگی</translation>
    </message>
</context>
<context>
    <name>ShahrvandServerCli</name>
    <message>
        <source>Address and port to listen on (default %1).</source>
        <translation>نشانی و درگاهی که کارساز روی آن گوش می‌دهد (پیش‌فرض %1).</translation>
    </message>
    <message>
        <source>Serve plain HTTP on an address other than loopback. Only behind a TLS proxy.</source>
        <translation>ارائهٔ HTTP بی‌رمز روی نشانی‌ای جز loopback؛ فقط پشت یک پراکسی TLS.</translation>
    </message>
    <message>
        <source>say what to do, for example: shahrvand-server serve</source>
        <translation>بگویید چه کاری انجام شود، برای نمونه: shahrvand-server serve</translation>
    </message>
    <message>
        <source>unknown command "%1"; see --help</source>
        <translation>فرمان «%1» شناخته نیست؛ --help را ببینید</translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on %1: citizens' data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</source>
        <translation>HTTP بی‌رمز روی %1 ارائه نمی‌شود: داده‌های شهروندان بی‌رمز از شبکه می‌گذرند. روی 127.0.0.1 پشت یک پراکسی TLS گوش دهید، یا اگر شبکه از راه دیگری محافظت می‌شود --allow-plain-http را بدهید.</translation>
    </message>
    <message>
        <source>The database: sqlite:/path/file.db or postgres://user@host/name.</source>
        <translation>پایگاه داده: sqlite:/path/file.db یا postgres://user@host/name.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>نمایش همین راهنما.</translation>
    </message>
    <message>
        <source>say which database to use with --db, for example --db sqlite:/var/lib/shahrvand/shahrvand.db</source>
        <translation>با --db بگویید کدام پایگاه داده به کار رود، برای نمونه --db sqlite:/var/lib/shahrvand/shahrvand.db</translation>
    </message>
    <message numerus="yes">
        <source>Database schema brought up to version %1 (%n migration(s) applied).</source>
        <translation>
            <numerusform>طرح پایگاه داده به نسخهٔ %1 رسید (%n کوچ اجرا شد).</numerusform>
        </translation>
    </message>
    <message>
        <source>Adds a user. The password is read from the first line of standard input.</source>
        <translation>کاربری می‌افزاید. گذرواژه از نخستین سطر ورودی استاندارد خوانده می‌شود.</translation>
    </message>
    <message>
        <source>The user name to sign in with.</source>
        <translation>نام کاربری برای ورود.</translation>
    </message>
    <message>
        <source>A role of the user (repeat for more): %1.</source>
        <translation>نقشی از کاربر (برای نقش‌های بیشتر تکرار کنید): %1.</translation>
    </message>
    <message>
        <source>The code of a unit the user belongs to (repeat for more). Only an administrator may have none.</source>
        <translation>کد واحدی که کاربر عضو آن است (برای واحدهای بیشتر تکرار کنید). فقط مدیر سامانه می‌تواند واحدی نداشته باشد.</translation>
    </message>
    <message>
        <source>The name shown to others (default: the user name).</source>
        <translation>نامی که به دیگران نشان داده می‌شود (پیش‌فرض: نام کاربری).</translation>
    </message>
    <message>
        <source>The user's language: fa or en (default fa).</source>
        <translation>زبان کاربر: fa یا en (پیش‌فرض fa).</translation>
    </message>
    <message>
        <source>say which user name to create with --username</source>
        <translation>نام کاربری را که باید ساخته شود با ‎--username‎ بگویید</translation>
    </message>
    <message>
        <source>give the user at least one --role; the roles are: %1</source>
        <translation>دست‌کم یک ‎--role‎ به کاربر بدهید؛ نقش‌ها این‌ها هستند: %1</translation>
    </message>
    <message>
        <source>unknown role "%1"; the roles are: %2</source>
        <translation>نقش «%1» شناخته نیست؛ نقش‌ها این‌ها هستند: %2</translation>
    </message>
    <message>
        <source>the language must be fa or en, not "%1"</source>
        <translation>زبان باید fa یا en باشد، نه «%1»</translation>
    </message>
    <message>
        <source>give the user a unit with --unit; only an administrator may have none</source>
        <translation>با ‎--unit‎ واحدی به کاربر بدهید؛ فقط مدیر سامانه می‌تواند واحدی نداشته باشد</translation>
    </message>
    <message>
        <source>no password: write it as the first line of standard input</source>
        <translation>گذرواژه‌ای داده نشد: آن را در نخستین سطر ورودی استاندارد بنویسید</translation>
    </message>
    <message>
        <source>could not begin a transaction: %1</source>
        <translation>تراکنش آغاز نشد: %1</translation>
    </message>
    <message>
        <source>there is no unit with the code "%1"</source>
        <translation>واحدی با کد «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>there is already a user named "%1"</source>
        <translation>کاربری با نام «%1» از پیش وجود دارد</translation>
    </message>
    <message>
        <source>could not save the user: %1</source>
        <translation>کاربر ذخیره نشد: %1</translation>
    </message>
    <message>
        <source>Usage: shahrvand-server &lt;command&gt; [options]</source>
        <translation>کاربرد: shahrvand-server &lt;فرمان&gt; [گزینه‌ها]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>فرمان‌ها:</translation>
    </message>
    <message>
        <source>Run shahrvand-server &lt;command&gt; --help for its options.</source>
        <translation>برای دیدن گزینه‌های هر فرمان shahrvand-server &lt;فرمان&gt; --help را اجرا کنید.</translation>
    </message>
    <message>
        <source>answer the REST API</source>
        <translation>پاسخ‌گویی به REST API</translation>
    </message>
    <message>
        <source>bring the database schema up to date</source>
        <translation>به‌روزرسانی طرح پایگاه داده</translation>
    </message>
    <message>
        <source>add a user with a role and a unit (password from standard input)</source>
        <translation>افزودن کاربر با نقش و واحد (گذرواژه از ورودی استاندارد)</translation>
    </message>
    <message>
        <source>check that the audit trail has not been altered</source>
        <translation>بررسی دست‌نخوردگی ردپای ممیزی</translation>
    </message>
    <message>
        <source>fill the database with demo or benchmark data</source>
        <translation>پر کردن پایگاه داده با دادهٔ نمایشی یا محک</translation>
    </message>
    <message>
        <source>Brings the database schema to the version this server needs.</source>
        <translation>طرح پایگاه داده را به نسخه‌ای که این کارساز نیاز دارد می‌رساند.</translation>
    </message>
    <message>
        <source>The database is at schema version %1, the latest.</source>
        <translation>طرح پایگاه داده در نسخهٔ %1، تازه‌ترین نسخه، است.</translation>
    </message>
    <message>
        <source>Fills the database with the demo city (--demo), or with generated data at benchmark scale (--citizens, --cases, --articles). Running it again adds no second demo city.</source>
        <translation>پایگاه داده را با شهر نمونه (‎--demo‎) یا با داده‌های ساختگی در مقیاس سنجش کارایی (‎--citizens‎، ‎--cases‎، ‎--articles‎) پر می‌کند. اجرای دوباره، شهر نمونهٔ دومی نمی‌سازد.</translation>
    </message>
    <message>
        <source>The demo city: organisation, staff for every role, citizens, cases, knowledge base, missions.</source>
        <translation>شهر نمونه: سازمان، کارکنان برای همهٔ نقش‌ها، شهروندان، درخواست‌ها، پایگاه دانش و مأموریت‌ها.</translation>
    </message>
    <message>
        <source>Generate this many citizens.</source>
        <translation>این تعداد شهروند بساز.</translation>
    </message>
    <message>
        <source>Generate this many cases.</source>
        <translation>این تعداد درخواست بساز.</translation>
    </message>
    <message>
        <source>Generate this many knowledge articles.</source>
        <translation>این تعداد مقالهٔ دانش بساز.</translation>
    </message>
    <message>
        <source>Generated rows per transaction (default 20000).</source>
        <translation>تعداد ردیف‌های ساختگی در هر تراکنش (پیش‌فرض 20000).</translation>
    </message>
    <message>
        <source>--citizens, --cases, --articles and --batch take a whole number</source>
        <translation>‎--citizens‎، ‎--cases‎، ‎--articles‎ و ‎--batch‎ عدد صحیح می‌گیرند</translation>
    </message>
    <message>
        <source>say what to seed: --demo, or --citizens, --cases and --articles</source>
        <translation>بگویید چه داده‌ای ساخته شود: ‎--demo‎ یا ‎--citizens‎، ‎--cases‎ و ‎--articles‎</translation>
    </message>
    <message>
        <source>The demo city is already in this database; nothing was changed.</source>
        <translation>شهر نمونه از پیش در این پایگاه داده هست؛ چیزی تغییر نکرد.</translation>
    </message>
    <message>
        <source>Demo city written: %1 rows in %2 seconds.</source>
        <translation>شهر نمونه نوشته شد: %1 ردیف در %2 ثانیه.</translation>
    </message>
    <message>
        <source>Generated %1 citizens, %2 cases and %3 articles: %4 rows in %5 seconds, %6 rows a second.</source>
        <translation>%1 شهروند، %2 درخواست و %3 مقاله ساخته شد: %4 ردیف در %5 ثانیه، %6 ردیف در ثانیه.</translation>
    </message>
    <message>
        <source>Serve HTTPS with this certificate (PEM, followed by any intermediate certificates).</source>
        <translation>ارائهٔ HTTPS با این گواهی (PEM، و پس از آن گواهی‌های میانی اگر هست).</translation>
    </message>
    <message>
        <source>The certificate's private key (PEM, not encrypted).</source>
        <translation>کلید خصوصی گواهی (PEM، رمزنشده).</translation>
    </message>
    <message>
        <source>Worker threads for requests (default: twice the processor cores).</source>
        <translation>شمار رشته‌های کاری برای پاسخ به درخواست‌ها (پیش‌فرض: دو برابر هسته‌های پردازنده).</translation>
    </message>
    <message>
        <source>Largest request body accepted, in bytes (default 1048576).</source>
        <translation>بزرگ‌ترین بدنهٔ درخواست پذیرفتنی، بر حسب بایت (پیش‌فرض 1048576).</translation>
    </message>
    <message>
        <source>Requests per second allowed to each user or address; 0 for no limit (default 50).</source>
        <translation>شمار درخواست‌های مجاز در هر ثانیه برای هر کاربر یا نشانی؛ 0 یعنی بی‌محدودیت (پیش‌فرض 50).</translation>
    </message>
    <message>
        <source>Requests each user may send at once after a pause (default: twice the rate limit).</source>
        <translation>شمار درخواست‌هایی که هر کاربر پس از یک وقفه می‌تواند یک‌جا بفرستد (پیش‌فرض: دو برابر حد نرخ).</translation>
    </message>
    <message>
        <source>Requests of one user worked on at the same time; 0 for no limit (default 8).</source>
        <translation>شمار درخواست‌های یک کاربر که هم‌زمان پردازش می‌شوند؛ 0 یعنی بی‌محدودیت (پیش‌فرض 8).</translation>
    </message>
    <message>
        <source>Seconds to let running requests finish when asked to stop (default 10).</source>
        <translation>چند ثانیه به درخواست‌های در حال اجرا فرصت داده شود تا هنگام توقف کارساز تمام شوند (پیش‌فرض 10).</translation>
    </message>
    <message>
        <source>Answers the Shahrvand REST API.</source>
        <translation>به REST API شهروند پاسخ می‌دهد.</translation>
    </message>
    <message>
        <source>Read settings from this INI file; its keys are the long option names (db, listen, tls-cert...). Options given here override it.</source>
        <translation>تنظیم‌ها را از این پروندهٔ INI بخوان؛ کلیدهای آن همان نام‌های بلند گزینه‌ها هستند (db، listen، tls-cert و ...). گزینه‌هایی که اینجا داده شوند بر آن مقدم‌اند.</translation>
    </message>
    <message>
        <source>Checks that no row of the audit trail was altered, removed or reordered. Keep the head it prints, and pass it with --expect-head next time to also detect rows removed from the end.</source>
        <translation>بررسی می‌کند که هیچ ردیفی از سابقهٔ ممیزی دست‌کاری، حذف یا جابه‌جا نشده باشد. سری را که چاپ می‌کند نگه دارید و دفعهٔ بعد با ‎--expect-head‎ بدهید تا حذف ردیف‌ها از انتهای سابقه هم آشکار شود.</translation>
    </message>
    <message>
        <source>The head printed by an earlier verification, as SEQ:HASH.</source>
        <translation>سری که بررسی قبلی چاپ کرده است، به شکل SEQ:HASH.</translation>
    </message>
    <message>
        <source>--expect-head takes SEQ:HASH, for example 1042:%1</source>
        <translation>‎--expect-head‎ مقداری به شکل SEQ:HASH می‌گیرد، مثلاً 1042:%1</translation>
    </message>
    <message>
        <source>audit trail intact: %1 rows, head %2 %3</source>
        <translation>سابقهٔ ممیزی سالم است: %1 ردیف، سر %2 %3</translation>
    </message>
    <message>
        <source>... and %1 more problems not listed</source>
        <translation>... و %1 مشکل دیگر که فهرست نشده است</translation>
    </message>
    <message>
        <source>audit trail NOT intact: %1 problems in %2 rows, head %3 %4</source>
        <translation>سابقهٔ ممیزی سالم نیست: %1 مشکل در %2 ردیف، سر %3 %4</translation>
    </message>
    <message>
        <source>run the SLA timer once (warnings, breaches, escalations)</source>
        <translation>یک بار اجرای زمان‌سنج سطح خدمت (هشدارها، نقض مهلت‌ها، ارجاع‌ها)</translation>
    </message>
    <message>
        <source>Seconds between two runs of the SLA timer; 0 turns it off (default 60).</source>
        <translation>فاصلهٔ دو اجرای زمان‌سنج سطح خدمت به ثانیه؛ ۰ آن را خاموش می‌کند (پیش‌فرض ۶۰).</translation>
    </message>
    <message>
        <source>Runs the SLA timer once: carries out the warning and breach actions of cases whose deadlines have come, each once. For cron, or when the server runs without its own timer.</source>
        <translation>زمان‌سنج سطح خدمت را یک بار اجرا می‌کند: اقدام‌های هشدار و نقض مهلتِ پرونده‌هایی را که مهلتشان رسیده، هر کدام یک بار، انجام می‌دهد. برای cron، یا وقتی کارساز بدون زمان‌سنج خودش اجرا می‌شود.</translation>
    </message>
    <message>
        <source>SLA check: %1 cases checked, %2 thresholds fired, %3 notifications, %4 escalations, %5 priorities raised</source>
        <translation>بررسی سطح خدمت: %1 پرونده بررسی شد، %2 آستانه فعال شد، %3 اعلان، %4 ارجاع به سطح بالاتر، %5 افزایش اولویت</translation>
    </message>
    <message>
        <source>name one file to import</source>
        <translation>یک فایل برای وارد کردن نام ببرید</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 خوانده نشد: %2</translation>
    </message>
    <message numerus="yes">
        <source>nothing was imported: %n problem(s) in %1</source>
        <translation>
            <numerusform>چیزی وارد نشد: %n ایراد در %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaces the active routing rules with the rules of a JSON file, all or nothing. The file is an array of rules with the fields position, service_code, district_code, channel, keywords, case_priority, team_code, owner_strategy, owner_username and active; services and units are named by their codes, the owner by the user name.</source>
        <translation>قواعد مسیریابی فعال را با قاعده‌های یک فایل JSON جایگزین می‌کند، همه یا هیچ. فایل آرایه‌ای از قاعده‌ها با فیلدهای position، service_code، district_code، channel، keywords، case_priority، team_code، owner_strategy، owner_username و active است؛ خدمت‌ها و واحدها با کدشان و مسئول با نام کاربری‌اش نام برده می‌شوند.</translation>
    </message>
    <message>
        <source>The JSON file of rules.</source>
        <translation>فایل JSON قاعده‌ها.</translation>
    </message>
    <message>
        <source>Routing rules imported: %1 written, %2 replaced.</source>
        <translation>قواعد مسیریابی وارد شد: %1 نوشته شد، %2 جایگزین شد.</translation>
    </message>
    <message>
        <source>Sets a business calendar's official holidays for the Jalali year(s) of a holiday file, all or nothing: one holiday per line, a Jalali date and its description ("1405/01/01 Nowruz"); blank lines and lines starting with # are skipped. Holidays of those years that the file no longer lists are removed.</source>
        <translation>تعطیلات رسمی یک تقویم کاری را برای سال(های) شمسی یک فایل تعطیلات تعیین می‌کند، همه یا هیچ: برای هر تعطیل یک سطر، تاریخ شمسی و شرح آن («1405/01/01 نوروز»)؛ سطرهای خالی و سطرهایی که با # آغاز می‌شوند نادیده گرفته می‌شوند. تعطیلات آن سال‌ها که دیگر در فایل نیستند حذف می‌شوند.</translation>
    </message>
    <message>
        <source>The business calendar: its id, or its name in Persian or English.</source>
        <translation>تقویم کاری: شناسه‌ی آن، یا نام فارسی یا انگلیسی‌اش.</translation>
    </message>
    <message>
        <source>The holiday file (UTF-8).</source>
        <translation>فایل تعطیلات (UTF-8).</translation>
    </message>
    <message>
        <source>say which business calendar the holidays are for with --calendar</source>
        <translation>با --calendar بگویید تعطیلات برای کدام تقویم کاری است</translation>
    </message>
    <message>
        <source>Holidays of %1 imported: %2 added, %3 changed, %4 removed, %5 unchanged.</source>
        <translation>تعطیلات %1 وارد شد: %2 افزوده، %3 تغییر یافته، %4 حذف شده، %5 بی‌تغییر.</translation>
    </message>
    <message>
        <source>replace the active routing rules with those of a JSON file</source>
        <translation>جایگزینی قواعد مسیریابی فعال با قاعده‌های یک فایل JSON</translation>
    </message>
    <message>
        <source>set a business calendar's holidays for a year from a file</source>
        <translation>تعیین تعطیلات یک سال تقویم کاری از روی یک فایل</translation>
    </message>
</context>
<context>
    <name>ShahrvandSyncCommand</name>
    <message>
        <source>The server's answer to the sign-in could not be read.</source>
        <translation>پاسخ کارساز به ورود خوانده نشد.</translation>
    </message>
    <message>
        <source>Runs one full synchronization of this computer's offline copy with the server, without a window. The password comes from the keychain (after a sign-in with "remember me") or from the SHAHRVAND_PASSWORD environment variable.</source>
        <translation>یک همگام‌سازی کامل نسخهٔ برون‌خط این رایانه با کارساز را بدون پنجره اجرا می‌کند. گذرواژه از جاکلیدی سامانه (پس از ورود با «مرا به خاطر بسپار») یا از متغیر محیطی SHAHRVAND_PASSWORD خوانده می‌شود.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>فرمان.</translation>
    </message>
    <message>
        <source>The server's address.</source>
        <translation>نشانی کارساز.</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>نام کاربری.</translation>
    </message>
    <message>
        <source>give the server with --server and the user with --user</source>
        <translation>کارساز را با ‎--server‎ و کاربر را با ‎--user‎ بدهید</translation>
    </message>
    <message>
        <source>"%1" is not a server address</source>
        <translation>«%1» نشانی کارساز نیست</translation>
    </message>
    <message>
        <source>the offline copy on this computer cannot be opened with this password; sign in once in the workstation</source>
        <translation>نسخهٔ برون‌خط این رایانه با این گذرواژه باز نمی‌شود؛ یک بار در میز کار وارد شوید</translation>
    </message>
    <message>
        <source>no saved sign-in for %1 on this computer: sign in with "remember me" in the workstation, or set SHAHRVAND_PASSWORD</source>
        <translation>ورود ذخیره‌شده‌ای برای %1 روی این رایانه نیست: در میز کار با «مرا به خاطر بسپار» وارد شوید یا SHAHRVAND_PASSWORD را تنظیم کنید</translation>
    </message>
    <message>
        <source>pulled %1 rows, deleted %2, dropped %3; pushed %4 changes; %5 in conflict, %6 refused; %7 ms</source>
        <translation>%1 ردیف دریافت شد، %2 حذف، %3 خارج از دسترس؛ %4 تغییر ارسال شد؛ %5 ناسازگار، %6 ردشده؛ %7 میلی‌ثانیه</translation>
    </message>
    <message>
        <source>waiting to be sent: %1; conflicts waiting for you: %2</source>
        <translation>در انتظار ارسال: %1؛ ناسازگاری‌های منتظر تصمیم شما: %2</translation>
    </message>
    <message>
        <source>synchronization failed</source>
        <translation>همگام‌سازی ناموفق بود</translation>
    </message>
</context>
<context>
    <name>ShahrvandWorkstationCli</name>
    <message>
        <source>Shahrvand citizen relationship management workstation</source>
        <translation>میز کار شهروند برای مدیریت ارتباط با شهروندان</translation>
    </message>
    <message>
        <source>Interface language for this run: fa or en.</source>
        <translation>زبان رابط کاربری برای همین اجرا: fa یا en.</translation>
    </message>
    <message>
        <source>unknown language "%1"; use fa or en</source>
        <translation>زبان «%1» شناخته نیست؛ fa یا en را به کار ببرید</translation>
    </message>
    <message>
        <source>Save a picture of the main window (or of the sign-in dialog, when one is shown) to this PNG file and exit.</source>
        <translation>تصویری از پنجرهٔ اصلی (یا از پنجرهٔ ورود، اگر نمایش داده شود) را در این پروندهٔ PNG ذخیره کن و خارج شو.</translation>
    </message>
    <message>
        <source>The server address to fill in the sign-in dialog.</source>
        <translation>نشانی کارسازی که در پنجرهٔ ورود از پیش نوشته می‌شود.</translation>
    </message>
    <message>
        <source>The user name to fill in the sign-in dialog. With the SHAHRVAND_PASSWORD environment variable set, this user is signed in straight away.</source>
        <translation>نام کاربری برای پر کردن در پنجرهٔ ورود. اگر متغیر محیطی SHAHRVAND_PASSWORD تنظیم شده باشد، این کاربر بی‌درنگ وارد می‌شود.</translation>
    </message>
</context>
</TS>
