// Who sees and changes what, through the entity store, on a real database (SQLite, and
// PostgreSQL under pg_virtualenv). The world: a municipality with a services department
// (teams A and B) and a finance department; agents in each team, a supervisor over the
// department, a field officer sent on a mission for a case of team B.
#include "auditlog.h"
#include "entitydef.h"
#include "entitystore.h"
#include "manualclock.h"
#include "migrations.h"
#include "nationalid.h"
#include "rowwriter.h"
#include "testdatabase.h"
#include "testworld.h"
#include "trackingcode.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Shahrvand;
using namespace Shahrvand::EntityStore;
using Access::Principal;
using Access::Role;

namespace {

const Entities::EntityDef &entity(const char *name)
{
    return *Entities::findEntity(QString::fromLatin1(name));
}

} // namespace

class TestEntityStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void agentSeesOwnTeamOnly();
    void supervisorSeesUnitsBelow();
    void fieldOfficerSeesMissionCasesAndMaskedCitizens();
    void childrenFollowTheirParent();
    void knowledgeDraftsStayWithEditors();
    void expenseClaimsByRole();
    void createFillsServerFields();
    void searchIgnoresArabicSpellings();
    void updateChecksVersionScopeAndRole();
    void deleteLeavesTombstone();
    void keysetPagingIsComplete();
    void queueOfOneStatusAcrossUnits();
    void filtersAreTypedAndSafe();
    void nationalIdReadsAreAudited();
    void invalidInputIsReported();
    void rowsReadFromTheStatementAreTheDriversBytes();
    void attachmentsNameWholeFiles();

