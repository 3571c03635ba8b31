#include "citizenerasedialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

CitizenEraseDialog::CitizenEraseDialog(const QString &citizenName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("citizenEraseDialog"));
    setWindowTitle(tr("Erase personal data"));
    auto *layout = new QVBoxLayout(this);
    auto *warning = new QLabel(this);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::RichText);
    warning->setText(
        u"<p style='color:#b01c1c; font-weight:bold;'>"_qs +
        tr("Erase the personal data of %1? This cannot be undone.")
            .arg(citizenName.toHtmlEscaped()) +
        u"</p><p>"_qs + tr("Deleted:") + u"</p><ul><li>"_qs +
        tr("their addresses, phone numbers and e-mail addresses;") + u"</li><li>"_qs +
        tr("files attached to the citizen (the stored file too, when nothing else uses it).") +
        u"</li></ul><p>"_qs + tr("Kept, without their personal data:") + u"</p><ul><li>"_qs +
        tr("their cases, the public record of a service: subject, service, place, times and "
           "staff notes stay; the description in the citizen’s own words is blanked;") +
        u"</li><li>"_qs +
        tr("interactions (for the service’s figures), with their notes blanked;") +
        u"</li><li>"_qs + tr("survey answers with their score; the written answers are blanked;") +
        u"</li><li>"_qs +
        tr("the citizen’s record, with every personal field blanked, while a kept record names "
           "them; otherwise it is deleted.") +
        u"</li></ul><p>"_qs +
        tr("The audit trail records the erasure and your reason. Other computers erase their "
           "copies at their next sync.") +
        u"</p>"_qs);
    layout->addWidget(warning);
    auto *reasonLabel =
        new QLabel(tr("Reason (the citizen’s request or the rule; required):"), this);
    layout->addWidget(reasonLabel);
    m_reason = new QPlainTextEdit(this);
    m_reason->setObjectName(QStringLiteral("eraseReason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(fontMetrics().height() * 4);
    reasonLabel->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_understood = new QCheckBox(tr("I understand that this cannot be undone."), this);
    m_understood->setObjectName(QStringLiteral("eraseUnderstood"));
    layout->addWidget(m_understood);
    auto *buttons = new QDialogButtonBox(this);
    m_erase = buttons->addButton(tr("Erase personal data"), QDialogButtonBox::DestructiveRole);
    m_erase->setObjectName(QStringLiteral("eraseConfirm"));
    m_erase->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_erase->setStyleSheet(
        QStringLiteral("QPushButton:enabled { color: white; background: #b01c1c; padding: 4px "
                       "12px; border-radius: 3px; }"));
    m_erase->setAutoDefault(false);
    auto *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(m_erase, &QPushButton::clicked, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &CitizenEraseDialog::updateButton);
    connect(m_understood, &QCheckBox::toggled, this, &CitizenEraseDialog::updateButton);
    updateButton();
    resize(fontMetrics().averageCharWidth() * 90, sizeHint().height());
}

CitizenEraseDialog::~CitizenEraseDialog() = default;

QString CitizenEraseDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

void CitizenEraseDialog::updateButton()
{
    m_erase->setEnabled(!reason().isEmpty() && m_understood->isChecked());
}

} // namespace Shahrvand::Ui
