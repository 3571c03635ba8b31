// The demo city's service catalogue: categories and services with responsible units.
#include "democity.h"
#include "persiannames.h"
#include "textnormalizer.h"

#include <array>

namespace Shahrvand::Seed::Demo {

namespace {

// Persian data tables: clang-format 14 wraps lines holding ZWNJ differently on
// every run, so these stay as written.
// clang-format off
constexpr std::array<CategorySpec, 9> categoryList{{
    {"LGT", "روشنایی معابر", "Street lighting"},
    {"RD", "راه و معابر", "Roads and pavements"},
    {"WST", "پسماند و نظافت شهری", "Waste and street cleaning"},
    {"GRN", "پارک‌ها و فضای سبز", "Parks and green spaces"},
    {"TRF", "ترافیک و حمل‌ونقل", "Traffic and transport"},
    {"BLD", "شهرسازی و ساختمان", "Building and planning"},
    {"ENV", "محیط زیست و سلامت شهری", "Environment and public health"},
    {"SEA", "خدمات فصلی", "Seasonal services"},
    {"FIN", "عوارض و امور مالی", "Fees and finance"},
}};

constexpr std::array<ServiceSpec, 30> serviceList{{
    {"LGT-OUT", "LGT", "URB", "خاموشی چراغ معابر", "Street light out", "normal",
     "چراغ روشنایی تیر خاموش تاریک",
     "خاموشی چراغ‌های خیابان|چراغ کوچه چند شب است خاموش است|تاریکی معبر به‌علت "
     "خرابی "
     "چراغ"},
    {"LGT-POL", "LGT", "URB", "آسیب‌دیدگی تیر چراغ", "Damaged lamp post", "high",
     "تیر چراغ کج شکسته سیم",
     "تیر چراغ برق کج شده است|سیم‌های بیرون‌زده از "
     "پایهٔ "
     "چراغ"},
    {"RD-POT", "RD", "CIV", "چاله و دست‌انداز", "Pothole", "high",
     "چاله دست انداز آسفالت",
     "چالهٔ بزرگ وسط خیابان|دست‌انداز خطرناک پس از حفاری|خرابی "
     "آسفالت "
     "معبر"},
    {"RD-SWK", "RD", "CIV", "خرابی پیاده‌رو", "Broken pavement", "normal",
     "پیاده رو سنگفرش موزاییک",
     "سنگ‌فرش پیاده‌رو کنده شده است|پیاده‌رو برای ویلچر قابل "
     "عبور "
     "نیست"},
    {"RD-MAN", "RD", "CIV", "دریچهٔ باز فاضلاب", "Open manhole", "urgent", "دریچه منهول فاضلاب",
     "دریچهٔ فاضلاب بدون درپوش|منهول باز کنار مدرسه"},
    {"WST-COL", "WST", "WST", "جمع‌آوری نشدن زباله", "Missed waste collection",
     "normal", "زباله جمع آوری ماشین حمل",
     "زباله‌ها دو روز است جمع‌آوری نشده است|ماشین حمل زباله به "
     "کوچه "
     "نیامد"},
    {"WST-BLK", "WST", "WST", "تخلیهٔ نخاله", "Construction debris dumping", "normal",
     "نخاله ساختمانی تخلیه غیرمجاز",
     "تخلیهٔ نخالهٔ ساختمانی در زمین خالی|نخاله کنار جوی آب ریخته شده است"},
    {"WST-BIN", "WST", "WST", "مخزن زباله", "Damaged waste bin", "low", "مخزن سطل زباله",
     "مخزن زباله شکسته است|جابه‌جایی مخزن زباله مقابل "
     "منزل"},
    {"WST-RCY", "WST", "WST", "پسماند خشک", "Recycling pickup", "low", "پسماند خشک بازیافت",
     "درخواست جمع‌آوری پسماند خشک|کیسهٔ پسماند خشک تحویل "
     "گرفته "
     "نشد"},
    {"GRN-PRN", "GRN", "GRN", "هرس درختان", "Tree pruning", "low", "هرس درخت شاخه",
     "شاخه‌های درخت روی سیم برق|درخواست هرس درختان کوچه"},
    {"GRN-FAL", "GRN", "GRN", "سقوط درخت", "Fallen tree", "urgent", "درخت افتاده طوفان",
     "درخت روی خودرو افتاده است|سقوط درخت پس از طوفان و بسته شدن معبر"},
    {"GRN-PRK", "GRN", "GRN", "نگهداری پارک", "Park maintenance", "normal", "پارک وسایل بازی نیمکت",
     "وسایل بازی کودکان در پارک خراب است|نیمکت‌های پارک شکسته است|روشنایی پارک محله "
     "کم "
     "است"},
    {"GRN-IRR", "GRN", "GRN", "آبیاری فضای سبز", "Irrigation problem", "normal", "آبیاری چمن خشک",
     "فضای سبز بلوار آبیاری نمی‌شود|شیر آبیاری پارک "
     "شکسته "
     "است"},
    {"TRF-SIG", "TRF", "TRF", "خرابی چراغ راهنمایی", "Traffic signal fault", "high",
     "چراغ راهنمایی چهارراه",
     "چراغ راهنمایی چهارراه چشمک‌زن مانده است|چراغ عابر پیاده "
     "کار "
     "نمی‌کند"},
    {"TRF-SGN", "TRF", "TRF", "تابلوی راهنمایی", "Missing road sign", "normal", "تابلو علائم",
     "تابلوی ایست افتاده است|نبود تابلوی محدودیت سرعت کنار مدرسه"},
    {"TRF-BUS", "TRF", "TRF", "ایستگاه اتوبوس", "Bus stop problem", "normal",
     "ایستگاه اتوبوس سایبان",
     "سایبان ایستگاه اتوبوس شکسته است|تابلوی زمان‌بندی ایستگاه "
     "کار "
     "نمی‌کند"},
    {"TRF-PRK", "TRF", "TRF", "پارک غیرمجاز", "Illegal parking", "low", "پارک دوبله مسدود",
     "پارک دوبله در ورودی کوچه|خودروی رهاشده چند هفته است کنار خیابان مانده"},
    {"BLD-ILL", "BLD", "CIV", "ساخت‌وساز غیرمجاز", "Illegal construction", "high",
     "ساخت و ساز غیرمجاز پروانه",
     "ساخت طبقهٔ اضافه بدون پروانه|ساخت‌وساز شبانه در "
     "زمین "
     "همسایه"},
    {"BLD-DNG", "BLD", "CIV", "ساختمان خطرناک", "Dangerous building", "urgent",
     "ساختمان فرسوده ریزش",
     "دیوار ساختمان فرسوده ترک برداشته است|خطر ریزش ساختمان "
     "نیمه‌کاره"},
    {"BLD-PRM", "BLD", "CIV", "پیگیری پروانهٔ ساختمانی", "Building permit follow-up", "low",
     "پروانه ساختمانی استعلام",
     "پیگیری پروندهٔ پروانهٔ ساختمانی|استعلام وضعیت "
     "پایان‌کار"},
    {"ENV-ANM", "ENV", "URB", "حیوانات بلاتکلیف", "Stray animals", "normal", "سگ گربه حیوان",
     "سگ‌های بلاتکلیف در پارک محله|حیوان تلف‌شده کنار "
     "خیابان"},
    {"ENV-NOI", "ENV", "URB", "آلودگی صوتی", "Noise pollution", "low", "صدا آلودگی کارگاه",
     "سروصدای کارگاه در ساعات شب|آلودگی صوتی بلندگوی مغازه"},
    {"ENV-WTR", "ENV", "URB", "نشت آب", "Water leak", "high", "نشت آب لوله جوی",
     "نشت آب از لولهٔ زیر پیاده‌رو|آب در جوی خیابان سرریز "
     "شده "
     "است"},
    {"ENV-FLD", "ENV", "URB", "آب‌گرفتگی معابر", "Street flooding", "urgent",
     "آبگرفتگی باران سیلاب",
     "آب‌گرفتگی زیرگذر پس از باران|گرفتگی آبراهه و "
     "آب‌گرفتگی "
     "کوچه"},
    {"SEA-SNW", "SEA", "URB", "برف‌روبی", "Snow removal", "high", "برف روبی یخ",
     "برف کوچه جمع‌آوری نشده است|درخواست برف‌روبی مسیر "
     "مدرسه"},
    {"SEA-ICE", "SEA", "URB", "یخ‌زدگی معابر", "Icy roads", "high", "یخ زدگی نمک پاشی",
     "یخ‌زدگی سطح پیاده‌رو|درخواست نمک‌پاشی سربالایی"},
    {"FIN-FEE", "FIN", "URB", "پرسش دربارهٔ عوارض", "Municipal fees inquiry", "low",
     "عوارض نوسازی پرداخت", "پرسش دربارهٔ عوارض نوسازی|مبلغ عوارض خودرو درست نیست"},
    {"FIN-REF", "FIN", "URB", "استرداد وجه", "Refund request", "normal", "استرداد وجه پرداخت",
     "درخواست استرداد وجه پرداخت تکراری|پیگیری بازگشت مبلغ عوارض"},
    {"TRF-TAX", "TRF", "TRF", "شکایت از تاکسی", "Taxi complaint", "normal", "تاکسی راننده کرایه",
     "دریافت کرایهٔ اضافه توسط رانندهٔ تاکسی|رفتار نامناسب رانندهٔ تاکسی"},
    {"GRN-PLT", "GRN", "GRN", "درخواست کاشت درخت", "Tree planting request", "low", "کاشت نهال درخت",
     "درخواست کاشت نهال در کوچه|جایگزینی درختان "
     "خشک‌شده"},
}};

// clang-format on
} // namespace

std::span<const CategorySpec> categories()
{
    return categoryList;
}

std::span<const ServiceSpec> services()
{
    return serviceList;
}

bool seedCatalogue(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    QHash<QString, qint64> categoryIds;
    for (const CategorySpec &category : categoryList) {
        const QString nameFa = text(category.nameFa);
        const QString nameEn = QString::fromLatin1(category.nameEn);
        categoryIds.insert(QLatin1String(category.code),
                           session.insert(QStringLiteral("services"),
                                          {{QStringLiteral("code"), QLatin1String(category.code)},
                                           {QStringLiteral("name_fa"), nameFa},
                                           {QStringLiteral("name_en"), nameEn},
                                           {QStringLiteral("search_text"),
                                            normalizeForSearch(nameFa + u' ' + nameEn)}},
                                          nowMs));
    }
    for (const ServiceSpec &service : serviceList) {
        const QString nameFa = text(service.nameFa);
        const QString nameEn = QString::fromLatin1(service.nameEn);
        const QString keywords = text(service.keywords);
        session.insert(
            QStringLiteral("services"),
            {{QStringLiteral("parent_id"), categoryIds.value(QLatin1String(service.category))},
             {QStringLiteral("code"), QLatin1String(service.code)},
             {QStringLiteral("name_fa"), nameFa},
             {QStringLiteral("name_en"), nameEn},
             {QStringLiteral("responsible_unit_id"), base.unit(departmentUnit(service.department))},
             {QStringLiteral("default_priority"), QLatin1String(service.priority)},
             {QStringLiteral("keywords"), keywords},
             {QStringLiteral("search_text"),
              normalizeForSearch(nameFa + u' ' + nameEn + u' ' + keywords)}},
            nowMs);
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
