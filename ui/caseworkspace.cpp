#include "caseworkspace.h"

#include "casecatalog.h"
#include "caseedits.h"
#include "casetext.h"
#include "dwelltime.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"
#include "slaclock.h"
#include "trackingcode.h"

#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScrollArea>
#include <QShortcut>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

using CaseWork::CaseActionKind;

namespace {

// The facts under the header, in reading order: key, then what fills it.
const QStringList factKeys{
    QStringLiteral("service"),       QStringLiteral("team"),       QStringLiteral("owner"),
    QStringLiteral("tier"),          QStringLiteral("channel"),    QStringLiteral("created"),
    QStringLiteral("firstResponse"), QStringLiteral("resolution"), QStringLiteral("location"),
};

QString when(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return CaseWorkspace::tr("Not sent yet");
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(ms.toInteger(), Qt::UTC),
                                DateStyle::Numeric);
}

} // namespace

CaseWorkspace::CaseWorkspace(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_names(std::make_unique<NameBook>(cache))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    m_back = new QPushButton(this);
    m_back->setObjectName(QStringLiteral("backToQueue"));
    connect(m_back, &QPushButton::clicked, this, &CaseWorkspace::backRequested);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    escape->setContext(Qt::WidgetWithChildrenShortcut);
    connect(escape, &QShortcut::activated, this, &CaseWorkspace::backRequested);

    m_tracking = new QLabel(this);
    m_tracking->setObjectName(QStringLiteral("trackingCode"));
    m_tracking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_tracking->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_tracking->setFont(big);
    m_tracking->setLayoutDirection(Qt::LeftToRight); // a code reads left to right
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("caseStatus"));
    m_priority = new QLabel(this);
    m_priority->setObjectName(QStringLiteral("casePriority"));
    for (QLabel *chip : {m_status, m_priority}) {
        chip->setMargin(4);
        chip->setStyleSheet(QStringLiteral("background: palette(alternate-base); "
                                           "border: 1px solid palette(mid); border-radius: 4px;"));
    }
    auto *top = new QHBoxLayout;
    top->addWidget(m_back);
    top->addSpacing(12);
    top->addWidget(m_tracking);
    top->addSpacing(12);
    top->addWidget(m_status);
    top->addWidget(m_priority);
    top->addStretch(1);

    m_facts = new QGridLayout;
    m_facts->setHorizontalSpacing(12);
    for (int i = 0; i < factKeys.size(); ++i) {
        auto *caption = new QLabel(this);
        caption->setForegroundRole(QPalette::PlaceholderText);
        auto *value = new QLabel(this);
        value->setObjectName(QStringLiteral("fact_") + factKeys.at(i));
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_factLabels.insert(factKeys.at(i), caption);
        m_factValues.insert(factKeys.at(i), value);
        const int row = i / 3;
        const int column = (i % 3) * 2;
        m_facts->addWidget(caption, row, column);
        m_facts->addWidget(value, row, column + 1);
    }
    for (int column = 1; column < 6; column += 2)
        m_facts->setColumnStretch(column, 1);

    m_citizenBox = new QGroupBox(this);
    m_citizen = new QLabel(m_citizenBox);
    m_citizen->setObjectName(QStringLiteral("citizenCard"));
    m_citizen->setWordWrap(true);
    m_citizen->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openCitizen = new QPushButton(m_citizenBox);
    m_openCitizen->setObjectName(QStringLiteral("openCitizen"));
    connect(m_openCitizen, &QPushButton::clicked, this, [this] {
        const QJsonValue citizen = m_row.value(u"citizen_id");
        if (citizen.isDouble())
            emit citizenRequested(citizen.toInteger(),
                                  m_names->name(QStringLiteral("citizens"), citizen.toInteger()));
    });
    auto *citizenLayout = new QVBoxLayout(m_citizenBox);
    citizenLayout->addWidget(m_citizen);
    citizenLayout->addWidget(m_openCitizen, 0, Qt::AlignLeading);
    citizenLayout->addStretch(1);

    m_subject = new QLabel(this);
    m_subject->setObjectName(QStringLiteral("subject"));
    QFont bold = m_subject->font();
    bold.setBold(true);
    m_subject->setFont(bold);
    m_subject->setWordWrap(true);
    m_description = new QLabel(this);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setWordWrap(true);
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setAlignment(Qt::AlignLeading | Qt::AlignTop);
    auto *asked = new QVBoxLayout;
    asked->addWidget(m_subject);
    asked->addWidget(m_description, 1);
    auto *middle = new QHBoxLayout;
    middle->addLayout(asked, 2);
    middle->addWidget(m_citizenBox, 1);

    auto *actions = new QHBoxLayout;
    for (const CaseActionKind kind : CaseWork::allCaseActions()) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("action_") + CaseWork::caseActionCode(kind));
        connect(button, &QPushButton::clicked, this, [this, kind] { runAction(kind); });
        m_actions.insert(int(kind), button);
        actions->addWidget(button);
    }
    m_note = new QPushButton(this);
    m_note->setObjectName(QStringLiteral("addNote"));
    connect(m_note, &QPushButton::clicked, this, &CaseWorkspace::addNote);
    m_duplicate = new QPushButton(this);
    m_duplicate->setObjectName(QStringLiteral("markDuplicate"));
    connect(m_duplicate, &QPushButton::clicked, this, &CaseWorkspace::askDuplicate);
    m_refer = new QPushButton(this);
    m_refer->setObjectName(QStringLiteral("refer"));
    connect(m_refer, &QPushButton::clicked, this, &CaseWorkspace::refer);
    actions->addSpacing(12);
    actions->addWidget(m_note);
    actions->addWidget(m_refer);
    actions->addWidget(m_duplicate);
    actions->addStretch(1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("caseMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_timeline = new QTreeWidget(this);
    m_timeline->setObjectName(QStringLiteral("timeline"));
    m_timeline->setColumnCount(4);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setUniformRowHeights(true);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->setWordWrap(false);
    m_timeline->header()->setStretchLastSection(false);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_timeline->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    // Dwell time: how long the case sat with each team, person and status, to the second.
    m_dwell = new QTreeWidget(this);
    m_dwell->setObjectName(QStringLiteral("dwellTime"));
    m_dwell->setColumnCount(2);
    m_dwell->setUniformRowHeights(true);
    m_dwell->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_dwell->header()->setDefaultAlignment(Qt::AlignLeading | Qt::AlignVCenter);

    m_tabs = new QTabWidget(this);
    m_tabs->addTab(m_timeline, QString());
    m_tabs->addTab(m_dwell, QString());

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(m_facts);
    layout->addLayout(middle);
    layout->addLayout(actions);
    layout->addWidget(m_message);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

CaseWorkspace::~CaseWorkspace() = default;

void CaseWorkspace::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    fill();
}

bool CaseWorkspace::open(qint64 caseId)
{
    const auto row = m_cache.row(QStringLiteral("cases"), caseId);
    if (!row || !*row)
        return false;
    m_caseId = caseId;
    m_row = **row;
    m_names->clear();
    m_message->hide();
    fill();
    return true;
}

void CaseWorkspace::reload()
{
    if (m_caseId == 0)
        return;
    // A case created here gets its server id with the next sync: follow it.
    const auto row = m_cache.row(QStringLiteral("cases"), m_caseId);
    if (row && *row)
        m_row = **row;
    m_names->clear();
    m_catalog.reset(); // a sync may have brought new policies, users, services
    fill();
}

QString CaseWorkspace::fact(const QString &entity, const char *field) const
{
    const QJsonValue id = m_row.value(QLatin1String(field));
    return id.isDouble() ? m_names->name(entity, id.toInteger()) : QString();
}

void CaseWorkspace::fill()
{
    if (m_caseId == 0)
        return;
    const QString code = m_row.value(u"tracking_code").toString();
    const auto parsed = TrackingCode::parse(code);
    m_tracking->setText(parsed ? parsed->displayForm() : code);
    m_status->setText(FieldText::displayValue(u"cases", u"status", m_row.value(u"status")));
    const QString priority =
        FieldText::displayValue(u"cases", u"priority", m_row.value(u"priority"));
    m_priority->setText(priority);
    m_priority->setVisible(!priority.isEmpty());

    const auto setFact = [this](const QString &key, const QString &text) {
        m_factValues.value(key)->setText(text.isEmpty() ? QStringLiteral("—") : text);
    };
    setFact(QStringLiteral("service"), fact(QStringLiteral("services"), "service_id"));
    setFact(QStringLiteral("team"), fact(QStringLiteral("org_units"), "team_id"));
    setFact(QStringLiteral("owner"), m_row.value(u"owner_id").isDouble()
                                         ? fact(QStringLiteral("users"), "owner_id")
                                         : tr("Unassigned"));
    const int tier = m_row.value(u"tier").toInt(CaseWork::helpDeskTier);
    setFact(QStringLiteral("tier"), CaseWork::tierDisplayName(tier));
    setFact(QStringLiteral("channel"),
            FieldText::displayValue(u"cases", u"channel", m_row.value(u"channel")));
    setFact(QStringLiteral("created"), when(m_row.value(u"created_at")));
    // Both clocks by the case's own policy and calendar, pauses included: the workflow
    // library the server times cases with, on the cached policies.
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    const QList<QJsonObject> history = m_cache
                                           .childRows(QStringLiteral("case_status_history"),
                                                      QStringLiteral("cases"), m_caseId, 5000)
                                           .valueOr({});
    QList<CaseWork::PauseInterval> closedPauses;
    for (const CaseWork::PauseInterval &pause :
         CaseWork::slaPausesFromHistory(CaseCatalog::historyRows(history))) {
        if (!pause.isOpen())
            closedPauses << pause;
    }
    const auto evaluation = m_catalog->evaluateSla(m_row, closedPauses, m_now());
    const bool estimated = !m_row.value(u"resolution_due_at").isDouble();
    const auto clockFact = [&](const QString &key, CaseWork::SlaClockKind kind,
                               const char *dueField) {
        QLabel *label = m_factValues.value(key);
        QString text;
        QString state;
        if (evaluation) {
            const CaseWork::SlaClockStatus &clock = evaluation->clock(kind);
            text = when(clock.dueAt.toMSecsSinceEpoch());
            state = CaseWork::slaStateCode(clock.state);
            QString detail = CaseWork::slaStateDisplayName(clock.state);
            if (clock.state == CaseWork::SlaState::Fine ||
                clock.state == CaseWork::SlaState::Warning)
                detail =
                    tr("%1 of working time left").arg(CaseText::amount(clock.businessMinutesLeft));
            else if (clock.state == CaseWork::SlaState::Breached && !clock.completedAt.isValid())
                detail = tr("%1 of working time overdue")
                             .arg(CaseText::amount(-clock.businessMinutesLeft));
            text = tr("%1 (%2)").arg(text, detail);
            if (estimated)
                text += u' ' + tr("— estimated here until the server times it");
        } else if (m_row.value(QLatin1String(dueField)).isDouble()) {
            text = when(m_row.value(QLatin1String(dueField)));
        }
        setFact(key, text);
        const QBrush brush = CaseText::foreground(state == u"met" ? QStringLiteral("fine") : state);
        label->setStyleSheet(brush.style() == Qt::NoBrush
                                 ? QString()
                                 : QStringLiteral("color: %1;").arg(brush.color().name()));
    };
    clockFact(QStringLiteral("firstResponse"), CaseWork::SlaClockKind::FirstResponse,
              "first_response_due_at");
    clockFact(QStringLiteral("resolution"), CaseWork::SlaClockKind::Resolution,
              "resolution_due_at");
    QStringList place;
    if (const QString district = fact(QStringLiteral("org_units"), "district_id");
        !district.isEmpty())
        place << district;
    if (const QString address = m_row.value(u"address_text").toString(); !address.isEmpty())
        place << address;
    setFact(QStringLiteral("location"), place.join(QStringLiteral("، ")));

    // The citizen's card: who, and how to reach them (identifiers as this user may see them).
    QStringList card;
    const QJsonValue citizenId = m_row.value(u"citizen_id");
    if (citizenId.isDouble()) {
        const auto citizen = m_cache.row(QStringLiteral("citizens"), citizenId.toInteger());
        if (citizen && *citizen) {
            const QJsonObject &c = **citizen;
            card << QStringLiteral("<b>%1</b>")
                        .arg((c.value(u"first_name").toString() + u' ' +
                              c.value(u"last_name").toString())
                                 .trimmed()
                                 .toHtmlEscaped());
            if (const QString id = c.value(u"national_id").toString(); !id.isEmpty())
                card << tr("National ID: %1").arg(toLocalDigits(id).toHtmlEscaped());
            const auto phones =
                m_cache.childRows(QStringLiteral("citizen_phones"), QStringLiteral("citizens"),
                                  citizenId.toInteger(), 5);
            for (const QJsonObject &phone : phones.valueOr(QList<QJsonObject>()))
                card << tr("Phone: %1")
                            .arg(QStringLiteral("<span dir=\"ltr\">%1</span>")
                                     .arg(toLocalDigits(phone.value(u"e164").toString())
                                              .toHtmlEscaped()));
            if (const QJsonArray tags = c.value(u"tags").toArray(); !tags.isEmpty()) {
                QStringList words;
                for (const QJsonValue &tag : tags)
                    words << FieldText::codeText(tag.toString());
                card << tr("Flags: %1").arg(words.join(QStringLiteral("، ")).toHtmlEscaped());
            }
        } else {
            card << tr("Citizen %1 is not in this computer's copy.")
                        .arg(toLocalDigits(QString::number(citizenId.toInteger())));
        }
    } else {
        card << tr("No citizen recorded (anonymous request).");
    }
    m_citizen->setText(card.join(QStringLiteral("<br>")));
    m_openCitizen->setEnabled(citizenId.isDouble());

    const QString subject = m_row.value(u"subject").toString();
    m_subject->setText(subject);
    m_subject->setVisible(!subject.isEmpty());
    const QString description = m_row.value(u"description").toString();
    m_description->setText(description.isEmpty() ? tr("No description.") : description);
    updateActions();
    fillTimeline();
}

void CaseWorkspace::updateActions()
{
    const auto user = m_cache.user();
    const CaseWork::Actor actor = user ? CaseWork::Actor::fromPrincipal(*user) : CaseWork::Actor{};
    const CaseWork::CaseState state = CaseWork::caseStateFromRow(m_row.toVariantMap());
    const QList<CaseActionKind> allowed = m_workflow.allowedActions(state, actor, m_now());
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setVisible(allowed.contains(CaseActionKind(it.key())));
    m_duplicate->setEnabled(!m_row.value(u"duplicate_of_id").isDouble());
}

void CaseWorkspace::fillTimeline()
{
    struct Item
    {
        qint64 at; // ms; rows not sent yet sort as newest
        QStringList cells;
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
             {when(a.value(u"created_at")), tr("Knowledge article linked"),
              m_names->name(QStringLiteral("knowledge_articles"),
                            a.value(u"article_id").toInteger()),
              a.value(u"linked_by").isDouble()
                  ? m_names->name(QStringLiteral("users"), a.value(u"linked_by").toInteger())
                  : QString()}});
    }
    for (const QJsonObject &f : children(QStringLiteral("attachments"), cases, m_caseId)) {
        items.append(
            {at(f, "created_at"),
             {when(f.value(u"created_at")), tr("Attachment"), f.value(u"file_name").toString(),
              f.value(u"uploaded_by").isDouble()
                  ? m_names->name(QStringLiteral("users"), f.value(u"uploaded_by").toInteger())
                  : QString()}});
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

void CaseWorkspace::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;")
                                   : QStringLiteral("color: #1d6b35;"));
    m_message->show();
}

