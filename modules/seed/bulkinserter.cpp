#include "bulkinserter.h"

#include <QSqlError>

namespace Shahrvand::Seed {

namespace {

// Below SQLite's limit of 32,766 bound values per statement (PostgreSQL's is 65,535), and
// few enough rows that a statement's text stays small.
constexpr int maxValuesPerStatement = 30000;
constexpr int maxRowsPerStatement = 500;

} // namespace

BulkInserter::BulkInserter(QSqlDatabase db, QString table, QStringList columns)
    : m_db(std::move(db))
    , m_table(std::move(table))
    , m_columns(std::move(columns))
    , m_fullQuery(m_db)
{
    m_rowsPerStatement =
        qMax(1, qMin(maxRowsPerStatement, maxValuesPerStatement / int(m_columns.size())));
}

QString BulkInserter::statement(int rows) const
{
    const QString row = QLatin1Char('(') +
                        QStringList(m_columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) +
                        QLatin1Char(')');
    return QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
        .arg(m_table, m_columns.join(QLatin1Char(',')),
             QStringList(rows, row).join(QLatin1Char(',')));
}

void BulkInserter::add(const QVariantList &values)
{
    Q_ASSERT(values.size() == m_columns.size());
    m_pending.append(values);
}

bool BulkInserter::flush()
{
    if (!m_error.isEmpty())
        return false;
    const qsizetype width = m_columns.size();
    const qsizetype rows = m_pending.size() / width;
    qsizetype row = 0;
    if (rows >= m_rowsPerStatement && !m_fullPrepared) {
        m_fullPrepared = m_fullQuery.prepare(statement(m_rowsPerStatement));
        if (!m_fullPrepared) {
            m_error = m_table + QStringLiteral(": ") + m_fullQuery.lastError().text();
            return false;
        }
    }
    for (; row + m_rowsPerStatement <= rows; row += m_rowsPerStatement) {
        if (!send(m_fullQuery, row * width, m_rowsPerStatement))
            return false;
    }
    if (row < rows) {
        QSqlQuery query(m_db);
        if (!query.prepare(statement(int(rows - row)))) {
            m_error = m_table + QStringLiteral(": ") + query.lastError().text();
            return false;
        }
        if (!send(query, row * width, int(rows - row)))
            return false;
    }
    m_pending.clear();
    return true;
}

bool BulkInserter::send(QSqlQuery &query, qsizetype first, int rows)
{
    const qsizetype count = rows * m_columns.size();
    for (qsizetype i = 0; i < count; ++i)
        query.bindValue(int(i), m_pending.at(first + i));
    if (!query.exec()) {
        m_error = m_table + QStringLiteral(": ") + query.lastError().text();
        return false;
    }
    m_inserted += rows;
    return true;
}

} // namespace Shahrvand::Seed
