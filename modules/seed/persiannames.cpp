#include "persiannames.h"

#include <array>

namespace Shahrvand::Seed {

namespace {

constexpr std::array<NamePair, 48> male{{
    {"علی", "Ali"},         {"محمد", "Mohammad"},
    {"حسین", "Hossein"},    {"رضا", "Reza"},
    {"مهدی", "Mahdi"},      {"امیر", "Amir"},
    {"حسن", "Hassan"},      {"سعید", "Saeed"},
    {"مجید", "Majid"},      {"جواد", "Javad"},
    {"کاظم", "Kazem"},      {"مصطفی", "Mostafa"},
    {"ابراهیم", "Ebrahim"}, {"یوسف", "Yousef"},
    {"بهرام", "Bahram"},    {"کامران", "Kamran"},
    {"فرهاد", "Farhad"},    {"داریوش", "Dariush"},
    {"بابک", "Babak"},      {"پیمان", "Peyman"},
    {"نادر", "Nader"},      {"مسعود", "Masoud"},
    {"حمید", "Hamid"},      {"اکبر", "Akbar"},
    {"احمد", "Ahmad"},      {"محسن", "Mohsen"},
    {"هادی", "Hadi"},       {"وحید", "Vahid"},
    {"میلاد", "Milad"},     {"آرش", "Arash"},
    {"سیاوش", "Siavash"},   {"کیوان", "Keyvan"},
    {"شهرام", "Shahram"},   {"مرتضی", "Morteza"},
    {"عباس", "Abbas"},      {"اسماعیل", "Esmaeil"},
    {"پرویز", "Parviz"},    {"منصور", "Mansour"},
    {"رامین", "Ramin"},     {"سجاد", "Sajjad"},
    {"امید", "Omid"},       {"بهزاد", "Behzad"},
    {"کوروش", "Kourosh"},   {"ایمان", "Iman"},
    {"عرفان", "Erfan"},     {"محمدرضا", "Mohammadreza"},
    {"علیرضا", "Alireza"},  {"امیرحسین", "Amirhossein"},
}};

constexpr std::array<NamePair, 48> female{{
    {"فاطمه", "Fatemeh"},
    {"زهرا", "Zahra"},
    {"مریم", "Maryam"},
    {"سارا", "Sara"},
    {"نرگس", "Narges"},
    {"لیلا", "Leila"},
    {"شیرین", "Shirin"},
    {"پروین", "Parvin"},
    {"مینا", "Mina"},
    {"الهام", "Elham"},
    {"نسرین", "Nasrin"},
    {"سمیرا", "Samira"},
    {"فرشته", "Fereshteh"},
    {"مهسا", "Mahsa"},
    {"نازنین", "Nazanin"},
    {"سپیده", "Sepideh"},
    {"آزاده", "Azadeh"},
    {"رویا", "Roya"},
    {"شهلا", "Shahla"},
    {"طاهره", "Tahereh"},
    {"معصومه", "Masoumeh"},
    {"اعظم", "Azam"},
    {"هانیه", "Hanieh"},
    {"نیلوفر", "Niloufar"},
    {"پریسا", "Parisa"},
    {"ریحانه", "Reyhaneh"},
    {"کوثر", "Kowsar"},
    {"یاسمن", "Yasaman"},
    {"ترانه", "Taraneh"},
    {"گلناز", "Golnaz"},
    {"مهناز", "Mahnaz"},
    {"ژیلا", "Zhila"},
    {"فرزانه", "Farzaneh"},
    {"بهاره", "Bahareh"},
    {"سحر", "Sahar"},
    {"محبوبه", "Mahboubeh"},
    {"عاطفه", "Atefeh"},
    {"ملیکا", "Melika"},
    {"هستی", "Hasti"},
    {"آیدا", "Aida"},
    {"نگار", "Negar"},
    {"صدیقه", "Sedigheh"},
    {"منیژه", "Manijeh"},
    {"گلاره", "Gelareh"},
    {"شبنم", "Shabnam"},
    {"زینب", "Zeynab"},
    {"فاطمه‌زهرا", "Fatemeh-Zahra"},
    {"مهتاب", "Mahtab"},
}};

constexpr std::array<NamePair, 64> last{{
    {"احمدی", "Ahmadi"},
    {"محمدی", "Mohammadi"},
    {"حسینی", "Hosseini"},
    {"رضایی", "Rezaei"},
    {"کریمی", "Karimi"},
    {"موسوی", "Mousavi"},
    {"جعفری", "Jafari"},
    {"صادقی", "Sadeghi"},
    {"رحیمی", "Rahimi"},
    {"قاسمی", "Ghasemi"},
    {"کاظمی", "Kazemi"},
    {"مرادی", "Moradi"},
    {"باقری", "Bagheri"},
    {"نوری", "Nouri"},
    {"تهرانی", "Tehrani"},
    {"شیرازی", "Shirazi"},
    {"اصفهانی", "Esfahani"},
    {"فراهانی", "Farahani"},
    {"ابراهیمی", "Ebrahimi"},
    {"زند", "Zand"},
    {"نوابی", "Navabi"},
    {"عباسی", "Abbasi"},
    {"یوسفی", "Yousefi"},
    {"اکبری", "Akbari"},
    {"سلیمانی", "Soleimani"},
    {"حیدری", "Heydari"},
    {"شریفی", "Sharifi"},
    {"نجفی", "Najafi"},
    {"رستمی", "Rostami"},
    {"امینی", "Amini"},
    {"کرمانی", "Kermani"},
    {"توکلی", "Tavakoli"},
    {"زارعی", "Zarei"},
    {"بهرامی", "Bahrami"},
    {"طاهری", "Taheri"},
    {"خسروی", "Khosravi"},
    {"میرزایی", "Mirzaei"},
    {"فتحی", "Fathi"},
    {"اسدی", "Asadi"},
    {"مختاری", "Mokhtari"},
    {"سلطانی", "Soltani"},
    {"قربانی", "Ghorbani"},
    {"نیک‌نام", "Niknam"},
    {"پورمحمدی", "Pourmohammadi"},
    {"آقایی", "Aghaei"},
    {"دهقان", "Dehghan"},
    {"کشاورز", "Keshavarz"},
    {"صالحی", "Salehi"},
    {"منصوری", "Mansouri"},
    {"شجاعی", "Shojaei"},
    {"بابایی", "Babaei"},
    {"جلالی", "Jalali"},
    {"فرهادی", "Farhadi"},
    {"مهدوی", "Mahdavi"},
    {"یزدانی", "Yazdani"},
    {"رحمانی", "Rahmani"},
    {"کاشانی", "Kashani"},
    {"هاشمی", "Hashemi"},
    {"عزیزی", "Azizi"},
    {"ملکی", "Maleki"},
    {"نظری", "Nazari"},
    {"ستاری", "Sattari"},
    {"وکیلی", "Vakili"},
    {"اسلامی", "Eslami"},
}};

constexpr std::array<const char *, 24> streets{
    "خیابان بهار",   "خیابان لاله",  "خیابان نسترن",  "خیابان آزادی",  "خیابان فردوسی",
    "خیابان سعدی",   "خیابان حافظ",  "خیابان مولوی",  "خیابان پروین",  "خیابان نیما",
    "بلوار امید",    "بلوار کشاورز", "بلوار دانشگاه", "خیابان گلستان", "خیابان ارغوان",
    "خیابان یاس",    "خیابان صنوبر", "خیابان چنار",   "خیابان بوستان", "خیابان شقایق",
    "خیابان سپیدار", "خیابان آفتاب", "خیابان مهتاب",  "بلوار ستاره",
};

constexpr std::array<const char *, 16> neighbourhoods{
    "محلهٔ باغ‌نو",
    "محلهٔ سرچشمه",
    "محلهٔ کوی گلها",
    "محلهٔ شهرک بهاران",
    "محلهٔ دروازه",
    "محلهٔ بازارچه",
    "محلهٔ تپه",
    "محلهٔ چهارباغ",
    "محلهٔ نیایش",
    "محلهٔ کوی معلم",
    "محلهٔ پارک",
    "محلهٔ ایستگاه",
    "محلهٔ شهرک صنعتی",
    "محلهٔ قنات",
    "محلهٔ آبشار",
    "محلهٔ میدان",
};

} // namespace

std::span<const NamePair> maleFirstNames()
{
    return male;
}

std::span<const NamePair> femaleFirstNames()
{
    return female;
}

std::span<const NamePair> lastNames()
{
    return last;
}

std::span<const char *const> streetNames()
{
    return streets;
}

std::span<const char *const> neighbourhoodNames()
{
    return neighbourhoods;
}

QString persianDigits(const QString &ascii)
{
    QString result = ascii;
    for (QChar &ch : result) {
        if (ch >= QLatin1Char('0') && ch <= QLatin1Char('9'))
            ch = QChar(0x06F0 + (ch.unicode() - u'0'));
    }
    return result;
}

} // namespace Shahrvand::Seed
