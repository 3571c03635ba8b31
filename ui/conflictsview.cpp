#include "conflictsview.h"

#include "conflicteditor.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "shellicons.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcConflicts, "shahrvand.ui.conflicts")

namespace Shahrvand::Ui {

namespace {

using Cache::Conflict;

enum Column { FieldColumn, BeforeColumn, YoursColumn, TheirsColumn, ColumnCount };

bool isDeletion(const Conflict &conflict)
{
    return conflict.op == u"delete";
}

QString shown(const QString &entity, const QString &field, const QJsonValue &value)
{
    const QString text = FieldText::displayValue(entity, field, value);
    return text.isEmpty() ? ConflictsView::tr("(empty)") : text;
}

} // namespace

ConflictsView::ConflictsView(Cache::LocalCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
{
    setObjectName(QStringLiteral("conflictsView"));
    setWindowIcon(shellIcon(ShellIcon::Conflicts));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setWordWrap(true);
    m_list->setSpacing(2);
    m_list->setAlternatingRowColors(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &ConflictsView::showCurrent);

    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("conflictHeading"));
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(QStringLiteral("conflictExplanation"));
    m_explanation->setWordWrap(true);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("comparison"));
    m_table->setColumnCount(ColumnCount);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setFocusPolicy(Qt::NoFocus);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    m_legend = new QLabel(this);
    m_legend->setWordWrap(true);
    m_legend->setForegroundRole(QPalette::PlaceholderText);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_error->hide();

