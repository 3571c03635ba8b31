#include "citizenprivacyactions.h"

#include "citizenerasedialog.h"
#include "citizenexportdocument.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "serverquery.h"
#include "tableexport.h"

#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

QString number(qint64 value)
{
    return toLocalDigits(QString::number(value));
}

QString when(qint64 ms)
{
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC), DateStyle::Numeric);
}

QString countsText(const QJsonObject &counts)
{
    const QLocale locale;
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        if (it.value().toInteger() > 0)
            parts << CitizenPrivacyActions::tr("%1: %2").arg(
                FieldText::entityName(it.key()), locale.toString(it.value().toInteger()));
    }
    return parts.isEmpty() ? CitizenPrivacyActions::tr("nothing")
                           : parts.join(CitizenPrivacyActions::tr(", "));
}

} // namespace

CitizenPrivacyActions::CitizenPrivacyActions(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("citizenServerActions"));
    // Only as tall as its parts: the timeline above takes the rest.
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 6, 0, 0);
    m_heading = new QLabel(this);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);
    layout->addWidget(m_heading);
    auto *buttons = new QHBoxLayout;
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("citizenExport"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("citizenPrint"));
    m_erase = new QPushButton(this);
    m_erase->setObjectName(QStringLiteral("citizenErase"));
    m_erase->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    buttons->addWidget(m_export);
    buttons->addWidget(m_print);
    buttons->addWidget(m_erase);
    buttons->addStretch();
    layout->addLayout(buttons);
    m_mergesHeading = new QLabel(this);
    layout->addWidget(m_mergesHeading);
    m_merges = new QTableWidget(0, 4, this);
    m_merges->setObjectName(QStringLiteral("citizenMerges"));
    m_merges->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_merges->setSelectionMode(QAbstractItemView::NoSelection);
    m_merges->verticalHeader()->hide();
    m_merges->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_merges->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_merges->setWordWrap(true);
    layout->addWidget(m_merges);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("citizenServerStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    m_status->hide(); // until there is something to say

    connect(m_export, &QPushButton::clicked, this, &CitizenPrivacyActions::exportJson);
    connect(m_print, &QPushButton::clicked, this, &CitizenPrivacyActions::print);
    connect(m_erase, &QPushButton::clicked, this, &CitizenPrivacyActions::openErase);
    retranslate();
    hide();
}

CitizenPrivacyActions::~CitizenPrivacyActions() = default;

void CitizenPrivacyActions::setServerQuery(SyncClient::ServerQuery *query, bool canMerge,
                                           bool isAdministrator)
{
    m_query = query;
    m_canMerge = canMerge;
    m_isAdministrator = isAdministrator;
    for (QPushButton *button : {m_export, m_print, m_erase})
        button->setVisible(isAdministrator);
    setVisible(query != nullptr);
}

void CitizenPrivacyActions::showCitizen(qint64 citizenId, const QString &name)
{
    if (citizenId != m_citizenId) {
        m_items = {};
        m_merges->setRowCount(0);
        m_status->clear();
        m_status->hide();
    }
    m_citizenId = citizenId;
    m_name = name;
    refreshMerges();
}

void CitizenPrivacyActions::refreshMerges()
{
    const quint64 generation = ++m_generation;
    if (!m_query || m_citizenId <= 0)
        return;
    m_mergesHeading->setText(tr("Merges: asking the server…"));
    QPointer<CitizenPrivacyActions> self(this);
    m_query->get(QStringLiteral("/api/v1/citizens/%1/merges").arg(m_citizenId), {},
                 [self, generation](const QJsonObject &answer, const QString &error) {
                     if (!self || generation != self->m_generation)
                         return;
                     if (!error.isEmpty()) {
                         self->m_mergesHeading->setText(
                             tr("Merges: the server did not answer (%1). The server’s actions "
                                "need a connection.")
                                 .arg(error));
                     } else {
                         self->m_items = answer.value(u"items").toArray();
                         self->showMerges();
                     }
                     emit self->mergesAnswered();
                 });
}

