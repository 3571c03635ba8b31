#include "casetext.h"

#include "jalalidate.h"
#include "localcache.h"

#include <QColor>
#include <QLocale>

#include <cstdlib>

namespace Shahrvand::Ui {

QString CaseText::amount(qint64 minutes)
{
    return minutes >= 48 * 60 ? tr("%Ln day(s)", nullptr, int(minutes / (24 * 60)))
           : minutes >= 60    ? tr("%Ln hour(s)", nullptr, int(minutes / 60))
                              : tr("%Ln minute(s)", nullptr, int(minutes));
}

QString CaseText::clock(qint64 dueMs, qint64 startMs, qint64 nowMs, QString *state,
                        int warningPercent)
{
    const qint64 left = dueMs - nowMs;
    const qint64 total = dueMs - startMs;
    const qint64 minutes = std::abs(left) / 60'000;
    if (minutes == 0) {
        *state = left < 0 ? QStringLiteral("breached") : QStringLiteral("warning");
        return tr("Due now");
    }
    const QString amount = CaseText::amount(minutes);
    if (left < 0) {
        *state = QStringLiteral("breached");
        return tr("%1 overdue").arg(amount);
    }
    *state = total > 0 && left * 100 <= total * (100 - warningPercent) ? QStringLiteral("warning")
                                                                       : QStringLiteral("fine");
    return tr("%1 left").arg(amount);
}

namespace {

bool finished(const QJsonObject &row)
{
    const QString status = row.value(u"status").toString();
    return status == u"resolved" || status == u"closed";
}

} // namespace

QString CaseText::resolutionLeft(const QJsonObject &row, qint64 nowMs, QString *state,
                                 int warningPercent)
{
    const QJsonValue due = row.value(u"resolution_due_at");
    if (!due.isDouble() || finished(row))
        return {};
    if (row.value(u"sla_paused_at").isDouble()) {
        *state = QStringLiteral("paused");
        return tr("Paused");
    }
    return clock(due.toInteger(), row.value(u"created_at").toInteger(nowMs), nowMs, state,
                 warningPercent);
}

QString CaseText::firstResponseLeft(const QJsonObject &row, qint64 nowMs, QString *state)
{
    const QJsonValue due = row.value(u"first_response_due_at");
    if (!due.isDouble() || finished(row) || row.value(u"first_responded_at").isDouble())
        return {};
    if (row.value(u"sla_paused_at").isDouble()) {
        *state = QStringLiteral("paused");
        return tr("Paused");
    }
    return clock(due.toInteger(), row.value(u"created_at").toInteger(nowMs), nowMs, state);
}

QString CaseText::joinIsolated(const QStringList &parts)
{
    QStringList isolated;
    for (const QString &part : parts)
        isolated << QChar(0x2068) + part + QChar(0x2069);
    return isolated.join(QStringLiteral(" · "));
}

QBrush CaseText::foreground(const QString &state)
{
    if (state == u"breached")
        return QColor(0xb0, 0x1c, 0x1c);
    if (state == u"warning")
        return QColor(0x8a, 0x55, 0x00);
    if (state == u"fine")
        return QColor(0x1d, 0x6b, 0x35);
    return {};
}

QBrush CaseText::background(const QString &state)
{
    if (state == u"breached")
        return QColor(0xfd, 0xe2, 0xe1);
    if (state == u"warning")
        return QColor(0xff, 0xf1, 0xc9);
    return {};
}

QString NameBook::name(const QString &entity, qint64 id) const
{
    const QString key = entity + u':' + QString::number(id);
    const auto known = m_names.constFind(key);
    if (known != m_names.constEnd())
        return *known;
    QString name;
    const auto row = m_cache.row(entity, id);
    if (row && *row) {
        const QJsonObject &json = **row;
        const bool persian = QLocale().language() == QLocale::Persian;
        if (entity == u"citizens")
            name =
                (json.value(u"first_name").toString() + u' ' + json.value(u"last_name").toString())
                    .trimmed();
        else if (entity == u"users")
            name = json.value(u"display_name").toString();
        else if (entity == u"knowledge_articles")
            name = json.value(u"title").toString();
        else
            name = json.value(persian ? u"name_fa" : u"name_en").toString();
    }
    if (name.isEmpty()) // not in this computer's copy: its number
        name = toLocalDigits(QString::number(id));
    m_names.insert(key, name);
    return name;
}

} // namespace Shahrvand::Ui
