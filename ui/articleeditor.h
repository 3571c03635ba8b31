#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

#include <functional>
#include <memory>

class QAction;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QTabWidget;
class QTextCharFormat;
class QTextEdit;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class ArticleView;
class KnowledgeSubjects;

// Writes a knowledge article: its template (FAQ, instruction, article, regulation), title,
// subject, language, keywords, visibility, the services it concerns, validity dates, and a
// body edited right to left (or left to right for English) with headings, lists and
// emphasis. The Preview tab shows it exactly as agents will. What is saved is the sanitized
// HTML the server stores too, written to the cache as a local edit (sent with the next
// sync). A proposal from a resolved case is saved for review.
class ArticleEditor final : public QDialog
{
    Q_OBJECT

public:
    explicit ArticleEditor(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ArticleEditor() override;

    void startNew();
    // False when the cache does not have the article.
    bool editArticle(qint64 id);
    // A new article for review from a resolved case: its subject as the question, its
    // resolution as the answer, its service as the article's.
    void proposeFrom(const QJsonObject &caseRow);

    // Writes to the cache: an error sentence in the interface's language (nothing written),
    // or empty.
    QString save();
    qint64 savedId() const { return m_savedId; }

    QComboBox *typeBox() const { return m_type; }
    QLineEdit *titleEdit() const { return m_title; }
    QComboBox *subjectBox() const { return m_subject; }
    QComboBox *languageBox() const { return m_language; }
    QLineEdit *keywordsEdit() const { return m_keywords; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QLineEdit *effectiveEdit() const { return m_effective; }
    QLineEdit *publishEdit() const { return m_publish; }
    QLineEdit *expiresEdit() const { return m_expires; }
    QListWidget *servicesList() const { return m_services; }
    QTextEdit *bodyEdit() const { return m_body; }
    ArticleView *preview() const { return m_preview; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *errorLabel() const { return m_error; }
    // The body as it will be saved.
    QString bodyHtml() const;

protected:
    void accept() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillServices();
    void typeChanged();
    void languageChanged(bool flipAll = false);
    void updatePreview();
    QJsonObject currentFields(QString *error) const;
    QString saveServices(qint64 articleId);
    void formatSelection(const std::function<void(QTextCharFormat &)> &change);
    void makeList(int style);
    void makeHeading();
    void setDirection(Qt::LayoutDirection direction);

    Cache::LocalCache &m_cache;
    std::unique_ptr<KnowledgeSubjects> m_subjects;
    QJsonObject m_row;        // the article being edited; empty for a new one
    QString m_proposedStatus; // in_review for a proposal
    QString m_template;       // the body last put in from a template
    qint64 m_savedId = 0;

    QComboBox *m_type = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_subject = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_visibility = nullptr;
    QLineEdit *m_keywords = nullptr;

    QLineEdit *m_reference = nullptr;
    QLineEdit *m_effective = nullptr;
    QLineEdit *m_publish = nullptr;
    QLineEdit *m_expires = nullptr;
    QListWidget *m_services = nullptr;
    QTextEdit *m_body = nullptr;
    ArticleView *m_preview = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_error = nullptr;
    QList<QAction *> m_tools;
    QFormLayout *m_form = nullptr;
    QHash<QWidget *, QLabel *> m_captions; // by field
};

} // namespace Shahrvand::Ui
