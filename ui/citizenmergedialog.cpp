#include "citizenmergedialog.h"

#include "fieldtext.h"
#include "jalalidate.h"
#include "serverquery.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

QString leftToRight(const QString &text)
{
    return text.isEmpty() ? text : QChar(0x2066) + text + QChar(0x2069);
}

QString recordName(const QJsonObject &citizen)
{
    const QString name =
        (citizen.value(u"first_name").toString() + u' ' + citizen.value(u"last_name").toString())
            .trimmed();
    // Isolated: a Persian name in the English interface keeps the sentence's order.
    const QString isolated = name.isEmpty() ? name : QChar(0x2068) + name + QChar(0x2069);
    const QString number = toLocalDigits(QString::number(citizen.value(u"id").toInteger()));
    return name.isEmpty() ? CitizenMergeDialog::tr("no. %1").arg(number)
                          : CitizenMergeDialog::tr("%1, no. %2").arg(isolated, number);
}

// "2 cases, 3 interactions": what the merge moved, in words.
QString movedText(const QJsonObject &moved)
{
    const QLocale locale;
    QStringList parts;
    for (auto it = moved.begin(); it != moved.end(); ++it) {
        if (it.value().toInteger() > 0)
            parts << CitizenMergeDialog::tr("%1: %2").arg(FieldText::entityName(it.key()),
                                                          locale.toString(it.value().toInteger()));
    }
    return parts.isEmpty() ? CitizenMergeDialog::tr("nothing else")
                           : parts.join(CitizenMergeDialog::tr(", "));
}

} // namespace

