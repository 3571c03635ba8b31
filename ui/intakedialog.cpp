#include "intakedialog.h"

#include "citizensearcher.h"

#include "articlesuggestions.h"

#include "casecatalog.h"
#include "casetext.h"
#include "fieldtext.h"
#include "intakedialog_attachments.h"
#include "jalalidate.h"
#include "localcache.h"
#include "nationalid.h"
#include "phonenumber.h"
#include "routing.h"
#include "searchpicker.h"
#include "trackingcode.h"
#include "vocabulary.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleValidator>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRandomGenerator>
#include <QShortcut>
#include <QStackedWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcIntake, "shahrvand.ui.intake")

namespace Shahrvand::Ui {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
// Open cases of the same service and district from the last days are possible repeats.
constexpr int duplicateDays = 7;

QLabel *heading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

} // namespace

IntakeDialog::IntakeDialog(Cache::LocalCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_catalog(std::make_unique<CaseCatalog>(cache))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
    , m_started(QDateTime::currentDateTimeUtc())
    , m_searcher(new CitizenSearcher(cache, 50, this))
{
    setObjectName(QStringLiteral("intakeDialog"));
    connect(m_searcher, &CitizenSearcher::found, this, &IntakeDialog::showCitizens);
    m_pages = new QStackedWidget(this);
    auto *form = new QWidget(m_pages);

    // ---- the citizen
    m_citizenHeading = heading(form);
    m_search = new QLineEdit(form);
    m_search->setObjectName(QStringLiteral("citizenSearch"));
    m_search->setClearButtonEnabled(true);
    m_results = new QListWidget(form);
    m_results->setObjectName(QStringLiteral("citizenResults"));
    m_results->setMinimumHeight(fontMetrics().height() * 6);
    m_newCitizen = new QCheckBox(form);
    m_newCitizen->setObjectName(QStringLiteral("newCitizen"));
    m_newCitizenForm = new QWidget(form);
    auto *citizenForm = new QFormLayout(m_newCitizenForm);
    citizenForm->setContentsMargins(0, 0, 0, 0);
    m_firstName = new QLineEdit(m_newCitizenForm);
    m_firstName->setObjectName(QStringLiteral("firstName"));
    m_lastName = new QLineEdit(m_newCitizenForm);
    m_lastName->setObjectName(QStringLiteral("lastName"));
    m_nationalId = new QLineEdit(m_newCitizenForm);
    m_nationalId->setObjectName(QStringLiteral("nationalId"));
    m_phone = new QLineEdit(m_newCitizenForm);
    m_phone->setObjectName(QStringLiteral("phone"));
    for (QLineEdit *digits : {m_nationalId, m_phone})
        digits->setLayoutDirection(Qt::LeftToRight);
    const auto caption = [this](QWidget *parent) {
        auto *label = new QLabel(parent);
        m_captions.append(label);
        return label;
    };
    citizenForm->addRow(caption(m_newCitizenForm), m_firstName);
    citizenForm->addRow(caption(m_newCitizenForm), m_lastName);
    citizenForm->addRow(caption(m_newCitizenForm), m_nationalId);
    citizenForm->addRow(caption(m_newCitizenForm), m_phone);
    m_newCitizenForm->setVisible(false);
    auto *citizenColumn = new QVBoxLayout;
    citizenColumn->addWidget(m_citizenHeading);
    citizenColumn->addWidget(m_search);
    citizenColumn->addWidget(m_results);
    citizenColumn->addWidget(m_newCitizen);
    citizenColumn->addWidget(m_newCitizenForm);
    m_duplicatesHeading = heading(form);
    m_duplicates = new QListWidget(form);
    m_duplicates->setObjectName(QStringLiteral("duplicates"));
    m_duplicates->setMinimumHeight(fontMetrics().height() * 5);
    m_link = new QPushButton(form);
    m_link->setObjectName(QStringLiteral("linkDuplicate"));
    m_link->setAutoDefault(false);
    m_link->setEnabled(false);
    citizenColumn->addWidget(m_duplicatesHeading);
    citizenColumn->addWidget(m_duplicates, 1);
    citizenColumn->addWidget(m_link, 0, Qt::AlignLeading);
    m_articlesHeading = heading(form);
    m_articles = new ArticleSuggestions(cache, form);
    m_articles->setObjectName(QStringLiteral("intakeArticles"));
    citizenColumn->addWidget(m_articlesHeading);
    citizenColumn->addWidget(m_articles, 1);

    // ---- the request
    m_requestHeading = heading(form);
    m_service = new SearchPicker(form);
    m_service->setObjectName(QStringLiteral("service"));
    m_service->setVisibleRows(6);
    m_catalog->fillServices(m_service);
    m_service->clearCurrent();
    m_channel = new QComboBox(form);
    m_channel->setObjectName(QStringLiteral("channel"));
    for (const QString &channel : Entities::Vocabulary::channels)
        m_channel->addItem(QString(), channel);
    m_priority = new QComboBox(form);
    m_priority->setObjectName(QStringLiteral("priority"));
    m_priority->addItem(QString(), QString()); // the service's default
    for (const QString &priority : Entities::Vocabulary::priorities)
        m_priority->addItem(QString(), priority);
    m_subject = new QLineEdit(form);
    m_subject->setObjectName(QStringLiteral("subject"));
    m_subject->setMaxLength(300);
    m_description = new QPlainTextEdit(form);
    m_description->setObjectName(QStringLiteral("description"));
    m_description->setTabChangesFocus(true);
    m_description->setMinimumHeight(fontMetrics().height() * 4);
    m_district = new SearchPicker(form);
    m_district->setObjectName(QStringLiteral("district"));
    m_district->setVisibleRows(3);
    m_catalog->fillDistricts(m_district);
    m_district->clearCurrent();
    m_address = new QLineEdit(form);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setMaxLength(1000);
    m_latitude = new QLineEdit(form);
    m_latitude->setObjectName(QStringLiteral("latitude"));
    m_latitude->setValidator(new QDoubleValidator(-90, 90, 7, m_latitude));
    m_longitude = new QLineEdit(form);
    m_longitude->setObjectName(QStringLiteral("longitude"));
    m_longitude->setValidator(new QDoubleValidator(-180, 180, 7, m_longitude));
    for (QLineEdit *number : {m_latitude, m_longitude})
        number->setLayoutDirection(Qt::LeftToRight);
    auto *coordinates = new QHBoxLayout;
    coordinates->addWidget(m_latitude);
    coordinates->addWidget(m_longitude);
    m_callNotes = new QPlainTextEdit(form);
    m_callNotes->setObjectName(QStringLiteral("callNotes"));
    m_callNotes->setTabChangesFocus(true);
    m_callNotes->setMaximumHeight(fontMetrics().height() * 3 + 12);
    m_attachments = new AttachmentPicker(form);
    m_routing = new QLabel(form);
    m_routing->setObjectName(QStringLiteral("routing"));
    m_routing->setWordWrap(true);
    m_routing->setForegroundRole(QPalette::PlaceholderText);
    auto *serviceColumn = new QVBoxLayout;
    serviceColumn->setSpacing(2);
    serviceColumn->addWidget(m_service);
    serviceColumn->addWidget(m_routing);
    auto *request = new QFormLayout;
    request->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    request->addRow(caption(form), serviceColumn);
    auto *channelRow = new QHBoxLayout;
    channelRow->addWidget(m_channel, 1);
    auto *priorityCaption = caption(form);
    channelRow->addWidget(priorityCaption);
    channelRow->addWidget(m_priority, 1);
    request->addRow(caption(form), channelRow);
    request->addRow(caption(form), m_subject);
    request->addRow(caption(form), m_description);
    request->addRow(caption(form), m_district);
    request->addRow(caption(form), m_address);
    request->addRow(caption(form), coordinates);
    request->addRow(caption(form), m_callNotes);
    request->addRow(caption(form), m_attachments);
    auto *requestColumn = new QVBoxLayout;
    requestColumn->addWidget(m_requestHeading);
    requestColumn->addLayout(request, 1);

    m_problem = new QLabel(form);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b01c1c;"));
    m_problem->hide();
    m_save = new QPushButton(form);
    m_save->setObjectName(QStringLiteral("save"));
    // Enter belongs to the fields (search, take the service); Ctrl+Enter saves.
    m_save->setAutoDefault(false);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter),
          QKeySequence(QKeySequence::Save)}) {
        auto *shortcut = new QShortcut(keys, form);
        connect(shortcut, &QShortcut::activated, m_save, &QPushButton::click);
    }
    m_cancel = new QPushButton(form);
    m_cancel->setObjectName(QStringLiteral("cancel"));
    m_cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_cancel);

    auto *columns = new QHBoxLayout;
    columns->addLayout(citizenColumn, 2);
    columns->addSpacing(16);
    columns->addLayout(requestColumn, 3);
    auto *formLayout = new QVBoxLayout(form);
    formLayout->addLayout(columns, 1);
    formLayout->addLayout(buttons);

    // ---- the answer: the tracking code, large
    auto *saved = new QWidget(m_pages);
    m_savedHeading = heading(saved);
    m_savedHeading->setAlignment(Qt::AlignCenter);
    m_tracking = new QLabel(saved);
    m_tracking->setObjectName(QStringLiteral("trackingCode"));
    m_tracking->setAlignment(Qt::AlignCenter);
    m_tracking->setLayoutDirection(Qt::LeftToRight);
    m_tracking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont huge = m_tracking->font();
    huge.setPointSizeF(huge.pointSizeF() * 3.2);
    huge.setBold(true);
    huge.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_tracking->setFont(huge);
    m_savedText = new QLabel(saved);
    m_savedText->setWordWrap(true);
    m_savedText->setAlignment(Qt::AlignCenter);
    m_openCase = new QPushButton(saved);
    m_openCase->setObjectName(QStringLiteral("openCase"));
    m_done = new QPushButton(saved);
    m_done->setObjectName(QStringLiteral("done"));
    auto *savedButtons = new QHBoxLayout;
    savedButtons->addStretch(1);
    savedButtons->addWidget(m_openCase);
    savedButtons->addWidget(m_done);
    savedButtons->addStretch(1);
    auto *savedLayout = new QVBoxLayout(saved);
    savedLayout->addStretch(1);
    savedLayout->addWidget(m_savedHeading);
    savedLayout->addWidget(m_tracking);
    savedLayout->addWidget(m_savedText);
    savedLayout->addSpacing(16);
    savedLayout->addLayout(savedButtons);
    savedLayout->addStretch(1);

    m_pages->addWidget(form);
    m_pages->addWidget(saved);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(200);
    connect(m_searchTimer, &QTimer::timeout, this, &IntakeDialog::searchCitizens);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        searchCitizens();
    });
    connect(m_newCitizen, &QCheckBox::toggled, this, [this](bool on) {
        m_newCitizenForm->setVisible(on);
        m_results->setEnabled(!on);
        if (on) {
            // What was typed in the search fills the form: a national ID, a phone or a name.
            const Cache::CitizenQuery query = Cache::CitizenQuery::read(m_search->text());
            if (query.kind == Cache::CitizenQuery::Kind::NationalId &&
                m_nationalId->text().isEmpty())
                m_nationalId->setText(query.value);
            else if (query.kind == Cache::CitizenQuery::Kind::Phone && m_phone->text().isEmpty())
                m_phone->setText(m_search->text().trimmed());
            else if (query.kind == Cache::CitizenQuery::Kind::Name &&
                     m_firstName->text().isEmpty()) {
                const QStringList words = m_search->text().simplified().split(u' ');
                m_firstName->setText(words.value(0));
                m_lastName->setText(words.mid(1).join(u' '));
            }
            m_firstName->setFocus();
        }
    });
    connect(m_service, &SearchPicker::currentChanged, this, &IntakeDialog::serviceChosen);
    connect(m_results, &QListWidget::currentRowChanged, this, &IntakeDialog::findCitizenCases);
    connect(m_district, &SearchPicker::currentChanged, this, [this] {
        refreshDuplicates();
        updateRouting();
    });
    connect(m_channel, &QComboBox::currentIndexChanged, this, &IntakeDialog::updateRouting);
    connect(m_subject, &QLineEdit::textChanged, this, &IntakeDialog::updateRouting);
    connect(m_description, &QPlainTextEdit::textChanged, this, &IntakeDialog::updateRouting);
    connect(m_priority, &QComboBox::currentIndexChanged, this, &IntakeDialog::updateRouting);
    connect(m_duplicates, &QListWidget::currentItemChanged, this,
            [this] { m_link->setEnabled(m_duplicates->currentItem() != nullptr); });
    connect(m_save, &QPushButton::clicked, this, [this] {
        if (const QString problem = save(); !problem.isEmpty())
            showProblem(problem);
    });
    connect(m_link, &QPushButton::clicked, this, [this] {
        const QListWidgetItem *item = m_duplicates->currentItem();
        if (!item)
            return;
        if (const QString problem = save(item->data(IdRole).toLongLong()); !problem.isEmpty())
            showProblem(problem);
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_openCase, &QPushButton::clicked, this, [this] {
        if (m_savedCase)
            emit openCaseRequested(*m_savedCase);
        accept();
    });

    retranslate();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 38);
    m_search->setFocus();
}

