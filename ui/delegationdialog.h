#pragma once

#include "principal.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

class SearchPicker;

// "Delegate while away": an approver names the colleague who decides their approvals while
// they are away, from one Jalali day to another (whole days, Iran's time); the colleague
// sees the approver's waiting items from the moment the server has the delegation and
// decides them from the first day. Below, the approver's delegations that have not ended,
// each ended now (one in force) or removed (one still ahead). Written through the cache:
// offline, the change waits in the outbox and goes with the next sync.
class DelegationDialog final : public QDialog
{
    Q_OBJECT

public:
    DelegationDialog(Cache::LocalCache &cache, const Access::Principal &user,
                     QWidget *parent = nullptr);

    // What "now" is (tests); by default the computer's clock.
    void setClock(std::function<qint64()> now);
    void reload();

    // Writes the delegation typed in; false (and a sentence saying why) when it cannot.
    bool addDelegation();
    // Ends the chosen delegation now if it has begun, removes it if it has not.
    bool endChosen();

    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    SearchPicker *delegatePicker() const { return m_delegate; }
    QTreeWidget *delegationList() const { return m_list; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *endButton() const { return m_end; }

signals:
    // Local edits were made: the shell asks the sync engine to push.
    void delegationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillDelegates();
    void fillList();
    void updateEndButton();
    void showMessage(const QString &text, bool problem);
    QString userName(qint64 id) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    std::function<qint64()> m_now;
    QList<QJsonObject> m_rows; // the delegations listed, in list order

    QLabel *m_intro = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QLabel *m_delegateLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLineEdit *m_to = nullptr;
    SearchPicker *m_delegate = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_listLabel = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_end = nullptr;
    QPushButton *m_close = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace Shahrvand::Ui