CitizenMergeDialog::CitizenMergeDialog(SyncClient::ServerQuery &query, qint64 survivorId,
                                       qint64 mergedId, QWidget *parent)
    : QDialog(parent)
    , m_query(query)
    , m_survivorId(survivorId)
    , m_mergedId(mergedId)
{
    setObjectName(QStringLiteral("citizenMergeDialog"));
    setWindowTitle(tr("Merge two records of one citizen"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_gridHost = new QWidget(scroll);
    m_grid = new QGridLayout(m_gridHost);
    m_grid->setColumnStretch(1, 1);
    m_grid->setColumnStretch(2, 1);
    scroll->setWidget(m_gridHost);
    layout->addWidget(scroll, 1);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("mergeProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    layout->addWidget(m_problem);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mergeSummary"));
    m_summary->setWordWrap(true);
    m_summary->hide();
    layout->addWidget(m_summary);

    m_buttons = new QDialogButtonBox(this);
    m_swapButton = m_buttons->addButton(tr("Keep the other record"), QDialogButtonBox::ActionRole);
    m_swapButton->setObjectName(QStringLiteral("mergeSwap"));
    m_mergeButton = m_buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    m_mergeButton->setObjectName(QStringLiteral("mergeConfirm"));
    m_mergeButton->setEnabled(false);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(m_buttons);
    connect(m_swapButton, &QPushButton::clicked, this, &CitizenMergeDialog::swap);
    connect(m_mergeButton, &QPushButton::clicked, this, &CitizenMergeDialog::merge);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const int charWidth = fontMetrics().averageCharWidth();
    resize(charWidth * 110, fontMetrics().height() * 34);
    load();
}

CitizenMergeDialog::~CitizenMergeDialog() = default;

QStringList CitizenMergeDialog::fields()
{
    return {QStringLiteral("national_id"),
            QStringLiteral("first_name"),
            QStringLiteral("last_name"),
            QStringLiteral("first_name_latin"),
            QStringLiteral("last_name_latin"),
            QStringLiteral("father_name"),
            QStringLiteral("birth_date"),
            QStringLiteral("gender"),
            QStringLiteral("preferred_channel"),
            QStringLiteral("preferred_language"),
            QStringLiteral("consent_sms"),
            QStringLiteral("consent_email"),
            QStringLiteral("tags"),
            QStringLiteral("notes")};
}

void CitizenMergeDialog::load()
{
    const quint64 generation = ++m_generation;
    m_survivor = {};
    m_merged = {};
    m_mergeButton->setEnabled(false);
    m_swapButton->setEnabled(false);
    m_intro->setText(tr("Reading both records from the server…"));
    QPointer<CitizenMergeDialog> self(this);
    for (const bool kept : {true, false}) {
        const qint64 id = kept ? m_survivorId : m_mergedId;
        m_query.get(QStringLiteral("/api/v1/citizens/%1").arg(id), {},
                    [self, generation, kept](const QJsonObject &answer, const QString &error) {
                        if (!self || generation != self->m_generation)
                            return;
                        if (!error.isEmpty()) {
                            ++self->m_generation; // the other answer is not waited for
                            self->m_intro->setText(tr("The records could not be read."));
                            self->showProblem(error);
                            emit self->loaded();
                            return;
                        }
                        (kept ? self->m_survivor : self->m_merged) = answer;
                        if (self->isReady()) {
                            self->showRecords();
                            emit self->loaded();
                        }
                    });
    }
}

bool CitizenMergeDialog::isEmptyValue(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().trimmed().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QString CitizenMergeDialog::valueText(const QJsonObject &citizen, const QString &field) const
{
    const QJsonValue value = citizen.value(field);
    if (isEmptyValue(value))
        return tr("(empty)");
    if (field == u"national_id")
        return leftToRight(toLocalDigits(value.toString()));
    if (field == u"tags") {
        QStringList tags;
        for (const QJsonValue &tag : value.toArray())
            tags << tag.toString();
        return tags.join(tr(", "));
    }
    return FieldText::displayValue(u"citizens", field, value);
}

void CitizenMergeDialog::showRecords()
{
    m_problem->hide();
    m_summary->hide();
    qDeleteAll(m_choices);
    m_choices.clear();
    while (QLayoutItem *item = m_grid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_intro->setText(
        tr("Choose, for each field, the value the kept record will have. Every case, "
           "interaction, address, phone, e-mail and survey answer of the other record moves to "
           "the kept one. The merge is recorded in the audit trail and can be undone from the "
           "citizen’s page."));
    QFont bold = font();
    bold.setBold(true);
    const auto heading = [this, &bold](const QString &text, int column) {
        auto *label = new QLabel(text, m_gridHost);
        label->setFont(bold);
        label->setWordWrap(true);
        m_grid->addWidget(label, 0, column);
    };
    heading(tr("Field"), 0);
    heading(tr("Kept: %1").arg(recordName(m_survivor)), 1);
    heading(tr("Merged into it: %1").arg(recordName(m_merged)), 2);
    int row = 1;
    for (const QString &field : fields()) {
        const QJsonValue kept = m_survivor.value(field);
        const QJsonValue other = m_merged.value(field);
        auto *label = new QLabel(FieldText::fieldLabel(field), m_gridHost);
        auto *group = new QButtonGroup(this);
        auto *keptButton = new QRadioButton(valueText(m_survivor, field), m_gridHost);
        keptButton->setObjectName(QStringLiteral("keep_") + field);
        auto *otherButton = new QRadioButton(valueText(m_merged, field), m_gridHost);
        otherButton->setObjectName(QStringLiteral("take_") + field);
        group->addButton(keptButton, 0);
        group->addButton(otherButton, 1);
        // The kept record's value, unless it has none and the other has one.
        (isEmptyValue(kept) && !isEmptyValue(other) ? otherButton : keptButton)->setChecked(true);
        if (kept == other) {
            keptButton->setEnabled(false);
            otherButton->setEnabled(false);
        }
        m_choices.insert(field, group);
        m_grid->addWidget(label, row, 0);
        m_grid->addWidget(keptButton, row, 1);
        m_grid->addWidget(otherButton, row, 2);
        ++row;
    }
    m_grid->setRowStretch(row, 1);
    m_mergeButton->setEnabled(true);
    m_swapButton->setEnabled(true);
}

void CitizenMergeDialog::choose(const QString &field, bool fromMerged)
{
    if (QButtonGroup *group = m_choices.value(field))
        group->button(fromMerged ? 1 : 0)->setChecked(true);
}

bool CitizenMergeDialog::choosesMerged(const QString &field) const
{
    const QButtonGroup *group = m_choices.value(field);
    return group && group->checkedId() == 1;
}

void CitizenMergeDialog::swap()
{
    std::swap(m_survivorId, m_mergedId);
    load();
}

void CitizenMergeDialog::showProblem(const QString &text)
{
    m_problem->setText(text);
    m_problem->show();
}

void CitizenMergeDialog::merge()
{
    if (!isReady())
        return;
    QJsonObject choices;
    for (auto it = m_choices.cbegin(); it != m_choices.cend(); ++it)
        choices.insert(it.key(), it.value()->checkedId() == 1 ? QStringLiteral("merged")
                                                              : QStringLiteral("survivor"));
    const QJsonObject body{{QStringLiteral("merged_id"), m_mergedId},
                           {QStringLiteral("survivor_version"), m_survivor.value(u"version")},
                           {QStringLiteral("merged_version"), m_merged.value(u"version")},
                           {QStringLiteral("fields"), choices}};
    m_mergeButton->setEnabled(false);
    m_swapButton->setEnabled(false);
    m_problem->hide();
    const quint64 generation = ++m_generation;
    QPointer<CitizenMergeDialog> self(this);
    m_query.post(
        QStringLiteral("/api/v1/citizens/%1/merge").arg(m_survivorId), body,
        [self, generation](const QJsonObject &answer, const QString &error, const QString &code) {
            if (!self || generation != self->m_generation)
                return;
            if (code == u"precondition_failed") {
                // Someone changed a record: read both again; the choices start over.
                self->load();
                self->showProblem(
                    tr("One of the records was changed on the server since this window read "
                       "them. They have been read again: check the values and merge again."));
                emit self->failed();
                return;
            }
            if (!error.isEmpty()) {
                self->showProblem(tr("The records were not merged: %1").arg(error));
                self->m_mergeButton->setEnabled(true);
                self->m_swapButton->setEnabled(true);
                emit self->failed();
                return;
            }
            const QJsonObject merge = answer.value(u"merge").toObject();
            self->m_summary->setText(
                tr("Merged. Record %1 is now part of %2; moved to it: %3. To undo, open the "
                   "citizen and choose “Undo” in their merges.")
                    .arg(toLocalDigits(QString::number(self->m_mergedId)),
                         recordName(answer.value(u"survivor").toObject()),
                         movedText(merge.value(u"moved").toObject())));
            self->m_summary->show();
            self->m_gridHost->setEnabled(false);
            self->m_mergeButton->hide();
            self->m_swapButton->hide();
            self->m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
            emit self->merged(answer);
        });
}

} // namespace Shahrvand::Ui