void CitizenPrivacyActions::showMerges()
{
    m_mergesHeading->setText(m_items.isEmpty() ? tr("Merges: none.") : tr("Merges:"));
    m_merges->setVisible(!m_items.isEmpty());
    m_merges->setRowCount(int(m_items.size()));
    for (int row = 0; row < m_items.size(); ++row) {
        const QJsonObject merge = m_items.at(row).toObject();
        const qint64 id = merge.value(u"id").toInteger();
        const bool undone =
            !merge.value(u"undone_at").isNull() && !merge.value(u"undone_at").isUndefined();
        const QStringList cells = {
            when(merge.value(u"merged_at").toInteger()),
            tr("No. %1 merged into no. %2")
                .arg(number(merge.value(u"merged_id").toInteger()),
                     number(merge.value(u"survivor_id").toInteger())),
            countsText(merge.value(u"moved").toObject()),
            undone ? tr("Undone %1").arg(when(merge.value(u"undone_at").toInteger())) : QString()};
        for (int column = 0; column < cells.size(); ++column)
            m_merges->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_merges->setCellWidget(row, 3, nullptr);
        if (!undone && m_canMerge) {
            auto *undo = new QPushButton(tr("Undo"), m_merges);
            undo->setObjectName(QStringLiteral("undoMerge_%1").arg(id));
            connect(undo, &QPushButton::clicked, this, [this, id] { undoMerge(id); });
            m_merges->setCellWidget(row, 3, undo);
        }
    }
    m_merges->resizeRowsToContents();
    // As tall as its rows (up to about five), so the timeline above keeps the room.
    int height = m_merges->horizontalHeader()->sizeHint().height() + 2 * m_merges->frameWidth();
    for (int row = 0; row < std::min(m_merges->rowCount(), 5); ++row)
        height += m_merges->rowHeight(row);
    m_merges->setFixedHeight(height);
}

// What changed since a merge, so that it cannot be undone exactly (merge_refused,
// changed_since_merge): the survivor's fields edited since, and how many moved rows point
// elsewhere now.
QString CitizenPrivacyActions::changedSince(const QJsonObject &details)
{
    QStringList parts;
    QStringList fields;
    for (const QJsonValue &field : details.value(u"fields").toArray())
        fields << FieldText::fieldLabel(field.toString());
    if (!fields.isEmpty())
        parts << tr("changed since: %1").arg(fields.join(tr(", ")));
    if (const qsizetype rows = details.value(u"rows").toArray().size(); rows > 0)
        parts << tr("%Ln moved record(s) changed since", nullptr, int(rows));
    return parts.isEmpty() ? QString() : QStringLiteral(" (") + parts.join(tr("; ")) + u')';
}

void CitizenPrivacyActions::undoMerge(qint64 mergeId)
{
    if (!m_query)
        return;
    m_status->setText(tr("Asking the server to undo the merge…"));
    m_status->show();
    QPointer<CitizenPrivacyActions> self(this);
    m_query->post(QStringLiteral("/api/v1/merges/%1/undo").arg(mergeId), {},
                  [self](const QJsonObject &answer, const QString &error, const QString &) {
                      if (!self)
                          return;
                      if (!error.isEmpty()) {
                          self->report(false,
                                       tr("The merge was not undone: %1").arg(error) +
                                           changedSince(answer.value(u"details").toObject()));
                          return;
                      }
                      const QJsonObject merge = answer.value(u"merge").toObject();
                      self->report(true, tr("The merge is undone: no. %1 is a record of its own "
                                            "again, with what was moved from it.")
                                             .arg(number(merge.value(u"merged_id").toInteger())));
                      self->refreshMerges();
                      emit self->syncRequested();
                  });
}

QString CitizenPrivacyActions::choosePath(const QString &suggested, const QString &filter)
{
    if (m_choosePath)
        return m_choosePath(suggested, filter);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Save as"), QDir(folder).filePath(suggested),
                                        filter);
}

