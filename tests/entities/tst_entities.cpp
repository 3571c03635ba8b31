// The entity registry and the validation of clients' input.
#include "entitydef.h"
#include "rowjson.h"
#include "trackingcode.h"
#include "validation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Entities;
using Access::Principal;
using Access::Role;

namespace {

QJsonObject json(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

QStringList codes(const QList<FieldError> &errors)
{
    QStringList result;
    for (const FieldError &error : errors)
        result << error.field + QLatin1Char(':') + error.code;
    result.sort();
    return result;
}

Principal withRoles(QSet<Role> roles)
{
    Principal principal;
    principal.roles = std::move(roles);
    return principal;
}

class MapRow final : public StoredRow
{
public:
    MapRow(const EntityDef &entity, const QVariantMap &row)
        : m_columns(storedColumns(entity))
        , m_row(row)
    {}
    QVariant value(int column) const override { return m_row.value(m_columns.at(column)); }

private:
    QStringList m_columns;
    const QVariantMap &m_row;
};

// The same row as SQLite's statement shows it (Storage::SqliteRows): integers, reals and
// UTF-8 text as stored, where Qt's driver would give qint64, double and QString. Text is
// encoded one UTF-16 unit at a time, as SQLite stores text bound as UTF-16, so a lone
// surrogate arrives as the three bytes the UTF-8 path must refuse.
class SqliteLikeRow final : public StoredRow
{
public:
    SqliteLikeRow(const EntityDef &entity, const QVariantMap &row)
        : m_columns(storedColumns(entity))
        , m_row(row)
    {
        for (const QString &column : std::as_const(m_columns)) {
            const QVariant value = row.value(column);
            QByteArray bytes;
            if (value.typeId() == QMetaType::QString) {
                const QString text = value.toString();
                for (qsizetype i = 0; i < text.size(); ++i) {
                    const char16_t unit = text.at(i).unicode();
                    if (QChar::isHighSurrogate(unit) && i + 1 < text.size() &&
                        QChar::isLowSurrogate(text.at(i + 1).unicode())) {
                        bytes += QString(text.mid(i, 2)).toUtf8();
                        ++i;
                    } else if (unit >= 0x800) {
                        bytes += char(0xe0 | (unit >> 12));
                        bytes += char(0x80 | ((unit >> 6) & 0x3f));
                        bytes += char(0x80 | (unit & 0x3f));
                    } else {
                        bytes += QString(QChar(unit)).toUtf8();
                    }
                }
            }
            m_text.append(bytes);
        }
    }
    QVariant value(int column) const override { return m_row.value(m_columns.at(column)); }
    StoredAs storedAs(int column) const override
    {
        const QVariant value = m_row.value(m_columns.at(column));
        if (value.isNull())
            return StoredAs::Null;
        switch (value.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            return StoredAs::Integer;
        case QMetaType::Double:
            return StoredAs::Real;
        case QMetaType::QString:
            return StoredAs::Text;
        default:
            return StoredAs::Unknown;
        }
    }
    qint64 integer(int column) const override { return value(column).toLongLong(); }
    double real(int column) const override { return value(column).toDouble(); }
    QByteArrayView text(int column) const override { return m_text.at(column); }

private:
    QStringList m_columns;
    const QVariantMap &m_row;
    QList<QByteArray> m_text;
};

// Values of every kind a column can hold, awkward ones included; `variant` picks one.
QVariant sampleValue(const FieldDef &def, int variant)
{
    if (variant % 5 == 4)
        return QVariant();
    switch (def.type) {
    case FieldType::Reference:
    case FieldType::Integer:
    case FieldType::Timestamp:
    case FieldType::Money:
        return QVariant(qlonglong(variant == 0 ? 9'007'199'254'740'993LL : -12 * variant));
    case FieldType::Real:
        return QVariant(variant == 0 ? 35.6892 : variant == 1 ? 3.0 : -0.000125);
    case FieldType::Boolean:
        return QVariant(variant % 2);
    case FieldType::JsonObject:
        return variant == 0   ? QVariant(QStringLiteral(R"({"z":1,"a":[1.5,"x",null],"m":{}})"))
               : variant == 1 ? QVariant(QStringLiteral("{}"))
                              : QVariant(QStringLiteral("{not json"));
    case FieldType::JsonArray:
        return variant == 0   ? QVariant(QStringLiteral(R"(["elderly", 2, {"b":1,"a":2}])"))
               : variant == 1 ? QVariant(QStringLiteral("[]"))
                              : QVariant(QStringLiteral(R"({"an":"object"})"));
    case FieldType::Date:
        return QVariant(QStringLiteral("2026-11-22"));
    case FieldType::Text:
        break;
    }
    if (def.nationalId)
        return QVariant(QStringLiteral("0013542419"));
    if (def.phone)
        return QVariant(QStringLiteral("+989123456789"));
    switch (variant) {
    case 0:
        return QVariant(QStringLiteral("یادداشت «آزمایشی» ۱۲۳ 😀"));
    case 1:
        return QVariant(QStringLiteral("quote \" backslash \\ tab \t newline \n bell \a"));
    case 2:
        return QVariant(QString());
    default:
        return QVariant(QStringLiteral("x") + QChar(0xd800) + QStringLiteral("y"));
    }
}

} // namespace

class TestEntities : public QObject
{
    Q_OBJECT

private slots:
    void registryIsConsistent();
    void validCaseIsConverted();
    void problemsAreAllReported();
    void wrongTypes_data();
    void wrongTypes();
    void identifiersAreNormalized();
    void updateNeedsNoRequiredFields();
    void trackingCodeIsProposedOnCreateOnly();
    void notificationsAreReadOnlyButReadAt();
    void hostileText();
    void outputMasksIdentifiersByRole();
    void writtenJsonIsTheSerializedObject();
};

void TestEntities::registryIsConsistent()
{
    QSet<QString> seen;
    for (const EntityDef &entity : allEntities()) {
        QVERIFY2(!seen.contains(entity.name), qPrintable(entity.name));
        QSet<QString> fields;
        for (const FieldDef &def : entity.fields) {
            QVERIFY2(!fields.contains(def.name), qPrintable(entity.name + u'.' + def.name));
            fields.insert(def.name);
            // A reference points at an entity listed before it (or at itself), so a first
            // sync can apply entities in registry order.
            if (def.type == FieldType::Reference) {
                QVERIFY2(seen.contains(def.references) || def.references == entity.name,
                         qPrintable(entity.name + u'.' + def.name + QStringLiteral("->") +
                                    def.references));
            }
            QVERIFY(def.effectiveMaxLength() > 0);
        }
        if (entity.scope.kind == ScopeKind::ChildOf)
            QVERIFY2(seen.contains(entity.scope.parentEntity) &&
                         fields.contains(entity.scope.parentColumn),
                     qPrintable(entity.name));
        if (entity.scope.kind == ScopeKind::ChildOfAny) {
            QVERIFY(fields.contains(entity.scope.parentTypeColumn));
            for (const QString &parent : entity.scope.parentTypes)
                QVERIFY2(seen.contains(parent),
                         qPrintable(entity.name + QStringLiteral("->") + parent));
        }
        if (!entity.scope.unitColumn.isEmpty())
            QVERIFY2(fields.contains(entity.scope.unitColumn), qPrintable(entity.name));
        if (!entity.scope.ownerColumn.isEmpty())
            QVERIFY2(fields.contains(entity.scope.ownerColumn), qPrintable(entity.name));
        seen.insert(entity.name);
    }
    QVERIFY(findEntity(u"cases"));
    QVERIFY(!findEntity(u"cases; DROP TABLE users"));
    QVERIFY(findEntity(u"cases")->hasSearchText);
    QVERIFY(findEntity(u"cases")->isWritableBy({Role::Agent}));
    QVERIFY(!findEntity(u"cases")->isWritableBy({Role::FinanceApprover}));
    QVERIFY(!findEntity(u"users")->isWritableBy({Role::Administrator}));
}

void TestEntities::validCaseIsConverted()
{
    const auto columns = toColumnValues(*findEntity(u"cases"), json(R"({
        "service_id": 12, "channel": "phone", "priority": "high",
        "subject": "چراغ خیابان خاموش است", "latitude": 35.7, "citizen_id": null,
        "custom_fields": {"source": "ivr"}
    })"),
                                        WriteMode::Create);
    QVERIFY2(columns.hasValue(),
             qPrintable(columns.hasValue() ? QString() : codes(columns.error()).join(u',')));
    QCOMPARE(columns->value(QStringLiteral("service_id")).toLongLong(), 12);
    QCOMPARE(columns->value(QStringLiteral("channel")).toString(), QStringLiteral("phone"));
    QCOMPARE(columns->value(QStringLiteral("subject")).toString(),
             QStringLiteral("چراغ خیابان خاموش است"));
    QCOMPARE(columns->value(QStringLiteral("latitude")).toDouble(), 35.7);
    QVERIFY(columns->contains(QStringLiteral("citizen_id")));
    QVERIFY(columns->value(QStringLiteral("citizen_id")).isNull());
    QCOMPARE(columns->value(QStringLiteral("custom_fields")).toString(),
             QStringLiteral(R"({"source":"ivr"})"));
}

void TestEntities::problemsAreAllReported()
{
    const auto columns = toColumnValues(*findEntity(u"cases"), json(R"({
        "channel": "pigeon", "tracking_code": "ABC-DEF-GHJ", "colour": "red",
        "priority": 3
    })"),
                                        WriteMode::Create);
    QVERIFY(!columns.hasValue());
    QCOMPARE(codes(columns.error()),
             QStringList({"channel:not_allowed", "colour:unknown_field", "priority:wrong_type",
                          "service_id:required", "tracking_code:invalid_tracking_code"}));
    for (const FieldError &error : columns.error()) {
        QVERIFY(!error.message().isEmpty());
        QVERIFY2(error.message().contains(error.field), qPrintable(error.message()));
    }
}

void TestEntities::wrongTypes_data()
{
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fraction for integer") << "cases"
                                          << R"({"tier": 1.5})"
                                          << "tier:wrong_type";
    QTest::newRow("string for integer") << "cases"
                                        << R"({"tier": "2"})"
                                        << "tier:wrong_type";
    QTest::newRow("huge integer") << "cases"
                                  << R"({"tier": 1e300})"
                                  << "tier:wrong_type";
    QTest::newRow("negative reference") << "cases"
                                        << R"({"owner_id": -4})"
                                        << "owner_id:out_of_range";
    QTest::newRow("number for text") << "cases"
                                     << R"({"subject": 7})"
                                     << "subject:wrong_type";
    QTest::newRow("string for boolean") << "citizens"
                                        << R"({"consent_sms": "yes"})"
                                        << "consent_sms:wrong_type";
    QTest::newRow("bad date") << "citizens"
                              << R"({"birth_date": "1360-02-30"})"
                              << "birth_date:invalid_date";
    QTest::newRow("jalali-looking date") << "citizens"
                                         << R"({"birth_date": "1360/02/10"})"
                                         << "birth_date:invalid_date";
    QTest::newRow("array for object") << "cases"
                                      << R"({"custom_fields": []})"
                                      << "custom_fields:wrong_type";
    QTest::newRow("object for array") << "citizens"
                                      << R"({"tags": {}})"
                                      << "tags:wrong_type";
    QTest::newRow("bad national id") << "citizens"
                                     << R"({"national_id": "1234567890"})"
                                     << "national_id:invalid_national_id";
    QTest::newRow("bad language") << "citizens"
                                  << R"({"preferred_language": "de"})"
                                  << "preferred_language:invalid_language";
    QTest::newRow("bad email") << "citizen_emails"
                               << R"({"citizen_id": 1, "email": "not-an-email"})"
                               << "email:invalid_email";
    QTest::newRow("null required") << "citizen_emails"
                                   << R"({"citizen_id": null, "email": "a@b.ir"})"
                                   << "citizen_id:required";
}

void TestEntities::wrongTypes()
{
    QFETCH(QString, entity);
    QFETCH(QString, body);
    QFETCH(QString, expected);
    const auto columns = toColumnValues(
        *findEntity(entity), QJsonDocument::fromJson(body.toUtf8()).object(), WriteMode::Update);
    QVERIFY(!columns.hasValue());
    QCOMPARE(codes(columns.error()), QStringList{expected});
}

void TestEntities::identifiersAreNormalized()
{
    const auto citizen = toColumnValues(*findEntity(u"citizens"), json(R"({
        "national_id": "۰۰۱۳۵۴۲۴۱۹", "preferred_language": "FA-ir", "birth_date": "1985-03-21"
    })"),
                                        WriteMode::Create);
    QVERIFY(citizen.hasValue());
    QCOMPARE(citizen->value(QStringLiteral("national_id")).toString(),
             QStringLiteral("0013542419"));
    QCOMPARE(citizen->value(QStringLiteral("preferred_language")).toString(), QStringLiteral("fa"));
    QCOMPARE(citizen->value(QStringLiteral("birth_date")).toString(), QStringLiteral("1985-03-21"));