QString CaseWorkspace::apply(CaseActionDialog::Mode mode, const CaseActionDialog::Answer &answer)
{
    if (mode == CaseActionDialog::Mode::Referral)
        return createReferral(answer);
    if (mode == CaseActionDialog::Mode::Note) {
        QJsonObject note{{QStringLiteral("case_id"), m_caseId},
                         {QStringLiteral("body"), answer.note},
                         {QStringLiteral("internal"), answer.internal}};
        const auto created = m_cache.create(QStringLiteral("case_notes"), note);
        if (!created) {
            const QStringList problems = created.error().fieldMessages;
            return problems.isEmpty() ? created.error().message() : problems.join(u'\n');
        }
        reload();
        showMessage(tr("Note added. It is sent with the next sync."), false);
        emit changed();
        return {};
    }
    if (const QString problem = CaseEdits::apply(m_cache, m_caseId, answer.action, m_now());
        !problem.isEmpty())
        return problem;
    reload();
    showMessage(tr("%1: done. It is sent with the next sync.")
                    .arg(CaseWork::caseActionDisplayName(answer.action.kind)),
                false);
    emit changed();
    return {};
}

void CaseWorkspace::runAction(CaseActionKind kind)
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    const auto submit = [this](const CaseActionDialog::Answer &answer) {
        return apply(CaseActionDialog::Mode::Action, answer);
    };
    if (CaseActionDialog::asksNothing(kind)) {
        CaseActionDialog::Answer answer;
        answer.action.kind = kind;
        if (const QString problem = submit(answer); !problem.isEmpty())
            showMessage(problem, true);
        return;
    }
    const QJsonValue owner = m_row.value(u"owner_id");
    CaseActionDialog dialog(
        kind, *m_catalog,
        owner.isDouble() ? std::optional<qint64>(owner.toInteger()) : std::nullopt, submit, this);
    dialog.exec();
}

