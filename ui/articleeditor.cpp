#include "articleeditor.h"

#include "articlehtml.h"
#include "articleview.h"
#include "casecatalog.h"
#include "jalalidate.h"
#include "knowledgesubjects.h"
#include "localcache.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

Q_LOGGING_CATEGORY(lcArticleEditor, "shahrvand.ui.articleeditor")

namespace {

const QString entity = QStringLiteral("knowledge_articles");

// A new article's body, in the article's own language (not the interface's): the parts
// its kind of article has.
QString templateBody(const QString &type, const QString &language)
{
    const bool fa = language != u"en";
    if (type == u"faq")
        return fa ? QStringLiteral("<h3>پرسش</h3><p></p><h3>پاسخ</h3><p></p>")
                  : QStringLiteral("<h3>Question</h3><p></p><h3>Answer</h3><p></p>");
    if (type == u"instruction")
        // (An empty list item would not survive the editor: each step has a word.)
        return fa ? QStringLiteral(
                        "<h3>پیش از شروع</h3><p></p><h3>گام‌ها</h3><ol><li>گام "
                        "نخست</li>"
                        "<li>گام دوم</li><li>گام سوم</li></ol>")
                  : QStringLiteral("<h3>Before you start</h3><p></p><h3>Steps</h3><ol><li>First "
                                   "step</li><li>Second step</li><li>Third step</li></ol>");
    if (type == u"regulation")
        return fa ? QStringLiteral("<h3>متن</h3><p></p><h3>دامنهٔ اجرا</h3><p></p>")
                  : QStringLiteral("<h3>Text</h3><p></p><h3>Scope</h3><p></p>");
    return fa ? QStringLiteral("<h3>خلاصه</h3><p></p><h3>شرح</h3><p></p>")
              : QStringLiteral("<h3>Summary</h3><p></p><h3>Details</h3><p></p>");
}

QString problemsOf(const Cache::CacheError &error)
{
    return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
}

// The Iranian calendar day of an instant, and back: an article is valid until the end of
// its last day in Iran.
QDate iranDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(iranTimeZone()).date();
}

qint64 startOfIranDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), iranTimeZone()).toMSecsSinceEpoch();
}

qint64 endOfIranDay(QDate day)
{
    return startOfIranDay(day.addDays(1));
}

} // namespace