    m_keepMine = new QPushButton(this);
    m_keepMine->setObjectName(QStringLiteral("keepMine"));
    m_takeTheirs = new QPushButton(this);
    m_takeTheirs->setObjectName(QStringLiteral("takeTheirs"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editConflict"));
    for (QPushButton *button : {m_keepMine, m_takeTheirs, m_edit})
        button->setAutoDefault(false);
    connect(m_keepMine, &QPushButton::clicked, this, &ConflictsView::keepMine);
    connect(m_takeTheirs, &QPushButton::clicked, this, &ConflictsView::takeTheirs);
    connect(m_edit, &QPushButton::clicked, this, &ConflictsView::edit);

    auto *choices = new QHBoxLayout;
    choices->addWidget(m_keepMine);
    choices->addWidget(m_takeTheirs);
    choices->addWidget(m_edit);
    choices->addStretch(1);

    auto *detail = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(8, 0, 0, 0);
    detailLayout->addWidget(m_heading);
    detailLayout->addWidget(m_explanation);
    detailLayout->addWidget(m_table, 1);
    detailLayout->addWidget(m_legend);
    detailLayout->addWidget(m_error);
    detailLayout->addLayout(choices);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("conflictSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(detail);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 5);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("noConflicts"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(splitter);
    m_stack->addWidget(m_empty);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_stack, 1);
    layout->addWidget(buttons);

    resize(960, 560);
    retranslate();
    reload();
}

ConflictsView::~ConflictsView() = default;

const Cache::Conflict *ConflictsView::current() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_conflicts.size() ? &m_conflicts.at(row) : nullptr;
}

void ConflictsView::selectConflict(int index)
{
    m_list->setCurrentRow(index);
}

void ConflictsView::reload()
{
    const qint64 selected = current() ? current()->id : 0;
    const int selectedRow = m_list->currentRow();
    const auto conflicts = m_cache.conflicts();
    if (!conflicts) {
        qCWarning(lcConflicts) << "cannot read conflicts" << conflicts.error().detail;
        m_conflicts.clear();
    } else {
        m_conflicts = conflicts.value();
    }

    const QSignalBlocker blocker(m_list);
    m_list->clear();
    int row = -1;
    for (int i = 0; i < m_conflicts.size(); ++i) {
        const Conflict &conflict = m_conflicts.at(i);
        auto *item = new QListWidgetItem(describe(conflict), m_list);
        item->setIcon(shellIcon(ShellIcon::Conflicts));
        if (conflict.id == selected)
            row = i;
    }
    if (row < 0 && !m_conflicts.isEmpty())
        row = qBound(0, selectedRow, int(m_conflicts.size() - 1));
    m_list->setCurrentRow(row);
    m_stack->setCurrentIndex(m_conflicts.isEmpty() && conflicts ? 1 : 0);
    showCurrent();
    if (!conflicts) {
        m_error->setText(conflicts.error().message());
        m_error->show();
    }
}

QString ConflictsView::describe(const Conflict &conflict) const
{
    // Who the row is, in the words the user knows it by.
    QJsonObject row = conflict.serverRow;
    for (auto it = conflict.mine.constBegin(); it != conflict.mine.constEnd(); ++it) {
        if (!row.contains(it.key()))
            row.insert(it.key(), it.value());
    }
    QString identity;
    for (const char *field : {"tracking_code", "title", "subject", "order_number", "purpose",
                              "label", "name_fa", "name"}) {
        const QString key = QString::fromLatin1(field);
        const QString text = FieldText::displayValue(conflict.entity, key, row.value(key));
        if (!text.isEmpty()) {
            identity = text;
            break;
        }
    }
    if (identity.isEmpty()) {
        const QString first = row.value(QStringLiteral("first_name")).toString();
        const QString last = row.value(QStringLiteral("last_name")).toString();
        identity = QStringList({first, last}).join(u' ').trimmed();
    }
    if (identity.isEmpty()) {
        identity = conflict.rowId > 0
                       ? tr("no. %1").arg(toLocalDigits(QString::number(conflict.rowId)))
                       : tr("new, not yet on the server");
    }
    // Long subjects would make the list unreadable.
    if (identity.size() > 60)
        identity = identity.left(58) + u'\u2026';

    QString summary;
    if (conflict.kind == Conflict::Kind::Rejected)
        summary = tr("Not accepted by the server");
    else if (isDeletion(conflict))
        summary = tr("Deleted here, changed on the server");
    else
        summary = tr("%Ln field(s) changed on both sides", nullptr, int(conflict.fields.size()));
    return tr("%1: %2", "entity: which row").arg(FieldText::entityName(conflict.entity), identity) +
           u'\n' + summary;
}

void ConflictsView::showCurrent()
{
    m_error->hide();
    const Conflict *conflict = current();
    m_keepMine->setEnabled(conflict);
    m_takeTheirs->setEnabled(conflict);
    m_edit->setEnabled(conflict);
    m_table->setRowCount(0);
    if (!conflict) {
        m_heading->clear();
        m_explanation->clear();
        return;
    }
    const bool rejected = conflict->kind == Conflict::Kind::Rejected;
    const bool deletion = isDeletion(*conflict);

    m_heading->setText(describe(*conflict).section(u'\n', 0, 0));
    const QString found =
        tr("Found %1.")
            .arg(formatJalaliDateTime(
                QDateTime::fromMSecsSinceEpoch(conflict->createdAtMs, Qt::UTC), DateStyle::Long));
    if (rejected) {
        const QString reason = conflict->errorMessage.isEmpty() ? tr("the server gave no reason")
                                                                : conflict->errorMessage;
        m_explanation->setText(tr("The server did not accept your edit: %1").arg(reason) + u'\n' +
                               tr("Discard the edit, or correct it and send it again.") + u' ' +
                               found);
    } else if (deletion) {
        m_explanation->setText(tr("You deleted this row while someone else changed it on the "
                                  "server. Nothing has been deleted or overwritten yet.") +
                               u' ' + found);
    } else {
        m_explanation->setText(tr("Someone else changed the same fields on the server while you "
                                  "were editing. Nothing has been overwritten: keep your values, "
                                  "take the server's, or edit them.") +
                               u' ' + found);
    }

    // Rows: the contested fields first, then the rest of the user's edit.
    QSet<QString> contested;
    QList<QStringList> rows;
    const QColor mark(0xff, 0xf1, 0xc4);
    for (const Cache::FieldConflict &field : conflict->fields) {
        contested.insert(field.field);
        rows.append({field.field, shown(conflict->entity, field.field, field.base),
                     shown(conflict->entity, field.field, field.mine),
                     shown(conflict->entity, field.field, field.theirs)});
    }
    for (auto it = conflict->mine.constBegin(); it != conflict->mine.constEnd(); ++it) {
        if (contested.contains(it.key()))
            continue;
        const QJsonValue theirs = conflict->serverRow.value(it.key());
        rows.append({it.key(), QString(), shown(conflict->entity, it.key(), it.value()),
                     conflict->serverRow.isEmpty() ? tr("(gone)")
                                                   : shown(conflict->entity, it.key(), theirs)});
    }
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        const QStringList &cells = rows.at(r);
        const bool both = contested.contains(cells.at(0));
        auto *label = new QTableWidgetItem(FieldText::fieldLabel(cells.at(0)));
        if (both)
            label->setIcon(shellIcon(ShellIcon::Conflicts));
        label->setData(Qt::UserRole, cells.at(0));
        m_table->setItem(r, FieldColumn, label);
        for (int c = BeforeColumn; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setTextAlignment(Qt::AlignLeading | Qt::AlignVCenter);
            if (both && c != BeforeColumn)
                item->setBackground(mark);
            if (both && c != BeforeColumn)
                item->setForeground(QColor(0x21, 0x21, 0x21));
            m_table->setItem(r, c, item);
        }
    }
    m_table->setColumnHidden(BeforeColumn, rejected || deletion);
    m_legend->setVisible(!contested.isEmpty());