    const auto phone =
        toColumnValues(*findEntity(u"citizen_phones"),
                       json(R"({"citizen_id": 5, "e164": "۰۹۱۲ ۳۴۵ ۶۷۸۹"})"), WriteMode::Create);
    QVERIFY(phone.hasValue());
    QCOMPARE(phone->value(QStringLiteral("e164")).toString(), QStringLiteral("+989123456789"));
}

void TestEntities::trackingCodeIsProposedOnCreateOnly()
{
    // What a laptop offline sends (LocalCache::create checks with these same rules): the
    // code it drew and read to the citizen, in any form a person might type it.
    const EntityDef &cases = *findEntity(u"cases");
    const QString code = TrackingCode::generate(*QRandomGenerator::global()).compact();
    const QJsonObject proposal{
        {QStringLiteral("service_id"), 12},
        {QStringLiteral("channel"), QStringLiteral("phone")},
        {QStringLiteral("tracking_code"),
         code.left(3).toLower() + u'-' + code.mid(3, 3) + u' ' + code.mid(6)}};
    const auto created = toColumnValues(cases, proposal, WriteMode::Create);
    QVERIFY(created.hasValue());
    QCOMPARE(created->value(QStringLiteral("tracking_code")).toString(), code);

    // Never afterwards: it is the citizen's key to the request.
    const auto changed = toColumnValues(cases, QJsonObject{{QStringLiteral("tracking_code"), code}},
                                        WriteMode::Update);
    QVERIFY(!changed.hasValue());
    QCOMPARE(codes(changed.error()), QStringList{u"tracking_code:not_writable"_qs});
    const FieldDef *field = cases.field(u"tracking_code");
    QVERIFY(field->clientMaySet(true));
    QVERIFY(!field->clientMaySet(false));
    // Other server-managed fields stay the server's on create too.
    QVERIFY(!cases.field(u"created_by")->clientMaySet(true));
}

