#include "conflicteditor.h"

#include "entitydef.h"
#include "fieldtext.h"
#include "jalalidate.h"
#include "money.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QVBoxLayout>

#include <algorithm>

namespace Shahrvand::Ui {

namespace {

using Entities::FieldDef;
using Entities::FieldType;

// Long texts get a multi-line editor.
constexpr int multiLineAbove = 300;

qint64 integerOf(const QJsonValue &value)
{
    return value.isString() ? value.toString().toLongLong() : value.toInteger();
}

// The value as it is typed back: Jalali numeric dates, the interface's digits.
QString editableText(const FieldDef *def, const QJsonValue &value)
{
    const QLocale locale;
    if (value.isNull() || value.isUndefined())
        return {};
    if (!def)
        return value.isString() ? value.toString()
                                : QString::fromUtf8(QJsonDocument::fromVariant(value.toVariant())
                                                        .toJson(QJsonDocument::Compact));
    switch (def->type) {
    case FieldType::Date:
        return formatJalaliDate(QDate::fromString(value.toString(), Qt::ISODate),
                                DateStyle::Numeric, locale);
    case FieldType::Timestamp:
        return formatJalaliDateTime(QDateTime::fromMSecsSinceEpoch(integerOf(value), Qt::UTC),
                                    DateStyle::Numeric, locale);
    case FieldType::Money:
        return Money::fromRials(integerOf(value)).format(locale, false);
    case FieldType::Integer:
    case FieldType::Reference:
        return toLocalDigits(QString::number(integerOf(value)), locale);
    case FieldType::Real:
        return toLocalDigits(QString::number(value.toDouble(), 'g', 12), locale);
    case FieldType::JsonObject:
    case FieldType::JsonArray:
        return QString::fromUtf8(
            QJsonDocument::fromVariant(value.toVariant()).toJson(QJsonDocument::Indented));
    case FieldType::Boolean:
    case FieldType::Text:
        break;
    }
    return value.toString();
}

// What the user typed as the field's JSON value, or a translated problem.
Expected<QJsonValue, QString> parseTyped(const FieldDef *def, const QString &typed)
{
    const QString text = typed.trimmed();
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    if (!def)
        return QJsonValue(text);
    switch (def->type) {
    case FieldType::Date: {
        const auto date = parseJalaliDate(text);
        if (!date)
            return describe(date.error());
        return QJsonValue(date->toString(Qt::ISODate));
    }
    case FieldType::Timestamp: {
        const qsizetype space = text.lastIndexOf(u' ');
        const auto date = parseJalaliDate(space > 0 ? QStringView(text).left(space) : text);
        if (!date)
            return describe(date.error());
        QTime time(0, 0);
        if (space > 0) {
            time = QTime::fromString(fromLocalDigits(text.mid(space + 1)), QStringLiteral("H:mm"));
            if (!time.isValid())
                return ConflictEditor::tr("Enter the time as hours:minutes, for example 14:30.");
        }
        return QJsonValue(QDateTime(*date, time, iranTimeZone()).toMSecsSinceEpoch());
    }
    case FieldType::Money: {
        const auto amount = Money::parse(text);
        if (!amount)
            return Money::describe(amount.error());
        return QJsonValue(amount->rials());
    }
    case FieldType::Integer:
    case FieldType::Reference: {
        bool ok = false;
        const qint64 number = fromLocalDigits(text).toLongLong(&ok);
        if (!ok)
            return ConflictEditor::tr("Enter a whole number.");
        return QJsonValue(number);
    }
    case FieldType::Real: {
        bool ok = false;
        QString ascii = fromLocalDigits(text);
        ascii.replace(u'\u066B', u'.');
        const double number = ascii.toDouble(&ok);
        if (!ok)
            return ConflictEditor::tr("Enter a number.");
        return QJsonValue(number);
    }
    case FieldType::JsonObject:
    case FieldType::JsonArray: {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return ConflictEditor::tr("This is not valid JSON.");
        return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    }
    case FieldType::Boolean:
    case FieldType::Text:
        break;
    }
    return QJsonValue(text);
}

} // namespace

ConflictEditor::ConflictEditor(const Cache::Conflict &conflict, Submit submit, QWidget *parent)
    : QDialog(parent)
    , m_conflict(conflict)
    , m_submit(std::move(submit))
{
    setObjectName(QStringLiteral("conflictEditor"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    const Entities::EntityDef *entity = Entities::findEntity(conflict.entity);
    QSet<QString> contested;
    for (const Cache::FieldConflict &field : conflict.fields)
        contested.insert(field.field);

    auto *formHost = new QWidget(this);
    auto *form = new QFormLayout(formHost);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    QStringList fields = conflict.mine.keys();
    // Contested fields first: they are why the user is here.
    std::stable_partition(fields.begin(), fields.end(),
                          [&](const QString &field) { return contested.contains(field); });
    for (const QString &field : std::as_const(fields)) {
        const FieldDef *def = entity ? entity->field(field) : nullptr;
        const QJsonValue mine = conflict.mine.value(field);
        QWidget *editor = nullptr;
        if (def && def->type == FieldType::Boolean) {
            auto *box = new QCheckBox(formHost);
            box->setChecked(mine.isBool() ? mine.toBool() : integerOf(mine) != 0);
            editor = box;
        } else if (def && !def->allowedValues.isEmpty()) {
            auto *combo = new QComboBox(formHost);
            if (!def->required)
                combo->addItem(QString(), QString()); // "(empty)", named in retranslate()
            for (const QString &code : def->allowedValues)
                combo->addItem(QString(), code);
            combo->setCurrentIndex(qMax(0, combo->findData(mine.toString())));
            editor = combo;
        } else if (def &&
                   (def->type == FieldType::JsonObject || def->type == FieldType::JsonArray ||
                    (def->type == FieldType::Text && def->effectiveMaxLength() > multiLineAbove))) {
            auto *text = new QPlainTextEdit(editableText(def, mine), formHost);
            text->setTabChangesFocus(true);
            text->setMinimumHeight(72);
            editor = text;
        } else {
            auto *line = new QLineEdit(editableText(def, mine), formHost);
            if (def && def->type == FieldType::Text)
                line->setMaxLength(def->effectiveMaxLength());
            // A line edit aligns by its text's direction, which for digits and dates is
            // left to right; in a right-to-left form every field starts on the right.
            if (layoutDirection() == Qt::RightToLeft)
                line->setAlignment(Qt::AlignRight | Qt::AlignAbsolute | Qt::AlignVCenter);
            editor = line;
        }
        editor->setObjectName(field);
        m_editors.insert(field, editor);

        QWidget *cell = editor;
        if (contested.contains(field)) {
            auto *hint = new QLabel(formHost);
            m_hints.insert(field, hint);
            hint->setWordWrap(true);
            hint->setForegroundRole(QPalette::PlaceholderText);
            auto *host = new QWidget(formHost);
            auto *column = new QVBoxLayout(host);
            column->setContentsMargins(0, 0, 0, 0);
            column->setSpacing(2);
            column->addWidget(editor);
            column->addWidget(hint);
            cell = host;
        }
        auto *label = new QLabel(formHost);
        label->setBuddy(editor);
        m_labels.insert(field, label);
        form->addRow(label, cell);
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(formHost);

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problemsLabel->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_send = buttons->button(QDialogButtonBox::Ok);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConflictEditor::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ConflictEditor::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(buttons);
    resize(560, 420);
    retranslate();
}

ConflictEditor::~ConflictEditor() = default;

void ConflictEditor::retranslate()
{
    setWindowTitle(tr("Edit the values to send"));
    m_intro->setText(tr("Your values are filled in. Change what needs changing; the result is "
                        "sent to the server as a new edit."));
    m_send->setText(tr("Send these values"));
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setText(FieldText::fieldLabel(it.key()));
    for (auto it = m_hints.cbegin(); it != m_hints.cend(); ++it) {
        QString theirs;
        for (const Cache::FieldConflict &contest : m_conflict.fields) {
            if (contest.field == it.key())
                theirs = FieldText::displayValue(m_conflict.entity, it.key(), contest.theirs);
        }
        it.value()->setText(tr("On the server: %1").arg(theirs.isEmpty() ? tr("(empty)") : theirs));
    }
    for (QWidget *editor : std::as_const(m_editors)) {
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            for (int index = 0; index < combo->count(); ++index) {
                const QString code = combo->itemData(index).toString();
                combo->setItemText(index,
                                   code.isEmpty() ? tr("(empty)") : FieldText::codeText(code));
            }
        }
    }
}

void ConflictEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

ConflictEditor::Reading ConflictEditor::read() const
{
    Reading reading;
    const Entities::EntityDef *entity = Entities::findEntity(m_conflict.entity);
    for (auto it = m_editors.cbegin(); it != m_editors.cend(); ++it) {
        const QString &field = it.key();
        const FieldDef *def = entity ? entity->field(field) : nullptr;
        if (auto *box = qobject_cast<QCheckBox *>(it.value())) {
            reading.values.insert(field, box->isChecked());
            continue;
        }
        if (auto *combo = qobject_cast<QComboBox *>(it.value())) {
            const QString code = combo->currentData().toString();
            reading.values.insert(field, code.isEmpty() ? QJsonValue() : QJsonValue(code));
            continue;
        }
        QString typed;
        if (auto *line = qobject_cast<QLineEdit *>(it.value()))
            typed = line->text();
        else if (auto *text = qobject_cast<QPlainTextEdit *>(it.value()))
            typed = text->toPlainText();
        const auto value = parseTyped(def, typed);
        if (!value) {
            reading.problems << tr("%1: %2").arg(FieldText::fieldLabel(field), value.error());
            continue;
        }
        reading.values.insert(field, value.value());
    }
    return reading;
}

void ConflictEditor::accept()
{
    const Reading reading = read();
    if (!reading.problems.isEmpty()) {
        showProblems(reading.problems);
        return;
    }
    const QStringList problems = m_submit ? m_submit(reading.values) : QStringList();
    if (!problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    m_problems.clear();
    QDialog::accept();
}

void ConflictEditor::showProblems(const QStringList &problems)
{
    m_problems = problems;
    m_problemsLabel->setText(problems.join(u'\n'));
    m_problemsLabel->setVisible(!problems.isEmpty());
}

} // namespace Shahrvand::Ui