// A referral: a child case of the other department's service for the same citizen and
// place, with its own tracking code, and a note on this case naming it.
QString CaseWorkspace::createReferral(const CaseActionDialog::Answer &answer)
{
    if (answer.serviceId == 0)
        return tr("Choose the service of the department the case goes to.");
    const QString code = TrackingCode::generate(*QRandomGenerator::system()).compact();
    QJsonObject child{{QStringLiteral("tracking_code"), code},
                      {QStringLiteral("service_id"), answer.serviceId},
                      {QStringLiteral("channel"), m_row.value(u"channel")},
                      {QStringLiteral("parent_case_id"), m_caseId},
                      {QStringLiteral("description"), answer.note}};
    for (const char *field :
         {"citizen_id", "district_id", "address_text", "latitude", "longitude", "subject"}) {
        const QJsonValue value = m_row.value(QLatin1String(field));
        if (!value.isNull() && !value.isUndefined())
            child.insert(QLatin1String(field), value);
    }
    const auto created = m_cache.create(QStringLiteral("cases"), child);
    if (!created) {
        const QStringList problems = created.error().fieldMessages;
        return problems.isEmpty() ? created.error().message() : problems.join(u'\n');
    }
    const QString printed = TrackingCode::parse(code)->displayForm();
    const QString service = m_names->name(QStringLiteral("services"), answer.serviceId);
    const auto note =
        m_cache.create(QStringLiteral("case_notes"),
                       {{QStringLiteral("case_id"), m_caseId},
                        {QStringLiteral("body"),
                         tr("Referred to %1 as case %2: %3").arg(service, printed, answer.note)},
                        {QStringLiteral("internal"), true}});
    if (!note) // the child case is saved; the note is a courtesy
        qWarning("referral note not written: %s", qPrintable(note.error().detail));
    reload();
    showMessage(
        tr("Referred to %1 as case %2. It is sent with the next sync.").arg(service, printed),
        false);
    emit changed();
    return {};
}

