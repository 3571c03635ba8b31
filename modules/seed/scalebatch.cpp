#include "scalebatch.h"

#include "auditlog.h"
#include "seedsession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Seed {

namespace {

// Versions are taken from change_sequence this many at a time.
constexpr qint64 versionBlock = 10000;

} // namespace

ScaleBatch::ScaleBatch(std::shared_ptr<Storage::Database> database, QString mainTable,
                       QString generator)
    : m_database(std::move(database))
    , m_db(m_database->connection())
    , m_mainTable(std::move(mainTable))
    , m_generator(std::move(generator))
{}

ScaleBatch::~ScaleBatch()
{
    m_tables.clear(); // the statements, before the transaction ends
}

void ScaleBatch::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

bool ScaleBatch::begin()
{
    m_transaction = std::make_unique<Storage::Transaction>(m_db, m_database->backend(),
                                                           Storage::Transaction::Mode::Write);
    if (!m_transaction->isActive())
        fail(m_transaction->error());
    // The row lock this takes orders the whole batch with every RowWriter write and keeps
    // them out until commit (RowWriter takes it before inserting), so the largest ids read
    // next stay the largest.
    reserveVersions();
    return ok();
}

qint64 ScaleBatch::nextVersion()
{
    if (m_versionsLeft == 0)
        reserveVersions();
    --m_versionsLeft;
    return m_nextVersion++;
}

void ScaleBatch::reserveVersions()
{
    if (ok()) {
        QSqlQuery query(m_db);
        query.prepare(QStringLiteral(
            "UPDATE change_sequence SET value = value + ? WHERE id = 1 RETURNING value"));
        query.addBindValue(versionBlock);
        if (!query.exec() || !query.next()) {
            fail(query.lastError().text());
            return;
        }
        const qint64 last = query.value(0).toLongLong();
        if (m_firstVersion == 0)
            m_firstVersion = last - versionBlock + 1;
        m_nextVersion = last - versionBlock + 1;
    }
    m_versionsLeft = versionBlock; // after a failure: nothing is written anyway
}

ScaleBatch::Table &ScaleBatch::table(const QString &name)
{
    for (Table &table : m_tables) {
        if (table.name == name)
            return table;
    }
    m_tables.push_back(Table{name, nullptr, 0, 0});
    return m_tables.back();
}

qint64 ScaleBatch::nextId(const QString &table)
{
    Table &entry = this->table(table);
    if (entry.nextId == 0 && ok()) {
        QSqlQuery query(m_db);
        if (!query.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table)) ||
            !query.next()) {
            fail(query.lastError().text());
            return 0;
        }
        entry.firstId = entry.nextId = query.value(0).toLongLong() + 1;
    }
    return entry.nextId++;
}

void ScaleBatch::add(const QString &table, const QStringList &columns, const QVariantList &values)
{
    if (!ok())
        return;
    Table &entry = this->table(table);
    if (!entry.inserter)
        entry.inserter = std::make_unique<BulkInserter>(m_db, table, columns);
    entry.inserter->add(values);
}

bool ScaleBatch::finish(qint64 atMs)
{
    QJsonObject tables;
    for (Table &table : m_tables) {
        if (!ok())
            break;
        if (table.inserter && !table.inserter->flush()) {
            fail(table.inserter->error());
            break;
        }
        if (table.nextId == table.firstId)
            continue;
        if (m_database->backend() == Storage::Backend::PostgreSQL) {
            // Ids were given explicitly: the identity sequence must not hand them out again.
            QSqlQuery query(m_db);
            query.prepare(QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), ?)"));
            query.addBindValue(table.name);
            query.addBindValue(table.nextId - 1);
            if (!query.exec())
                fail(query.lastError().text());
        }
        m_rows += table.nextId - table.firstId;
        tables.insert(table.name,
                      QJsonObject{{QStringLiteral("rows"), table.nextId - table.firstId},
                                  {QStringLiteral("first_id"), table.firstId},
                                  {QStringLiteral("last_id"), table.nextId - 1}});
    }
    if (!ok())
        return false;

    // One audit entry for the whole batch, in its transaction.
    Records::AuditEntry entry;
    entry.atMs = atMs;
    entry.action = QStringLiteral("bulk_create");
    entry.entity = m_mainTable;
    entry.client = seedClient();
    entry.newValues = {{QStringLiteral("generator"), m_generator},
                       {QStringLiteral("tables"), tables},
                       {QStringLiteral("versions"), QJsonArray{m_firstVersion, m_nextVersion - 1}}};
    const auto appended = Records::AuditLog::append(m_db, m_database->backend(), entry);
    if (!appended) {
        fail(appended.error());
        return false;
    }
    m_tables.clear();
    if (!m_transaction->commit()) {
        fail(m_transaction->error());
        return false;
    }
    return true;
}

} // namespace Shahrvand::Seed
