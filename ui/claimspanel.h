#pragma once

#include "fieldstats.h"
#include "principal.h"

#include <QWidget>

#include <optional>

class QFrame;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class ClaimEditor;

// The user's expense claims (a tab of the missions section): the list from the cache
// (title, mission, status, total, the day submitted, and an approver's reason for a claim
// returned or rejected), "New claim", and the editor of the chosen claim beside it. A
// dashboard's expense bar shows instead the claims it adds up, anyone's, under a bar that
// names the figure, with "Show all" to go back.
class ClaimsPanel final : public QWidget
{
    Q_OBJECT

public:
    enum Column {
        TitleColumn,
        MissionColumn,
        StatusColumn,
        TotalColumn,
        SubmittedColumn,
        ReasonColumn,
        ColumnCount
    };
    static constexpr int ClaimIdRole = Qt::UserRole + 1;

    ClaimsPanel(Cache::LocalCache &cache, const Access::Principal &user, QWidget *parent = nullptr);

    void reload();
    // Shows only the claims whose title, mission or status contains the text.
    void setSearchText(const QString &text);
    // Chooses a claim in the list (and opens it); false when it is not listed.
    bool chooseClaim(qint64 claimId);
    // The claims an expense figure adds up (FieldStats), titled as the figure; showAll()
    // goes back to the user's own claims.
    void showFigure(const Cache::ExpenseFigure &figure, const QString &title);
    void showAll();
    bool isShowingFigure() const { return m_figure.has_value(); }
    QLabel *figureLabel() const { return m_figureText; }
    QPushButton *showAllButton() const { return m_showAll; }

    QTreeWidget *list() const { return m_list; }
    ClaimEditor *editor() const { return m_editor; }
    QPushButton *newButton() const { return m_new; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void claimChosen();
    void applySearch();
    void retranslate();
    QList<QJsonObject> figureClaims() const;
    void describeFigure(qint64 claims, const QString &amount);

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    QString m_search;
    std::optional<Cache::ExpenseFigure> m_figure;
    QString m_figureTitle;
    QFrame *m_figureBar = nullptr;
    QLabel *m_figureText = nullptr;
    QPushButton *m_showAll = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_new = nullptr;
    QTreeWidget *m_list = nullptr;
    ClaimEditor *m_editor = nullptr;
};

} // namespace Shahrvand::Ui