void TestEntities::notificationsAreReadOnlyButReadAt()
{
    const EntityDef &notifications = *findEntity(u"notifications");
    QCOMPARE(notifications.scope.kind, ScopeKind::Recipient);
    QCOMPARE(notifications.scope.ownerColumn, u"user_id"_qs);
    QVERIFY(notifications.serverCreatesRows);
    QVERIFY(notifications.isWritableBy({Role::Agent}));
    QVERIFY(toColumnValues(notifications, json(R"({"read_at": 1780000000000})"), WriteMode::Update)
                .hasValue());
    const auto refused = toColumnValues(
        notifications, json(R"({"kind": "sla_breach", "user_id": 3, "case_id": 4, "clock": ""})"),
        WriteMode::Update);
    QVERIFY(!refused.hasValue());
    QCOMPARE(codes(refused.error()), QStringList({"case_id:not_writable", "clock:not_writable",
                                                  "kind:not_writable", "user_id:not_writable"}));
}

void TestEntities::updateNeedsNoRequiredFields()
{
    const auto columns =
        toColumnValues(*findEntity(u"cases"), json(R"({"priority": "urgent"})"), WriteMode::Update);
    QVERIFY(columns.hasValue());
    QCOMPARE(columns->size(), 1);
    const auto empty = toColumnValues(*findEntity(u"cases"), QJsonObject(), WriteMode::Create);
    QVERIFY(!empty.hasValue());
}

