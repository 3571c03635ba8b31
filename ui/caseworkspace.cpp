#include "caseworkspace.h"

#include "articleeditor.h"
#include "articlelifecycle.h"
#include "articlesuggestions.h"
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
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

using CaseWork::CaseActionKind;

namespace {

// The facts under the header, in reading order: key, then what fills it.
const QStringList factKeys{
    QStringLiteral("service"),       QStringLiteral("team"),       QStringLiteral("owner"),
    QStringLiteral("tier"),          QStringLiteral("channel"),    QStringLiteral("created"),
    QStringLiteral("firstResponse"), QStringLiteral("resolution"), QStringLiteral("location"),
};

} // namespace

QString CaseWorkspace::when(const QJsonValue &ms)
{
    if (!ms.isDouble())
        return CaseWorkspace::tr("Not sent yet");
    return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(ms.toInteger(), Qt::UTC),
                                DateStyle::Numeric);
}

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
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachFiles"));
    connect(m_attach, &QPushButton::clicked, this, &CaseWorkspace::chooseAndAttach);
    m_duplicate = new QPushButton(this);
    m_duplicate->setObjectName(QStringLiteral("markDuplicate"));
    connect(m_duplicate, &QPushButton::clicked, this, &CaseWorkspace::askDuplicate);
    m_refer = new QPushButton(this);
    m_refer->setObjectName(QStringLiteral("refer"));
    connect(m_refer, &QPushButton::clicked, this, &CaseWorkspace::refer);
    m_propose = new QPushButton(this);
    m_propose->setObjectName(QStringLiteral("proposeArticle"));
    connect(m_propose, &QPushButton::clicked, this, &CaseWorkspace::proposeArticle);
    actions->addSpacing(12);
    actions->addWidget(m_note);
    actions->addWidget(m_attach);
    actions->addWidget(m_refer);
    actions->addWidget(m_duplicate);
    actions->addWidget(m_propose);
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
    connect(m_timeline, &QTreeWidget::itemActivated, this,
            [this](QTreeWidgetItem *item) { openAttachment(item); });

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
    // The knowledge base beside the case: what answered such requests before.
    m_articles = new ArticleSuggestions(cache, this);
    m_articles->setContentsMargins(8, 8, 8, 8);
    connect(m_articles, &ArticleSuggestions::linked, this, [this] {
        fillTimeline();
        emit changed();
    });
    m_tabs->addTab(m_articles, QString());

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
    m_articles->setCase(m_row);
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
    // A resolved case's answer may become an article for everyone (it enters review).
    const QString status = m_row.value(u"status").toString();
    m_propose->setVisible(user && Knowledge::mayPropose(*user) &&
                          (status == u"resolved" || status == u"closed") &&
                          !m_row.value(u"resolution").toString().trimmed().isEmpty());
}

void CaseWorkspace::proposeArticle()
{
    ArticleEditor editor(m_cache, this);
    editor.proposeFrom(m_row);
    if (editor.exec() == QDialog::Accepted)
        showMessage(tr("Your article was saved for review; a knowledge approver will see it "
                       "after the next sync."),
                    false);
}

void CaseWorkspace::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b01c1c;")
                                   : QStringLiteral("color: #1d6b35;"));
    m_message->show();
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
    m_attach->setText(tr("Attach…"));
    m_attach->setToolTip(tr("Attach photos, PDF documents or text files; they are sent with "
                            "the next sync"));
    m_duplicate->setText(tr("Duplicate of…"));
    m_refer->setText(tr("Refer…"));
    m_refer->setToolTip(tr("Open a child case for another department"));
    m_timeline->setHeaderLabels({tr("When"), tr("What"), tr("Details"), tr("By")});
    m_dwell->setHeaderLabels({tr("With"), tr("Time (wall clock)")});
    m_tabs->setTabText(0, tr("Timeline"));
    m_tabs->setTabText(1, tr("Time spent"));
    m_tabs->setTabText(2, tr("Knowledge"));
    m_propose->setText(tr("Propose an article…"));
    m_propose->setToolTip(tr("Turn the answer given here into a knowledge article for review"));
}

} // namespace Shahrvand::Ui