void CitizenPrivacyActions::fetchExport(const std::function<void(const QJsonObject &)> &use)
{
    if (!m_query)
        return;
    m_status->setText(tr("Asking the server for everything held about the citizen…"));
    m_status->show();
    QPointer<CitizenPrivacyActions> self(this);
    m_query->get(QStringLiteral("/api/v1/citizens/%1/export").arg(m_citizenId), {},
                 [self, use](const QJsonObject &answer, const QString &error) {
                     if (!self)
                         return;
                     if (!error.isEmpty()) {
                         self->report(false, tr("The server did not answer: %1").arg(error));
                         return;
                     }
                     use(answer);
                 });
}

void CitizenPrivacyActions::exportJson()
{
    const QString path =
        choosePath(QStringLiteral("citizen-%1.json").arg(m_citizenId), tr("JSON files (*.json)"));
    if (path.isEmpty())
        return;
    QPointer<CitizenPrivacyActions> self(this);
    fetchExport([self, path](const QJsonObject &answer) {
        const QString problem =
            TableExport::save(path, QJsonDocument(answer).toJson(QJsonDocument::Indented));
        self->report(problem.isEmpty(),
                     problem.isEmpty() ? tr("Everything held about the citizen was saved to “%1”.")
                                             .arg(QDir::toNativeSeparators(path))
                                       : problem);
    });
}

void CitizenPrivacyActions::print()
{
    const QString path =
        choosePath(QStringLiteral("citizen-%1.pdf").arg(m_citizenId), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    QPointer<CitizenPrivacyActions> self(this);
    fetchExport([self, path](const QJsonObject &answer) {
        const QString problem = CitizenExportDocument::printToPdf(answer, path, self->m_now());
        self->report(
            problem.isEmpty(),
            problem.isEmpty()
                ? tr("The document was printed to “%1”.").arg(QDir::toNativeSeparators(path))
                : problem);
    });
}

CitizenEraseDialog *CitizenPrivacyActions::openErase()
{
    if (!m_query || !m_isAdministrator)
        return nullptr;
    auto *dialog = new CitizenEraseDialog(m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { erase(dialog->reason()); });
    dialog->show();
    emit eraseOpened(dialog);
    return dialog;
}

void CitizenPrivacyActions::erase(const QString &reason)
{
    m_status->setText(tr("Asking the server to erase the citizen’s personal data…"));
    m_status->show();
    QPointer<CitizenPrivacyActions> self(this);
    m_query->post(QStringLiteral("/api/v1/citizens/%1/erase").arg(m_citizenId),
                  {{QStringLiteral("reason"), reason}},
                  [self](const QJsonObject &answer, const QString &error, const QString &) {
                      if (!self)
                          return;
                      if (!error.isEmpty()) {
                          self->report(false, tr("Nothing was erased: %1").arg(error));
                          return;
                      }
                      const QLocale locale;
                      self->report(
                          true,
                          tr("Erased. Kept without personal data: %1. Deleted: %2. Stored files "
                             "deleted: %3. %4 This computer’s copy follows at the sync that "
                             "starts now.")
                              .arg(countsText(answer.value(u"anonymized").toObject()),
                                   countsText(answer.value(u"removed").toObject()),
                                   locale.toString(answer.value(u"files_purged").toInteger()),
                                   answer.value(u"citizen_removed").toBool()
                                       ? tr("The citizen’s record was deleted.")
                                       : tr("The citizen’s record is kept, anonymized.")));
                      emit self->syncRequested();
                  });
}

void CitizenPrivacyActions::report(bool ok, const QString &text)
{
    m_status->setStyleSheet(ok ? QString() : QStringLiteral("color: #b01c1c;"));
    m_status->setText(text);
    m_status->show();
    emit finished(ok);
}

void CitizenPrivacyActions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showMerges();
    }
    QWidget::changeEvent(event);
}

void CitizenPrivacyActions::retranslate()
{
    m_heading->setText(tr("On the server"));
    m_export->setText(tr("Export everything…"));
    m_print->setText(tr("Print…"));
    m_erase->setText(tr("Erase personal data…"));
    m_merges->setHorizontalHeaderLabels({tr("When"), tr("Merge"), tr("Moved"), QString()});
    if (m_mergesHeading->text().isEmpty())
        m_mergesHeading->setText(tr("Merges:"));
}

} // namespace Shahrvand::Ui
