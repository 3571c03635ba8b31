// The Cases page's saved views and bulk actions (see casespage.h).
#include "casespage.h"

#include "casecatalog.h"
#include "caseedits.h"
#include "casequeuemodel.h"
#include "caseworkspace.h"
#include "dwelltotalsdialog.h"
#include "fieldtext.h"
#include "intakedialog.h"
#include "jalalidate.h"
#include "localcache.h"
#include "queuefilterdialog.h"
#include "routingrulesdialog.h"
#include "searchpicker.h"
#include "vocabulary.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QThread>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using Cache::CaseQueueView;

void CasesPage::fillViews()
{
    QSignalBlocker blocker(m_views);
    const int current = m_views->currentRow();
    m_views->clear();
    for (const CaseQueueView view : Cache::CaseQueue::views()) {
        auto *item = new QListWidgetItem(m_views);
        item->setData(Qt::UserRole, int(view));
    }
    for (int i = 0; i < m_saved.size(); ++i) {
        auto *item = new QListWidgetItem(m_views);
        item->setData(Qt::UserRole, savedBase + i);
    }
    m_counts = QList<qint64>(m_views->count(), -1);
    if (current >= 0 && current < m_views->count())
        m_views->setCurrentRow(current);
}

void CasesPage::viewChosen(int row)
{
    if (row < 0)
        return;
    const int data = m_views->item(row)->data(Qt::UserRole).toInt();
    if (data >= savedBase) {
        const SavedQueue &queue = m_saved.at(data - savedBase);
        m_model->setView(queue.base, queue);
    } else {
        m_model->setView(CaseQueueView(data));
    }
    updateFooter();
}

void CasesPage::showFiltered(const Cache::CaseQueueFilter &filter, const QString &title)
{
    showQueue();
    {
        QSignalBlocker blocker(m_views);
        m_views->clearSelection();
        m_views->setCurrentRow(-1);
    }
    m_explicitTitle = title;
    m_model->setExplicitFilter(filter);
    updateFooter();
}

void CasesPage::showSavedQueue(int index)
{
    for (int row = 0; row < m_views->count(); ++row) {
        if (m_views->item(row)->data(Qt::UserRole).toInt() == savedBase + index)
            m_views->setCurrentRow(row);
    }
}

QString CasesPage::applyFilter(const SavedQueue &queue, bool save)
{
    if (!save) {
        m_model->setView(queue.base,
                         queue.narrows() ? std::optional<SavedQueue>(queue) : std::nullopt);
        updateFooter();
        return {};
    }
    QList<SavedQueue> saved = m_saved;
    int index = -1;
    for (int i = 0; i < saved.size(); ++i) {
        if (saved.at(i).name == queue.name)
            index = i;
    }
    if (index < 0) {
        saved.append(queue);
        index = int(saved.size()) - 1;
    } else {
        saved[index] = queue;
    }
    if (const QString problem = SavedQueue::store(m_cache, saved); !problem.isEmpty())
        return problem;
    m_saved = saved;
    fillViews();
    countInBackground();
    showSavedQueue(index);
    return {};
}

QString CasesPage::removeSavedQueue(int index)
{
    if (index < 0 || index >= m_saved.size())
        return {};
    QList<SavedQueue> saved = m_saved;
    saved.removeAt(index);
    if (const QString problem = SavedQueue::store(m_cache, saved); !problem.isEmpty())
        return problem;
    m_saved = saved;
    m_views->setCurrentRow(0);
    fillViews();
    countInBackground();
    viewChosen(0);
    return {};
}

void CasesPage::editFilter()
{
    const int row = m_views->currentRow();
    const int data = row >= 0 ? m_views->item(row)->data(Qt::UserRole).toInt() : 0;
    const bool editing = data >= savedBase;
    SavedQueue start;
    if (editing)
        start = m_saved.at(data - savedBase);
    else if (m_model->narrowing())
        start = *m_model->narrowing();
    start.base = m_model->view();
    CaseCatalog catalog(m_cache);
    QueueFilterDialog dialog(start, catalog, editing, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString problem;
    switch (dialog.outcome()) {
    case QueueFilterDialog::Outcome::Show:
        problem = applyFilter(dialog.queue(), false);
        break;
    case QueueFilterDialog::Outcome::Save: {
        SavedQueue queue = dialog.queue();
        // Renaming a saved view replaces it.
        if (editing && queue.name != start.name)
            m_saved.removeAt(data - savedBase);
        problem = applyFilter(queue, true);
        break;
    }
    case QueueFilterDialog::Outcome::Remove:
        problem = removeSavedQueue(data - savedBase);
        break;
    case QueueFilterDialog::Outcome::Cancelled:
        break;
    }
    if (!problem.isEmpty()) {
        m_bulkResult->setText(problem);
        m_bulkResult->show();
    }
}

QList<qint64> CasesPage::selectedCaseIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(m_model->data(index, CaseQueueModel::RowIdRole).toLongLong());
    return ids;
}