private:
    std::unique_ptr<Testing::TestWorld> w;
    Testing::ManualClock m_clock{QDateTime(QDate(2026, 11, 22), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<Store> m_store;
};

void TestEntityStore::init()
{
    w = std::make_unique<Testing::TestWorld>();
    QVERIFY(w->isValid());
    m_store = std::make_unique<Store>(w->database(), m_clock);
}

void TestEntityStore::cleanup()
{
    m_store.reset();
    w.reset();
}

void TestEntityStore::agentSeesOwnTeamOnly()
{
    QVERIFY(m_store->get(w->agentA, entity("cases"), w->caseA).hasValue());
    const auto other = m_store->get(w->agentA, entity("cases"), w->caseB);
    QVERIFY(!other.hasValue());
    // Another unit's object is "not found", never "forbidden": its existence is not told.
    QCOMPARE(other.error().kind, StoreError::Kind::NotFound);
    const auto page = m_store->list(w->agentA, entity("cases"), {});
    QVERIFY(page.hasValue());
    QCOMPARE(page->items.size(), 1);
    QCOMPARE(page->items.first().toObject().value(u"id").toInteger(), w->caseA);

    // Owning a case of another team makes it visible to its owner.
    QSqlQuery own(w->database()->connection());
    QVERIFY(own.exec(QStringLiteral("UPDATE cases SET owner_id = %1 WHERE id = %2")
                         .arg(w->agentAId)
                         .arg(w->caseB)));
    QVERIFY(m_store->get(w->agentA, entity("cases"), w->caseB).hasValue());
}

void TestEntityStore::supervisorSeesUnitsBelow()
{
    const auto page = m_store->list(w->supervisor, entity("cases"), {});
    QVERIFY(page.hasValue());
    QCOMPARE(page->items.size(), 2);
    QVERIFY(!m_store->list(w->financier, entity("cases"), {})->items.size());
}

void TestEntityStore::fieldOfficerSeesMissionCasesAndMaskedCitizens()
{
    // Team A's case is not theirs; team B's case is on their mission.
    QVERIFY(!m_store->get(w->officer, entity("cases"), w->caseA).hasValue());
    QVERIFY(m_store->get(w->officer, entity("cases"), w->caseB).hasValue());
    QVERIFY(m_store->get(w->officer, entity("missions"), w->mission).hasValue());
    QVERIFY(!m_store->get(w->agentA, entity("missions"), w->mission).hasValue());

    const auto citizens = m_store->list(w->officer, entity("citizens"), {});
    QVERIFY(citizens.hasValue());
    QCOMPARE(citizens->items.size(), 1);
    const QJsonObject citizen = citizens->items.first().toObject();
    QCOMPARE(citizen.value(u"id").toInteger(), w->citizen2);
    QCOMPARE(citizen.value(u"national_id").toString(), QStringLiteral("******9828"));
    QCOMPARE(citizen.value(u"first_name").toString(), QStringLiteral("علی"));
    // The front office sees every citizen, in clear.
    const auto all = m_store->list(w->agentA, entity("citizens"), {});
    QCOMPARE(all->items.size(), 2);
    QCOMPARE(all->items.first().toObject().value(u"national_id").toString(),
             QStringLiteral("0013542419"));
    QVERIFY(m_store->list(w->author, entity("citizens"), {})->items.isEmpty());
}

void TestEntityStore::childrenFollowTheirParent()
{
    const auto note = m_store->create(w->agentB, entity("case_notes"),
                                      {{QStringLiteral("case_id"), w->caseB},
                                       {QStringLiteral("body"), QStringLiteral("تماس گرفته شد")}},
                                      QStringLiteral("test"));
    QVERIFY2(note.hasValue(), note.hasValue() ? "" : qPrintable(note.error().detail));
    const qint64 noteId = note->value(u"id").toInteger();
    QCOMPARE(note->value(u"author_id").toInteger(), w->agentBId);
    QVERIFY(m_store->get(w->supervisor, entity("case_notes"), noteId).hasValue());
    QVERIFY(m_store->get(w->officer, entity("case_notes"), noteId).hasValue());
    QVERIFY(!m_store->get(w->agentA, entity("case_notes"), noteId).hasValue());

    // Nor can a row be added under a parent its writer does not see: another team's case
    // is "not found", and nothing is written.
    const auto foreign = m_store->create(
        w->agentA, entity("case_notes"),
        {{QStringLiteral("case_id"), w->caseB}, {QStringLiteral("body"), QStringLiteral("نفوذ")}},
        QStringLiteral("test"));
    QVERIFY(!foreign.hasValue());
    QCOMPARE(foreign.error().kind, StoreError::Kind::NotFound);
    QSqlQuery count(w->database()->connection());
    QVERIFY(count.exec(
        QStringLiteral("SELECT COUNT(*) FROM case_notes WHERE case_id = %1").arg(w->caseB)));
    QVERIFY(count.next());
    QCOMPARE(count.value(0).toInt(), 1);

    // Nor moved there: agent A's own note, put under team B's case, is refused the same.
    const auto own = m_store->create(
        w->agentA, entity("case_notes"),
        {{QStringLiteral("case_id"), w->caseA}, {QStringLiteral("body"), QStringLiteral("پیگیری")}},
        QStringLiteral("test"));
    QVERIFY(own.hasValue());
    const auto moved =
        m_store->update(w->agentA, entity("case_notes"), own->value(u"id").toInteger(),
                        {{QStringLiteral("case_id"), w->caseB}}, std::nullopt, QStringLiteral("t"));
    QVERIFY(!moved.hasValue());
    QCOMPARE(moved.error().kind, StoreError::Kind::NotFound);
    QCOMPARE(m_store->get(w->agentA, entity("case_notes"), own->value(u"id").toInteger())
                 ->value(u"case_id")
                 .toInteger(),
             w->caseA);
}

// An attachment names a file the server holds whole: a file not yet complete (or never
// announced) is refused with a field error; a complete one gives the row its size.
void TestEntityStore::attachmentsNameWholeFiles()
{
    const QString partial(64, u'a');
    const QString whole(64, u'b');
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    QSqlDatabase db = w->database()->connection();
    for (const auto &[hash, received, complete] :
         {std::tuple{partial, 1000, 0}, std::tuple{whole, 1234, 1}}) {
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO blobs (sha256, size, content_type, received, "
                                      "complete, created_at) VALUES (?, ?, ?, ?, ?, ?)"));
        insert.addBindValue(hash);
        insert.addBindValue(complete ? 1234 : 5000);
        insert.addBindValue(QStringLiteral("application/pdf"));
        insert.addBindValue(received);
        insert.addBindValue(complete);
        insert.addBindValue(now);
        QVERIFY2(insert.exec(), qPrintable(insert.lastError().text()));
    }
    const auto attach = [&](const QString &hash) {
        return m_store->create(
            w->agentA, entity("attachments"),
            {{QStringLiteral("owner_type"), QStringLiteral("case")},
             {QStringLiteral("owner_id"), w->caseA},
             {QStringLiteral("blob_sha256"), hash},
             {QStringLiteral("file_name"), QStringLiteral("نامه.pdf")},
             {QStringLiteral("content_type"), QStringLiteral("application/pdf")}},
            QStringLiteral("test"));
    };
    for (const QString &hash : {partial, QString(64, u'c')}) {
        const auto refused = attach(hash);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, StoreError::Kind::Invalid);
        QCOMPARE(refused.error().fieldErrors.value(0).code, QStringLiteral("file_not_uploaded"));
    }
    const auto taken = attach(whole);
    QVERIFY2(taken.hasValue(), taken.hasValue() ? "" : qPrintable(taken.error().detail));
    QCOMPARE(taken->value(u"size").toInteger(), 1234);
}

