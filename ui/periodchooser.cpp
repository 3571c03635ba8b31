#include "periodchooser.h"

#include "jalalidate.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace Shahrvand::Ui {

namespace {

// The chooser's words keep the context of the service dashboard, where they were first
// written and translated: the translation survives their move here (lupdate reads the
// context from the macro).
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Shahrvand::Ui::ServiceDashboard)
};

} // namespace

PeriodChooser::PeriodChooser(const QList<Preset> &presets, Bound bound, QWidget *parent)
    : QWidget(parent)
    , m_presets(presets)
    , m_bounded(bound == Bound::AtMost400Days)
{
    setObjectName(QStringLiteral("periodChooser"));
    m_box = new QComboBox(this);
    m_box->setObjectName(QStringLiteral("periodBox"));
    m_box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    for (int i = 0; i <= customIndex(); ++i)
        m_box->addItem(QString(), i);
    m_fromEdit = new QLineEdit(this);
    m_fromEdit->setObjectName(QStringLiteral("periodFrom"));
    m_toEdit = new QLineEdit(this);
    m_toEdit->setObjectName(QStringLiteral("periodTo"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_box);
    for (QLineEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setMaximumWidth(120);
        edit->hide(); // while the period is not a custom one
        connect(edit, &QLineEdit::editingFinished, this, &PeriodChooser::typed);
        layout->addWidget(edit);
    }
    connect(m_box, &QComboBox::activated, this, &PeriodChooser::chosen);
    retranslate();
}

void PeriodChooser::setPresetTexts(const QStringList &texts)
{
    for (int i = 0; i < texts.size() && i < customIndex(); ++i)
        m_box->setItemText(i, texts.at(i));
}

void PeriodChooser::setProblemLabel(QLabel *label)
{
    m_problemLabel = label;
    m_labelRole = label ? label->foregroundRole() : QPalette::WindowText;
}

void PeriodChooser::setIndex(int index)
{
    if (index < 0 || index > customIndex() || (index == customIndex() && !m_customFrom.isValid()))
        return;
    m_index = index;
    m_box->setCurrentIndex(index);
    m_fromEdit->setVisible(isCustom());
    m_toEdit->setVisible(isCustom());
}

std::optional<PeriodChooser::Preset> PeriodChooser::preset() const
{
    if (isCustom())
        return std::nullopt;
    return m_presets.value(m_index);
}

bool PeriodChooser::follow(std::optional<Preset> preset, QDate from, QDate to)
{
    if (const int index = preset ? int(m_presets.indexOf(*preset)) : -1; index >= 0) {
        if (index == m_index)
            return false;
        setIndex(index);
        say({});
        return true;
    }
    if (!from.isValid() || !to.isValid() || to < from ||
        (m_bounded && from.daysTo(to) > longestDays))
        return false;
    if (isCustom() && m_customFrom == from && m_customTo == to)
        return false;
    m_customFrom = from;
    m_customTo = to;
    m_fromEdit->setText(formatJalaliDate(from, DateStyle::Numeric));
    m_toEdit->setText(formatJalaliDate(to, DateStyle::Numeric));
    setIndex(customIndex());
    say({});
    return true;
}

void PeriodChooser::chosen()
{
    const int index = m_box->currentData().toInt();
    const bool custom = index == customIndex();
    m_fromEdit->setVisible(custom);
    m_toEdit->setVisible(custom);
    // A custom period is counted once its two dates are typed.
    if (custom && !m_customFrom.isValid()) {
        m_fromEdit->setFocus();
        return;
    }
    if (index == m_index)
        return;
    m_index = index;
    say({});
    emit changed();
}

void PeriodChooser::typed()
{
    // Both dates typed: applied; one of them still empty: nothing yet. A field that loses
    // the focus as a preset hides it applies nothing.
    if (m_box->currentData().toInt() != customIndex() || m_fromEdit->text().trimmed().isEmpty() ||
        m_toEdit->text().trimmed().isEmpty())
        return;
    setCustomRange(m_fromEdit->text(), m_toEdit->text());
}

QString PeriodChooser::setCustomRange(const QString &from, const QString &to)
{
    const auto first = parseJalaliDate(from);
    const auto last = parseJalaliDate(to);
    QString problem;
    if (!first)
        problem = Words::tr("From: %1").arg(describe(first.error()));
    else if (!last)
        problem = Words::tr("To: %1").arg(describe(last.error()));
    else if (*last < *first)
        problem = Words::tr("The period ends before it begins.");
    else if (m_bounded && first->daysTo(*last) > longestDays)
        problem = Words::tr("A period is at most 400 days.");
    if (!problem.isEmpty()) {
        say(problem);
        return problem;
    }
    say({});
    const bool same = isCustom() && m_customFrom == *first && m_customTo == *last;
    m_customFrom = *first;
    m_customTo = *last;
    m_box->setCurrentIndex(customIndex());
    m_fromEdit->setText(formatJalaliDate(*first, DateStyle::Numeric));
    m_toEdit->setText(formatJalaliDate(*last, DateStyle::Numeric));
    m_fromEdit->show();
    m_toEdit->show();
    m_index = customIndex();
    // Leaving a field with the period unchanged counts nothing again.
    if (!same)
        emit changed();
    return {};
}

void PeriodChooser::say(const QString &problem)
{
    m_problem = problem;
    if (!m_problemLabel)
        return;
    if (problem.isEmpty()) {
        m_problemLabel->setStyleSheet(QString());
        m_problemLabel->setForegroundRole(m_labelRole);
        return;
    }
    // In full red: a label drawn in the placeholder's colour would fade it.
    m_problemLabel->setText(problem);
    m_problemLabel->setForegroundRole(QPalette::WindowText);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #b01c1c;"));
}

QDate PeriodChooser::to(QDate today) const
{
    if (isCustom())
        return m_customTo;
    return m_presets.value(m_index) == Preset::AnyTime ? QDate() : today;
}

QDate PeriodChooser::from(QDate today) const
{
    if (isCustom())
        return m_customFrom;
    switch (m_presets.value(m_index)) {
    case Preset::Last7Days:
        return today.addDays(-6);
    case Preset::Last30Days:
        return today.addDays(-29);
    case Preset::Last90Days:
        return today.addDays(-89);
    case Preset::ThisMonth:
        return startOfJalaliMonth(today);
    case Preset::ThisYear:
        return startOfJalaliYear(today);
    case Preset::AnyTime:
        return {};
    }
    return today;
}

void PeriodChooser::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PeriodChooser::retranslate()
{
    m_box->setItemText(customIndex(), Words::tr("Custom period…"));
    m_fromEdit->setPlaceholderText(
        Words::tr("From, e.g. %1").arg(toLocalDigits(QStringLiteral("1405/08/01"))));
    m_toEdit->setPlaceholderText(
        Words::tr("To, e.g. %1").arg(toLocalDigits(QStringLiteral("1405/09/01"))));
}

} // namespace Shahrvand::Ui
