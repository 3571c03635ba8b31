#pragma once

#include "savedqueue.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;

namespace Shahrvand::Ui {

class CaseCatalog;

// "Filter…" in the case queues: narrow the current view by status, priority, channel,
// service, team and owner, and keep it as a view of its own under a name, or just look at
// it once.
class QueueFilterDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Outcome { Cancelled, Show, Save, Remove };

    // `editing`: the saved view being changed (its name filled in, and Remove offered).
    QueueFilterDialog(const SavedQueue &start, const CaseCatalog &catalog, bool editing,
                      QWidget *parent = nullptr);

    Outcome outcome() const { return m_outcome; }
    SavedQueue queue() const;

    QListWidget *statuses() const { return m_statuses; }
    QListWidget *priorities() const { return m_priorities; }
    QListWidget *channels() const { return m_channels; }
    QListWidget *services() const { return m_services; }
    QListWidget *teams() const { return m_teams; }
    QListWidget *owners() const { return m_owners; }
    QLineEdit *name() const { return m_name; }

    // What the buttons do (for tests too).
    void finish(Outcome outcome);

private:
    QListWidget *checkList(const QString &objectName);

    SavedQueue m_start;
    Outcome m_outcome = Outcome::Cancelled;
    QListWidget *m_statuses = nullptr;
    QListWidget *m_priorities = nullptr;
    QListWidget *m_channels = nullptr;
    QListWidget *m_services = nullptr;
    QListWidget *m_teams = nullptr;
    QListWidget *m_owners = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Shahrvand::Ui