void TestEntityStore::knowledgeDraftsStayWithEditors()
{
    QCOMPARE(m_store->list(w->agentA, entity("knowledge_articles"), {})->items.size(), 1);
    QVERIFY(!m_store->get(w->agentA, entity("knowledge_articles"), w->draft).hasValue());
    QCOMPARE(m_store->list(w->author, entity("knowledge_articles"), {})->items.size(), 2);
}

void TestEntityStore::expenseClaimsByRole()
{
    QCOMPARE(m_store->list(w->agentA, entity("expense_claims"), {})->items.size(), 1);
    QCOMPARE(m_store->list(w->officer, entity("expense_claims"), {})->items.size(), 1);
    QCOMPARE(m_store->list(w->agentB, entity("expense_claims"), {})->items.size(), 0);
    QCOMPARE(m_store->list(w->supervisor, entity("expense_claims"), {})->items.size(), 2);
    QCOMPARE(m_store->list(w->financier, entity("expense_claims"), {})->items.size(), 2);
    // Approval steps are the server's to create (decisions are updates of them,
    // MissionRules); nobody creates one, not even an administrator.
    const auto step =
        m_store->create(w->financier, entity("approval_steps"), {}, QStringLiteral("test"));
    QVERIFY(!step.hasValue());
    QCOMPARE(step.error().kind, StoreError::Kind::Forbidden);
}

void TestEntityStore::createFillsServerFields()
{
    const auto created =
        m_store->create(w->agentA, entity("cases"),
                        {{QStringLiteral("service_id"), w->service},
                         {QStringLiteral("channel"), QStringLiteral("telegram")},
                         {QStringLiteral("team_id"), w->teamA},
                         {QStringLiteral("subject"), QStringLiteral("درخت افتاده در پارك")}},
                        QStringLiteral("127.0.0.1"));
    QVERIFY2(created.hasValue(), created.hasValue() ? "" : qPrintable(created.error().detail));
    QCOMPARE(created->value(u"created_by").toInteger(), w->agentAId);
    QCOMPARE(created->value(u"status").toString(), QStringLiteral("new"));
    QCOMPARE(created->value(u"created_at").toInteger(), m_clock.now().toMSecsSinceEpoch());
    QVERIFY(TrackingCode::parse(created->value(u"tracking_code").toString()).hasValue());
    QVERIFY(created->value(u"version").toInteger() > 0);
    QVERIFY(!created->contains(u"search_text"));

    const auto phone = m_store->create(w->agentA, entity("citizen_phones"),
                                       {{QStringLiteral("citizen_id"), w->citizen1},
                                        {QStringLiteral("e164"), QStringLiteral("021 8877 6655")}},
                                       QStringLiteral("test"));
    QVERIFY(phone.hasValue());
    QCOMPARE(phone->value(u"e164").toString(), QStringLiteral("+982188776655"));
    QCOMPARE(phone->value(u"kind").toString(), QStringLiteral("landline"));

    const auto forbidden = m_store->create(w->author, entity("cases"),
                                           {{QStringLiteral("service_id"), w->service},
                                            {QStringLiteral("channel"), QStringLiteral("web")}},
                                           QStringLiteral("test"));
    QCOMPARE(forbidden.error().kind, StoreError::Kind::Forbidden);
}

