#pragma once

#include "localcache.h"

#include <QDialog>
#include <QList>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QTableWidget;

namespace Shahrvand::Ui {

class ConflictEditor;

// The edits the server did not take as they were, one at a time: for a conflict the
// fields both sides changed, side by side (before, yours, the server's), with Keep mine,
// Take the server's and Edit…; for a refusal the server's reason with Discard and Edit
// and retry. Each choice is one transaction in the cache; resolved() then tells the
// window to have the engine push the result.
class ConflictsView final : public QDialog
{
    Q_OBJECT

public:
    explicit ConflictsView(Cache::LocalCache &cache, QWidget *parent = nullptr);
    ~ConflictsView() override;

    int conflictCount() const { return int(m_conflicts.size()); }
    // The conflict shown on the right, if any.
    const Cache::Conflict *current() const;
    void selectConflict(int index);

    // The choices, as the buttons make them (public for the keyboard and for tests).
    bool keepMine();
    bool takeTheirs();
    // Opens the editor (window-modal, not blocking); it calls resolveWith on OK.
    ConflictEditor *edit();

    // The rows of the side-by-side table: field, before, yours, the server's.
    QList<QStringList> comparison() const;
    QString errorText() const;

public slots:
    // Reads the conflicts from the cache again, keeping the selection where it can.
    void reload();

signals:
    // A conflict was resolved; an edit may be waiting to be pushed.
    void resolved();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showCurrent();
    bool finish(const Expected<bool, Cache::CacheError> &result);
    QString describe(const Cache::Conflict &conflict) const;

    Cache::LocalCache &m_cache;
    QList<Cache::Conflict> m_conflicts;
    QLabel *m_intro = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_heading = nullptr;
    QLabel *m_explanation = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_legend = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_keepMine = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace Shahrvand::Ui
