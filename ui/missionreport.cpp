#include "missionreport.h"

#include "datetimefield.h"
#include "entitydef.h"
#include "fieldtext.h"
#include "intakedialog_attachments.h"
#include "localcache.h"
#include "missionlifecycle.h"
#include "receiptviewer.h"

#include <QDateTime>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcMissionReport, "shahrvand.ui.missionreport")

namespace Shahrvand::Ui {

namespace {

constexpr int fileRole = Qt::UserRole + 1;
// An actual time may be a few minutes ahead of this computer's clock, not more.
constexpr qint64 clockSlackMs = 5 * 60 * 1000;

int maxLengthOf(QStringView entity, QStringView field)
{
    const Entities::EntityDef *def = Entities::findEntity(entity);
    const Entities::FieldDef *f = def ? def->field(field) : nullptr;
    return f && f->maxLength > 0 ? f->maxLength : 4000;
}

QSet<UserId> assigneesOf(Cache::LocalCache &cache, qint64 missionId)
{
    QSet<UserId> people;
    const auto rows = cache.childRows(QStringLiteral("mission_assignees"),
                                      QStringLiteral("missions"), missionId, 500);
    for (const QJsonObject &row : rows ? *rows : QList<QJsonObject>())
        people.insert(UserId(row.value(u"user_id").toInteger()));
    return people;
}

} // namespace

MissionReportPanel::MissionReportPanel(Cache::LocalCache &cache, const Access::Principal &user,
                                       QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_user(user)
    , m_names(cache)
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *body = new QWidget(scroll);
    auto *layout = new QVBoxLayout(body);

    m_state = new QLabel(body);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("missionReportState"));
    layout->addWidget(m_state);

    m_timesBox = new QGroupBox(body);
    auto *times = new QFormLayout(m_timesBox);
    m_start = new DateTimeField(m_timesBox);
    m_end = new DateTimeField(m_timesBox);
    m_startLabel = new QLabel(m_timesBox);
    m_endLabel = new QLabel(m_timesBox);
    times->addRow(m_startLabel, m_start);
    times->addRow(m_endLabel, m_end);
    layout->addWidget(m_timesBox);

    m_reportBox = new QGroupBox(body);
    auto *report = new QVBoxLayout(m_reportBox);
    m_report = new QPlainTextEdit(m_reportBox);
    m_report->setMinimumHeight(110);
    m_counter = new QLabel(m_reportBox);
    m_counter->setAlignment(Qt::AlignTrailing);
    report->addWidget(m_report);
    report->addWidget(m_counter);
    layout->addWidget(m_reportBox);

    m_casesBox = new QGroupBox(body);
    m_casesLayout = new QVBoxLayout(m_casesBox);
    m_noCases = new QLabel(m_casesBox);
    m_noCases->setWordWrap(true);
    m_casesLayout->addWidget(m_noCases);
    layout->addWidget(m_casesBox);

    m_filesBox = new QGroupBox(body);
    auto *files = new QVBoxLayout(m_filesBox);
    m_files = new QTreeWidget(m_filesBox);
    m_files->setRootIsDecorated(false);
    m_files->setColumnCount(3);
    m_files->setMinimumHeight(90);
    m_files->header()->setStretchLastSection(false);
    m_files->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_files->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_attach = new QPushButton(m_filesBox);
    m_viewer = new ReceiptViewer(cache, m_filesBox);
    m_viewer->setMinimumHeight(180);
    auto *attachRow = new QHBoxLayout;
    attachRow->addWidget(m_attach);
    attachRow->addStretch();
    files->addWidget(m_files);
    files->addLayout(attachRow);
    files->addWidget(m_viewer);
    layout->addWidget(m_filesBox);
    layout->addStretch();
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);

    auto *bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_save);
    outer->addLayout(bottom);

    m_report->document()->setModified(false);
    connect(m_report, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        updateState();
    });
    for (DateTimeField *field : {m_start, m_end})
        connect(field, &DateTimeField::edited, this, &MissionReportPanel::updateState);
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(m_attach, &QPushButton::clicked, this, &MissionReportPanel::chooseAndAttach);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &MissionReportPanel::fileChosen);
    auto *saveKey = new QShortcut(QKeySequence::Save, this);
    saveKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(saveKey, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    retranslate();
    setMission(0);
}

void MissionReportPanel::setFileDownloader(
    std::function<void(const QString &, std::function<void(const QByteArray &, const QString &)>)>
        download)
{
    m_viewer->setFileDownloader(std::move(download));
}

qint64 MissionReportPanel::now() const
{
    return m_now ? m_now() : QDateTime::currentMSecsSinceEpoch();
}