void TestEntityStore::searchIgnoresArabicSpellings()
{
    QVERIFY(m_store->create(
        w->agentA, entity("cases"),
        {{QStringLiteral("service_id"), w->service},
         {QStringLiteral("channel"), QStringLiteral("web")},
         {QStringLiteral("team_id"), w->teamA},
         {QStringLiteral("subject"), QStringLiteral("درخت‌ها در پارک")}},
        QStringLiteral("test")));
    ListQuery query;
    query.search = QStringLiteral("درختها پارك"); // no ZWNJ, Arabic kaf
    const auto found = m_store->list(w->agentA, entity("cases"), query);
    QVERIFY(found.hasValue());
    QCOMPARE(found->items.size(), 1);
    query.search = QStringLiteral("100%_");
    QCOMPARE(m_store->list(w->agentA, entity("cases"), query)->items.size(), 0);
    query.search = QStringLiteral("x");
    const auto notSearchable = m_store->list(w->agentA, entity("case_notes"), query);
    QCOMPARE(notSearchable.error().kind, StoreError::Kind::Invalid);
}

void TestEntityStore::updateChecksVersionScopeAndRole()
{
    auto sequenceValue = [this] {
        QSqlQuery query(w->database()->connection());
        query.exec(QStringLiteral("SELECT value FROM change_sequence"));
        return query.next() ? query.value(0).toLongLong() : -1;
    };
    const qint64 sequenceBefore = sequenceValue();
    const auto before = m_store->get(w->agentA, entity("cases"), w->caseA);
    const qint64 version = before->value(u"version").toInteger();
    const auto updated = m_store->update(w->agentA, entity("cases"), w->caseA,
                                         {{QStringLiteral("priority"), QStringLiteral("urgent")}},
                                         version, QStringLiteral("test"));
    QVERIFY(updated.hasValue());
    QVERIFY(updated->value(u"version").toInteger() > version);
    // One change, one version: the lock taken to read the row is the change's version.
    QCOMPARE(updated->value(u"version").toInteger(), sequenceBefore + 1);
    QCOMPARE(sequenceValue(), sequenceBefore + 1);
    QCOMPARE(updated->value(u"priority").toString(), QStringLiteral("urgent"));

    // The same stale version again: refused, and told what is current.
    const auto stale = m_store->update(w->agentA, entity("cases"), w->caseA,
                                       {{QStringLiteral("priority"), QStringLiteral("low")}},
                                       version, QStringLiteral("test"));
    QCOMPARE(stale.error().kind, StoreError::Kind::PreconditionFailed);
    QCOMPARE(stale.error().currentVersion, updated->value(u"version").toInteger());
    QCOMPARE(m_store->get(w->agentA, entity("cases"), w->caseA)->value(u"priority").toString(),
             QStringLiteral("urgent"));

    const auto invisible = m_store->update(w->agentA, entity("cases"), w->caseB,
                                           {{QStringLiteral("priority"), QStringLiteral("low")}},
                                           std::nullopt, QStringLiteral("test"));
    QCOMPARE(invisible.error().kind, StoreError::Kind::NotFound);
    const auto notWriter = m_store->update(w->officer, entity("citizens"), w->citizen2,
                                           {{QStringLiteral("notes"), QStringLiteral("x")}},
                                           std::nullopt, QStringLiteral("test"));
    QCOMPARE(notWriter.error().kind, StoreError::Kind::Forbidden);

    // Moving the case to team B takes it out of agent A's sight.
    QVERIFY(m_store->update(w->agentA, entity("cases"), w->caseA,
                            {{QStringLiteral("team_id"), w->teamB}}, std::nullopt,
                            QStringLiteral("test")));
    QVERIFY(!m_store->get(w->agentA, entity("cases"), w->caseA).hasValue());
    QVERIFY(m_store->get(w->agentB, entity("cases"), w->caseA).hasValue());
}