void TestEntities::hostileText()
{
    // Exactly at the limit is fine, one more is refused; length counts characters, so a
    // Persian subject is not cut short by its UTF-8 size.
    const EntityDef &cases = *findEntity(u"cases");
    const int limit = cases.field(u"subject")->effectiveMaxLength();
    QJsonObject atLimit{{QStringLiteral("subject"), QString(limit, QChar(u'ش'))}};
    QVERIFY(toColumnValues(cases, atLimit, WriteMode::Update).hasValue());
    QJsonObject over{{QStringLiteral("subject"), QString(limit + 1, QChar(u'ش'))}};
    const auto tooLong = toColumnValues(cases, over, WriteMode::Update);
    QVERIFY(!tooLong.hasValue());
    QCOMPARE(codes(tooLong.error()), QStringList{"subject:too_long"});

    QJsonObject sql{{QStringLiteral("subject"), QStringLiteral("x'); DROP TABLE cases; --")}};
    const auto kept = toColumnValues(cases, sql, WriteMode::Update);
    QVERIFY(kept.hasValue());
    QCOMPARE(kept->value(QStringLiteral("subject")).toString(),
             QStringLiteral("x'); DROP TABLE cases; --"));
}

void TestEntities::outputMasksIdentifiersByRole()
{
    const EntityDef &citizens = *findEntity(u"citizens");
    const QVariantMap row{{QStringLiteral("id"), 7},
                          {QStringLiteral("version"), 42},
                          {QStringLiteral("deleted"), 0},
                          {QStringLiteral("custom_fields"), QStringLiteral("{}")},
                          {QStringLiteral("national_id"), QStringLiteral("0013542419")},
                          {QStringLiteral("first_name"), QStringLiteral("زهرا")},
                          {QStringLiteral("consent_sms"), 1},
                          {QStringLiteral("tags"), QStringLiteral(R"(["elderly"])")}};
    const QJsonObject agentView = toApiJson(citizens, row, withRoles({Role::Agent}));
    QCOMPARE(agentView.value(u"national_id").toString(), QStringLiteral("0013542419"));
    QCOMPARE(agentView.value(u"consent_sms").toBool(), true);
    QCOMPARE(agentView.value(u"tags").toArray().first().toString(), QStringLiteral("elderly"));
    QCOMPARE(agentView.value(u"version").toInteger(), 42);
    QCOMPARE(agentView.value(u"birth_date"), QJsonValue(QJsonValue::Null));

    const QJsonObject officerView = toApiJson(citizens, row, withRoles({Role::FieldOfficer}));
    QCOMPARE(officerView.value(u"national_id").toString(), QStringLiteral("******2419"));
    QCOMPARE(officerView.value(u"first_name").toString(), QStringLiteral("زهرا"));

    const EntityDef &phones = *findEntity(u"citizen_phones");
    const QVariantMap phoneRow{{QStringLiteral("e164"), QStringLiteral("+989123456789")}};
    QCOMPARE(toApiJson(phones, phoneRow, withRoles({Role::FieldOfficer})).value(u"e164").toString(),
             QStringLiteral("+989123456789"));
    QCOMPARE(
        toApiJson(phones, phoneRow, withRoles({Role::KnowledgeAuthor})).value(u"e164").toString(),
        QStringLiteral("+98912***6789"));
}