void MissionReportPanel::setMission(qint64 missionId)
{
    m_missionId = missionId;
    m_mission = {};
    m_names.clear();
    if (missionId != 0) {
        const auto row = m_cache.row(QStringLiteral("missions"), missionId);
        if (row && *row)
            m_mission = **row;
        else if (!row)
            qCWarning(lcMissionReport) << "reading the mission failed:" << row.error().detail;
    }
    const Missions::MissionFacts facts =
        Missions::MissionFacts::fromRow(m_mission, assigneesOf(m_cache, missionId));
    m_mayWrite = !m_mission.isEmpty() && Missions::mayReport(m_user, facts);

    m_start->setValue(m_mission.value(u"actual_start"));
    m_end->setValue(m_mission.value(u"actual_end"));
    m_report->setPlainText(m_mission.value(u"report").toString());
    m_report->document()->setModified(false);
    for (DateTimeField *field : {m_start, m_end})
        field->setReadOnly(!m_mayWrite);
    m_report->setReadOnly(!m_mayWrite);
    m_attach->setEnabled(m_mayWrite);
    fillCases();
    fillFiles();
    showMessage({}, false);
    updateCounter();
    updateState();
}

void MissionReportPanel::fillCases()
{
    for (const LinkedCase &linked : std::as_const(m_cases)) {
        if (QWidget *box = linked.edit ? linked.edit->parentWidget() : nullptr;
            box && box != m_casesBox)
            delete box;
    }
    m_cases.clear();
    const auto links = m_missionId != 0
                           ? m_cache.childRows(QStringLiteral("mission_cases"),
                                               QStringLiteral("missions"), m_missionId, 200)
                           : Expected<QList<QJsonObject>, Cache::CacheError>(QList<QJsonObject>());
    if (!links)
        qCWarning(lcMissionReport) << "reading the linked cases failed:" << links.error().detail;
    const QList<QJsonObject> rows = links ? *links : QList<QJsonObject>();
    m_noCases->setVisible(rows.isEmpty());
    const int outcomeLength = maxLengthOf(u"mission_cases", u"outcome");
    for (const QJsonObject &link : rows) {
        LinkedCase linked;
        linked.linkId = link.value(u"id").toInteger();
        linked.caseId = link.value(u"case_id").toInteger();
        linked.outcome = link.value(u"outcome").toString();
        auto *box = new QWidget(m_casesBox);
        auto *column = new QVBoxLayout(box);
        column->setContentsMargins(0, 4, 0, 4);
        auto *title = new QLabel(box);
        title->setWordWrap(true);
        title->setTextFormat(Qt::PlainText);
        const auto found = m_cache.row(QStringLiteral("cases"), linked.caseId);
        if (found && *found) {
            const QJsonObject &row = **found;
            // Isolated parts leave the line no direction of its own: the interface's.
            title->setText(
                QChar(layoutDirection() == Qt::RightToLeft ? u'\u200f' : u'\u200e') +
                CaseText::joinIsolated(
                    {FieldText::displayValue(u"cases", u"tracking_code",
                                             row.value(u"tracking_code")),
                     row.value(u"subject").toString(),
                     FieldText::displayValue(u"cases", u"status", row.value(u"status"))}));
        } else {
            title->setText(
                tr("Case %1 (not in this computer's copy)").arg(QLocale().toString(linked.caseId)));
        }
        linked.edit = new QPlainTextEdit(box);
        linked.edit->setPlainText(linked.outcome);
        linked.edit->setReadOnly(!m_mayWrite);
        linked.edit->setFixedHeight(70);
        linked.edit->setPlaceholderText(tr("What was done for this case (up to %1 characters)")
                                            .arg(QLocale().toString(outcomeLength)));
        linked.edit->setAccessibleName(title->text());
        connect(linked.edit, &QPlainTextEdit::textChanged, this, &MissionReportPanel::updateState);
        column->addWidget(title);
        column->addWidget(linked.edit);
        m_casesLayout->addWidget(box);
        m_cases.append(linked);
    }
}