ArticleEditor::ArticleEditor(Cache::LocalCache &cache, QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_subjects(std::make_unique<KnowledgeSubjects>(cache))
{
    setObjectName(QStringLiteral("articleEditor"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("articleType"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("articleTitleEdit"));
    m_title->setMaxLength(300);
    m_subject = new QComboBox(this);
    m_subject->setObjectName(QStringLiteral("articleSubject"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("articleLanguage"));
    m_visibility = new QComboBox(this);
    m_visibility->setObjectName(QStringLiteral("articleVisibility"));
    m_keywords = new QLineEdit(this);
    m_keywords->setObjectName(QStringLiteral("articleKeywords"));
    m_keywords->setMaxLength(1000);
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("articleReference"));
    m_reference->setMaxLength(100);
    m_effective = new QLineEdit(this);
    m_effective->setObjectName(QStringLiteral("articleEffective"));
    m_publish = new QLineEdit(this);
    m_publish->setObjectName(QStringLiteral("articlePublish"));
    m_expires = new QLineEdit(this);
    m_expires->setObjectName(QStringLiteral("articleExpires"));
    m_services = new QListWidget(this);
    m_services->setObjectName(QStringLiteral("articleServices"));
    m_services->setMaximumHeight(110);

    m_form = new QFormLayout;
    auto *languageRow = new QHBoxLayout;
    languageRow->addWidget(m_language, 1);
    languageRow->addWidget(m_visibility, 1);
    auto *languageHolder = new QWidget(this);
    languageHolder->setLayout(languageRow);
    languageRow->setContentsMargins(0, 0, 0, 0);
    for (QWidget *field : {static_cast<QWidget *>(m_type), static_cast<QWidget *>(m_title),
                           static_cast<QWidget *>(m_subject), languageHolder,
                           static_cast<QWidget *>(m_keywords), static_cast<QWidget *>(m_reference),
                           static_cast<QWidget *>(m_effective), static_cast<QWidget *>(m_publish),
                           static_cast<QWidget *>(m_expires), static_cast<QWidget *>(m_services)}) {
        auto *caption = new QLabel(this);
        caption->setBuddy(field == languageHolder ? m_language : field);
        m_captions.insert(field == languageHolder ? m_language : field, caption);
        m_form->addRow(caption, field);
    }

    m_body = new QTextEdit(this);
    m_body->setObjectName(QStringLiteral("articleBodyEdit"));
    m_body->setAcceptRichText(true);
    auto *tools = new QToolBar(this);
    tools->setObjectName(QStringLiteral("articleTools"));
    auto tool = [&](const char *name, auto handler) {
        auto *action = tools->addAction(QString());
        action->setObjectName(QLatin1String(name));
        connect(action, &QAction::triggered, this, handler);
        m_tools.append(action);
        return action;
    };
    tool("bold", [this] {
        const bool bold = m_body->fontWeight() < QFont::Bold;
        formatSelection(
            [bold](QTextCharFormat &f) { f.setFontWeight(bold ? QFont::Bold : QFont::Normal); });
    })->setShortcut(QKeySequence::Bold);
    tool("italic", [this] {
        const bool italic = !m_body->fontItalic();
        formatSelection([italic](QTextCharFormat &f) { f.setFontItalic(italic); });
    })->setShortcut(QKeySequence::Italic);
    tool("underline", [this] {
        const bool underline = !m_body->fontUnderline();
        formatSelection([underline](QTextCharFormat &f) { f.setFontUnderline(underline); });
    })->setShortcut(QKeySequence::Underline);
    tools->addSeparator();
    tool("heading", [this] { makeHeading(); });
    tool("bulleted", [this] { makeList(QTextListFormat::ListDisc); });
    tool("numbered", [this] { makeList(QTextListFormat::ListDecimal); });
    tools->addSeparator();
    tool("rightToLeft", [this] { setDirection(Qt::RightToLeft); });
    tool("leftToRight", [this] { setDirection(Qt::LeftToRight); });
    auto *write = new QWidget(this);
    auto *writeLayout = new QVBoxLayout(write);
    writeLayout->setContentsMargins(0, 0, 0, 0);
    writeLayout->addWidget(tools);
    writeLayout->addWidget(m_body, 1);
    m_preview = new ArticleView(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("articleTabs"));
    m_tabs->addTab(write, QString());
    m_tabs->addTab(m_preview, QString());
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1)
            updatePreview();
    });

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("articleError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ArticleEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArticleEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 760);

    retranslate();
    m_subjects->fillCombo(m_subject);
    fillServices();
    connect(m_type, &QComboBox::currentIndexChanged, this, &ArticleEditor::typeChanged);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] { languageChanged(true); });
    startNew();
}

ArticleEditor::~ArticleEditor() = default;

void ArticleEditor::retranslate()
{
    setWindowTitle(m_row.isEmpty() ? (m_proposedStatus.isEmpty() ? tr("New knowledge article")
                                                                 : tr("Propose an article"))
                                   : tr("Edit knowledge article"));
    const QString type = m_type->currentData().toString();
    const QString language = m_language->currentData().toString();
    const QString visibility = m_visibility->currentData().toString();
    {
        const QSignalBlocker block(m_type);
        m_type->clear();
        m_type->addItem(tr("FAQ: a question and its answer"), QStringLiteral("faq"));
        m_type->addItem(tr("Instruction: numbered steps"), QStringLiteral("instruction"));
        m_type->addItem(tr("Article"), QStringLiteral("article"));
        m_type->addItem(tr("Regulation: reference number and date in force"),
                        QStringLiteral("regulation"));
        m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    }
    {
        const QSignalBlocker block(m_language);
        m_language->clear();
        m_language->addItem(tr("In Persian"), QStringLiteral("fa"));
        m_language->addItem(tr("In English"), QStringLiteral("en"));
        m_language->setCurrentIndex(qMax(0, m_language->findData(language)));
    }
    m_visibility->clear();
    m_visibility->addItem(tr("Internal: staff only"), QStringLiteral("internal"));
    m_visibility->addItem(tr("Public: may be shown to citizens"), QStringLiteral("public"));
    m_visibility->setCurrentIndex(qMax(0, m_visibility->findData(visibility)));

    auto label = [this](QWidget *field, const QString &text) {
        m_captions.value(field)->setText(text);
    };
    label(m_type, tr("Template"));
    label(m_title, tr("Title"));
    label(m_subject, tr("Subject"));
    label(m_language, tr("Language"));
    label(m_keywords, tr("Keywords"));
    label(m_reference, tr("Reference number"));
    label(m_effective, tr("In force from"));
    label(m_publish, tr("Agents see it from"));
    label(m_expires, tr("Valid until"));
    label(m_services, tr("Services it concerns"));
    m_title->setPlaceholderText(tr("What an agent would search for"));
    m_keywords->setPlaceholderText(tr("Other words people use for this, separated by commas"));
    const QString dateHint = tr("A date such as %1, or empty")
                                 .arg(formatJalaliDate(QDate(2026, 3, 21), DateStyle::Numeric));
    m_effective->setPlaceholderText(dateHint);
    m_publish->setPlaceholderText(tr("Empty: as soon as it is published"));
    m_expires->setPlaceholderText(dateHint);
    m_tabs->setTabText(0, tr("Write"));
    m_tabs->setTabText(1, tr("Preview"));
    const QStringList toolNames{tr("Bold"),          tr("Italic"),        tr("Underline"),
                                tr("Heading"),       tr("Bulleted list"), tr("Numbered list"),
                                tr("Right to left"), tr("Left to right")};
    for (int i = 0; i < m_tools.size() && i < toolNames.size(); ++i) {
        m_tools.at(i)->setText(toolNames.at(i));
        m_tools.at(i)->setToolTip(toolNames.at(i));
    }
}

void ArticleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void ArticleEditor::fillServices()
{
    m_services->clear();
    const CaseCatalog catalog(m_cache);
    for (const QJsonObject &service : catalog.services()) {
        auto *item = new QListWidgetItem(CaseCatalog::nameOf(service), m_services);
        item->setData(Qt::UserRole, service.value(u"id").toInteger());
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
}

void ArticleEditor::startNew()
{
    m_row = {};
    m_proposedStatus.clear();
    m_savedId = 0;
    m_title->clear();
    m_keywords->clear();
    m_reference->clear();
    m_effective->clear();
    m_publish->clear();
    m_expires->clear();
    m_subject->setCurrentIndex(0);
    m_language->setCurrentIndex(0);
    m_visibility->setCurrentIndex(0);
    for (int i = 0; i < m_services->count(); ++i)
        m_services->item(i)->setCheckState(Qt::Unchecked);
    m_form->setRowVisible(m_services, true);
    m_template.clear();
    m_body->clear();
    m_type->setCurrentIndex(0);
    typeChanged();
    languageChanged();
    m_error->hide();
    retranslate();
}

bool ArticleEditor::editArticle(qint64 id)
{
    const auto row = m_cache.row(entity, id);
    if (!row || !*row)
        return false;
    startNew();
    m_row = **row;
    const QSignalBlocker typeBlock(m_type);
    const QSignalBlocker languageBlock(m_language);
    m_type->setCurrentIndex(qMax(0, m_type->findData(m_row.value(u"article_type").toString())));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_row.value(u"language").toString())));
    m_visibility->setCurrentIndex(
        qMax(0, m_visibility->findData(m_row.value(u"visibility").toString())));
    m_title->setText(m_row.value(u"title").toString());
    m_keywords->setText(m_row.value(u"keywords").toString());
    m_subject->setCurrentIndex(
        qMax(0, m_subject->findData(m_row.value(u"subject_id").toInteger())));
    m_reference->setText(m_row.value(u"reference_number").toString());
    const QDate effective =
        QDate::fromString(m_row.value(u"effective_date").toString(), Qt::ISODate);
    m_effective->setText(formatJalaliDate(effective, DateStyle::Numeric));
    if (m_row.value(u"publish_at").isDouble())
        m_publish->setText(
            formatJalaliDate(iranDay(m_row.value(u"publish_at").toInteger()), DateStyle::Numeric));
    if (m_row.value(u"expires_at").isDouble())
        m_expires->setText(formatJalaliDate(iranDay(m_row.value(u"expires_at").toInteger() - 1),
                                            DateStyle::Numeric));
    const auto links = m_cache.childRows(QStringLiteral("article_services"), entity, id, 1000);
    if (links) {
        for (const QJsonObject &link : *links) {
            for (int i = 0; i < m_services->count(); ++i) {
                if (m_services->item(i)->data(Qt::UserRole).toLongLong() ==
                    link.value(u"service_id").toInteger())
                    m_services->item(i)->setCheckState(Qt::Checked);
            }
        }
    }
    m_body->setHtml(Knowledge::sanitizeArticleHtml(m_row.value(u"body").toString()));
    m_template.clear();
    typeChanged();
    languageChanged();
    retranslate();
    return true;
}

