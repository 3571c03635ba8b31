#pragma once

#include "caseworkflow.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace Shahrvand::Ui {

class CaseCatalog;
class SearchPicker;

// What a case action needs from the agent before it is taken: the new owner and team
// (assign), a reason (escalate, reopen, wait for the citizen), a resolution and the
// article it cites (resolve); or the text of a note. OK hands the answer to `submit`; if
// that says why it cannot be done (the workflow's own sentence), the dialog says so and
// keeps everything typed.
class CaseActionDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Action, Note, Referral };
    struct Answer
    {
        CaseWork::CaseAction action; // Mode::Action
        QString note;                // Mode::Note
        bool internal = true;        // Mode::Note: not shown to the citizen
        qint64 serviceId = 0;        // Mode::Referral: the other department's service
    };
    // An error sentence, or empty when it was done.
    using Submit = std::function<QString(const Answer &answer)>;

    // An action dialog.
    CaseActionDialog(CaseWork::CaseActionKind kind, const CaseCatalog &catalog,
                     std::optional<qint64> currentOwner, Submit submit, QWidget *parent = nullptr);
    // A note dialog.
    CaseActionDialog(Submit submit, QWidget *parent = nullptr);
    // A referral: a child case for another department's service, with what they should do.
    CaseActionDialog(const CaseCatalog &catalog, Submit submit, QWidget *parent = nullptr);

    // Whether an action asks nothing (start, citizen replied, close): taken at once.
    static bool asksNothing(CaseWork::CaseActionKind kind);

    QPlainTextEdit *textEdit() const { return m_text; }
    SearchPicker *ownerPicker() const { return m_owner; }
    SearchPicker *teamPicker() const { return m_team; }
    SearchPicker *articlePicker() const { return m_article; }
    SearchPicker *servicePicker() const { return m_service; }
    QString problem() const;

    void accept() override;

private:
    void build(const QString &intro, const QString &textLabel);
    Answer read() const;

    Mode m_mode = Mode::Action;
    CaseWork::CaseActionKind m_kind = CaseWork::CaseActionKind::Start;
    Submit m_submit;
    QPlainTextEdit *m_text = nullptr;
    SearchPicker *m_owner = nullptr;
    SearchPicker *m_team = nullptr;
    SearchPicker *m_article = nullptr;
    SearchPicker *m_service = nullptr;
    QCheckBox *m_internal = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Shahrvand::Ui
