#include "articlesuggestions.h"

#include "articleview.h"
#include "casecatalog.h"
#include "knowledgesubjects.h"
#include "localcache.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

Q_LOGGING_CATEGORY(lcSuggestions, "shahrvand.ui.articlesuggestions")

namespace {

constexpr int IdRole = Qt::UserRole;

} // namespace

ArticleSuggestions::ArticleSuggestions(Cache::LocalCache &cache, QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_subjects(std::make_unique<KnowledgeSubjects>(cache))
{
    setObjectName(QStringLiteral("articleSuggestions"));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("suggestionSearch"));
    m_search->setClearButtonEnabled(true);
    m_heading = new QLabel(this);
    m_heading->setForegroundRole(QPalette::PlaceholderText);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("suggestedArticles"));
    m_list->setSpacing(2);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A pale selection: the result's rich text (grey facts, marked words) stays readable.
    m_list->setStyleSheet(QStringLiteral("QListWidget::item:selected { background: #dce9f8; }"));
    m_read = new QPushButton(this);
    m_read->setObjectName(QStringLiteral("readArticle"));
    m_used = new QPushButton(this);
    m_used->setObjectName(QStringLiteral("articleUsed"));
    m_resolved = new QPushButton(this);
    m_resolved->setObjectName(QStringLiteral("articleResolved"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();
    connect(m_read, &QPushButton::clicked, this, &ArticleSuggestions::readChosen);
    connect(m_list, &QListWidget::itemActivated, this, &ArticleSuggestions::readChosen);
    auto linkWith = [this](bool resolved) {
        const QString error = link(resolved);
        m_message->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("color: #b3261e;"));
        m_message->setText(error.isEmpty() ? tr("Linked to the case; sent with the next sync.")
                                           : error);
        m_message->show();
    };
    connect(m_used, &QPushButton::clicked, this, [linkWith] { linkWith(false); });
    connect(m_resolved, &QPushButton::clicked, this, [linkWith] { linkWith(true); });
    connect(m_list, &QListWidget::currentRowChanged, this, &ArticleSuggestions::updateButtons);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_read);
    buttons->addWidget(m_used);
    buttons->addWidget(m_resolved);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &ArticleSuggestions::refresh);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    retranslate();
    updateButtons();
}

ArticleSuggestions::~ArticleSuggestions() = default;

void ArticleSuggestions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ArticleSuggestions::retranslate()
{
    m_search->setPlaceholderText(tr("Search the knowledge base for this case"));
    m_read->setText(tr("Read"));
    m_used->setText(tr("Used for this case"));
    m_resolved->setText(tr("This resolved the case"));
    if (!m_case.isEmpty())
        refresh();
}

void ArticleSuggestions::setCase(const QJsonObject &caseRow)
{
    const bool other = caseRow.value(u"id") != m_case.value(u"id");
    m_case = caseRow;
    if (other) {
        m_search->clear();
        m_message->hide();
    }
    m_subjects->reload();
    refresh();
}

void ArticleSuggestions::setDraft(const QJsonObject &draft)
{
    m_case = draft;
    m_used->hide();
    m_resolved->hide();
    m_typing->start();
}

