#include "claimlineform.h"

#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace Shahrvand::Ui {

namespace {

const QStringList expenseTypes{QStringLiteral("transport"), QStringLiteral("lodging"),
                               QStringLiteral("per_diem"), QStringLiteral("meals"),
                               QStringLiteral("other")};

enum Label { TypeLabel, DateLabel, AmountLabel, VendorLabel, DescriptionLabel, ReceiptLabel };

} // namespace

ClaimLineForm::ClaimLineForm(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("claimLineForm"));
    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("lineType"));
    for (const QString &type : expenseTypes)
        m_type->addItem(QString(), type);
    m_date = new QLineEdit(this);
    m_date->setObjectName(QStringLiteral("lineDate"));
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("lineAmount"));
    m_amount->setAlignment(Qt::AlignTrailing | Qt::AlignVCenter);
    connect(m_amount, &QLineEdit::editingFinished, this, &ClaimLineForm::reformatAmount);
    m_vendor = new QLineEdit(this);
    m_vendor->setObjectName(QStringLiteral("lineVendor"));
    m_vendor->setMaxLength(200);
    m_description = new QLineEdit(this);
    m_description->setObjectName(QStringLiteral("lineDescription"));
    m_description->setMaxLength(2000);
    // Enter in a field puts the line into the claim, as the button does.
    for (QLineEdit *field : {m_date, m_amount, m_vendor, m_description}) {
        connect(field, &QLineEdit::returnPressed, this, [this] { m_put->click(); });
        connect(field, &QLineEdit::textEdited, this, [this] { m_touched = true; });
    }
    connect(m_type, &QComboBox::activated, this, [this] { m_touched = true; });
    m_receipt = new QLabel(this);
    m_receipt->setObjectName(QStringLiteral("lineReceipt"));
    m_chooseReceipt = new QPushButton(this);
    m_chooseReceipt->setObjectName(QStringLiteral("chooseReceipt"));
    connect(m_chooseReceipt, &QPushButton::clicked, this, &ClaimLineForm::chooseReceipt);
    m_put = new QPushButton(this);
    m_put->setObjectName(QStringLiteral("putLine"));
    connect(m_put, &QPushButton::clicked, this, [this] {
        if (const auto line = readLine())
            emit lineReady(*line);
    });
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearLine"));
    connect(m_clear, &QPushButton::clicked, this, [this] { showLine(std::nullopt); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("lineError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->hide();
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    m_labels[TypeLabel]->setBuddy(m_type);
    m_labels[DateLabel]->setBuddy(m_date);
    m_labels[AmountLabel]->setBuddy(m_amount);
    m_labels[VendorLabel]->setBuddy(m_vendor);
    m_labels[DescriptionLabel]->setBuddy(m_description);

    // Two pairs a row, so that the form fits beside the list of claims.
    const int dateWidth = fontMetrics().horizontalAdvance(u"0000/00/00"_qs) + 24;
    m_date->setMinimumWidth(dateWidth);
    m_amount->setMinimumWidth(fontMetrics().horizontalAdvance(u"000,000,000,000"_qs) + 24);
    auto *grid = new QGridLayout;
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_labels[TypeLabel], 0, 0);
    grid->addWidget(m_type, 0, 1);
    grid->addWidget(m_labels[DateLabel], 0, 2);
    grid->addWidget(m_date, 0, 3);
    grid->addWidget(m_labels[AmountLabel], 1, 0);
    grid->addWidget(m_amount, 1, 1);
    grid->addWidget(m_labels[ReceiptLabel], 1, 2);
    auto *receipt = new QHBoxLayout;
    receipt->addWidget(m_receipt, 1);
    receipt->addWidget(m_chooseReceipt);
    grid->addLayout(receipt, 1, 3);
    grid->addWidget(m_labels[VendorLabel], 2, 0);
    grid->addWidget(m_vendor, 2, 1, 1, 3);
    grid->addWidget(m_labels[DescriptionLabel], 3, 0);
    grid->addWidget(m_description, 3, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    buttons->addWidget(m_put);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(grid);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    retranslate();
    showLine(std::nullopt);
}

void ClaimLineForm::showLine(const std::optional<ClaimLineDraft> &line)
{
    m_editing = line;
    m_touched = false;
    const ClaimLineDraft shown = line.value_or(ClaimLineDraft());
    m_receiptOf = shown;
    m_type->setCurrentIndex(qMax(0, m_type->findData(shown.type)));
    m_date->setText(formatJalaliDate(shown.spentOn, DateStyle::Numeric));
    m_amount->setText(line ? shown.amount.format(QLocale(), false) : QString());
    m_vendor->setText(shown.vendor);
    m_description->setText(shown.description);
    m_error->hide();
    showReceiptName();
    retranslate();
}

void ClaimLineForm::reformatAmount()
{
    // What was typed, with separators and the interface's digits, when it is an amount.
    const auto amount = Money::parse(m_amount->text());
    if (amount && !amount->isNegative())
        m_amount->setText(amount->format(QLocale(), false));
}

std::optional<ClaimLineDraft> ClaimLineForm::readLine()
{
    QStringList problems;
    ClaimLineDraft line = m_editing.value_or(ClaimLineDraft());
    line.type = m_type->currentData().toString();
    const auto date = parseJalaliDate(m_date->text());
    if (!date)
        problems << tr("Date: %1").arg(describe(date.error()));
    else
        line.spentOn = *date;
    const auto amount = Money::parse(m_amount->text());
    if (!amount)
        problems << tr("Amount: %1").arg(Money::describe(amount.error()));
    else if (amount->isNegative() || amount->isZero())
        problems << tr("Amount: an expense is of more than zero rials.");
    else
        line.amount = *amount;
    line.vendor = m_vendor->text().trimmed();
    line.description = m_description->text().trimmed();
    line.receiptSha256 = m_receiptOf.receiptSha256;
    line.receiptFileName = m_receiptOf.receiptFileName;
    line.receiptContentType = m_receiptOf.receiptContentType;
    line.receiptPath = m_receiptOf.receiptPath;
    line.hasAttachment = m_receiptOf.hasAttachment;
    if (!problems.isEmpty()) {
        showError(problems);
        return std::nullopt;
    }
    m_error->hide();
    line.changed = true;
    return line;
}

void ClaimLineForm::showError(const QStringList &problems)
{
    m_error->setText(problems.join(u'\n'));
    m_error->show();
}

void ClaimLineForm::chooseReceipt()
{
    const QString path =
        m_chooser ? m_chooser()
                  : QFileDialog::getOpenFileName(
                        this, tr("Attach a receipt"),
                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
                        tr("Photos and PDF (*.jpg *.jpeg *.png *.webp *.pdf)"));
    if (!path.isEmpty())
        setReceiptFile(path);
}

bool ClaimLineForm::setReceiptFile(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    const auto type = Cache::LocalCache::checkAttachable(path);
    if (!type) {
        showError({tr("Receipt “%1”: %2").arg(name, type.error().message())});
        return false;
    }
    if (!type->startsWith(u"image/") && *type != u"application/pdf") {
        showError({tr("Receipt “%1”: a receipt is a photo or a PDF.").arg(name)});
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showError({tr("Receipt “%1”: the file cannot be read.").arg(name)});
        return false;
    }
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    m_receiptOf.receiptSha256 = QString::fromLatin1(hash.result().toHex());
    m_receiptOf.receiptPath = path;
    m_receiptOf.receiptFileName = name;
    m_receiptOf.receiptContentType = *type;
    m_touched = true;
    m_error->hide();
    showReceiptName();
    return true;
}

void ClaimLineForm::showReceiptName()
{
    if (!m_receiptOf.hasReceipt() && m_receiptOf.receiptPath.isEmpty()) {
        m_receipt->setText(tr("None"));
        return;
    }
    const QString name = m_receiptOf.receiptFileName.isEmpty() ? tr("Named by its hash")
                                                               : m_receiptOf.receiptFileName;
    m_receipt->setText(m_receiptOf.receiptPath.isEmpty() ? name
                                                         : tr("%1 (kept on saving)").arg(name));
    m_receipt->setToolTip(m_receiptOf.receiptPath);
}

void ClaimLineForm::retranslate()
{
    for (int i = 0; i < m_type->count(); ++i)
        m_type->setItemText(i, FieldText::codeText(m_type->itemData(i).toString()));
    m_labels[TypeLabel]->setText(tr("T&ype"));
    m_labels[DateLabel]->setText(tr("&Date"));
    m_labels[AmountLabel]->setText(tr("A&mount (rials)"));
    m_labels[VendorLabel]->setText(tr("&Vendor"));
    m_labels[DescriptionLabel]->setText(tr("Descri&ption"));
    m_labels[ReceiptLabel]->setText(tr("Receipt"));
    m_date->setPlaceholderText(formatJalaliDate(QDate(2026, 11, 22), DateStyle::Numeric));
    m_amount->setPlaceholderText(Money::fromRials(1'250'000).format(QLocale(), false));
    m_chooseReceipt->setText(tr("Attach…"));
    m_chooseReceipt->setToolTip(tr("Attach a photo or PDF of the receipt"));
    m_put->setText(m_editing ? tr("Update &line") : tr("&Add line"));
    m_clear->setText(m_editing ? tr("Cancel") : tr("Clear"));
    showReceiptName();
}

void ClaimLineForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
