#pragma once

#include <QDialog>
#include <QJsonObject>
#include <QList>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// An article's versions (article_versions, written by the server at each edit and each
// publication), newest first, and what changed: the chosen version against the one before
// it (or the current text against the newest version), word by word, removed words struck
// out and added words marked.
class ArticleHistory final : public QDialog
{
    Q_OBJECT

public:
    ArticleHistory(Cache::LocalCache &cache, const QJsonObject &article, QWidget *parent = nullptr);

    QListWidget *versions() const { return m_list; }
    QTextBrowser *changes() const { return m_diff; }

private:
    void showChanges(int row);

    QJsonObject m_article;
    // The current text first, then the versions newest first.
    QList<QJsonObject> m_texts;
    QListWidget *m_list = nullptr;
    QTextBrowser *m_diff = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Shahrvand::Ui
