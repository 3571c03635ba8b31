#include "authfixture.h"

#include "migrations.h"
#include "rowwriter.h"
#include "userdirectory.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

namespace Shahrvand::Testing {

AuthFixture::AuthFixture(Auth::AuthSettings settings_)
    : settings(settings_)
{
    if (!test.isValid()) {
        m_error = test.error();
        return;
    }
    database = test.open();
    if (!database) {
        m_error = QStringLiteral("cannot open the test database");
        return;
    }
    const auto migrated = Storage::Migrator(database).migrate();
    if (!migrated) {
        m_error = migrated.error();
        return;
    }
    restart();
}

void AuthFixture::restart()
{
    sessions.reset();
    authenticator.reset();
    database = test.open();
    authenticator = std::make_unique<Auth::Authenticator>(database, clock, settings);
    sessions = std::make_unique<Auth::Sessions>(database, clock, *authenticator);
}

OrgUnitId AuthFixture::addUnit(const QString &code, OrgUnitId parent)
{
    QSqlDatabase db = database->connection();
    Storage::Transaction transaction(db, database->backend());
    QVariantMap fields{{QStringLiteral("kind"), QStringLiteral("team")},
                       {QStringLiteral("code"), code},
                       {QStringLiteral("name_fa"), QStringLiteral("واحد ") + code},
                       {QStringLiteral("name_en"), QStringLiteral("Unit ") + code}};
    if (parent.isValid())
        fields.insert(QStringLiteral("parent_id"), parent.value());
    const auto written =
        Records::RowWriter(db, database->backend())
            .insert(QStringLiteral("org_units"), fields,
                    {std::nullopt, QStringLiteral("test"), clock.now().toMSecsSinceEpoch()});
    if (!written || !transaction.commit()) {
        QTest::qFail(qPrintable(QStringLiteral("cannot add unit ") + code), __FILE__, __LINE__);
        return {};
    }
    return OrgUnitId(written->id);
}

UserId AuthFixture::addUser(const QString &username, const QString &password,
                            const QList<Access::Role> &roles, const QList<OrgUnitId> &units)
{
    QSqlDatabase db = database->connection();
    Storage::Transaction transaction(db, database->backend());
    Auth::NewUser user;
    user.username = username;
    user.displayName = username;
    user.password = password;
    user.roles = roles;
    user.units = units;
    const auto created =
        Auth::UserDirectory(db, database->backend())
            .create(user, {std::nullopt, QStringLiteral("test"), clock.now().toMSecsSinceEpoch()});
    if (!created) {
        QTest::qFail(qPrintable(QStringLiteral("cannot add user: ") +
                                Auth::UserDirectory::describe(created.error()) + QLatin1Char(' ') +
                                created.error().detail),
                     __FILE__, __LINE__);
        return {};
    }
    if (!transaction.commit()) {
        QTest::qFail("cannot commit the new user", __FILE__, __LINE__);
        return {};
    }
    return *created;
}

bool AuthFixture::setActive(UserId user, bool active)
{
    QSqlDatabase db = database->connection();
    Storage::Transaction transaction(db, database->backend());
    const auto changed =
        Auth::UserDirectory(db, database->backend())
            .setActive(user, active,
                       {std::nullopt, QStringLiteral("test"), clock.now().toMSecsSinceEpoch()});
    return changed && transaction.commit();
}

bool AuthFixture::markUnitDeleted(OrgUnitId unit)
{
    QSqlDatabase db = database->connection();
    Storage::Transaction transaction(db, database->backend());
    const auto written =
        Records::RowWriter(db, database->backend())
            .markDeleted(QStringLiteral("org_units"), unit.value(),
                         {std::nullopt, QStringLiteral("test"), clock.now().toMSecsSinceEpoch()});
    return written && transaction.commit();
}

QStringList AuthFixture::allText(const QString &table)
{
    QStringList values;
    QSqlQuery query(database->connection());
    if (!query.exec(QStringLiteral("SELECT * FROM ") + table)) {
        QTest::qFail(qPrintable(query.lastError().text()), __FILE__, __LINE__);
        return values;
    }
    while (query.next()) {
        for (int i = 0; i < query.record().count(); ++i)
            values << query.value(i).toString();
    }
    return values;
}

QVariantList AuthFixture::column(const QString &sql, const QVariantList &bind)
{
    QVariantList values;
    QSqlQuery query(database->connection());
    query.prepare(sql);
    for (const QVariant &value : bind)
        query.addBindValue(value);
    if (!query.exec()) {
        QTest::qFail(qPrintable(query.lastError().text() + QStringLiteral(" in ") + sql), __FILE__,
                     __LINE__);
        return values;
    }
    while (query.next())
        values << query.value(0);
    return values;
}

} // namespace Shahrvand::Testing
