// The case workspace's timeline and time spent (see caseworkspace.h).
#include "caseworkspace.h"

#include "casecatalog.h"
#include "casetext.h"
#include "dwelltime.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QTreeWidget>

#include <algorithm>

namespace Shahrvand::Ui {

void CaseWorkspace::fillTimeline()
{
    struct Item
    {
        qint64 at; // ms; rows not sent yet sort as newest
        QStringList cells;
        QJsonObject attachment = {}; // an attachments row: the item opens its file
    };
    QList<Item> items;
    const qint64 latest = std::numeric_limits<qint64>::max();
    const auto at = [latest](const QJsonObject &row, const char *field) {
        const QJsonValue value = row.value(QLatin1String(field));
        return value.isDouble() ? value.toInteger() : latest;
    };
    const auto children = [this](const QString &entity, const QString &parent, qint64 id) {
        return m_cache.childRows(entity, parent, id, 5000).valueOr(QList<QJsonObject>());
    };
    const QString cases = QStringLiteral("cases");
    const QList<QJsonObject> history =
        children(QStringLiteral("case_status_history"), cases, m_caseId);
    fillDwell(history);
    for (const QJsonObject &h : history) {
        const QString to = FieldText::displayValue(u"cases", u"status", h.value(u"to_status"));
        const QString what =
            h.value(u"from_status").toString().isEmpty()
                ? tr("Opened as %1").arg(to)
                : tr("%1 → %2").arg(
                      FieldText::displayValue(u"cases", u"status", h.value(u"from_status")), to);
        QStringList details;
        if (h.value(u"team_id").isDouble())
            details << m_names->name(QStringLiteral("org_units"), h.value(u"team_id").toInteger());
        if (h.value(u"owner_id").isDouble())
            details << m_names->name(QStringLiteral("users"), h.value(u"owner_id").toInteger());
        if (h.value(u"tier").isDouble())
            details << CaseWork::tierDisplayName(h.value(u"tier").toInt());
        if (const QString reason = h.value(u"reason").toString(); !reason.isEmpty())
            details << tr("Reason: %1").arg(reason);
        const QJsonValue by = h.value(u"changed_by");
        items.append({at(h, "changed_at"),
                      {when(h.value(u"changed_at")), what, CaseText::joinIsolated(details),
                       by.isDouble() ? m_names->name(QStringLiteral("users"), by.toInteger())
                                     : tr("System")}});
    }
    for (const QJsonObject &n : children(QStringLiteral("case_notes"), cases, m_caseId)) {
        const QJsonValue by = n.value(u"author_id");
        items.append(
            {at(n, "created_at"),
             {when(n.value(u"created_at")),
              n.value(u"internal").toBool() ? tr("Internal note") : tr("Note"),
              n.value(u"body").toString().simplified(),
              by.isDouble() ? m_names->name(QStringLiteral("users"), by.toInteger()) : tr("You")}});
    }
    for (const QJsonObject &a : children(QStringLiteral("case_articles"), cases, m_caseId)) {
        items.append(
            {at(a, "created_at"),
             {when(a.value(u"created_at")),
              a.value(u"resolved_case").toBool() ? tr("Article that resolved the case")
                                                 : tr("Knowledge article used"),
              m_names->name(QStringLiteral("knowledge_articles"),
                            a.value(u"article_id").toInteger()),
              a.value(u"linked_by").isDouble()
                  ? m_names->name(QStringLiteral("users"), a.value(u"linked_by").toInteger())
                  : tr("You")}});
    }
    for (const QJsonObject &f : children(QStringLiteral("attachments"), cases, m_caseId)) {
        items.append(
            {at(f, "created_at"),
             {when(f.value(u"created_at")), tr("Attachment"), f.value(u"file_name").toString(),
              f.value(u"uploaded_by").isDouble()
                  ? m_names->name(QStringLiteral("users"), f.value(u"uploaded_by").toInteger())
                  : tr("You")},
             f});
    }
    // Missions sent for this case (mission_cases rows are few: a scan, not an index).
    {
        std::optional<qint64> after;
        for (;;) {
            const auto page = m_cache.rows(QStringLiteral("mission_cases"), 1000, after);
            if (!page || page->isEmpty())
                break;
            for (const QJsonObject &link : *page) {
                if (link.value(u"case_id").toInteger() != m_caseId)
                    continue;
                const auto mission =
                    m_cache.row(QStringLiteral("missions"), link.value(u"mission_id").toInteger());
                if (!mission || !*mission)
                    continue;
                const QJsonObject &m = **mission;
                QStringList details{
                    m.value(u"order_number").toString(),
                    FieldText::displayValue(u"missions", u"status", m.value(u"status")),
                    m.value(u"purpose").toString().simplified()};
                if (const QString outcome = link.value(u"outcome").toString(); !outcome.isEmpty())
                    details << outcome.simplified();
                details.removeAll(QString());
                const QJsonValue start = m.value(u"planned_start");
                items.append({start.isDouble() ? start.toInteger() : at(m, "created_at"),
                              {when(start.isDouble() ? start : m.value(u"created_at")),
                               tr("Mission"), CaseText::joinIsolated(details),
                               m.value(u"requested_by").isDouble()
                                   ? m_names->name(QStringLiteral("users"),
                                                   m.value(u"requested_by").toInteger())
                                   : QString()}});
            }
            after = page->last().value(u"id").toInteger();
        }
    }
    // Calls and visits are the citizen's; those about this case show here.
    if (const QJsonValue citizen = m_row.value(u"citizen_id"); citizen.isDouble()) {
        for (const QJsonObject &i : children(QStringLiteral("interactions"),
                                             QStringLiteral("citizens"), citizen.toInteger())) {
            if (i.value(u"case_id").toInteger() != m_caseId)
                continue;
            const QString channel =
                FieldText::displayValue(u"interactions", u"channel", i.value(u"channel"));
            QString what = i.value(u"direction").toString() == u"outbound"
                               ? tr("Outbound contact (%1)").arg(channel)
                               : tr("Inbound contact (%1)").arg(channel);
            const QJsonValue started = i.value(u"started_at");
            const QJsonValue ended = i.value(u"ended_at");
            QString details = i.value(u"notes").toString().simplified();
            if (started.isDouble() && ended.isDouble()) {
                const qint64 seconds = (ended.toInteger() - started.toInteger()) / 1000;
                details = tr("%1 min %2 s")
                              .arg(toLocalDigits(QString::number(seconds / 60)),
                                   toLocalDigits(QString::number(seconds % 60))) +
                          (details.isEmpty() ? QString() : QStringLiteral(" · ") + details);
            }
            items.append(
                {at(i, "started_at"),
                 {when(started), what, details,
                  i.value(u"agent_id").isDouble()
                      ? m_names->name(QStringLiteral("users"), i.value(u"agent_id").toInteger())
                      : tr("You")}});
        }
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.at > b.at; });
    m_timeline->clear();
    QList<QTreeWidgetItem *> rows;
    for (const Item &item : std::as_const(items)) {
        auto *row = new QTreeWidgetItem(item.cells);
        row->setToolTip(2, item.cells.value(2));
        if (!item.attachment.isEmpty()) {
            row->setData(0, AttachmentRole, item.attachment.toVariantMap());
            row->setToolTip(2, tr("%1 — double-click to open").arg(item.cells.value(2)));
        }
        rows.append(row);
    }
    m_timeline->addTopLevelItems(rows);
}