void ArticleEditor::proposeFrom(const QJsonObject &caseRow)
{
    startNew();
    m_proposedStatus = QStringLiteral("in_review");
    m_type->setCurrentIndex(m_type->findData(QStringLiteral("faq")));
    m_title->setText(caseRow.value(u"subject").toString());
    // The answer the agent gave; the citizen's own words (the description) may name people
    // or addresses, so they are not copied: the agent writes the question in general terms.
    const QString answer = caseRow.value(u"resolution").toString().toHtmlEscaped();
    const bool en = m_language->currentData().toString() == u"en";
    m_body->setHtml(en ? QStringLiteral("<h3>Question</h3><p>%1</p><h3>Answer</h3><p>%2</p>")
                             .arg(caseRow.value(u"subject").toString().toHtmlEscaped(), answer)
                       : QStringLiteral("<h3>پرسش</h3><p>%1</p><h3>پاسخ</h3><p>%2</p>")
                             .arg(caseRow.value(u"subject").toString().toHtmlEscaped(), answer));
    m_template.clear();
    // Which services an article concerns is the knowledge editors' call: an agent's
    // proposal leaves it to the approver.
    const auto user = m_cache.user();
    const bool editor =
        user && user->hasAnyRole({Access::Role::KnowledgeAuthor, Access::Role::KnowledgeApprover,
                                  Access::Role::Administrator});
    m_form->setRowVisible(m_services, editor);
    const qint64 service = editor ? caseRow.value(u"service_id").toInteger() : 0;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->data(Qt::UserRole).toLongLong() == service)
            m_services->item(i)->setCheckState(Qt::Checked);
    }
    languageChanged();
    retranslate();
}

void ArticleEditor::typeChanged()
{
    const QString type = m_type->currentData().toString();
    const bool regulation = type == u"regulation";
    m_form->setRowVisible(m_reference, regulation);
    m_form->setRowVisible(m_effective, regulation);
    // A body still as a template left it follows the template chosen.
    const QString now = m_body->toPlainText().trimmed();
    if (now.isEmpty() || (!m_template.isEmpty() && bodyHtml() == m_template)) {
        m_body->setHtml(templateBody(type, m_language->currentData().toString()));
        m_template = bodyHtml();
    }
}

void ArticleEditor::languageChanged(bool flipAll)
{
    const bool en = m_language->currentData().toString() == u"en";
    if (!m_template.isEmpty() && bodyHtml() == m_template) {
        m_body->setHtml(templateBody(m_type->currentData().toString(),
                                     en ? QStringLiteral("en") : QStringLiteral("fa")));
        m_template = bodyHtml();
    }
    const Qt::LayoutDirection direction = en ? Qt::LeftToRight : Qt::RightToLeft;
    m_title->setLayoutDirection(direction);
    m_keywords->setLayoutDirection(direction);
    m_body->setLayoutDirection(direction);
    if (flipAll) {
        // The author chose the other language: the paragraphs follow it.
        QTextCursor cursor(m_body->document());
        cursor.select(QTextCursor::Document);
        QTextBlockFormat format;
        format.setLayoutDirection(direction);
        cursor.mergeBlockFormat(format);
    }
    setArticleDirection(m_body->document(), direction);
}

QString ArticleEditor::bodyHtml() const
{
    return Knowledge::sanitizeArticleHtml(m_body->toHtml());
}

void ArticleEditor::updatePreview()
{
    QJsonObject row = m_row;
    QString ignored;
    const QJsonObject fields = currentFields(&ignored);
    for (auto it = fields.begin(); it != fields.end(); ++it)
        row.insert(it.key(), it.value());
    if (!m_proposedStatus.isEmpty() && !row.contains(u"status"))
        row.insert(QStringLiteral("status"), m_proposedStatus);
    if (!row.contains(u"status"))
        row.insert(QStringLiteral("status"), QStringLiteral("draft"));
    QStringList services;
    for (int i = 0; i < m_services->count(); ++i) {
        if (m_services->item(i)->checkState() == Qt::Checked)
            services << m_services->item(i)->text();
    }
    const qint64 subject = m_subject->currentData().toLongLong();
    m_preview->setArticle(row, subject ? m_subjects->path(subject) : QString(), services);
}