void TestEntityStore::deleteLeavesTombstone()
{
    const auto removed =
        m_store->remove(w->agentA, entity("cases"), w->caseA, std::nullopt, QStringLiteral("test"));
    QVERIFY(removed.hasValue());
    QCOMPARE(removed->value(u"deleted").toBool(), true);
    QCOMPARE(m_store->get(w->agentA, entity("cases"), w->caseA).error().kind,
             StoreError::Kind::NotFound);
    QCOMPARE(m_store->list(w->agentA, entity("cases"), {})->items.size(), 0);
    ListQuery withDeleted;
    withDeleted.includeDeleted = true;
    QCOMPARE(m_store->list(w->agentA, entity("cases"), withDeleted)->items.size(), 1);
    QCOMPARE(
        m_store->remove(w->agentA, entity("cases"), w->caseA, std::nullopt, QStringLiteral("test"))
            .error()
            .kind,
        StoreError::Kind::NotFound);
    QSqlQuery row(w->database()->connection());
    QVERIFY(row.exec(QStringLiteral("SELECT deleted FROM cases WHERE id = %1").arg(w->caseA)));
    QVERIFY(row.next());
    QCOMPARE(row.value(0).toInt(), 1);
}

void TestEntityStore::keysetPagingIsComplete()
{
    for (int i = 0; i < 120; ++i)
        w->insert("case_notes", {{QStringLiteral("case_id"), w->caseA},
                                 {QStringLiteral("body"), QString::number(i)}});
    QSet<qint64> seen;
    ListQuery query;
    query.limit = 50;
    int pages = 0;
    while (true) {
        const auto page = m_store->list(w->agentA, entity("case_notes"), query);
        QVERIFY(page.hasValue());
        ++pages;
        for (const QJsonValue &item : page->items)
            QVERIFY(!seen.contains(item.toObject().value(u"id").toInteger()));
        for (const QJsonValue &item : page->items)
            seen.insert(item.toObject().value(u"id").toInteger());
        if (!page->nextAfterId)
            break;
        query.afterId = *page->nextAfterId;
    }
    QCOMPARE(seen.size(), 120);
    QCOMPARE(pages, 3);
}

// A status queue of a front-office viewer is read unit by unit (and the viewer's own
// cases), each along its index, and merged: every page in id order, nothing twice,
// nothing missing, nothing of a unit not seen, however the rows fall among the branches.
void TestEntityStore::queueOfOneStatusAcrossUnits()
{
    const qint64 units[] = {w->teamA, w->teamB, w->services, w->finance};
    for (int i = 0; i < 90; ++i) {
        QVariantMap fields{
            {QStringLiteral("tracking_code"), QStringLiteral("QQQ-%1").arg(i, 3, 10, QChar(u'0'))},
            {QStringLiteral("service_id"), w->service},
            {QStringLiteral("channel"), QStringLiteral("phone")},
            {QStringLiteral("team_id"), units[(i * 7) % 4]},
            {QStringLiteral("status"),
             i % 3 == 0 ? QStringLiteral("assigned") : QStringLiteral("new")}};
        // Owned by the supervisor: in a unit they see (two branches hold it) or not.
        if (i % 5 == 0)
            fields.insert(QStringLiteral("owner_id"), w->supervisorId);
        const qint64 id = w->insert("cases", fields);
        QVERIFY(id > 0);
        QSqlQuery tombstone(w->database()->connection());
        if (i % 11 == 0)
            QVERIFY(tombstone.exec(
                QStringLiteral("UPDATE cases SET deleted = 1 WHERE id = %1").arg(id)));
    }
    for (const Principal &viewer : {w->supervisor, w->agentA, w->agentB}) {
        QStringList visibleUnits;
        for (OrgUnitId unit : viewer.visibleUnits)
            visibleUnits << unit.toString();
        QList<qint64> expected;
        QSqlQuery all(w->database()->connection());
        QVERIFY(all.exec(QStringLiteral("SELECT id FROM cases WHERE status = 'new' AND deleted = "
                                        "0 AND (owner_id = %1 OR team_id IN (%2)) ORDER BY id")
                             .arg(viewer.userId.toString(), visibleUnits.join(u','))));
        while (all.next())
            expected << all.value(0).toLongLong();
        QVERIFY(expected.size() > 10);

        QList<qint64> read;
        ListQuery query;
        query.filters.insert(QStringLiteral("status"), QStringLiteral("new"));
        query.limit = 7;
        for (int pages = 0;; ++pages) {
            QVERIFY(pages < 40);
            const auto page = m_store->list(viewer, entity("cases"), query);
            QVERIFY2(page.hasValue(),
                     qPrintable(page.hasValue() ? QString() : page.error().detail));
            QVERIFY(page->items.size() <= 7);
            for (const QJsonValue &item : page->items) {
                QCOMPARE(item.toObject().value(u"status").toString(), QStringLiteral("new"));
                read << item.toObject().value(u"id").toInteger();
            }
            if (!page->nextAfterId)
                break;
            QCOMPARE(page->items.size(), 7);
            query.afterId = *page->nextAfterId;
        }
        QCOMPARE(read, expected);
    }
}

