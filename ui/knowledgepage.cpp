#include "knowledgepage.h"

#include "articleeditor.h"
#include "articlehistory.h"
#include "articlelifecycle.h"
#include "articleview.h"
#include "casetext.h"
#include "fieldtext.h"
#include "intakedialog_attachments.h"
#include "knowledgesubjects.h"
#include "localcache.h"

#include <QComboBox>
#include <QDateTime>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

Q_LOGGING_CATEGORY(lcKnowledgePage, "shahrvand.ui.knowledgepage")

using Knowledge::ArticleAction;

namespace {

const QString entity = QStringLiteral("knowledge_articles");
constexpr int pageSize = 30;
constexpr int IdRole = Qt::UserRole;

const QList<ArticleAction> allActions{ArticleAction::SubmitForReview, ArticleAction::Approve,
                                      ArticleAction::Publish,         ArticleAction::ReturnToDraft,
                                      ArticleAction::Archive,         ArticleAction::Revise};

} // namespace

KnowledgePage::KnowledgePage(Cache::LocalCache &cache, QWidget *parent)
    : SectionPage(Section::Knowledge, parent)
    , m_cache(cache)
    , m_subjects(std::make_unique<KnowledgeSubjects>(cache))
    , m_names(std::make_unique<NameBook>(cache))
{
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("knowledgeSearch"));
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("knowledgeType"));
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("knowledgeLanguage"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("knowledgeStatus"));
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newArticle"));
    connect(m_new, &QPushButton::clicked, this, &KnowledgePage::newArticle);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 3);
    top->addWidget(m_type, 1);
    top->addWidget(m_language, 1);
    top->addWidget(m_status, 1);
    top->addWidget(m_new);

    m_subjectTree = new QTreeWidget(this);
    m_subjectTree->setObjectName(QStringLiteral("knowledgeSubjects"));
    m_subjectTree->setHeaderHidden(true);
    m_results = new QListWidget(this);
    m_results->setObjectName(QStringLiteral("knowledgeResults"));
    m_results->setSpacing(2);
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    // A pale selection: the result's rich text (grey facts, marked words) stays readable.
    m_results->setStyleSheet(QStringLiteral("QListWidget::item:selected { background: #dce9f8; }"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("knowledgeCount"));
    m_count->setForegroundRole(QPalette::PlaceholderText);
    m_more = new QPushButton(this);
    m_more->setObjectName(QStringLiteral("knowledgeMore"));
    connect(m_more, &QPushButton::clicked, this, [this] { showResults(true); });
    auto *middle = new QWidget(this);
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(m_results, 1);
    auto *footer = new QHBoxLayout;
    footer->addWidget(m_count, 1);
    footer->addWidget(m_more);
    middleLayout->addLayout(footer);

    m_view = new ArticleView(this);
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editArticle"));
    connect(m_edit, &QPushButton::clicked, this, &KnowledgePage::editArticle);
    m_history = new QPushButton(this);
    m_history->setObjectName(QStringLiteral("articleHistory"));
    connect(m_history, &QPushButton::clicked, this, &KnowledgePage::showHistory);
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("attachToArticle"));
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString error = attachFiles(AttachmentPicker::chooseFiles(this));
        m_message->setText(error);
        m_message->setVisible(!error.isEmpty());
    });
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_edit);
    actions->addWidget(m_attach);
    for (const ArticleAction action : allActions) {
        auto *button = new QPushButton(this);
        button->setObjectName(QStringLiteral("articleAction%1").arg(int(action)));
        connect(button, &QPushButton::clicked, this, [this, action] {
            const QString error = takeAction(int(action));
            m_message->setText(error);
            m_message->setVisible(!error.isEmpty());
        });
        m_actions.insert(int(action), button);
        actions->addWidget(button);
    }
    actions->addWidget(m_history);
    actions->addStretch(1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("knowledgeMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(actions);
    rightLayout->addWidget(m_message);
    rightLayout->addWidget(m_view, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("knowledgeSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_subjectTree);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 4);
    splitter->setSizes({180, 420, 560});
    contentLayout()->addLayout(top);
    contentLayout()->addWidget(splitter, 1);

    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &KnowledgePage::searchNow);
    connect(m_search, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &KnowledgePage::searchNow);
    for (QComboBox *filter : {m_type, m_language, m_status})
        connect(filter, &QComboBox::activated, this, &KnowledgePage::searchNow);
    connect(m_subjectTree, &QTreeWidget::currentItemChanged, this, &KnowledgePage::searchNow);
    connect(m_results, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            showArticle(item->data(IdRole).toLongLong());
    });

    retranslate();
    m_subjects->fillTree(m_subjectTree);
    updateActions();
}

KnowledgePage::~KnowledgePage() = default;

QWidget *KnowledgePage::focusTarget()
{
    return m_search;
}

void KnowledgePage::retranslate()
{
    SectionPage::retranslate();
    m_search->setPlaceholderText(tr("Search articles: any spelling, in Persian or English"));
    auto refill = [](QComboBox *box, const QString &all, const QStringList &codes) {
        const QString current = box->currentData().toString();
        box->clear();
        box->addItem(all, QString());
        for (const QString &code : codes)
            box->addItem(FieldText::codeText(code), code);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    refill(m_type, tr("Every kind"),
           {QStringLiteral("faq"), QStringLiteral("instruction"), QStringLiteral("article"),
            QStringLiteral("regulation")});
    {
        const QString current = m_language->currentData().toString();
        m_language->clear();
        m_language->addItem(tr("Both languages"), QString());
        m_language->addItem(tr("Persian"), QStringLiteral("fa"));
        m_language->addItem(tr("English"), QStringLiteral("en"));
        m_language->setCurrentIndex(qMax(0, m_language->findData(current)));
    }
    refill(m_status, tr("Every status"),
           {QStringLiteral("draft"), QStringLiteral("in_review"), QStringLiteral("approved"),
            QStringLiteral("published"), QStringLiteral("archived")});
    m_new->setText(tr("New article…"));
    m_edit->setText(tr("Edit…"));
    m_history->setText(tr("Versions…"));
    m_attach->setText(tr("Attach…"));
    m_attach->setToolTip(tr("Attach forms, photos or documents to the article; they are sent "
                            "with the next sync"));
    const QHash<int, QString> names{{int(ArticleAction::SubmitForReview), tr("Send for review")},
                                    {int(ArticleAction::Approve), tr("Approve")},
                                    {int(ArticleAction::Publish), tr("Publish")},
                                    {int(ArticleAction::ReturnToDraft), tr("Return to the author")},
                                    {int(ArticleAction::Archive), tr("Archive")},
                                    {int(ArticleAction::Revise), tr("Write a new version")}};
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setText(names.value(it.key()));
    m_more->setText(tr("Show more"));
    if (QTreeWidgetItem *all = m_subjectTree->topLevelItem(0))
        all->setText(0, tr("All subjects"));
    showResults(false);
}

void KnowledgePage::reload()
{
    const qint64 subject = m_subjectTree->currentItem()
                               ? m_subjectTree->currentItem()->data(0, IdRole).toLongLong()
                               : 0;
    m_subjects->reload();
    m_names->clear(); // a sync may have renamed services
    {
        const QSignalBlocker block(m_subjectTree);
        m_subjects->fillTree(m_subjectTree);
        for (QTreeWidgetItemIterator it(m_subjectTree); *it; ++it) {
            if ((*it)->data(0, IdRole).toLongLong() == subject)
                m_subjectTree->setCurrentItem(*it);
        }
    }
    const qint64 open = m_open.value(u"id").toInteger();
    showResults(false);
    if (open)
        showArticle(open);
    updateActions();
}

void KnowledgePage::setSearchText(const QString &text)
{
    if (m_search->text() != text)
        m_search->setText(text);
    searchNow();
}

Cache::ArticleQuery KnowledgePage::query() const
{
    Cache::ArticleQuery q;
    q.text = m_search->text();
    q.lastIsPrefix = true;
    if (QTreeWidgetItem *item = m_subjectTree->currentItem()) {
        const qint64 subject = item->data(0, IdRole).toLongLong();
        if (subject)
            q.subjectIds = m_subjects->withDescendants(subject);
    }
    for (auto [box, list] : {std::pair{m_type, &q.types}, std::pair{m_language, &q.languages},
                             std::pair{m_status, &q.statuses}}) {
        if (!box->currentData().toString().isEmpty())
            list->append(box->currentData().toString());
    }
    // Agents see the articles in force; the knowledge team sees them all, marked.
    const auto user = m_cache.user();
    if (!user || !user->hasAnyRole({Access::Role::KnowledgeAuthor, Access::Role::KnowledgeApprover,
                                    Access::Role::Administrator}))
        q.inForceAt = QDateTime::currentMSecsSinceEpoch();
    q.limit = pageSize;
    return q;
}

void KnowledgePage::searchNow()
{
    m_typing->stop();
    showResults(false);
}

void KnowledgePage::showResults(bool append)
{
    Cache::ArticleQuery q = query();
    q.offset = append ? int(m_last.hits.size()) : 0;
    const auto found = Cache::KnowledgeIndex::search(m_cache, q);
    if (!found) {
        qCWarning(lcKnowledgePage) << "search failed:" << found.error().detail;
        m_count->setText(found.error().message());
        return;
    }
    const QSignalBlocker block(m_results);
    if (!append) {
        m_results->clear();
        m_last = {};
    }
    m_last.total = found->total;
    const QLocale locale;
    for (const Cache::ArticleHit &hit : found->hits) {
        m_last.hits.append(hit);
        auto *item = new QListWidgetItem(m_results);
        item->setData(IdRole, hit.id);
        const QString html =
            articleHitHtml(hit, hit.subjectId ? m_subjects->name(hit.subjectId) : QString(),
                           q.inForceAt ? q.inForceAt : QDateTime::currentMSecsSinceEpoch());
        auto *label = new QLabel(html, m_results);
        label->setObjectName(QStringLiteral("knowledgeHit"));
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        item->setSizeHint(
            QSize(200, label->heightForWidth(qMax(400, m_results->viewport()->width() - 16)) + 4));
        m_results->setItemWidget(item, label);
    }
    if (m_last.total == 0) {
        m_count->setText(m_search->text().trimmed().isEmpty()
                             ? tr("No articles here yet.")
                             : tr("No article matches. Try fewer or other words."));
    } else if (found->totalIsAtLeast) {
        m_count->setText(
            tr("%1 of more than %2 articles: add a word to narrow them")
                .arg(locale.toString(m_last.hits.size()), locale.toString(m_last.total)));
    } else {
        m_count->setText(tr("%1 of %Ln article(s)", nullptr, int(m_last.total))
                             .arg(locale.toString(m_last.hits.size())));
    }
    m_more->setVisible(m_last.hits.size() < m_last.total || found->totalIsAtLeast);
    if (append)
        return;
    // The open article stays open while it is among the results; else the first one opens.
    int current = m_results->count() > 0 ? 0 : -1;
    for (int i = 0; i < m_results->count(); ++i) {
        if (m_results->item(i)->data(IdRole).toLongLong() == m_open.value(u"id").toInteger())
            current = i;
    }
    m_results->setCurrentRow(current);
    if (current >= 0) {
        showArticle(m_results->item(current)->data(IdRole).toLongLong());
    } else {
        m_open = {};
        m_view->clear();
        updateActions();
    }
}

bool KnowledgePage::openArticle(qint64 id)
{
    const auto row = m_cache.row(entity, id);
    if (!row || !*row)
        return false;
    showArticle(id);
    return true;
}

void KnowledgePage::showArticle(qint64 id)
{
    const auto row = m_cache.row(entity, id);
    m_message->hide();
    if (!row || !*row) {
        m_open = {};
        m_view->clear();
        updateActions();
        return;
    }
    m_open = **row;
    QStringList services;
    if (const auto links = m_cache.childRows(QStringLiteral("article_services"), entity, id, 100)) {
        for (const QJsonObject &link : *links)
            services << m_names->name(QStringLiteral("services"),
                                      link.value(u"service_id").toInteger());
    }
    services.removeAll(QString());
    QStringList files;
    if (const auto attached = m_cache.childRows(QStringLiteral("attachments"), entity, id, 100)) {
        for (const QJsonObject &file : *attached)
            files << file.value(u"file_name").toString();
    }
    const qint64 subject = m_open.value(u"subject_id").toInteger();
    m_view->setArticle(m_open, subject ? m_subjects->path(subject) : QString(), services, files);
    updateActions();
}

void KnowledgePage::updateActions()
{
    const auto user = m_cache.user();
    const bool author =
        user && user->hasAnyRole({Access::Role::KnowledgeAuthor, Access::Role::KnowledgeApprover,
                                  Access::Role::Administrator});
    m_new->setVisible(author);
    QList<ArticleAction> available;
    bool editable = false;
    if (user && !m_open.isEmpty()) {
        const Knowledge::ArticleFacts facts = Knowledge::ArticleFacts::fromRow(m_open);
        available = Knowledge::availableActions(*user, facts);
        editable = Knowledge::mayEditText(*user, facts);
    }
    m_edit->setVisible(editable);
    m_attach->setVisible(editable);
    for (auto it = m_actions.cbegin(); it != m_actions.cend(); ++it)
        it.value()->setVisible(available.contains(ArticleAction(it.key())));
    m_history->setVisible(!m_open.isEmpty());
}

QString KnowledgePage::takeAction(int action)
{
    if (m_open.isEmpty())
        return tr("Choose an article first.");
    const auto user = m_cache.user();
    const ArticleAction kind = ArticleAction(action);
    if (!user || !Knowledge::availableActions(*user, Knowledge::ArticleFacts::fromRow(m_open))
                      .contains(kind))
        return tr("You may not do this with the article in its present status.");
    const qint64 id = m_open.value(u"id").toInteger();
    const auto updated = m_cache.update(
        entity, id, {{QStringLiteral("status"), Knowledge::statusText(Knowledge::targetOf(kind))}});
    if (!updated) {
        const Cache::CacheError &error = updated.error();
        return error.fieldMessages.isEmpty() ? error.message() : error.fieldMessages.join(u'\n');
    }
    showResults(false);
    showArticle(id);
    return {};
}

QString KnowledgePage::attachFiles(const QStringList &paths)
{
    if (m_open.isEmpty() || paths.isEmpty())
        return {};
    const qint64 id = m_open.value(u"id").toInteger();
    QStringList failed;
    for (const QString &path : paths) {
        const auto attached = m_cache.attachFile(entity, id, path);
        if (!attached) {
            qCWarning(lcKnowledgePage) << "not attached:" << attached.error().detail;
            failed << tr("%1: %2").arg(QFileInfo(path).fileName(), attached.error().message());
        }
    }
    showArticle(id);
    return failed.isEmpty() ? QString()
                            : tr("Not attached:\n%1").arg(failed.join(QLatin1Char('\n')));
}

void KnowledgePage::newArticle()
{
    ArticleEditor editor(m_cache, this);
    editor.startNew();
    if (editor.exec() == QDialog::Accepted) {
        m_open = {};
        reload();
        openArticle(editor.savedId());
    }
}

void KnowledgePage::editArticle()
{
    if (m_open.isEmpty())
        return;
    ArticleEditor editor(m_cache, this);
    if (!editor.editArticle(m_open.value(u"id").toInteger()))
        return;
    if (editor.exec() == QDialog::Accepted)
        reload();
}

void KnowledgePage::showHistory()
{
    if (m_open.isEmpty())
        return;
    ArticleHistory history(m_cache, m_open, this);
    history.exec();
}

} // namespace Shahrvand::Ui
