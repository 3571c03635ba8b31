#pragma once

#include "caseactiondialog.h"
#include "caseworkflow.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

#include <functional>
#include <memory>

class QGridLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTemporaryDir;
class QTreeWidget;
class QTreeWidgetItem;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class ArticleSuggestions;
class CaseCatalog;
class NameBook;

// One case, to work on: a header (tracking code, status, priority, both SLA clocks,
// service, team, owner, tier), the citizen's card, what was asked, the actions the
// workflow allows the signed-in user in the case's status, and a timeline of everything
// that happened (status changes, notes, calls, linked articles, attachments), newest
// first. Every action is a local edit, checked by the same workflow library the server
// enforces, and sent with the next sync.
class CaseWorkspace final : public QWidget
{
    Q_OBJECT

public:
    explicit CaseWorkspace(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~CaseWorkspace() override;

    // Shows the case; false (and nothing changes) if the cache does not have it.
    bool open(qint64 caseId);
    qint64 caseId() const { return m_caseId; }
    void reload();
    // For tests: what "now" is.
    void setClock(std::function<QDateTime()> now);

    // Takes an action (or adds a note) as the signed-in user: an error sentence in the
    // interface's language, or empty when it was written to the cache.
    QString apply(CaseActionDialog::Mode mode, const CaseActionDialog::Answer &answer);
    // Marks this case a duplicate of the case with `trackingCode` and, where the workflow
    // allows, resolves it so.
    QString markDuplicateOf(const QString &trackingCode);

    QPushButton *actionButton(CaseWork::CaseActionKind kind) const
    {
        return m_actions.value(int(kind));
    }
    // Files: "Attach…" keeps them in the cache until the next sync sends them; an
    // attachment in the timeline opens (activated: double click or Enter) from the local
    // copy while it is kept, else from the server through the downloader, if one is set.
    // A timeline row's attachments row (a QVariantMap), on column 0.
    static constexpr int AttachmentRole = Qt::UserRole + 1;
    using FileDownloader = std::function<void(
        const QString &sha256, std::function<void(const QByteArray &bytes, const QString &error)>)>;
    void setFileDownloader(FileDownloader downloader) { m_download = std::move(downloader); }
    // For tests: what the file dialog answers, and what opens a file (default: the
    // desktop's program for its type).
    void setFileChooser(std::function<QStringList()> chooser)
    {
        m_chooseFiles = std::move(chooser);
    }
    void setFileOpener(std::function<bool(const QString &path)> opener)
    {
        m_openFile = std::move(opener);
    }
    // Attaches files to the case: an error sentence naming those that could not be, or
    // empty.
    QString attachFiles(const QStringList &paths);
    // Opens the attachment of a timeline row (see above); false when it has none.
    bool openAttachment(QTreeWidgetItem *item);
    QPushButton *attachButton() const { return m_attach; }

    QPushButton *noteButton() const { return m_note; }
    QPushButton *referButton() const { return m_refer; }
    QTreeWidget *timeline() const { return m_timeline; }
    QTreeWidget *dwellTable() const { return m_dwell; }
    ArticleSuggestions *articles() const { return m_articles; }
    QPushButton *proposeButton() const { return m_propose; }
    QLabel *trackingLabel() const { return m_tracking; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *messageLabel() const { return m_message; }

signals:
    void backRequested();
    // A local edit was written (the queue reads again).
    void changed();
    void citizenRequested(qint64 citizenId, const QString &name);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fill();
    void fillTimeline();
    void fillDwell(const QList<QJsonObject> &history);
    void updateActions();
    void runAction(CaseWork::CaseActionKind kind);
    void addNote();
    void chooseAndAttach();
    bool showFile(const QString &sha256, const QString &fileName, const QByteArray &bytes);
    void refer();
    QString createReferral(const CaseActionDialog::Answer &answer);
    void askDuplicate();
    void proposeArticle();
    void showMessage(const QString &text, bool error);
    QString fact(const QString &entity, const char *field) const;
    // A row's instant as the timeline shows it (Jalali, Iran's time), or "not sent yet".
    static QString when(const QJsonValue &ms);

    Cache::LocalCache &m_cache;
    std::unique_ptr<CaseCatalog> m_catalog;
    std::unique_ptr<NameBook> m_names;
    CaseWork::CaseWorkflow m_workflow;
    std::function<QDateTime()> m_now;
    qint64 m_caseId = 0;
    QJsonObject m_row;

    QPushButton *m_back = nullptr;
    QLabel *m_tracking = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_priority = nullptr;
    QGridLayout *m_facts = nullptr;
    QHash<QString, QLabel *> m_factLabels; // caption labels by key
    QHash<QString, QLabel *> m_factValues;
    QGroupBox *m_citizenBox = nullptr;
    QLabel *m_citizen = nullptr;
    QPushButton *m_openCitizen = nullptr;
    QLabel *m_subject = nullptr;
    QLabel *m_description = nullptr;
    QHash<int, QPushButton *> m_actions;
    QPushButton *m_note = nullptr;
    QPushButton *m_attach = nullptr;
    FileDownloader m_download;
    std::function<QStringList()> m_chooseFiles;
    std::function<bool(const QString &path)> m_openFile;
    std::unique_ptr<QTemporaryDir> m_openedFiles; // copies handed to a viewer
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_refer = nullptr;
    QLabel *m_message = nullptr;
    QTreeWidget *m_timeline = nullptr;
    QTreeWidget *m_dwell = nullptr;
    QTabWidget *m_tabs = nullptr;
    ArticleSuggestions *m_articles = nullptr;
    QPushButton *m_propose = nullptr;
};

} // namespace Shahrvand::Ui
