#pragma once

#include "knowledgeindex.h"

#include <QJsonObject>
#include <QWidget>

class QLabel;
class QTextDocument;
class QTextBrowser;

namespace Shahrvand::Ui {

// One knowledge article as agents read it: its title, what kind of article it is, its
// status and version, subject, the services it concerns, how many cases it resolved, and
// its body (sanitized HTML, laid out in the article's own direction: Persian right to
// left, English left to right). The editor's preview is this same widget.
class ArticleView final : public QWidget
{
    Q_OBJECT

public:
    explicit ArticleView(QWidget *parent = nullptr);

    // `subject`: the subject's path ("Water › Bills"); `services`: their names;
    // `attachments`: the names of the files attached to it.
    void setArticle(const QJsonObject &row, const QString &subject, const QStringList &services,
                    const QStringList &attachments = {});
    void clear();
    QJsonObject article() const { return m_row; }

    QLabel *titleLabel() const { return m_title; }
    QLabel *factsLabel() const { return m_facts; }
    QTextBrowser *body() const { return m_body; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    QJsonObject m_row;
    QString m_subject;
    QStringList m_services;
    QStringList m_attachments;
    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QLabel *m_extra = nullptr;
    QTextBrowser *m_body = nullptr;
};

// One search result as a list shows it (rich text): the title with the matched words
// marked, kind, status, subject and cases resolved, and the snippet, each in the article's
// own direction.
// `now` (milliseconds since the epoch) tells a scheduled or expired article.
QString articleHitHtml(const Cache::ArticleHit &hit, const QString &subjectName, qint64 now);

// Gives every paragraph of `document` without a direction of its own the article's
// direction (aligned to its start), so a Persian body reads right to left in any interface.
void setArticleDirection(QTextDocument *document, Qt::LayoutDirection direction);

} // namespace Shahrvand::Ui
