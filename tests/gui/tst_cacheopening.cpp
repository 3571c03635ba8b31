// Opening this computer's copy at sign-in (openCacheShowingProgress): a copy written by an
// earlier version is brought up to date on a thread of its own (its clear columns filled
// from the sealed rows) and then opened here, usable on this thread; a wrong key and a
// damaged file give LocalCache::open's own answers.
#include "cacheopening.h"
#include "testenvironment.h"

#include <QApplication>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::Cache;

class TestCacheOpening : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        Testing::isolateUserFolders();
        QVERIFY(m_dir.isValid());
    }

    void anOlderCopyIsUpgradedThenOpenedHere()
    {
        const QString path = m_dir.filePath(QStringLiteral("older.cache"));
        const CacheKey key = CacheKey::generate();
        {
            auto opened = LocalCache::open(path, key);
            QVERIFY(opened);
            auto cache = std::move(opened).value();
            Access::Principal user;
            user.userId = UserId(7);
            user.roles = {Access::Role::Agent};
            user.units = {OrgUnitId(3)};
            QVERIFY(cache->setUser(user));
            QJsonArray changes;
            for (qint64 id = 1; id <= 40; ++id)
                changes.append(QJsonObject{
                    {QStringLiteral("entity"), QStringLiteral("cases")},
                    {QStringLiteral("row"),
                     QJsonObject{
                         {QStringLiteral("id"), id},
                         {QStringLiteral("version"), id},
                         {QStringLiteral("deleted"), false},
                         {QStringLiteral("tracking_code"), QStringLiteral("7KD4MX2Q%1").arg(id)},
                         {QStringLiteral("citizen_id"), 100 + id % 3},
                         {QStringLiteral("service_id"), 4},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("created_at"), 1'700'000'000'000LL + id},
                         {QStringLiteral("updated_at"), 1'700'000'000'000LL + id}}}});
            QVERIFY(cache->applyPullPage(QJsonObject{{QStringLiteral("changes"), changes},
                                                     {QStringLiteral("cursor"), 40},
                                                     {QStringLiteral("more"), false}}));
            // As an earlier version wrote it: no citizen column in the clear, no index on it.
            QSqlQuery older(cache->database());
            QVERIFY(older.exec(QStringLiteral("DROP INDEX IF EXISTS e_cases_q_citizen")));
            QVERIFY(older.exec(QStringLiteral("ALTER TABLE e_cases DROP COLUMN citizen_id")));
        }

        auto opened = Ui::openCacheShowingProgress(path, key, nullptr);
        QVERIFY(opened);
        auto cache = std::move(opened).value();
        // Usable on this thread, and the column is back and filled from the sealed rows.
        QSqlQuery filled(cache->database());
        QVERIFY(filled.exec(QStringLiteral("SELECT COUNT(*) FROM e_cases WHERE citizen_id = 101")));
        QVERIFY(filled.next());
        QCOMPARE(filled.value(0).toInt(), 14); // ids 1, 4, ..., 40
        QVERIFY(cache->row(QStringLiteral("cases"), 5)->has_value());
        // No window is left behind.
        for (QWidget *window : QApplication::topLevelWidgets())
            QVERIFY(window->objectName() != u"cacheUpgradeProgress" || !window->isVisible());
    }

    void aWrongKeyOrADamagedFileIsSaid()
    {
        const QString path = m_dir.filePath(QStringLiteral("keyed.cache"));
        QVERIFY(LocalCache::open(path, CacheKey::generate()));
        const auto wrong = Ui::openCacheShowingProgress(path, CacheKey::generate(), nullptr);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().kind, CacheError::Kind::WrongKey);

        const QString damaged = m_dir.filePath(QStringLiteral("damaged.cache"));
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(8192, 'x'));
        file.close();
        QVERIFY(!Ui::openCacheShowingProgress(damaged, CacheKey::generate(), nullptr));
    }
};

QTEST_MAIN(TestCacheOpening)
#include "tst_cacheopening.moc"