void CaseWorkspace::refer()
{
    if (!m_catalog)
        m_catalog = std::make_unique<CaseCatalog>(m_cache);
    CaseActionDialog dialog(
        *m_catalog,
        [this](const CaseActionDialog::Answer &answer) {
            return apply(CaseActionDialog::Mode::Referral, answer);
        },
        this);
    dialog.exec();
}

void CaseWorkspace::addNote()
{
    CaseActionDialog dialog(
        [this](const CaseActionDialog::Answer &answer) {
            return apply(CaseActionDialog::Mode::Note, answer);
        },
        this);
    dialog.exec();
}

QString CaseWorkspace::markDuplicateOf(const QString &typed)
{
    const auto code = TrackingCode::parse(typed);
    if (!code)
        return TrackingCode::describe(code.error());
    Cache::CaseQueueFilter filter;
    filter.trackingPrefix = code->compact();
    const auto page = m_cache.caseQueuePage(filter, {Cache::CaseQueueColumn::TrackingCode}, 2);
    if (!page)
        return page.error().message();
    qint64 original = 0;
    for (const QJsonObject &row : page->rows) {
        if (row.value(u"tracking_code").toString() == code->compact())
            original = row.value(u"id").toInteger();
    }
    if (original == 0)
        return tr("No case with the tracking code %1 in this computer's copy.")
            .arg(code->displayForm());
    if (original == m_caseId)
        return tr("A case cannot be a duplicate of itself.");
    const auto linked = m_cache.update(QStringLiteral("cases"), m_caseId,
                                       {{QStringLiteral("duplicate_of_id"), original}});
    if (!linked)
        return linked.error().message();
    reload();
    // Resolved as a duplicate where the workflow allows it; otherwise only linked.
    CaseActionDialog::Answer answer;
    answer.action =
        CaseWork::CaseAction::resolve(tr("Duplicate of the request %1.").arg(code->displayForm()));
    if (CaseEdits::allowed(m_cache, m_caseId, CaseActionKind::Resolve, m_now())) {
        if (const QString problem = apply(CaseActionDialog::Mode::Action, answer);
            !problem.isEmpty())
            return problem;
    }
    showMessage(tr("Linked as a duplicate of %1.").arg(code->displayForm()), false);
    emit changed();
    return {};
}