IntakeDialog::~IntakeDialog()
{
    stopCitizenCases();
}

void IntakeDialog::stopCitizenCases()
{
    m_caseFinder.stop();
}

// A case's citizen is sealed: the newest open cases are opened on a thread of their own
// (at most the newest 20,000) and the citizen's are kept.
void IntakeDialog::findCitizenCases()
{
    stopCitizenCases();
    const quint64 generation = ++m_casesGeneration;
    const std::optional<qint64> citizen = chosenCitizen();
    if (!citizen || *citizen <= 0) {
        m_citizenCases.clear();
        refreshDuplicates();
        return;
    }
    QPointer<IntakeDialog> dialog(this);
    Cache::LocalCache *cache = &m_cache;
    const qint64 id = *citizen;
    m_caseFinder.start([cache, id, dialog, generation](const std::atomic<bool> *cancel) {
        auto sibling = cache->openSibling();
        if (!sibling)
            return;
        const QList<QJsonObject> cases =
            Cache::openCasesOfCitizen(**sibling, id, 10, 20'000, cancel);
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            dialog,
            [dialog, cases, generation] {
                if (!dialog || generation != dialog->m_casesGeneration)
                    return;
                dialog->m_citizenCases = cases;
                dialog->refreshDuplicates();
                emit dialog->citizenCasesFound();
            },
            Qt::QueuedConnection);
    });
}