void MissionReportPanel::fillFiles()
{
    m_files->clear();
    m_viewer->clear();
    if (m_missionId == 0)
        return;
    const auto rows = m_cache.childRows(QStringLiteral("attachments"), QStringLiteral("missions"),
                                        m_missionId, 500);
    if (!rows) {
        qCWarning(lcMissionReport) << "reading the mission's files failed:" << rows.error().detail;
        return;
    }
    // The size is the server's word; files still waiting here have theirs in the outbox.
    QHash<QString, qint64> waiting;
    if (const auto pending = m_cache.filesToSend()) {
        for (const Cache::PendingFile &file : *pending)
            waiting.insert(file.sha256, file.size);
    }
    const QLocale locale;
    for (const QJsonObject &file : *rows) {
        auto *item = new QTreeWidgetItem(m_files);
        item->setText(0, file.value(u"file_name").toString());
        const qint64 size = file.value(u"size").isDouble()
                                ? file.value(u"size").toInteger()
                                : waiting.value(file.value(u"blob_sha256").toString());
        item->setText(1, size > 0 ? locale.formattedDataSize(size) : QString());
        // A negative id: made here, waiting for the next sync.
        item->setText(2, file.value(u"id").toInteger() < 0 ? tr("Sent with the next sync")
                                                           : tr("On the server"));
        item->setData(0, fileRole,
                      QStringList{file.value(u"blob_sha256").toString(),
                                  file.value(u"file_name").toString(),
                                  file.value(u"content_type").toString()});
    }
    m_filesBox->setTitle(tr("Photos and documents (%1)").arg(locale.toString(rows->size())));
    if (m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(0));
}

void MissionReportPanel::fileChosen()
{
    const QTreeWidgetItem *item = m_files->currentItem();
    const QStringList file = item ? item->data(0, fileRole).toStringList() : QStringList();
    if (file.size() == 3)
        m_viewer->showReceipt(file.at(0), file.at(1), file.at(2));
    else
        m_viewer->clear();
}

QPlainTextEdit *MissionReportPanel::outcomeEdit(qint64 caseId) const
{
    for (const LinkedCase &linked : m_cases) {
        if (linked.caseId == caseId)
            return linked.edit;
    }
    return nullptr;
}

// A time as the mission row has it: a timestamp, or null (missing or empty).
QJsonValue MissionReportPanel::stored(QStringView column) const
{
    const QJsonValue value = m_mission.value(column);
    return value.isDouble() ? value : QJsonValue(QJsonValue::Null);
}

bool MissionReportPanel::hasChanges() const
{
    if (!m_mayWrite)
        return false;
    if (m_report->toPlainText() != m_mission.value(u"report").toString())
        return true;
    for (const LinkedCase &linked : m_cases) {
        if (linked.edit->toPlainText() != linked.outcome)
            return true;
    }
    const auto start = m_start->value();
    const auto end = m_end->value();
    return !start || !end || *start != stored(u"actual_start") || *end != stored(u"actual_end");
}

QString MissionReportPanel::save()
{
    if (!m_mayWrite || !hasChanges()) {
        showMessage({}, false);
        return {};
    }
    // Everything is checked before anything is written.
    QStringList problems;
    const auto start = m_start->value();
    const auto end = m_end->value();
    if (!start)
        problems << tr("Started: %1").arg(start.error());
    if (!end)
        problems << tr("Ended: %1").arg(end.error());
    if (start && end) {
        const qint64 limit = now() + clockSlackMs;
        if ((start->isDouble() && start->toInteger() > limit) ||
            (end->isDouble() && end->toInteger() > limit))
            problems << tr("An actual time cannot lie in the future.");
        if (start->isDouble() && end->isDouble() && end->toInteger() < start->toInteger())
            problems << tr("The mission cannot end before it started.");
        if (end->isDouble() && !start->isDouble())
            problems << tr("Enter when the mission started as well as when it ended.");
    }
    const int reportLength = maxLengthOf(u"missions", u"report");
    if (m_report->toPlainText().size() > reportLength)
        problems << tr("The report is longer than %1 characters; shorten it or attach it as a "
                       "document.")
                        .arg(QLocale().toString(reportLength));
    const int outcomeLength = maxLengthOf(u"mission_cases", u"outcome");
    for (const LinkedCase &linked : std::as_const(m_cases)) {
        if (linked.edit->toPlainText().size() > outcomeLength)
            problems << tr("An outcome is longer than %1 characters: %2")
                            .arg(QLocale().toString(outcomeLength), linked.edit->accessibleName());
    }
    if (!problems.isEmpty()) {
        const QString text = problems.join(QLatin1Char('\n'));
        showMessage(text, true);
        return text;
    }

    QJsonObject mission;
    if (*start != stored(u"actual_start"))
        mission.insert(QStringLiteral("actual_start"), *start);
    if (*end != stored(u"actual_end"))
        mission.insert(QStringLiteral("actual_end"), *end);
    if (m_report->toPlainText() != m_mission.value(u"report").toString())
        mission.insert(QStringLiteral("report"), m_report->toPlainText());
    const auto saved = m_cache.editTogether(
        [&](Cache::LocalCache::EditBatch &batch) -> std::optional<Cache::CacheError> {
            if (!mission.isEmpty()) {
                if (const auto done =
                        batch.update(QStringLiteral("missions"), m_missionId, mission);
                    !done)
                    return done.error();
            }
            for (const LinkedCase &linked : std::as_const(m_cases)) {
                const QString outcome = linked.edit->toPlainText();
                if (outcome == linked.outcome)
                    continue;
                if (const auto done = batch.update(QStringLiteral("mission_cases"), linked.linkId,
                                                   {{QStringLiteral("outcome"), outcome}});
                    !done)
                    return done.error();
            }
            return std::nullopt;
        });
    if (!saved) {
        qCWarning(lcMissionReport) << "the report was not saved:" << saved.error().detail;
        const QString text = tr("The report was not saved: %1").arg(saved.error().message());
        showMessage(text, true);
        return text;
    }
    setMission(m_missionId);
    showMessage(tr("Saved on this computer. It is sent with the next sync."), false);
    emit edited();
    return {};
}