QJsonObject ArticleEditor::currentFields(QString *error) const
{
    QStringList problems;
    QJsonObject fields;
    const QString type = m_type->currentData().toString();
    fields.insert(QStringLiteral("article_type"), type);
    const QString title = m_title->text().simplified();
    if (title.isEmpty())
        problems << tr("Give the article a title: the words an agent would search for.");
    fields.insert(QStringLiteral("title"), title);
    const qint64 subject = m_subject->currentData().toLongLong();
    fields.insert(QStringLiteral("subject_id"), subject ? QJsonValue(subject) : QJsonValue());
    fields.insert(QStringLiteral("language"), m_language->currentData().toString());
    fields.insert(QStringLiteral("visibility"), m_visibility->currentData().toString());
    fields.insert(QStringLiteral("keywords"), m_keywords->text().simplified());
    const QString body = bodyHtml();
    if (Knowledge::articlePlainText(body).trimmed().isEmpty() ||
        (!m_template.isEmpty() && body == m_template))
        problems << tr("Write the article's text.");
    fields.insert(QStringLiteral("body"), body);

    const QString reference = m_reference->text().trimmed();
    QJsonValue effective;
    if (type == u"regulation") {
        if (reference.isEmpty())
            problems << tr("A regulation needs its reference number.");
        if (!m_effective->text().trimmed().isEmpty()) {
            const auto date = parseJalaliDate(m_effective->text());
            if (date)
                effective = date->toString(Qt::ISODate);
            else
                problems << tr("In force from: %1").arg(describe(date.error()));
        }
    }
    fields.insert(QStringLiteral("reference_number"), type == u"regulation" && !reference.isEmpty()
                                                          ? QJsonValue(reference)
                                                          : QJsonValue());
    fields.insert(QStringLiteral("effective_date"), effective);
    QJsonValue publish;
    if (!m_publish->text().trimmed().isEmpty()) {
        const auto date = parseJalaliDate(m_publish->text());
        if (date)
            publish = startOfIranDay(*date);
        else
            problems << tr("Agents see it from: %1").arg(describe(date.error()));
    }
    fields.insert(QStringLiteral("publish_at"), publish);
    QJsonValue expires;
    if (!m_expires->text().trimmed().isEmpty()) {
        const auto date = parseJalaliDate(m_expires->text());
        if (date)
            expires = endOfIranDay(*date);
        else
            problems << tr("Valid until: %1").arg(describe(date.error()));
    }
    if (publish.isDouble() && expires.isDouble() && expires.toInteger() <= publish.toInteger())
        problems << tr("The article cannot stop being valid before agents see it: make \"Valid "
                       "until\" later than \"Agents see it from\".");
    fields.insert(QStringLiteral("expires_at"), expires);
    if (error)
        *error = problems.join(u'\n');
    return fields;
}

QString ArticleEditor::save()
{
    QString error;
    QJsonObject fields = currentFields(&error);
    if (!error.isEmpty())
        return error;
    qint64 id = m_row.value(u"id").toInteger();
    if (m_row.isEmpty()) {
        if (!m_proposedStatus.isEmpty())
            fields.insert(QStringLiteral("status"), m_proposedStatus);
        const auto created = m_cache.create(entity, fields);
        if (!created)
            return problemsOf(created.error());
        id = *created;
    } else {
        // Only what changed: an unchanged field is no edit, and does not meet another
        // user's change to it.
        QJsonObject changed;
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            const QJsonValue before = m_row.value(it.key());
            const bool same =
                before == it.value() || (before.isUndefined() && it.value().isNull()) ||
                (before.isNull() && it.value().isString() && it.value().toString().isEmpty());
            if (!same)
                changed.insert(it.key(), it.value());
        }
        if (!changed.isEmpty()) {
            const auto updated = m_cache.update(entity, id, changed);
            if (!updated)
                return problemsOf(updated.error());
        }
    }
    m_savedId = id;
    if (const QString services = saveServices(id); !services.isEmpty())
        return services;
    m_row = m_cache.row(entity, id).valueOr(std::nullopt).value_or(QJsonObject());
    return {};
}

QString ArticleEditor::saveServices(qint64 articleId)
{
    if (!m_form->isRowVisible(m_services))
        return {};
    QHash<qint64, qint64> linked; // service -> link row
    if (articleId > 0 || !m_row.isEmpty()) {
        const auto links =
            m_cache.childRows(QStringLiteral("article_services"), entity, articleId, 1000);
        if (links) {
            for (const QJsonObject &link : *links)
                linked.insert(link.value(u"service_id").toInteger(), link.value(u"id").toInteger());
        }
    }
    for (int i = 0; i < m_services->count(); ++i) {
        const qint64 service = m_services->item(i)->data(Qt::UserRole).toLongLong();
        const bool wanted = m_services->item(i)->checkState() == Qt::Checked;
        if (wanted && !linked.contains(service)) {
            const auto created = m_cache.create(QStringLiteral("article_services"),
                                                {{QStringLiteral("article_id"), articleId},
                                                 {QStringLiteral("service_id"), service}});
            if (!created)
                return problemsOf(created.error());
        } else if (!wanted && linked.contains(service)) {
            const auto removed =
                m_cache.remove(QStringLiteral("article_services"), linked.value(service));
            if (!removed)
                return problemsOf(removed.error());
        }
    }
    return {};
}

void ArticleEditor::accept()
{
    const QString error = save();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace Shahrvand::Ui
