#pragma once

#include "knowledgeindex.h"

#include <QJsonObject>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class KnowledgeSubjects;

// The knowledge base beside a case: published articles for the case's service and words,
// or for what the agent types in the box (updating as they type); read one in place, and
// say it was used on the case or resolved it (a case_articles row, sent with the next
// sync; the article's count of resolved cases follows on the server).
class ArticleSuggestions final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleSuggestions(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ArticleSuggestions() override;

    void setCase(const QJsonObject &caseRow);
    // A case being written (the intake): its service and words so far, suggestions a
    // moment after the agent stops typing; nothing to link yet.
    void setDraft(const QJsonObject &draft);
    void refresh();
    // Links the chosen article to the case: an error sentence, or empty.
    QString link(bool resolvedCase);

    QLineEdit *searchEdit() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QPushButton *readButton() const { return m_read; }
    QPushButton *usedButton() const { return m_used; }
    QPushButton *resolvedButton() const { return m_resolved; }
    const QList<Cache::ArticleHit> &hits() const { return m_hits; }

signals:
    void linked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void readChosen();
    void updateButtons();

    Cache::LocalCache &m_cache;
    std::unique_ptr<KnowledgeSubjects> m_subjects;
    QJsonObject m_case;
    QList<Cache::ArticleHit> m_hits;
    QHash<qint64, bool> m_linked; // article -> resolved the case

    QLineEdit *m_search = nullptr;
    QLabel *m_heading = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_read = nullptr;
    QPushButton *m_used = nullptr;
    QPushButton *m_resolved = nullptr;
    QLabel *m_message = nullptr;
    QTimer *m_typing = nullptr;
};

} // namespace Shahrvand::Ui
