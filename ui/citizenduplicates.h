#pragma once

#include <QJsonObject>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Shahrvand::SyncClient {
class ServerQuery;
}

namespace Shahrvand::Ui {

class CitizenMergeDialog;

// Possible duplicates (issue 6): pairs of citizens the server thinks may be one person
// (GET /api/v1/citizens/duplicates), best first, a page at a time, with the reason in words,
// the score and both names. For supervisors and administrators; online only: without an
// answer the last list stays and a line says why. A pair opens the merge dialog.
class CitizenDuplicates final : public QWidget
{
    Q_OBJECT

public:
    explicit CitizenDuplicates(QWidget *parent = nullptr);
    ~CitizenDuplicates() override;

    void setServerQuery(SyncClient::ServerQuery *query);
    // The first page again (the list after a merge, or a new look).
    void refresh();
    // The next page, added under the rows shown.
    void loadMore();
    // Opens the merge dialog for the pair in `row` (window-modal, not blocking).
    CitizenMergeDialog *openMerge(int row);

    QTableWidget *table() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QPushButton *moreButton() const { return m_more; }
    int pairCount() const { return int(m_pairs.size()); }
    QJsonObject pair(int row) const { return m_pairs.value(row); }

    // The reasons the server gave, in words.
    static QString reasonText(const QString &reason);

signals:
    void backRequested();
    // A page arrived or could not (tests wait for it).
    void answered();
    void mergeOpened(Shahrvand::Ui::CitizenMergeDialog *dialog);
    // A merge was done on the server: the cache should sync.
    void merged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void ask(const QString &cursor, bool append);
    void showPairs();

    SyncClient::ServerQuery *m_query = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_back = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_more = nullptr;
    QPushButton *m_merge = nullptr;
    QList<QJsonObject> m_pairs;
    QString m_nextCursor;
    quint64 m_generation = 0;
    qint64 m_answeredAtMs = 0;
};

} // namespace Shahrvand::Ui
