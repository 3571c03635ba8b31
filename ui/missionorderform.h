#pragma once

#include "principal.h"

#include <QJsonObject>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Shahrvand::Cache {
class LocalCache;
}

namespace Shahrvand::Ui {

// The order of one mission as a form: purpose, unit, destination and its address and
// position, the planned period (Jalali date and time, Iran's time), transport, contract
// number, whether it is budgeted and which mission it follows up. Read-only, with a line
// saying why, when the user may not change the order now. fields() checks everything first
// and says every problem at once; nothing is written until all is right.
class MissionOrderForm final : public QWidget
{
    Q_OBJECT

public:
    MissionOrderForm(Cache::LocalCache &cache, const Access::Principal &user,
                     QWidget *parent = nullptr);

    // `mission`: the cached row, or empty for a new mission. `lockedReason` is shown when
    // the form is not editable.
    void setMission(const QJsonObject &mission, bool editable, const QString &lockedReason = {});
    bool isEditable() const { return m_editable; }
    // Whether the user changed something since setMission(): a sync's reload keeps it.
    bool isDirty() const { return m_dirty; }
    void markClean() { m_dirty = false; }

    // The order columns to write: for a new mission all of them, for a cached one only those
    // changed; nothing (and `problems` filled, translated) when something is wrong.
    std::optional<QJsonObject> fields(QStringList *problems) const;

    // A planned time as the order stores it: milliseconds since the epoch of a date and a
    // time of day in Iran.
    static qint64 iranMoment(QDate date, QTime time);

    QPlainTextEdit *purposeEdit() const { return m_purpose; }
    QComboBox *unitBox() const { return m_unit; }
    QLineEdit *destinationEdit() const { return m_destination; }
    QLineEdit *addressEdit() const { return m_address; }
    QLineEdit *latitudeEdit() const { return m_latitude; }
    QLineEdit *longitudeEdit() const { return m_longitude; }
    QLineEdit *startDateEdit() const { return m_startDate; }
    QLineEdit *startTimeEdit() const { return m_startTime; }
    QLineEdit *endDateEdit() const { return m_endDate; }
    QLineEdit *endTimeEdit() const { return m_endTime; }
    QLineEdit *transportEdit() const { return m_transport; }
    QLineEdit *contractEdit() const { return m_contract; }
    QCheckBox *budgetedBox() const { return m_budgeted; }
    QComboBox *followUpBox() const { return m_followUp; }
    QLabel *lockedNote() const { return m_locked; }
    QLabel *problemsLabel() const { return m_problems; }
    QPushButton *saveButton() const { return m_save; }
    void showProblems(const QStringList &problems);

signals:
    void saveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillChoices();
    void retranslate();
    std::optional<qint64> moment(QLineEdit *date, QLineEdit *time, const QString &label,
                                 QStringList *problems) const;

    Cache::LocalCache &m_cache;
    Access::Principal m_user;
    QJsonObject m_mission;
    bool m_editable = false;
    bool m_dirty = false;
    bool m_loading = false;

    QFormLayout *m_form = nullptr;
    QLabel *m_locked = nullptr;
    QPlainTextEdit *m_purpose = nullptr;
    QComboBox *m_unit = nullptr;
    QLineEdit *m_destination = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QLineEdit *m_startDate = nullptr;
    QLineEdit *m_startTime = nullptr;
    QLineEdit *m_endDate = nullptr;
    QLineEdit *m_endTime = nullptr;
    QLineEdit *m_transport = nullptr;
    QLineEdit *m_contract = nullptr;
    QCheckBox *m_budgeted = nullptr;
    QComboBox *m_followUp = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QList<QLabel *> m_labels;
};

} // namespace Shahrvand::Ui