namespace {

// "2 d 03:15:07": whole seconds, in the interface's digits.
QString duration(qint64 seconds)
{
    const qint64 days = seconds / 86'400;
    const QString clock = QStringLiteral("%1:%2:%3")
                              .arg((seconds / 3600) % 24, 2, 10, QLatin1Char('0'))
                              .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                              .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return toLocalDigits(days > 0 ? CaseWorkspace::tr("%1 d %2").arg(days).arg(clock) : clock);
}

} // namespace

void CaseWorkspace::fillDwell(const QList<QJsonObject> &history)
{
    const QList<CaseWork::StatusHistoryRow> rows = CaseCatalog::historyRows(history);
    const CaseWork::DwellTime dwell = CaseWork::dwellTime(rows, m_now());
    m_dwell->clear();
    const auto section = [this](const QString &title, qint64 total) {
        auto *item = new QTreeWidgetItem(m_dwell, {title, duration(total)});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        item->setExpanded(true);
        return item;
    };
    QTreeWidgetItem *teams = section(tr("Teams"), dwell.totalSeconds);
    for (auto it = dwell.secondsPerTeam.cbegin(); it != dwell.secondsPerTeam.cend(); ++it)
        new QTreeWidgetItem(teams, {it.key().isValid() ? m_names->name(QStringLiteral("org_units"),
                                                                       it.key().value())
                                                       : tr("No team"),
                                    duration(it.value())});
    QTreeWidgetItem *people = section(tr("People"), dwell.totalSeconds);
    for (auto it = dwell.secondsPerOwner.cbegin(); it != dwell.secondsPerOwner.cend(); ++it)
        new QTreeWidgetItem(people, {it.key().isValid()
                                         ? m_names->name(QStringLiteral("users"), it.key().value())
                                         : tr("Unassigned"),
                                     duration(it.value())});
    QTreeWidgetItem *statuses = section(tr("Statuses"), dwell.totalSeconds);
    for (const CaseWork::CaseStatus status : CaseWork::allCaseStatuses()) {
        if (const qint64 seconds = dwell.secondsPerStatus.value(status); seconds > 0)
            new QTreeWidgetItem(statuses,
                                {CaseWork::caseStatusDisplayName(status), duration(seconds)});
    }
    m_dwell->expandAll();
}

} // namespace Shahrvand::Ui
