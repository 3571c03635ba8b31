#pragma once

#include "knowledgeindex.h"
#include "sectionpage.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class ArticleView;
class KnowledgeSubjects;
class NameBook;

// The knowledge base: search as you type over the cached articles (any spelling, Persian
// and English, offline), narrowed by subject, kind, language and status; results ranked
// with the matched words highlighted; the chosen article read in place; and, for those
// who may, writing articles and moving them through review, approval and publication.
class KnowledgePage final : public SectionPage
{
    Q_OBJECT

public:
    explicit KnowledgePage(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~KnowledgePage() override;

    void reload() override;
    void setSearchText(const QString &text) override;
    bool isSearchable() const override { return true; }
    QWidget *focusTarget() override;

    // Runs the search now (the page waits a moment after each key otherwise).
    void searchNow();
    bool openArticle(qint64 id);
    // Takes a lifecycle action on the open article: an error sentence, or empty.
    QString takeAction(int action);

    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *typeFilter() const { return m_type; }
    QComboBox *languageFilter() const { return m_language; }
    QComboBox *statusFilter() const { return m_status; }
    QTreeWidget *subjectTree() const { return m_subjectTree; }
    QListWidget *results() const { return m_results; }
    ArticleView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *historyButton() const { return m_history; }
    QPushButton *attachButton() const { return m_attach; }
    // Attaches files to the open article (kept in the cache until the next sync sends
    // them): an error sentence naming those that could not be, or empty.
    QString attachFiles(const QStringList &paths);
    QPushButton *actionButton(int action) const { return m_actions.value(action); }
    QLabel *countLabel() const { return m_count; }
    const Cache::ArticleResults &lastResults() const { return m_last; }

protected:
    void retranslate() override;

private:
    Cache::ArticleQuery query() const;
    void showResults(bool append);
    void showArticle(qint64 id);
    void updateActions();
    void newArticle();
    void editArticle();
    void showHistory();

    Cache::LocalCache &m_cache;
    std::unique_ptr<KnowledgeSubjects> m_subjects;
    std::unique_ptr<NameBook> m_names; // the services' names
    Cache::ArticleResults m_last;
    QJsonObject m_open;

    QLineEdit *m_search = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_status = nullptr;
    QPushButton *m_new = nullptr;
    QTreeWidget *m_subjectTree = nullptr;
    QListWidget *m_results = nullptr;
    QLabel *m_count = nullptr;
    QPushButton *m_more = nullptr;
    ArticleView *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_history = nullptr;
    QPushButton *m_attach = nullptr;
    QHash<int, QPushButton *> m_actions;
    QLabel *m_message = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace Shahrvand::Ui
