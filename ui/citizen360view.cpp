#include "citizen360view.h"

#include "citizenprivacyactions.h"
#include "citizenprofile.h"
#include "citizentimelinemodel.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using Cache::CitizenTimelineFilter;
using Cache::TimelineKind;

Citizen360View::Citizen360View(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *header = new QHBoxLayout;
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToSearch"));
    m_name = new QLabel(this);
    m_name->setObjectName(QStringLiteral("citizenName"));
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_survivor = new QPushButton(this);
    m_survivor->setObjectName(QStringLiteral("openSurvivor"));
    m_survivor->hide();
    m_newCase = new QPushButton(this);
    m_newCase->setObjectName(QStringLiteral("newCase"));
    m_logCall = new QPushButton(this);
    m_logCall->setObjectName(QStringLiteral("logCall"));
    m_message = new QPushButton(this);
    m_message->setObjectName(QStringLiteral("sendMessage"));
    header->addWidget(m_back);
    header->addWidget(m_name, 1);
    header->addWidget(m_survivor);
    header->addWidget(m_newCase);
    header->addWidget(m_logCall);
    header->addWidget(m_message);
    layout->addLayout(header);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setChildrenCollapsible(false);
    auto *card = new QScrollArea(m_splitter);
    card->setObjectName(QStringLiteral("citizenCard"));
    card->setWidgetResizable(true);
    card->setFrameShape(QFrame::NoFrame);
    m_profile = new CitizenProfile(cache, card);
    card->setWidget(m_profile);
    card->setMinimumWidth(fontMetrics().averageCharWidth() * 36);

    auto *timelinePane = new QWidget(m_splitter);
    auto *timelineLayout = new QVBoxLayout(timelinePane);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    m_timelineHeading = new QLabel(timelinePane);
    QFont headingFont = m_timelineHeading->font();
    headingFont.setBold(true);
    m_timelineHeading->setFont(headingFont);
    timelineLayout->addWidget(m_timelineHeading);
    auto *filters = new QHBoxLayout;
    m_kindLabel = new QLabel(timelinePane);
    m_kind = new QComboBox(timelinePane);
    m_kind->setObjectName(QStringLiteral("kindFilter"));
    m_kindLabel->setBuddy(m_kind);
    m_fromLabel = new QLabel(timelinePane);
    m_from = new QLineEdit(timelinePane);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(timelinePane);
    m_to = new QLineEdit(timelinePane);
    m_to->setObjectName(QStringLiteral("toDate"));
    m_toLabel->setBuddy(m_to);
    for (QLineEdit *edit : {m_from, m_to}) {
        edit->setClearButtonEnabled(true);
        edit->setMaximumWidth(fontMetrics().averageCharWidth() * 18);
        connect(edit, &QLineEdit::editingFinished, this, &Citizen360View::applyFilter);
    }
    m_count = new QLabel(timelinePane);
    m_count->setObjectName(QStringLiteral("timelineCount"));
    filters->addWidget(m_kindLabel);
    filters->addWidget(m_kind);
    filters->addSpacing(fontMetrics().averageCharWidth() * 2);
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addStretch();
    filters->addWidget(m_count);
    timelineLayout->addLayout(filters);
    m_problem = new QLabel(timelinePane);
    m_problem->setObjectName(QStringLiteral("filterProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    timelineLayout->addWidget(m_problem);

    m_model = new CitizenTimelineModel(cache, this);
    m_model->setClock([this] { return m_now(); });
    m_view = new QTableView(timelinePane);
    m_view->setObjectName(QStringLiteral("citizenTimeline"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    // Fixed rows and widths: thousands of items are never measured, only those painted.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    QHeaderView *columns = m_view->horizontalHeader();
    const int charWidth = fontMetrics().averageCharWidth();
    columns->setSectionResizeMode(QHeaderView::Interactive);
    columns->resizeSection(CitizenTimelineModel::When, charWidth * 22);
    columns->resizeSection(CitizenTimelineModel::Kind, charWidth * 16);
    columns->resizeSection(CitizenTimelineModel::Status, charWidth * 34);
    columns->resizeSection(CitizenTimelineModel::Case, charWidth * 14);
    columns->setSectionResizeMode(CitizenTimelineModel::Details, QHeaderView::Stretch);
    timelineLayout->addWidget(m_view, 1);
    // Under the timeline: merges, export and erasure, which only the server can do.
    m_serverActions = new CitizenPrivacyActions(timelinePane);
    timelineLayout->addWidget(m_serverActions);
    connect(m_view, &QTableView::activated, this, &Citizen360View::itemActivated);

    m_splitter->addWidget(card);
    m_splitter->addWidget(timelinePane);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({charWidth * 44, charWidth * 120});
    layout->addWidget(m_splitter, 1);

    connect(m_back, &QPushButton::clicked, this, &Citizen360View::backRequested);
    connect(m_survivor, &QPushButton::clicked, this,
            [this] { showCitizen(m_profile->citizen().value(u"merged_into_id").toInteger()); });
    connect(m_newCase, &QPushButton::clicked, this, [this] {
        emit newCaseRequested(m_citizenId, CitizenProfile::fullName(m_profile->citizen()));
    });
    connect(m_logCall, &QPushButton::clicked, this,
            [this] { openContactDialog(LogContactDialog::Mode::Call); });
    connect(m_message, &QPushButton::clicked, this,
            [this] { openContactDialog(LogContactDialog::Mode::Message); });
    retranslate();
    connect(m_kind, &QComboBox::currentIndexChanged, this, &Citizen360View::applyFilter);
}

Citizen360View::~Citizen360View() = default;

void Citizen360View::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
}

bool Citizen360View::showCitizen(qint64 citizenId)
{
    m_citizenId = citizenId;
    m_view->scrollToTop();
    reload();
    m_serverActions->showCitizen(citizenId, CitizenProfile::fullName(m_profile->citizen()));
    return !m_profile->citizen().isEmpty();
}

void Citizen360View::reload()
{
    if (m_citizenId == 0)
        return;
    const bool found = m_profile->showCitizen(m_citizenId);
    // In the interface's direction, whatever the name's letters.
    const QChar mark = layoutDirection() == Qt::RightToLeft ? QChar(0x200F) : QChar(0x200E);
    m_name->setText(found ? mark + CitizenProfile::fullName(m_profile->citizen())
                          : tr("This citizen is not in this computer's copy (yet)."));
    // Nothing more is recorded about an erased citizen (the server refuses it), and a merged
    // one's contacts belong to the record they were merged into: a button leads there.
    const QJsonObject &citizen = m_profile->citizen();
    const bool erased = citizen.value(u"anonymized_at").isDouble();
    const bool merged = citizen.value(u"merged_into_id").isDouble();
    for (QPushButton *action : {m_newCase, m_logCall, m_message}) {
        action->setEnabled(found && !erased && !merged);
        action->setToolTip(erased   ? tr("This citizen's personal data was erased.")
                           : merged ? tr("Merged into another record: act there.")
                                    : QString());
    }
    m_survivor->setVisible(merged);
    if (const auto summary = Cache::citizenSummary(m_cache, m_citizenId, m_now()))
        m_profile->showSummary(*summary);
    // After a sync or an edit the list stays where it was scrolled to.
    const int scrolled = m_view->verticalScrollBar()->value();
    loadTimeline();
    m_view->verticalScrollBar()->setValue(scrolled);
}

void Citizen360View::loadTimeline()
{
    m_model->load(m_citizenId, m_filter);
    updateCount();
}

void Citizen360View::updateCount()
{
    m_count->setText(tr("%Ln item(s)", nullptr, m_model->rowCount()));
}

std::optional<qint64> Citizen360View::typedDay(QLineEdit *edit, bool nextDay,
                                               QString *problem) const
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto date = parseJalaliDate(text);
    if (!date) {
        *problem = describe(date.error());
        return std::nullopt;
    }
    return QDateTime(nextDay ? date->addDays(1) : *date, QTime(0, 0), iranTimeZone())
        .toMSecsSinceEpoch();
}

bool Citizen360View::applyFilter()
{
    CitizenTimelineFilter filter;
    filter.kinds = m_kind->currentData().toUInt();
    QString problem;
    filter.fromMs = typedDay(m_from, false, &problem);
    if (problem.isEmpty())
        filter.toMs = typedDay(m_to, true, &problem);
    if (problem.isEmpty() && filter.fromMs && filter.toMs && *filter.toMs <= *filter.fromMs)
        problem = tr("The first day comes after the last one.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return false;
    if (filter.kinds == m_filter.kinds && filter.fromMs == m_filter.fromMs &&
        filter.toMs == m_filter.toMs)
        return true;
    m_filter = filter;
    if (m_citizenId != 0)
        loadTimeline();
    return true;
}

LogContactDialog *Citizen360View::openContactDialog(LogContactDialog::Mode mode)
{
    auto *dialog = new LogContactDialog(m_cache, m_profile->citizen(), mode, this);
    dialog->setClock(m_now);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        reload();
        emit contactLogged();
    });
    dialog->open();
    return dialog;
}

void Citizen360View::itemActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const auto kind = TimelineKind(index.data(CitizenTimelineModel::KindRole).toInt());
    if (kind == TimelineKind::Mission) {
        emit openMissionRequested(index.data(CitizenTimelineModel::IdRole).toLongLong());
        return;
    }
    if (const qint64 caseId = index.data(CitizenTimelineModel::CaseIdRole).toLongLong())
        emit openCaseRequested(caseId);
}