void IntakeDialog::searchCitizens()
{
    m_searcher->search(m_search->text());
}

void IntakeDialog::showCitizens(const QList<Cache::CitizenMatch> &matches)
{
    m_results->clear();
    for (const Cache::CitizenMatch &match : matches) {
        auto *item = new QListWidgetItem(CitizenSearcher::describe(match.citizen), m_results);
        item->setData(IdRole, match.citizen.value(u"id").toInteger());
    }
    if (m_results->count() > 0)
        m_results->setCurrentRow(0);
    else if (!m_search->text().trimmed().isEmpty())
        new QListWidgetItem(tr("No citizen found. Tick \"New citizen\" to add them."), m_results);
    emit citizensFound();
}

void IntakeDialog::chooseCitizen(qint64 citizenId, const QString &text)
{
    m_searcher->cancel(); // an answer on its way was for another search
    m_results->clear();
    auto *item = new QListWidgetItem(text, m_results);
    item->setData(IdRole, citizenId);
    m_results->setCurrentRow(0);
    m_service->setFocus();
}

bool IntakeDialog::hasTyping() const
{
    for (const QLineEdit *edit : {m_search, m_firstName, m_lastName, m_nationalId, m_phone,
                                  m_subject, m_address, m_latitude, m_longitude}) {
        if (!edit->text().trimmed().isEmpty())
            return true;
    }
    return !m_description->toPlainText().trimmed().isEmpty() ||
           !m_callNotes->toPlainText().trimmed().isEmpty() || m_service->current().has_value() ||
           !m_attachments->isEmpty();
}