void MissionReportPanel::chooseAndAttach()
{
    const QStringList paths = m_chooseFiles ? m_chooseFiles() : AttachmentPicker::chooseFiles(this);
    if (paths.isEmpty())
        return;
    attachFiles(paths);
}

QString MissionReportPanel::attachFiles(const QStringList &paths)
{
    if (!m_mayWrite)
        return m_state->text();
    QStringList failed;
    int attached = 0;
    for (const QString &path : paths) {
        const auto id = m_cache.attachFile(QStringLiteral("missions"), m_missionId, path);
        if (id) {
            ++attached;
            continue;
        }
        qCWarning(lcMissionReport) << "not attached:" << id.error().detail;
        failed << tr("%1: %2").arg(QFileInfo(path).fileName(), id.error().message());
    }
    if (attached > 0) {
        fillFiles();
        m_files->setCurrentItem(m_files->topLevelItem(m_files->topLevelItemCount() - 1));
        emit edited();
    }
    if (!failed.isEmpty()) {
        const QString text = tr("Not attached:\n%1").arg(failed.join(QLatin1Char('\n')));
        showMessage(text, true);
        return text;
    }
    showMessage(tr("%n file(s) attached. They are sent with the next sync.", nullptr, attached),
                false);
    return {};
}

void MissionReportPanel::updateState()
{
    if (m_mission.isEmpty()) {
        m_state->setText(tr("Choose a mission to see its report."));
    } else if (m_mayWrite) {
        m_state->setText(tr("Write what was done while the mission is under way; it reaches each "
                            "case when the mission is completed. Saved on this computer, sent "
                            "with the next sync."));
    } else {
        const auto status = Missions::missionStatusFrom(m_mission.value(u"status").toString());
        const bool before = status == Missions::MissionStatus::Draft;
        m_state->setText(before ? tr("The report is written once the order is issued, by the "
                                     "people sent on the mission or the unit's supervisor.")
                         : status == Missions::MissionStatus::Issued ||
                                 status == Missions::MissionStatus::InProgress
                             ? tr("Only the people sent on the mission and the unit's supervisor "
                                  "write its report.")
                             : tr("The mission has ended: its report is kept as it was written."));
    }
    for (QWidget *part :
         std::initializer_list<QWidget *>{m_timesBox, m_reportBox, m_casesBox, m_filesBox})
        part->setEnabled(!m_mission.isEmpty());
    m_save->setVisible(m_mayWrite);
    m_save->setEnabled(hasChanges());
}

void MissionReportPanel::updateCounter()
{
    const QLocale locale;
    m_counter->setText(tr("%1 of %2 characters")
                           .arg(locale.toString(m_report->toPlainText().size()),
                                locale.toString(maxLengthOf(u"missions", u"report"))));
}

void MissionReportPanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b01c1c;")
                                     : QStringLiteral("color: #1d6b35;"));
}

void MissionReportPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MissionReportPanel::retranslate()
{
    m_timesBox->setTitle(tr("Actual times"));
    m_startLabel->setText(tr("Started"));
    m_endLabel->setText(tr("Ended"));
    m_reportBox->setTitle(tr("What was done"));
    m_report->setPlaceholderText(
        tr("Where the team went, what they found and did, what is left to do."));
    m_casesBox->setTitle(tr("Each linked case"));
    m_noCases->setText(tr("No cases are linked to this mission."));
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("State")});
    m_filesBox->setTitle(tr("Photos and documents"));
    m_attach->setText(tr("Attach a photo or document…"));
    m_save->setText(tr("Save the report"));
    updateCounter();
    if (m_missionId != 0)
        fillFiles();
    updateState();
}

} // namespace Shahrvand::Ui
