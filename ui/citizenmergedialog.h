#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonObject>

class QButtonGroup;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace Shahrvand::SyncClient {
class ServerQuery;
}

namespace Shahrvand::Ui {

// Merging two records of one citizen (issue 6): both records side by side, as the server
// has them now (GET /api/v1/citizens/{id}), a choice per field of the value that stays (the
// kept record's, unless it is empty), which record is kept (Swap), and Merge
// (POST /api/v1/citizens/{kept}/merge). Every case, interaction, contact and survey answer
// of the other record moves to the kept one; the server audits it and it can be undone from
// the citizen's 360 view. A record changed meanwhile is read again (the choices start
// over); a refusal is shown in the server's words.
class CitizenMergeDialog final : public QDialog
{
    Q_OBJECT

public:
    CitizenMergeDialog(SyncClient::ServerQuery &query, qint64 survivorId, qint64 mergedId,
                       QWidget *parent = nullptr);
    ~CitizenMergeDialog() override;

    // The fields a merge chooses between, in the order shown.
    static QStringList fields();

    qint64 survivorId() const { return m_survivorId; }
    qint64 mergedId() const { return m_mergedId; }
    // True once both records are read and shown.
    bool isReady() const { return !m_survivor.isEmpty() && !m_merged.isEmpty(); }
    // Which value stays for `field`: the merged record's (true) or the kept one's.
    void choose(const QString &field, bool fromMerged);
    bool choosesMerged(const QString &field) const;
    // Keeps the other record instead; the choices start over.
    void swap();
    // Asks the server to merge (as the Merge button).
    void merge();

    QLabel *problemLabel() const { return m_problem; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *mergeButton() const { return m_mergeButton; }
    QPushButton *swapButton() const { return m_swapButton; }

signals:
    // Both records were read (again) and are shown; or could not be (problemLabel()).
    void loaded();
    // The server merged them: its answer ({merge, survivor, merged}).
    void merged(const QJsonObject &answer);
    // The server refused or could not be reached (problemLabel() says why).
    void failed();

private:
    void load();
    void showRecords();
    void showProblem(const QString &text);
    QString valueText(const QJsonObject &citizen, const QString &field) const;
    static bool isEmptyValue(const QJsonValue &value);

    SyncClient::ServerQuery &m_query;
    qint64 m_survivorId = 0;
    qint64 m_mergedId = 0;
    QJsonObject m_survivor;
    QJsonObject m_merged;
    quint64 m_generation = 0;
    QHash<QString, QButtonGroup *> m_choices;

    QLabel *m_intro = nullptr;
    QGridLayout *m_grid = nullptr;
    QWidget *m_gridHost = nullptr;
    QLabel *m_problem = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_swapButton = nullptr;
    QPushButton *m_mergeButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Shahrvand::Ui
