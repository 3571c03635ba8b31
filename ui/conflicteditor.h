#pragma once

#include "localcache.h"

#include <QDialog>
#include <QMap>

#include <functional>

class QFormLayout;
class QLabel;
class QDialogButtonBox;
class QPushButton;

namespace Shahrvand::Ui {

// "Edit…" in the conflicts view: one editor per field of the user's edit, filled with
// what the user had typed, with the server's value beside each field both sides changed.
// OK hands the values to `submit`; if that answers with problems (the cache checks the
// same rules as the server), they are shown and the dialog stays open with everything
// typed still there.
class ConflictEditor final : public QDialog
{
    Q_OBJECT

public:
    // Translated problems; empty when the values were taken.
    using Submit = std::function<QStringList(const QJsonObject &values)>;

    ConflictEditor(const Cache::Conflict &conflict, Submit submit, QWidget *parent = nullptr);
    ~ConflictEditor() override;

    // The field's editor (QLineEdit, QPlainTextEdit, QComboBox or QCheckBox), for tests.
    QWidget *editor(const QString &field) const { return m_editors.value(field); }
    QStringList problems() const { return m_problems; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    struct Reading
    {
        QJsonObject values;
        QStringList problems;
    };
    Reading read() const;
    void showProblems(const QStringList &problems);

    Cache::Conflict m_conflict;
    Submit m_submit;
    QMap<QString, QWidget *> m_editors;
    QMap<QString, QLabel *> m_labels;
    QMap<QString, QLabel *> m_hints; // under the fields both sides changed
    QLabel *m_intro = nullptr;
    QPushButton *m_send = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QStringList m_problems;
};

} // namespace Shahrvand::Ui