void Citizen360View::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void Citizen360View::retranslate()
{
    m_back->setText(tr("Back to search"));
    m_survivor->setText(tr("Open the record they were merged into"));
    m_back->setToolTip(tr("Back to the search for a citizen"));
    m_newCase->setText(tr("New case"));
    m_logCall->setText(tr("Log a call"));
    m_message->setText(tr("Send a message"));
    m_message->setToolTip(tr("Messages are queued, not sent, until the notifications feature "
                             "is in place."));
    m_timelineHeading->setText(tr("Timeline"));
    m_kindLabel->setText(tr("Show"));
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    const QString example = formatJalaliDate(QDate(2026, 11, 22), DateStyle::Numeric);
    m_from->setPlaceholderText(example);
    m_to->setPlaceholderText(example);
    m_from->setToolTip(tr("The first day to show, as a Jalali date (for example %1)").arg(example));
    m_to->setToolTip(tr("The last day to show, as a Jalali date (for example %1)").arg(example));
    const QSignalBlocker blocker(m_kind);
    const int current = qMax(0, m_kind->currentIndex());
    m_kind->clear();
    const auto bit = [](TimelineKind kind) { return CitizenTimelineFilter::bit(kind); };
    m_kind->addItem(tr("Everything"), CitizenTimelineFilter::allKinds);
    m_kind->addItem(tr("Cases"), bit(TimelineKind::Case));
    m_kind->addItem(tr("Calls, visits and messages"), bit(TimelineKind::Interaction));
    m_kind->addItem(tr("Missions"), bit(TimelineKind::Mission));
    m_kind->addItem(tr("Surveys"), bit(TimelineKind::Survey));
    m_kind->addItem(tr("Notes"), bit(TimelineKind::Note));
    m_kind->setCurrentIndex(current);
    updateCount();
}

} // namespace Shahrvand::Ui
