<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa_IR" sourcelanguage="en">
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
    <name>Shahrvand::Server::ApiServer</name>
    <message>
        <source>Could not listen on %1; is another program using that port?</source>
        <translation>گوش دادن روی %1 ممکن نشد؛ آیا برنامهٔ دیگری از این درگاه استفاده می‌کند؟</translation>
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
        <source>The Shahrvand central server.

Commands:
  serve  answer the REST API</source>
        <translation>کارساز مرکزی شهروند.

فرمان‌ها:
  serve  پاسخ‌گویی به REST API</translation>
    </message>
    <message>
        <source>What to do: serve.</source>
        <translation>کاری که باید انجام شود: serve.</translation>
    </message>
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