void TestEntityStore::filtersAreTypedAndSafe()
{
    ListQuery query;
    query.filters.insert(QStringLiteral("team_id"), QString::number(w->teamB));
    QCOMPARE(m_store->list(w->supervisor, entity("cases"), query)->items.size(), 1);
    query.filters.insert(QStringLiteral("team_id"), QStringLiteral("1 OR 1=1"));
    QCOMPARE(m_store->list(w->supervisor, entity("cases"), query).error().kind,
             StoreError::Kind::Invalid);
    query.filters.clear();
    query.filters.insert(QStringLiteral("tracking_code"), QStringLiteral("x' OR '1'='1"));
    QCOMPARE(m_store->list(w->supervisor, entity("cases"), query).error().kind,
             StoreError::Kind::Invalid);
    // A code read aloud with dashes, in lower case, finds the case stored compact.
    const auto created = m_store->create(w->agentA, entity("cases"),
                                         {{QStringLiteral("service_id"), w->service},
                                          {QStringLiteral("channel"), QStringLiteral("phone")},
                                          {QStringLiteral("team_id"), w->teamA}},
                                         QStringLiteral("t"));
    const QString code = created->value(u"tracking_code").toString();
    QCOMPARE(code.size(), 9);
    query.filters.insert(QStringLiteral("tracking_code"),
                         (code.left(3) + u'-' + code.mid(3, 3) + u'-' + code.mid(6)).toLower());
    QCOMPARE(m_store->list(w->supervisor, entity("cases"), query)->items.size(), 1);
    query.filters.clear();
    query.filters.insert(QStringLiteral("password_hash"), QStringLiteral("x"));
    QCOMPARE(m_store->list(w->supervisor, entity("users"), query).error().kind,
             StoreError::Kind::Invalid);
}