void CaseWorkspace::askDuplicate()
{
    bool ok = false;
    const QString code = QInputDialog::getText(this, tr("Duplicate request"),
                                               tr("Tracking code of the case this one repeats:"),
                                               QLineEdit::Normal, QString(), &ok);
    if (!ok || code.trimmed().isEmpty())
        return;
    if (const QString problem = markDuplicateOf(code); !problem.isEmpty())
        showMessage(problem, true);
}

void CaseWorkspace::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_catalog.reset();
        m_names->clear();
        fill();
    }
    QWidget::changeEvent(event);
}

void CaseWorkspace::retranslate()
{
    m_back->setText(tr("Back to the queue"));
    const QHash<QString, QString> captions{
        {QStringLiteral("service"), tr("Service")},
        {QStringLiteral("team"), tr("Team")},
        {QStringLiteral("owner"), tr("Owner")},
        {QStringLiteral("tier"), tr("Tier")},
        {QStringLiteral("channel"), tr("Channel")},
        {QStringLiteral("created"), tr("Created")},
        {QStringLiteral("firstResponse"), tr("First response due")},
        {QStringLiteral("resolution"), tr("Resolution due")},
        {QStringLiteral("location"), tr("Location")},
    };
    for (auto it = captions.cbegin(); it != captions.cend(); ++it)
        m_factLabels.value(it.key())->setText(it.value());
    m_citizenBox->setTitle(tr("Citizen"));
    m_openCitizen->setText(tr("Open the citizen's profile"));
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(CaseWork::caseActionDisplayName(CaseActionKind(it.key())) +
                            (CaseActionDialog::asksNothing(CaseActionKind(it.key()))
                                 ? QString()
                                 : QStringLiteral("…")));
    m_note->setText(tr("Add note…"));
    m_duplicate->setText(tr("Duplicate of…"));
    m_refer->setText(tr("Refer…"));
    m_refer->setToolTip(tr("Open a child case for another department"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("By")});
    m_dwell->setHeaderLabels({tr("With"), tr("Time (wall clock)")});
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Time spent"));
}

} // namespace Shahrvand::Ui