void CasesPage::updateBulk()
{
    const bool any = m_view->selectionModel()->hasSelection();
    for (QPushButton *button : std::as_const(m_bulkButtons))
        button->setEnabled(any);
}

// One edit per selected case, each its own transaction: a case the workflow refuses is
// counted and said, the others are changed.
QString CasesPage::bulk(const std::function<QString(qint64)> &edit)
{
    const QList<qint64> ids = selectedCaseIds();
    int changed = 0;
    QMap<QString, int> refusals;
    for (const qint64 id : ids) {
        const QString problem = edit(id);
        if (problem.isEmpty())
            ++changed;
        else
            ++refusals[problem];
    }
    QString text = tr("%Ln case(s) changed.", nullptr, changed);
    for (auto it = refusals.cbegin(); it != refusals.cend(); ++it)
        text += u' ' + tr("%Ln not changed: %1", nullptr, it.value()).arg(it.key());
    m_bulkResult->setText(text);
    m_bulkResult->setStyleSheet(refusals.isEmpty() ? QStringLiteral("color: #1d6b35;")
                                                   : QStringLiteral("color: #8a5500;"));
    m_bulkResult->show();
    m_model->reload();
    countInBackground();
    return text;
}

QString CasesPage::bulkAssign(qint64 ownerId)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return bulk([&](qint64 id) {
        const auto row = m_cache.row(QStringLiteral("cases"), id);
        if (row && *row && (**row).value(u"owner_id").toInteger() == ownerId)
            return CaseEdits::unchanged();
        bool changed = false;
        const QString problem = CaseEdits::apply(
            m_cache, id, CaseWork::CaseAction::assign(UserId(ownerId)), now, &changed);
        return problem.isEmpty() && !changed ? CaseEdits::unchanged() : problem;
    });
}

QString CasesPage::bulkMoveToTeam(qint64 teamId)
{
    return bulk([&](qint64 id) {
        const auto row = m_cache.row(QStringLiteral("cases"), id);
        if (row && *row && (**row).value(u"team_id").toInteger() == teamId)
            return CaseEdits::unchanged();
        const auto updated =
            m_cache.update(QStringLiteral("cases"), id, {{QStringLiteral("team_id"), teamId}});
        return updated ? QString() : updated.error().message();
    });
}

QString CasesPage::bulkPriority(const QString &priority)
{
    return bulk([&](qint64 id) {
        const auto row = m_cache.row(QStringLiteral("cases"), id);
        if (row && *row && (**row).value(u"priority").toString() == priority)
            return CaseEdits::unchanged();
        const auto updated =
            m_cache.update(QStringLiteral("cases"), id, {{QStringLiteral("priority"), priority}});
        return updated ? QString() : updated.error().message();
    });
}

QString CasesPage::bulkAction(const CaseWork::CaseAction &action)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return bulk([&](qint64 id) {
        bool changed = false;
        const QString problem = CaseEdits::apply(m_cache, id, action, now, &changed);
        return problem.isEmpty() && !changed ? CaseEdits::unchanged() : problem;
    });
}

// 0 assign, 1 move to team, 2 priority, 3 status (an action that asks nothing more).
void CasesPage::askBulk(int which)
{
    const QList<qint64> ids = selectedCaseIds();
    if (ids.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(m_bulkButtons.at(which)->text().remove(QStringLiteral("…")));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("%Ln selected case(s).", nullptr, int(ids.size())), &dialog);
    layout->addWidget(intro);
    CaseCatalog catalog(m_cache);
    SearchPicker *picker = nullptr;
    QComboBox *choice = nullptr;
    if (which <= 1) {
        picker = new SearchPicker(&dialog);
        picker->setObjectName(QStringLiteral("bulkPicker"));
        picker->setVisibleRows(8);
        if (which == 0)
            catalog.fillUsers(picker);
        else
            catalog.fillTeams(picker);
        picker->setPlaceholderText(tr("Type to find…"));
        layout->addWidget(picker);
    } else {
        choice = new QComboBox(&dialog);
        choice->setObjectName(QStringLiteral("bulkChoice"));
        if (which == 2) {
            for (const QString &priority : Entities::Vocabulary::priorities)
                choice->addItem(FieldText::codeText(priority), priority);
        } else {
            for (const auto kind :
                 {CaseWork::CaseActionKind::Start, CaseWork::CaseActionKind::CitizenReplied,
                  CaseWork::CaseActionKind::Close})
                choice->addItem(CaseWork::caseActionDisplayName(kind), int(kind));
        }
        layout->addWidget(choice);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.setMinimumWidth(fontMetrics().averageCharWidth() * 50);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (picker && !picker->current())
        return;
    switch (which) {
    case 0:
        bulkAssign(*picker->current());
        break;
    case 1:
        bulkMoveToTeam(*picker->current());
        break;
    case 2:
        bulkPriority(choice->currentData().toString());
        break;
    default: {
        CaseWork::CaseAction action;
        action.kind = CaseWork::CaseActionKind(choice->currentData().toInt());
        bulkAction(action);
        break;
    }
    }
}

} // namespace Shahrvand::Ui
