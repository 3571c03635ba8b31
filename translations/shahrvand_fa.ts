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
        <source>If-Match must be the ETag of the record, for example &quot;42&quot;.</source>
        <translation>If-Match باید ETag همان رکورد باشد، برای نمونه &quot;42&quot;.</translation>
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
        <translation>فقط عکس (JPEG، PNG، WebP)، سند PDF و متن ساده را می‌توان پیوست کرد.</translation>
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
        <source>The file&apos;s content is not a %1 file.</source>
        <translation>محتوای پرونده از نوع %1 نیست.</translation>
    </message>
    <message>
        <source>The file arrived damaged (its SHA-256 differs); send it again.</source>
        <translation>پرونده آسیب‌دیده رسید (SHA-256 آن متفاوت است)؛ دوباره بفرستید.</translation>
    </message>
</context>
<context>
    <name>Shahrvand::Entities::Validation</name>
    <message>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>«%1» باید %2 باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the id of an existing record.</source>
        <translation>«%1» باید شناسهٔ رکوردی موجود باشد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD).</source>
        <translation>«%1» تاریخ معتبری نیست (YYYY-MM-DD).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is longer than %2 characters.</source>
        <translation>«%1» بیش از %2 نویسه است.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of: %2.</source>
        <translation>«%1» باید یکی از این‌ها باشد: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid national ID: %2</source>
        <translation>«%1» کد ملی معتبری نیست: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid phone number: %2</source>
        <translation>«%1» شماره تلفن معتبری نیست: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an email address.</source>
        <translation>«%1» نشانی رایانامه نیست.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be fa or en.</source>
        <translation>«%1» باید fa یا en باشد.</translation>
    </message>
    <message>
        <source>There is no field &quot;%1&quot; here.</source>
        <translation>فیلدی با نام «%1» در اینجا وجود ندارد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is set by the system and cannot be changed.</source>
        <translation>«%1» را سامانه تعیین می‌کند و نمی‌توان آن را تغییر داد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation>«%1» الزامی است.</translation>
    </message>
    <message>
        <source>These records cannot be searched by text.</source>
        <translation>در این رکوردها نمی‌توان متنی جست‌وجو کرد.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid tracking code: %2</source>
        <translation>«%1» کد رهگیری معتبری نیست: %2</translation>
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
        <source>This looks like a local number; add the city&apos;s area code, for example 021.</source>
        <translation>این شماره بدون پیش‌شماره است؛ پیش‌شمارهٔ شهر را اضافه کنید، مثلاً ۰۲۱.</translation>
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
        <source>The demo city&apos;s organisation is missing; it cannot be completed.</source>
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
        <source>The field &quot;%1&quot; is required.</source>
        <translation>فیلد «%1» الزامی است.</translation>
    </message>
    <message>
        <source>There is no field called &quot;%1&quot; here.</source>
        <translation>فیلدی به نام «%1» در اینجا وجود ندارد.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be of type %2.</source>
        <translation>فیلد «%1» باید از نوع %2 باشد.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be a whole number.</source>
        <translation>فیلد «%1» باید عدد صحیح باشد.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be between %2 and %3.</source>
        <translation>فیلد «%1» باید بین %2 و %3 باشد.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is too long; at most %2 characters are allowed.</source>
        <translation>فیلد «%1» بیش از حد طولانی است؛ حداکثر %2 نویسه مجاز است.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; has too many items; at most %2 are allowed.</source>
        <translation>فیلد «%1» بیش از حد مورد دارد؛ حداکثر %2 مورد مجاز است.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; contains characters that are not allowed.</source>
        <translation>فیلد «%1» نویسه‌هایی دارد که مجاز نیستند.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; must be one of: %2.</source>
        <translation>فیلد «%1» باید یکی از این‌ها باشد: %2.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is given more than once.</source>
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
        <source>&quot;%1&quot; is not an IP address.</source>
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
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 باید عددی صحیح از %2 تا %3 باشد، نه «%4».</translation>
    </message>
    <message>
        <source>%1 must be true or false, not &quot;%2&quot;.</source>
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
        <source>the configuration file %1 has an unknown setting &quot;%2&quot;; the settings are: %3.</source>
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
        <source>%1 holds no certificate; give the PEM file of the server&apos;s certificate (followed by any intermediate certificates).</source>
        <translation>در %1 هیچ گواهی‌ای نیست؛ پروندهٔ PEM گواهی کارساز را بدهید (و پس از آن گواهی‌های میانی را، اگر هست).</translation>
    </message>
    <message>
        <source>the certificate in %1 expired on %2; renew it.</source>
        <translation>گواهی موجود در %1 در %2 منقضی شده است؛ آن را تمدید کنید.</translation>
    </message>
    <message>
        <source>the private key in %1 is protected by a passphrase; the server needs it unencrypted (readable only by the service&apos;s user).</source>
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
        <source>Give the SQLite database file after &quot;sqlite:&quot;, for example sqlite:/var/lib/shahrvand/shahrvand.db.</source>
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
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
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
        <source>&amp;About Shahrvand</source>
        <translation>&amp;دربارهٔ شهروند</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>دربارهٔ &amp;کیوت</translation>
    </message>
    <message>
        <source>Today&apos;s date (Iran time)</source>
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
        <source>unknown command &quot;%1&quot;; see --help</source>
        <translation>فرمان «%1» شناخته نیست؛ --help را ببینید</translation>
    </message>
    <message>
        <source>refusing to serve plain HTTP on %1: citizens&apos; data would cross the network unencrypted. Listen on 127.0.0.1 behind a TLS proxy, or pass --allow-plain-http if the network is otherwise protected.</source>
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
        <source>The user&apos;s language: fa or en (default fa).</source>
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
        <source>unknown role &quot;%1&quot;; the roles are: %2</source>
        <translation>نقش «%1» شناخته نیست؛ نقش‌ها این‌ها هستند: %2</translation>
    </message>
    <message>
        <source>the language must be fa or en, not &quot;%1&quot;</source>
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
        <source>there is no unit with the code &quot;%1&quot;</source>
        <translation>واحدی با کد «%1» وجود ندارد</translation>
    </message>
    <message>
        <source>there is already a user named &quot;%1&quot;</source>
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
        <source>The certificate&apos;s private key (PEM, not encrypted).</source>
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
        <source>Save a picture of the main window to this PNG file and exit.</source>
        <translation>تصویر پنجرهٔ اصلی را در این پروندهٔ PNG ذخیره کن و خارج شو.</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot;; use fa or en</source>
        <translation>زبان «%1» شناخته نیست؛ fa یا en را به کار ببرید</translation>
    </message>
</context>
</TS>