    m_keepMine->setVisible(!rejected);
    m_edit->setVisible(!deletion);
    if (rejected) {
        m_takeTheirs->setText(tr("&Discard my edit"));
        m_edit->setText(tr("&Edit and retry\u2026"));
    } else if (deletion) {
        m_keepMine->setText(tr("&Delete it anyway"));
        m_takeTheirs->setText(tr("&Keep the server's version"));
    } else {
        m_keepMine->setText(tr("&Keep mine"));
        m_takeTheirs->setText(tr("&Take the server's"));
        m_edit->setText(tr("&Edit\u2026"));
    }
}

QList<QStringList> ConflictsView::comparison() const
{
    QList<QStringList> rows;
    for (int r = 0; r < m_table->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < ColumnCount; ++c)
            cells << (m_table->item(r, c) ? m_table->item(r, c)->text() : QString());
        rows << cells;
    }
    return rows;
}

QString ConflictsView::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

bool ConflictsView::finish(const Expected<bool, Cache::CacheError> &result)
{
    if (!result) {
        qCWarning(lcConflicts) << "resolving failed" << result.error().detail;
        QStringList lines{result.error().message()};
        lines << result.error().fieldMessages;
        m_error->setText(lines.join(u'\n'));
        m_error->show();
        return false;
    }
    reload();
    emit resolved();
    return true;
}

bool ConflictsView::keepMine()
{
    const Conflict *conflict = current();
    return conflict && finish(m_cache.keepMine(conflict->id));
}

bool ConflictsView::takeTheirs()
{
    const Conflict *conflict = current();
    return conflict && finish(m_cache.takeTheirs(conflict->id));
}

ConflictEditor *ConflictsView::edit()
{
    const Conflict *conflict = current();
    if (!conflict || isDeletion(*conflict))
        return nullptr;
    const qint64 id = conflict->id;
    auto *editor = new ConflictEditor(
        *conflict,
        [this, id](const QJsonObject &values) -> QStringList {
            const auto result = m_cache.resolveWith(id, values);
            if (result) {
                // After the editor has closed: reloading deletes nothing it uses.
                QMetaObject::invokeMethod(
                    this,
                    [this] {
                        reload();
                        emit resolved();
                    },
                    Qt::QueuedConnection);
                return {};
            }
            qCWarning(lcConflicts)
                << "resolving with edited values failed" << result.error().detail;
            QStringList problems = result.error().fieldMessages;
            if (problems.isEmpty())
                problems << result.error().message();
            return problems;
        },
        this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowModality(Qt::WindowModal);
    editor->show();
    return editor;
}

void ConflictsView::retranslate()
{
    setWindowTitle(tr("Conflicts"));
    m_intro->setText(tr("These edits of yours could not be sent as they were. Nothing of yours "
                        "or of the server's has been lost; decide for each what to keep, and "
                        "the result is sent at the next sync."));
    m_empty->setText(tr("No conflicts. Every edit made on this computer has been accepted by "
                        "the server or is waiting to be sent."));
    m_table->setHorizontalHeaderLabels(
        {tr("Field"), tr("Before the edits"), tr("Yours"), tr("On the server")});
    m_legend->setText(
        tr("Highlighted rows are the fields both you and someone else changed. The other rows "
           "are the rest of your edit, which goes or stays with your choice."));
    if (m_list) {
        for (int i = 0; i < m_list->count() && i < m_conflicts.size(); ++i)
            m_list->item(i)->setText(describe(m_conflicts.at(i)));
    }
    showCurrent();
}

void ConflictsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace Shahrvand::Ui