void TestEntityStore::nationalIdReadsAreAudited()
{
    auto reads = [this] {
        QSqlQuery query(w->database()->connection());
        query.exec(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'read_national_id'"));
        query.next();
        return query.value(0).toInt();
    };
    QCOMPARE(reads(), 0);
    QVERIFY(m_store->get(w->agentA, entity("citizens"), w->citizen1).hasValue());
    QCOMPARE(reads(), 1);
    QVERIFY(m_store->list(w->agentA, entity("citizens"), {}).hasValue());
    QCOMPARE(reads(), 2);
    // A masked read is not a read of the national ID.
    QVERIFY(m_store->get(w->officer, entity("citizens"), w->citizen2).hasValue());
    QCOMPARE(reads(), 2);
}

void TestEntityStore::invalidInputIsReported()
{
    const auto result =
        m_store->create(w->agentA, entity("citizens"),
                        {{QStringLiteral("national_id"), QStringLiteral("1111111111")},
                         {QStringLiteral("birth_date"), QStringLiteral("1360/01/01")}},
                        QStringLiteral("test"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().kind, StoreError::Kind::Invalid);
    QCOMPARE(result.error().fieldErrors.size(), 2);
    // A national ID another citizen has is a conflict, not a crash.
    const auto duplicate = m_store->create(
        w->agentA, entity("citizens"),
        {{QStringLiteral("national_id"), QStringLiteral("0013542419")}}, QStringLiteral("test"));
    QCOMPARE(duplicate.error().kind, StoreError::Kind::Conflict);
    const auto missingReference = m_store->create(
        w->agentA, entity("case_notes"),
        {{QStringLiteral("case_id"), 987654}, {QStringLiteral("body"), QStringLiteral("x")}},
        QStringLiteral("test"));
    QVERIFY(!missingReference.hasValue());
}

QTEST_GUILESS_MAIN(TestEntityStore)
#include "tst_entitystore.moc"

void TestEntityStore::rowsReadFromTheStatementAreTheDriversBytes()
{
    // Reads (one row, lists, pulls) take rows straight from SQLite's statement or libpq's
    // result (UTF-8, no QVariant). They must write the bytes Qt's driver would give,
    // whatever the stored text holds, including what the UTF-8 path leaves to the driver.
    const auto note = m_store->create(
        w->agentB, entity("case_notes"),
        {{QStringLiteral("case_id"), w->caseB}, {QStringLiteral("body"), QStringLiteral("x")}},
        QStringLiteral("test"));
    QVERIFY2(note.hasValue(), note.hasValue() ? "" : qPrintable(note.error().detail));
    const qint64 noteId = note->value(u"id").toInteger();
    QString awkward = QStringLiteral("یادداشت 😀 \"quote\" \\ tab\t line\n \u2028 end");
    if (w->database()->backend() == Storage::Backend::SQLite) // PostgreSQL refuses these
        awkward += QChar(0xd800) + QStringLiteral(" nonchar ") + QChar(0xffff) +
                   QStringLiteral(" nul ") + QChar(0) + QStringLiteral(" x");
    {
        QSqlQuery query(w->database()->connection());
        query.prepare(QStringLiteral("UPDATE case_notes SET body = ?, custom_fields = ? "
                                     "WHERE id = ?"));
        query.addBindValue(awkward);
        query.addBindValue(QStringLiteral(R"({"z":[1.5,"ی"],"a":null})"));
        query.addBindValue(noteId);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    // The reference: the row as Qt's driver reads it, every value through a QVariant.
    const auto throughTheDriver = [this](const char *entityName, qint64 id) {
        QSqlQuery query(w->database()->connection());
        query.prepare(
            QStringLiteral("SELECT %1 FROM %2 t WHERE t.id = ?")
                .arg(Store::selectList(entity(entityName)), QString::fromLatin1(entityName)));
        query.addBindValue(id);
        QByteArray json;
        if (query.exec() && query.next())
            Entities::appendApiJson(json, entity(entityName), QueryRow(query), w->supervisor);
        return json;
    };
    const auto one = m_store->getJson(w->supervisor, entity("case_notes"), noteId);
    QVERIFY(one.hasValue());
    QCOMPARE(one->json, throughTheDriver("case_notes", noteId));
    ListQuery list;
    list.filters.insert(QStringLiteral("case_id"), QString::number(w->caseB));
    list.limit = 500;
    const auto page = m_store->listJson(w->supervisor, entity("case_notes"), list);
    QVERIFY(page.hasValue());
    QVERIFY2(page->items.contains(one->json), one->json.constData());

    // A case: integers, timestamps, NULLs, coordinates, text and custom fields.
    {
        QSqlQuery query(w->database()->connection());
        query.prepare(QStringLiteral("UPDATE cases SET latitude = ?, longitude = ?, "
                                     "custom_fields = ? WHERE id = ?"));
        query.addBindValue(35.6891975);
        query.addBindValue(51.3889736);
        query.addBindValue(QStringLiteral(R"({"floor":3,"note":"طبقهٔ سوم"})"));
        query.addBindValue(w->caseB);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
    }
    const auto kase = m_store->getJson(w->supervisor, entity("cases"), w->caseB);
    QVERIFY(kase.hasValue());
    QCOMPARE(kase->json, throughTheDriver("cases", w->caseB));
    const auto cases = m_store->listJson(w->supervisor, entity("cases"), {});
    QVERIFY(cases.hasValue());
    QVERIFY2(cases->items.contains(kase->json), kase->json.constData());
    QVERIFY(kase->json.contains("35.6891975"));
}