// Esc or Cancel with a request half typed asks first: a citizen's request is not lost to a
// stray key.
void IntakeDialog::reject()
{
    if (!m_savedCase && hasTyping() && isVisible()) {
        QMessageBox question(QMessageBox::Question, tr("New case"),
                             tr("Discard this request? What you typed is not saved."),
                             QMessageBox::NoButton, this);
        QPushButton *discard = question.addButton(tr("Discard"), QMessageBox::DestructiveRole);
        QPushButton *keep = question.addButton(tr("Keep typing"), QMessageBox::RejectRole);
        question.setDefaultButton(keep);
        question.exec();
        if (question.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}

void IntakeDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void IntakeDialog::retranslate()
{
    setWindowTitle(tr("New case"));
    m_citizenHeading->setText(tr("Citizen"));
    m_search->setPlaceholderText(tr("National ID, phone, tracking code or name…"));
    m_newCitizen->setText(tr("New citizen"));
    m_duplicatesHeading->setText(tr("The citizen's open requests, and open requests like this "
                                    "one (same service and district, last %n day(s))",
                                    nullptr, duplicateDays));
    m_link->setText(tr("Add to the selected request instead"));
    m_articlesHeading->setText(tr("Answers from the knowledge base"));
    m_requestHeading->setText(tr("Request"));
    const QStringList captions{tr("First name"),      tr("Last name"),  tr("National ID"),
                               tr("Mobile or phone"), tr("Service"),    tr("Priority"),
                               tr("Channel"),         tr("Subject"),    tr("Description"),
                               tr("District"),        tr("Address"),    tr("Coordinates"),
                               tr("Call notes"),      tr("Attachments")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions.at(i)->setText(captions.at(i));
    m_service->setPlaceholderText(tr("Type to find the service…"));
    m_district->setPlaceholderText(tr("Type to find the district…"));
    m_latitude->setPlaceholderText(tr("Latitude"));
    m_longitude->setPlaceholderText(tr("Longitude"));
    for (int i = 0; i < m_channel->count(); ++i)
        m_channel->setItemText(i, FieldText::codeText(m_channel->itemData(i).toString()));
    m_priority->setItemText(0, tr("As the service says"));
    for (int i = 1; i < m_priority->count(); ++i)
        m_priority->setItemText(i, FieldText::codeText(m_priority->itemData(i).toString()));
    m_save->setText(tr("Save the case"));
    m_cancel->setText(tr("Cancel"));
    m_openCase->setText(tr("Open the case"));
    m_done->setText(tr("Done"));
}

} // namespace Shahrvand::Ui