void TestEntities::writtenJsonIsTheSerializedObject()
{
    // Every entity, as seen by roles that see identifiers and by roles that see them
    // masked, with every kind of value: the text written straight from a row must be the
    // object the rest of the API builds, serialized.
    const QList<Principal> viewers{withRoles({Role::Agent}), withRoles({Role::FieldOfficer}),
                                   withRoles({Role::KnowledgeAuthor}), Principal()};
    for (const EntityDef &entity : allEntities()) {
        for (int variant = 0; variant < 5; ++variant) {
            QVariantMap row{{QStringLiteral("id"), qlonglong(1000 + variant)},
                            {QStringLiteral("version"), qlonglong(77 * variant)},
                            {QStringLiteral("deleted"), variant % 2},
                            {QStringLiteral("created_at"), qlonglong(1'795'000'000'000LL)},
                            {QStringLiteral("updated_at"), qlonglong(1'795'000'000'001LL)}};
            FieldDef customFields;
            customFields.type = FieldType::JsonObject;
            const QVariant custom = sampleValue(customFields, variant);
            if (!custom.isNull())
                row.insert(QStringLiteral("custom_fields"), custom);
            for (const FieldDef &def : entity.fields)
                row.insert(def.name, sampleValue(def, variant + int(def.name.size())));
            for (const Principal &viewer : viewers) {
                QByteArray written;
                appendApiJson(written, entity, MapRow(entity, row), viewer);
                const QByteArray expected =
                    QJsonDocument(toApiJson(entity, row, viewer)).toJson(QJsonDocument::Compact);
                if (written != expected)
                    qWarning().noquote() << entity.name << variant << "\n"
                                         << written << "\n"
                                         << expected;
                QCOMPARE(written, expected);
                // Read as SQLite's statement holds it, the same bytes.
                QByteArray direct;
                appendApiJson(direct, entity, SqliteLikeRow(entity, row), viewer);
                QCOMPARE(direct, expected);
            }
        }
    }
    QCOMPARE(
        storedColumns(*findEntity(u"cases")).mid(0, 7),
        QStringList({QStringLiteral("id"), QStringLiteral("version"), QStringLiteral("deleted"),
                     QStringLiteral("created_at"), QStringLiteral("updated_at"),
                     QStringLiteral("custom_fields"), QStringLiteral("tracking_code")}));
    QCOMPARE(storedColumnIndex(*findEntity(u"citizens"), u"national_id"),
             storedColumns(*findEntity(u"citizens")).indexOf(u"national_id"));
    QCOMPARE(storedColumnIndex(*findEntity(u"cases"), u"national_id"), -1);
}

QTEST_GUILESS_MAIN(TestEntities)
#include "tst_entities.moc"
