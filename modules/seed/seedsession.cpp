#include "seedsession.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Shahrvand::Seed {

QString seedClient()
{
    return QStringLiteral("shahrvand-server seed");
}

SeedSession::SeedSession(std::shared_ptr<Storage::Database> database)
    : m_database(std::move(database))
    , m_db(m_database->connection())
{}

SeedSession::~SeedSession() = default;

bool SeedSession::begin()
{
    m_transaction =
        std::make_unique<Storage::Transaction>(m_db, backend(), Storage::Transaction::Mode::Write);
    if (!m_transaction->isActive()) {
        fail(QStringLiteral("cannot begin a transaction: ") + m_transaction->error());
        return false;
    }
    m_writer = std::make_unique<Records::RowWriter>(m_db, backend());
    return true;
}

bool SeedSession::commit()
{
    if (!ok() || !m_transaction) {
        rollback();
        return false;
    }
    if (!m_transaction->commit()) {
        fail(QStringLiteral("cannot commit: ") + m_transaction->error());
        m_transaction.reset();
        return false;
    }
    m_transaction.reset();
    return true;
}

void SeedSession::rollback()
{
    m_transaction.reset(); // rolls back unless committed
}

void SeedSession::fail(const QString &error)
{
    if (m_error.isEmpty())
        m_error = error;
}

qint64 SeedSession::insert(const QString &table, const QVariantMap &fields, qint64 atMs,
                           std::optional<qint64> actor)
{
    if (!ok() || !m_writer)
        return 0;
    const auto row = m_writer->insert(table, withEmptyStrings(fields), {actor, seedClient(), atMs});
    if (!row) {
        fail(table + QStringLiteral(": ") + row.error().detail);
        return 0;
    }
    ++m_rows;
    return row->id;
}

bool SeedSession::update(const QString &table, qint64 id, const QVariantMap &changes, qint64 atMs,
                         std::optional<qint64> actor)
{
    if (!ok() || !m_writer)
        return false;
    const auto row =
        m_writer->update(table, id, withEmptyStrings(changes), {actor, seedClient(), atMs});
    if (!row) {
        fail(table + QStringLiteral(" #") + QString::number(id) + QStringLiteral(": ") +
             row.error().detail);
        return false;
    }
    ++m_rows;
    return true;
}

QVariant SeedSession::scalar(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(m_db);
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        fail(query.lastError().text());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

QHash<QString, qint64> SeedSession::idsByKey(const QString &sql)
{
    QHash<QString, qint64> ids;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql)) {
        fail(query.lastError().text());
        return ids;
    }
    while (query.next())
        ids.insert(query.value(0).toString(), query.value(1).toLongLong());
    return ids;
}

bool SeedSession::exists(const QString &table, const QString &column, const QVariant &value)
{
    // Names come from code, never from input.
    return scalar(QStringLiteral("SELECT 1 FROM %1 WHERE %2 = ?").arg(table, column), {value})
        .isValid();
}

QVariantMap SeedSession::withEmptyStrings(QVariantMap fields)
{
    // Qt binds a null QString as SQL NULL; the generators mean "no text", and NULL is
    // always written as QVariant().
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it->typeId() == QMetaType::QString && it->toString().isNull())
            *it = QStringLiteral("");
    }
    return fields;
}

} // namespace Shahrvand::Seed
