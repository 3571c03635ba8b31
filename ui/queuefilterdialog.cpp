#include "queuefilterdialog.h"

#include "casecatalog.h"
#include "fieldtext.h"
#include "searchpicker.h"
#include "vocabulary.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

constexpr int ValueRole = Qt::UserRole + 1;

void addChecks(QListWidget *list, const QStringList &codes, const QStringList &checked)
{
    for (const QString &code : codes) {
        auto *item = new QListWidgetItem(FieldText::codeText(code), list);
        item->setData(ValueRole, code);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(checked.contains(code) ? Qt::Checked : Qt::Unchecked);
    }
}

QStringList checkedOf(const QListWidget *list)
{
    QStringList values;
    for (int row = 0; row < list->count(); ++row) {
        if (list->item(row)->checkState() == Qt::Checked)
            values << list->item(row)->data(ValueRole).toString();
    }
    return values;
}

} // namespace

QListWidget *QueueFilterDialog::checkList(const QString &objectName)
{
    auto *list = new QListWidget(this);
    list->setObjectName(objectName);
    list->setUniformItemSizes(true);
    // Space ticks the current row, as in any list of check boxes.
    return list;
}

QueueFilterDialog::QueueFilterDialog(const SavedQueue &start, const CaseCatalog &catalog,
                                     bool editing, QWidget *parent)
    : QDialog(parent)
    , m_start(start)
{
    setWindowTitle(tr("Filter the queue"));
    m_statuses = checkList(QStringLiteral("statuses"));
    addChecks(m_statuses, Entities::Vocabulary::caseStatuses, start.statuses);
    m_priorities = checkList(QStringLiteral("priorities"));
    addChecks(m_priorities, Entities::Vocabulary::priorities, start.priorities);
    m_channels = checkList(QStringLiteral("channels"));
    addChecks(m_channels, Entities::Vocabulary::channels, start.channels);
    // Services, teams and people from the catalogue, by name in the interface's language.
    const auto fromCatalog = [this](const QString &objectName, auto fill,
                                    const QList<qint64> &checked, const CaseCatalog &catalog) {
        QListWidget *list = checkList(objectName);
        SearchPicker names;
        (catalog.*fill)(&names);
        for (int row = 0; row < names.list()->count(); ++row) {
            const QListWidgetItem *source = names.list()->item(row);
            auto *item = new QListWidgetItem(source->text(), list);
            const qint64 id = source->data(Qt::UserRole + 1).toLongLong();
            item->setData(ValueRole, QString::number(id));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
            item->setCheckState(checked.contains(id) ? Qt::Checked : Qt::Unchecked);
        }
        return list;
    };
    m_services = fromCatalog(QStringLiteral("services"), &CaseCatalog::fillServices,
                             start.serviceIds, catalog);
    m_teams = fromCatalog(QStringLiteral("teams"), &CaseCatalog::fillTeams, start.teamIds, catalog);
    m_owners =
        fromCatalog(QStringLiteral("owners"), &CaseCatalog::fillUsers, start.ownerIds, catalog);
    auto *intro = new QLabel(tr("Only cases with one of the ticked values in each list are shown; "
                                "a list with nothing ticked does not narrow the queue."),
                             this);
    intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    const QList<std::pair<QString, QListWidget *>> lists{
        {tr("Status"), m_statuses},  {tr("Priority"), m_priorities}, {tr("Channel"), m_channels},
        {tr("Service"), m_services}, {tr("Team"), m_teams},          {tr("Owner"), m_owners}};
    // Two rows of three lists.
    for (int i = 0; i < lists.size(); ++i) {
        grid->addWidget(new QLabel(lists.at(i).first, this), (i / 3) * 2, i % 3);
        grid->addWidget(lists.at(i).second, (i / 3) * 2 + 1, i % 3);
    }
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("queueName"));
    m_name->setPlaceholderText(tr("Name, to keep it as a view (e.g. “Urgent lighting”)"));
    m_name->setMaxLength(60);
    m_name->setText(editing ? start.name : QString());
    m_problem = new QLabel(this);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *showButton = buttons->addButton(tr("Show"), QDialogButtonBox::AcceptRole);
    showButton->setDefault(true);
    QPushButton *save = buttons->addButton(editing ? tr("Save the view") : tr("Save as a view"),
                                           QDialogButtonBox::ActionRole);
    if (editing) {
        QPushButton *remove =
            buttons->addButton(tr("Remove the view"), QDialogButtonBox::DestructiveRole);
        connect(remove, &QPushButton::clicked, this, [this] { finish(Outcome::Remove); });
    }
    buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(showButton, &QPushButton::clicked, this, [this] { finish(Outcome::Show); });
    connect(save, &QPushButton::clicked, this, [this] { finish(Outcome::Save); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid, 1);
    layout->addWidget(m_name);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 34);
}

SavedQueue QueueFilterDialog::queue() const
{
    SavedQueue queue = m_start;
    queue.name = m_name->text().simplified();
    queue.statuses = checkedOf(m_statuses);
    queue.priorities = checkedOf(m_priorities);
    queue.channels = checkedOf(m_channels);
    const auto ids = [](const QListWidget *list) {
        QList<qint64> result;
        for (const QString &id : checkedOf(list))
            result << id.toLongLong();
        return result;
    };
    queue.serviceIds = ids(m_services);
    queue.teamIds = ids(m_teams);
    queue.ownerIds = ids(m_owners);
    return queue;
}

void QueueFilterDialog::finish(Outcome outcome)
{
    if (outcome == Outcome::Save && m_name->text().simplified().isEmpty()) {
        m_problem->setText(tr("Give the view a name to keep it."));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    m_outcome = outcome;
    accept();
}

} // namespace Shahrvand::Ui
