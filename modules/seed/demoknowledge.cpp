// The demo city's knowledge base: subjects, ~40 articles (FAQ, instructions, articles,
// regulations) in every status, their versions and the services they answer.
#include "democity.h"
#include "persiannames.h"
#include "textnormalizer.h"

#include <QRandomGenerator>
#include <QRegularExpression>

#include <array>

namespace Shahrvand::Seed::Demo {

namespace {

struct StandaloneArticle
{
    const char *type;
    const char *title;
    const char *body;    // paragraphs separated by '|'
    const char *service; // linked service code, or ""
};

// Persian data tables: clang-format 14 wraps lines holding ZWNJ differently on
// every run, so these stay as written.
// clang-format off
constexpr std::array<StandaloneArticle, 10> standalone{{
    {"regulation", "آیین‌نامهٔ ساماندهی پسماند ساختمانی",
     "تخلیهٔ نخاله فقط در مراکز مجاز شهرداری انجام می‌شود.|متخلف به پرداخت هزینهٔ "
     "جمع‌آوری "
     "و "
     "جریمهٔ مقرر ملزم است.|مأموران مدیریت پسماند صورت‌جلسهٔ تخلف را "
     "تنظیم "
     "می‌کنند.",
     "WST-BLK"},
    {"regulation", "دستورالعمل برف‌روبی و یخ‌زدایی معابر",
     "برف‌روبی معابر اصلی تا دو ساعت پس از بارش آغاز می‌شود.|مسیرهای مدارس "
     "و "
     "بیمارستان‌ها "
     "در اولویت هستند.|ساکنان موظف‌اند پیاده‌روی جلوی ملک خود را "
     "پاک‌سازی "
     "کنند.",
     "SEA-SNW"},
    {"regulation", "ضوابط هرس و قطع درختان",
     "قطع هر درخت بدون مجوز سازمان فضای سبز ممنوع است.|هرس درختان در فصل خواب گیاه انجام "
     "می‌شود.|درخواست شهروندان پس از بازدید کارشناس "
     "بررسی "
     "می‌شود.",
     "GRN-PRN"},
    {"regulation", "آیین‌نامهٔ نگهداری پیاده‌روها",
     "مالکان در برابر خرابی پیاده‌رو ناشی از عملیات ساختمانی "
     "مسئول‌اند.|بازسازی "
     "پیاده‌رو "
     "باید با مصالح هم‌رنگ و هم‌سطح انجام شود.",
     "RD-SWK"},
    {"regulation", "مقررات رسیدگی به ساخت‌وساز غیرمجاز",
     "گزارش ساخت‌وساز غیرمجاز ظرف ۴۸ ساعت بازدید می‌شود.|در صورت تأیید، دستور "
     "توقف "
     "عملیات "
     "صادر و پرونده به کمیسیون ارجاع می‌شود.",
     "BLD-ILL"},
    {"regulation", "ضوابط نصب تابلو در معابر",
     "نصب هر تابلو در معابر نیازمند مجوز معاونت حمل‌ونقل و ترافیک است.|تابلوهای "
     "فرسوده "
     "در "
     "بازدیدهای دوره‌ای تعویض می‌شوند.",
     "TRF-SGN"},
    {"article", "آشنایی با مرکز پاسخگویی ۱۳۷",
     "مرکز ۱۳۷ در تمام ساعات شبانه‌روز پاسخگوی شهروندان است.|هر درخواست یک "
     "کد "
     "رهگیری "
     "می‌گیرد که با آن پیگیری می‌شود.",
     ""},
    {"article", "آداب گفت‌وگو با شهروندان",
     "با سلام و معرفی خود گفت‌وگو را آغاز کنید.|پیش از پایان تماس، کد رهگیری را با "
     "صدای "
     "روشن "
     "برای شهروند بخوانید.|از وعدهٔ زمانی که در اختیار شما نیست پرهیز کنید.",
     ""},
    {"article", "نحوهٔ ارجاع درخواست به کارشناسان",
     "درخواستی که در سطح یک حل نمی‌شود به تیم کارشناسی معاونت مربوط "
     "ارجاع "
     "می‌شود.|علت "
     "ارجاع را در یادداشت داخلی بنویسید.",
     ""},
    {"instruction", "پیگیری درخواست با کد رهگیری",
     "کد رهگیری نُه نویسه دارد و با خط تیره در سه بخش خوانده می‌شود.|شهروند "
     "می‌تواند "
     "وضعیت "
     "درخواست را در وبگاه یا با پیامک پیگیری کند.",
     ""},
}};

QString htmlBody(const QString &paragraphs)
{
    QString html;
    for (const QString &paragraph : paragraphs.split(QLatin1Char('|')))
        html += QStringLiteral("<p>") + paragraph.toHtmlEscaped() + QStringLiteral("</p>");
    return html;
}

QString plainText(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    return html.replace(tag, QStringLiteral(" "));
}

// clang-format on
} // namespace

bool seedKnowledge(SeedSession &session, const CityBase &base, qint64 nowMs)
{
    QRandomGenerator rng(0x6b6e6f77); // reproducible demo
    const qint64 author = base.user("author.farahani");
    const qint64 approver = base.user("approver.ebrahimi");
    const qint64 crm = base.unit(departmentUnit("CRM"));

    QHash<QString, qint64> subjects;
    for (const CategorySpec &category : categories()) {
        subjects.insert(
            QLatin1String(category.code),
            session.insert(QStringLiteral("knowledge_subjects"),
                           {{QStringLiteral("name_fa"), text(category.nameFa)},
                            {QStringLiteral("name_en"), QLatin1String(category.nameEn)}},
                           nowMs - 200 * dayMs));
    }
    const qint64 guide =
        session.insert(QStringLiteral("knowledge_subjects"),
                       {{QStringLiteral("name_fa"), text("راهنمای کار مرکز ۱۳۷")},
                        {QStringLiteral("name_en"), QStringLiteral("137 handbook")}},
                       nowMs - 200 * dayMs);
    const qint64 rules =
        session.insert(QStringLiteral("knowledge_subjects"),
                       {{QStringLiteral("parent_id"), guide},
                        {QStringLiteral("name_fa"), text("قوانین و مقررات")},
                        {QStringLiteral("name_en"), QStringLiteral("Regulations")}},
                       nowMs - 200 * dayMs);

    struct Draft
    {
        QString type, title, body, service;
        qint64 subject = 0, unit = 0;
    };
    QList<Draft> drafts;
    for (const ServiceSpec &service : services()) {
        const QString name = text(service.nameFa);
        const bool faq = drafts.size() % 2 == 0;
        const QString subjects0 = text(service.subjects).section(QLatin1Char('|'), 0, 0);
        drafts.append(
            {faq ? QStringLiteral("faq") : QStringLiteral("instruction"),
             faq ? text("پرسش‌های رایج: ") + name
                 : text("راهنمای ثبت درخواست ") + name,
             htmlBody(
                 text("این راهنما برای رسیدگی به درخواست‌های «") +
                 name +
                 text("» است.|نشانی دقیق و در صورت امکان عکس محل را از شهروند بپرسید.|"
                      "نمونهٔ رایج: ") +
                 subjects0 +
                 text("|زمان رسیدگی بر اساس اولویت درخواست و قرارداد سطح خدمت تعیین "
                      "می‌شود.")),
             QLatin1String(service.code), subjects.value(QLatin1String(service.category)),
             base.unit(departmentUnit(service.department))});
    }
    for (const StandaloneArticle &article : standalone) {
        const QString type = QLatin1String(article.type);
        drafts.append({type, text(article.title), htmlBody(text(article.body)),
                       QLatin1String(article.service),
                       type == QLatin1String("regulation") ? rules : guide, crm});
    }

    const char *const statuses[] = {"published", "published", "published", "published", "published",
                                    "published", "approved",  "in_review", "draft",     "archived"};
    for (int i = 0; i < drafts.size(); ++i) {
        const Draft &draft = drafts.at(i);
        const QString status = QLatin1String(statuses[i % 10]);
        const bool released =
            status == QLatin1String("published") || status == QLatin1String("archived");
        const int major = released ? 1 + (i % 7 == 0) : 0;
        const int minor = released ? (i % 3 == 1) : 1 + (i % 2);
        const qint64 created = nowMs - between(rng, 100, 190) * dayMs;
        const qint64 changed = created + between(rng, 2, 90) * dayMs;
        const bool isPublic = released && draft.type != QLatin1String("article") &&
                              draft.type != QLatin1String("regulation");
        QVariantMap fields{{QStringLiteral("article_type"), draft.type},
                           {QStringLiteral("subject_id"), draft.subject},
                           {QStringLiteral("title"), draft.title},
                           {QStringLiteral("body"), draft.body},
                           {QStringLiteral("keywords"), draft.title},
                           {QStringLiteral("status"), status},
                           {QStringLiteral("major_version"), major},
                           {QStringLiteral("minor_version"), minor},
                           {QStringLiteral("visibility"),
                            isPublic ? QStringLiteral("public") : QStringLiteral("internal")},
                           {QStringLiteral("author_id"), author},
                           {QStringLiteral("owner_unit_id"), draft.unit},
                           {QStringLiteral("search_text"),
                            normalizeForSearch(draft.title + u' ' + plainText(draft.body))}};
        if (draft.type == QLatin1String("regulation")) {
            fields.insert(QStringLiteral("reference_number"),
                          QStringLiteral("NMN-REG-1404-%1").arg(i + 1, 3, 10, QLatin1Char('0')));
            fields.insert(
                QStringLiteral("effective_date"),
                QDateTime::fromMSecsSinceEpoch(created, Qt::UTC).date().toString(Qt::ISODate));
        }
        if (released)
            fields.insert(QStringLiteral("publish_at"), changed);
        if (status == QLatin1String("archived"))
            fields.insert(QStringLiteral("expires_at"), changed + 30 * dayMs);
        const qint64 article =
            session.insert(QStringLiteral("knowledge_articles"), fields, created, author);

        // The versions it went through: 0.1, then 1.0 and on to where it is now.
        QList<QPair<int, int>> versions{{0, 1}};
        for (int m = 1; m <= major; ++m) {
            versions.append({m, 0});
            if (m == major && minor > 0)
                versions.append({m, minor});
        }
        if (!released && minor > 1)
            versions.append({0, minor});
        for (int v = 0; v < versions.size(); ++v) {
            session.insert(
                QStringLiteral("article_versions"),
                {{QStringLiteral("article_id"), article},
                 {QStringLiteral("major_version"), versions.at(v).first},
                 {QStringLiteral("minor_version"), versions.at(v).second},
                 {QStringLiteral("title"), draft.title},
                 {QStringLiteral("body"), draft.body},
                 {QStringLiteral("changed_by"), v == 0 ? author : approver},
                 {QStringLiteral("change_note"),
                  v == 0 ? text("پیش‌نویس نخست") : text("بازبینی و انتشار")}},
                created + v * dayMs, v == 0 ? author : approver);
        }
        if (!draft.service.isEmpty()) {
            session.insert(QStringLiteral("article_services"),
                           {{QStringLiteral("article_id"), article},
                            {QStringLiteral("service_id"), base.services.value(draft.service)}},
                           created, author);
        }
        if (status != QLatin1String("draft")) {
            const bool pending = status == QLatin1String("in_review");
            QVariantMap step{
                {QStringLiteral("subject_type"), QStringLiteral("knowledge_article")},
                {QStringLiteral("subject_id"), article},
                {QStringLiteral("step"), 1},
                {QStringLiteral("approver_role"), QStringLiteral("knowledge_approver")},
                {QStringLiteral("approver_unit_id"), crm},
                {QStringLiteral("decision"),
                 pending ? QStringLiteral("pending") : QStringLiteral("approved")}};
            if (!pending) {
                step.insert(QStringLiteral("approver_id"), approver);
                step.insert(QStringLiteral("decided_at"), changed);
            }
            session.insert(QStringLiteral("approval_steps"), step, created + dayMs, author);
        }
    }
    return session.ok();
}

} // namespace Shahrvand::Seed::Demo