void ArticleSuggestions::refresh()
{
    m_typing->stop();
    m_linked.clear();
    const qint64 caseId = m_case.value(u"id").toInteger();
    if (caseId) {
        const auto links = m_cache.childRows(QStringLiteral("case_articles"),
                                             QStringLiteral("cases"), caseId, 200);
        if (links) {
            for (const QJsonObject &link : *links) {
                const qint64 article = link.value(u"article_id").toInteger();
                m_linked[article] =
                    m_linked.value(article) || link.value(u"resolved_case").toBool();
            }
        }
    }
    // The articles in force now: those scheduled for later or expired are not answers.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QString typed = m_search->text().trimmed();
    if (typed.isEmpty()) {
        const QString caseText = m_case.value(u"subject").toString() + u' ' +
                                 m_case.value(u"description").toString() + u' ' +
                                 m_case.value(u"resolution").toString();
        const auto found = Cache::KnowledgeIndex::suggestForCase(
            m_cache, m_case.value(u"service_id").toInteger(), caseText, 12, now);
        if (!found)
            qCWarning(lcSuggestions) << "suggestions failed:" << found.error().detail;
        m_hits = found.valueOr(QList<Cache::ArticleHit>());
        m_heading->setText(m_hits.isEmpty()
                               ? tr("No published article meets this case's service or words.")
                               : tr("Suggested for this case's service and words"));
    } else {
        Cache::ArticleQuery query;
        query.text = typed;
        query.statuses = {QStringLiteral("published")};
        query.inForceAt = now;
        query.limit = 20;
        const auto found = Cache::KnowledgeIndex::search(m_cache, query);
        if (!found)
            qCWarning(lcSuggestions) << "search failed:" << found.error().detail;
        m_hits = found ? found->hits : QList<Cache::ArticleHit>();
        m_heading->setText(m_hits.isEmpty() ? tr("No published article matches.")
                                            : tr("Published articles matching what you typed"));
    }
    const qint64 chosen =
        m_list->currentItem() ? m_list->currentItem()->data(IdRole).toLongLong() : 0;
    const QSignalBlocker block(m_list);
    m_list->clear();
    for (const Cache::ArticleHit &hit : m_hits) {
        auto *item = new QListWidgetItem(m_list);
        item->setData(IdRole, hit.id);
        QString html =
            articleHitHtml(hit, hit.subjectId ? m_subjects->name(hit.subjectId) : QString(), now);
        if (m_linked.contains(hit.id))
            html += QStringLiteral("<div style=\"color: #1b5e20;\">%1</div>")
                        .arg((m_linked.value(hit.id) ? tr("Resolved this case")
                                                     : tr("Used for this case"))
                                 .toHtmlEscaped());
        auto *label = new QLabel(html, m_list);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(
            QSize(200, label->heightForWidth(qMax(480, m_list->viewport()->width() - 16)) + 4));
        m_list->setItemWidget(item, label);
        if (hit.id == chosen)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ArticleSuggestions::updateButtons()
{
    const QListWidgetItem *item = m_list->currentItem();
    const qint64 article = item ? item->data(IdRole).toLongLong() : 0;
    const bool writable = m_case.value(u"id").toInteger() != 0;
    m_read->setEnabled(article != 0);
    m_used->setEnabled(article != 0 && writable && !m_linked.contains(article));
    m_resolved->setEnabled(article != 0 && writable && !m_linked.value(article));
}

QString ArticleSuggestions::link(bool resolvedCase)
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item || m_case.isEmpty())
        return tr("Choose an article first.");
    const qint64 article = item->data(IdRole).toLongLong();
    const qint64 caseId = m_case.value(u"id").toInteger();
    // One link per article and case: "resolved" upgrades a "used" link.
    if (const auto links = m_cache.childRows(QStringLiteral("case_articles"),
                                             QStringLiteral("cases"), caseId, 200)) {
        for (const QJsonObject &row : *links) {
            if (row.value(u"article_id").toInteger() != article)
                continue;
            if (!resolvedCase || row.value(u"resolved_case").toBool())
                return {};
            const auto updated =
                m_cache.update(QStringLiteral("case_articles"), row.value(u"id").toInteger(),
                               {{QStringLiteral("resolved_case"), true}});
            if (!updated)
                return updated.error().message();
            refresh();
            emit linked();
            return {};
        }
    }
    const auto created = m_cache.create(QStringLiteral("case_articles"),
                                        {{QStringLiteral("case_id"), caseId},
                                         {QStringLiteral("article_id"), article},
                                         {QStringLiteral("resolved_case"), resolvedCase}});
    if (!created) {
        const Cache::CacheError &error = created.error();
        return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
    }
    refresh();
    emit linked();
    return {};
}

void ArticleSuggestions::readChosen()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const auto row =
        m_cache.row(QStringLiteral("knowledge_articles"), item->data(IdRole).toLongLong());
    if (!row || !*row)
        return;
    QDialog reader(this);
    reader.setObjectName(QStringLiteral("articleReader"));
    reader.setWindowTitle((*row)->value(u"title").toString());
    auto *view = new ArticleView(&reader);
    const qint64 subject = (*row)->value(u"subject_id").toInteger();
    view->setArticle(**row, subject ? m_subjects->path(subject) : QString(), {});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &reader);
    connect(buttons, &QDialogButtonBox::rejected, &reader, &QDialog::reject);
    auto *layout = new QVBoxLayout(&reader);
    layout->addWidget(view, 1);
    layout->addWidget(buttons);
    reader.resize(720, 600);
    reader.exec();
}

} // namespace Shahrvand::Ui
