#include "missionorderform.h"

#include "fieldtext.h"
#include "jalalidate.h"
#include "localcache.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <cmath>

namespace Shahrvand::Ui {

namespace {

const QStringList orderColumns{
    QStringLiteral("purpose"),          QStringLiteral("unit_id"),
    QStringLiteral("destination_name"), QStringLiteral("address_text"),
    QStringLiteral("latitude"),         QStringLiteral("longitude"),
    QStringLiteral("planned_start"),    QStringLiteral("planned_end"),
    QStringLiteral("transport"),        QStringLiteral("contract_number"),
    QStringLiteral("budgeted"),         QStringLiteral("follow_up_of_id")};

// Digits of any script and the Persian decimal separator, as the C locale reads them.
std::optional<double> parseCoordinate(const QString &typed)
{
    QString text;
    for (const QChar c : typed.trimmed()) {
        if (c.isDigit())
            text.append(QChar(u'0' + c.digitValue()));
        else if (c == QChar(0x066B) || c == u'.' || c == u',' || c == QChar(0x060C))
            text.append(u'.');
        else if (c == u'-' || c == QChar(0x2212))
            text.append(u'-');
        else if (!c.isSpace() && c != QChar(0x200E) && c != QChar(0x200F))
            return std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

// "8:30", "08:30", "۰۸:۳۰", "8" (on the hour); nothing for anything else.
std::optional<QTime> parseTime(const QString &typed)
{
    QString text;
    for (const QChar c : typed.trimmed()) {
        if (c.isDigit())
            text.append(QChar(u'0' + c.digitValue()));
        else if (c == u':' || c == u'.' || c == QChar(0x066B))
            text.append(u':');
        else if (!c.isSpace() && c != QChar(0x200E) && c != QChar(0x200F))
            return std::nullopt;
    }
    const QStringList parts = text.split(u':');
    if (parts.size() > 2 || parts.first().isEmpty() || parts.first().size() > 2 ||
        (parts.size() == 2 && parts.last().size() != 2))
        return std::nullopt;
    const QTime time(parts.first().toInt(), parts.size() == 2 ? parts.last().toInt() : 0);
    if (!time.isValid())
        return std::nullopt;
    return time;
}

QJsonValue nullable(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.isEmpty() ? QJsonValue() : QJsonValue(trimmed);
}

bool sameValue(const QJsonValue &a, const QJsonValue &b)
{
    if ((a.isNull() || a.isUndefined()) && (b.isNull() || b.isUndefined()))
        return true;
    if (a.isString() && a.toString().isEmpty() && (b.isNull() || b.isUndefined()))
        return true;
    if (b.isString() && b.toString().isEmpty() && (a.isNull() || a.isUndefined()))
        return true;
    if (a.isBool() || b.isBool())
        return a.toVariant().toBool() == b.toVariant().toBool();
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble();
    return a == b;
}

} // namespace

MissionOrderForm::MissionOrderForm(Cache::LocalCache &cache, const Access::Principal &user,
                                   QWidget *parent)
    : QWidget(parent)
    , m_cache(cache)
    , m_user(user)
{
    m_locked = new QLabel(this);
    m_locked->setObjectName(QStringLiteral("orderLocked"));
    m_locked->setWordWrap(true);
    m_locked->setForegroundRole(QPalette::PlaceholderText);
    m_purpose = new QPlainTextEdit(this);
    m_purpose->setTabChangesFocus(true);
    m_purpose->setFixedHeight(fontMetrics().lineSpacing() * 3 + 14);
    m_unit = new QComboBox(this);
    m_destination = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_latitude = new QLineEdit(this);
    m_longitude = new QLineEdit(this);
    for (QLineEdit *edit : {m_latitude, m_longitude}) {
        edit->setLayoutDirection(Qt::LeftToRight);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"-000.0000000"_qs) + 30);
    }
    const auto timeEdit = [this] {
        auto *edit = new QLineEdit(this);
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"00:00 ----"_qs) + 20);
        edit->setText(toLocalDigits(u"08:00"_qs));
        return edit;
    };
    m_startDate = new QLineEdit(this);
    m_startTime = timeEdit();
    m_endDate = new QLineEdit(this);
    m_endTime = timeEdit();
    for (QLineEdit *edit : {m_startDate, m_endDate})
        edit->setMaximumWidth(fontMetrics().horizontalAdvance(u"0000/00/00 ------"_qs) + 30);
    m_transport = new QLineEdit(this);
    m_contract = new QLineEdit(this);
    m_budgeted = new QCheckBox(this);
    m_followUp = new QComboBox(this);
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("orderProblems"));
    m_problems->setWordWrap(true);
    m_problems->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problems->hide();
    m_save = new QPushButton(this);
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &MissionOrderForm::saveRequested);

    const auto row = [this](std::initializer_list<QWidget *> widgets) {
        auto *box = new QWidget(this);
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        for (QWidget *widget : widgets)
            layout->addWidget(widget);
        layout->addStretch(1);
        return box;
    };
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto add = [this](QWidget *field) {
        auto *label = new QLabel(this);
        label->setBuddy(field);
        m_labels.append(label);
        m_form->addRow(label, field);
    };
    add(m_purpose);
    add(m_unit);
    add(m_destination);
    add(m_address);
    auto *position = row({m_latitude, new QLabel(u"/"_qs, this), m_longitude});
    add(position);
    m_labels.last()->setBuddy(m_latitude);
    add(row({m_startDate, m_startTime}));
    m_labels.last()->setBuddy(m_startDate);
    add(row({m_endDate, m_endTime}));
    m_labels.last()->setBuddy(m_endDate);
    add(m_transport);
    add(m_contract);
    add(m_budgeted);
    add(m_followUp);

    const auto touched = [this] {
        if (!m_loading)
            m_dirty = true;
    };
    connect(m_purpose, &QPlainTextEdit::textChanged, this, touched);
    for (QLineEdit *edit : {m_destination, m_address, m_latitude, m_longitude, m_startDate,
                            m_startTime, m_endDate, m_endTime, m_transport, m_contract})
        connect(edit, &QLineEdit::textChanged, this, touched);
    for (QComboBox *box : {m_unit, m_followUp})
        connect(box, &QComboBox::activated, this, touched);
    connect(m_budgeted, &QCheckBox::toggled, this, touched);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_locked);
    layout->addLayout(m_form);
    layout->addWidget(m_problems);
    layout->addWidget(row({m_save}));
    retranslate();
}

void MissionOrderForm::fillChoices()
{
    const bool persian = QLocale().language() == QLocale::Persian;
    const QVariant unit = m_unit->currentData();
    m_unit->clear();
    std::optional<qint64> after;
    for (;;) {
        const auto rows = m_cache.rows(QStringLiteral("org_units"), 500, after);
        if (!rows || rows->isEmpty())
            break;
        for (const QJsonObject &row : *rows) {
            const qint64 id = row.value(u"id").toInteger();
            if (!m_user.hasRole(Access::Role::Administrator) && !m_user.seesUnit(OrgUnitId(id)))
                continue;
            m_unit->addItem(row.value(persian ? u"name_fa" : u"name_en").toString(), id);
        }
        if (rows->size() < 500)
            break;
        after = rows->last().value(u"id").toInteger();
    }
    if (unit.isValid())
        m_unit->setCurrentIndex(m_unit->findData(unit));

    const QVariant followUp = m_followUp->currentData();
    m_followUp->clear();
    m_followUp->addItem(tr("None"), QVariant());
    const qint64 self = m_mission.value(u"id").toInteger();
    after.reset();
    for (;;) {
        const auto rows = m_cache.rows(QStringLiteral("missions"), 500, after);
        if (!rows || rows->isEmpty())
            break;
        for (const QJsonObject &row : *rows) {
            const qint64 id = row.value(u"id").toInteger();
            if (id == self)
                continue;
            QString number =
                FieldText::displayValue(u"missions", u"order_number", row.value(u"order_number"));
            if (number.isEmpty())
                number = tr("(not sent yet)");
            m_followUp->addItem(
                tr("%1 — %2").arg(number, row.value(u"purpose").toString().simplified().left(60)),
                id);
        }
        if (rows->size() < 500)
            break;
        after = rows->last().value(u"id").toInteger();
    }
    if (followUp.isValid())
        m_followUp->setCurrentIndex(qMax(0, m_followUp->findData(followUp)));
}

void MissionOrderForm::setMission(const QJsonObject &mission, bool editable,
                                  const QString &lockedReason)
{
    m_mission = mission;
    m_editable = editable;
    m_loading = true;
    fillChoices();
    const auto text = [&mission](const char16_t *column) {
        return mission.value(QStringView(column)).toString();
    };
    m_purpose->setPlainText(text(u"purpose"));
    const QJsonValue unit = mission.value(u"unit_id");
    if (unit.isDouble())
        m_unit->setCurrentIndex(m_unit->findData(unit.toInteger()));
    else if (!m_user.units.isEmpty())
        m_unit->setCurrentIndex(qMax(0, m_unit->findData(m_user.units.cbegin()->value())));
    m_destination->setText(text(u"destination_name"));
    m_address->setText(text(u"address_text"));
    const QLocale locale;
    const auto coordinate = [&locale](const QJsonValue &value) {
        return value.isDouble() ? locale.toString(value.toDouble(), 'f', 6) : QString();
    };
    m_latitude->setText(coordinate(mission.value(u"latitude")));
    m_longitude->setText(coordinate(mission.value(u"longitude")));
    const auto showMoment = [](const QJsonValue &value, QLineEdit *date, QLineEdit *time) {
        if (!value.isDouble()) {
            date->clear();
            time->setText(toLocalDigits(u"08:00"_qs));
            return;
        }
        const QDateTime when =
            QDateTime::fromMSecsSinceEpoch(value.toInteger(), Qt::UTC).toTimeZone(iranTimeZone());
        date->setText(formatJalaliDate(when.date(), DateStyle::Numeric));
        time->setText(toLocalDigits(when.time().toString(u"HH:mm")));
    };
    showMoment(mission.value(u"planned_start"), m_startDate, m_startTime);
    showMoment(mission.value(u"planned_end"), m_endDate, m_endTime);
    m_transport->setText(text(u"transport"));
    m_contract->setText(text(u"contract_number"));
    m_budgeted->setChecked(mission.value(u"budgeted").toVariant().toBool());
    const QJsonValue followUp = mission.value(u"follow_up_of_id");
    m_followUp->setCurrentIndex(
        followUp.isDouble() ? qMax(0, m_followUp->findData(followUp.toInteger())) : 0);

    for (QLineEdit *edit : {m_destination, m_address, m_latitude, m_longitude, m_startDate,
                            m_startTime, m_endDate, m_endTime, m_transport, m_contract})
        edit->setReadOnly(!editable);
    m_purpose->setReadOnly(!editable);
    for (QWidget *widget : std::initializer_list<QWidget *>{m_unit, m_budgeted, m_followUp})
        widget->setEnabled(editable);
    m_save->setVisible(editable);
    m_locked->setText(lockedReason);
    m_locked->setVisible(!editable && !lockedReason.isEmpty());
    showProblems({});
    m_loading = false;
    m_dirty = false;
}

qint64 MissionOrderForm::iranMoment(QDate date, QTime time)
{
    return QDateTime(date, time, iranTimeZone()).toMSecsSinceEpoch();
}

std::optional<qint64> MissionOrderForm::moment(QLineEdit *date, QLineEdit *time,
                                               const QString &label, QStringList *problems) const
{
    if (date->text().trimmed().isEmpty())
        return std::nullopt;
    const auto parsed = parseJalaliDate(date->text());
    if (!parsed) {
        problems->append(tr("%1: %2").arg(label, describe(parsed.error())));
        return std::nullopt;
    }
    const auto clock = parseTime(time->text());
    if (!clock) {
        problems->append(tr("%1: write the time as hours and minutes, such as %2.")
                             .arg(label, toLocalDigits(u"08:30"_qs)));
        return std::nullopt;
    }
    return iranMoment(*parsed, *clock);
}

std::optional<QJsonObject> MissionOrderForm::fields(QStringList *problems) const
{
    QStringList found;
    QJsonObject all;
    const QString purpose = m_purpose->toPlainText().trimmed();
    if (purpose.isEmpty())
        found << tr("Write the purpose of the mission.");
    else if (purpose.size() > 2000)
        found << tr("The purpose is too long: at most 2,000 characters.");
    all.insert(u"purpose"_qs, purpose);
    if (m_unit->currentIndex() < 0)
        found << tr("Choose the unit that requests the mission.");
    all.insert(u"unit_id"_qs, m_unit->currentData().toLongLong());
    all.insert(u"destination_name"_qs, nullable(m_destination->text()));
    all.insert(u"address_text"_qs, nullable(m_address->text()));

    const QString latText = m_latitude->text().trimmed(), lonText = m_longitude->text().trimmed();
    QJsonValue latitude, longitude;
    if (latText.isEmpty() != lonText.isEmpty()) {
        found << tr("Give both the latitude and the longitude of the destination, or neither.");
    } else if (!latText.isEmpty()) {
        const auto lat = parseCoordinate(latText), lon = parseCoordinate(lonText);
        if (!lat || *lat < -90 || *lat > 90)
            found << tr("The latitude is a number of degrees from -90 to 90, such as 35.6892.");
        else
            latitude = *lat;
        if (!lon || *lon < -180 || *lon > 180)
            found << tr("The longitude is a number of degrees from -180 to 180, such as 51.3890.");
        else
            longitude = *lon;
    }
    all.insert(u"latitude"_qs, latitude);
    all.insert(u"longitude"_qs, longitude);

    const auto start = moment(m_startDate, m_startTime, tr("Planned start"), &found);
    const auto end = moment(m_endDate, m_endTime, tr("Planned end"), &found);
    if (start && end && *end <= *start)
        found << tr("The planned end must come after the planned start.");
    all.insert(u"planned_start"_qs, start ? QJsonValue(*start) : QJsonValue());
    all.insert(u"planned_end"_qs, end ? QJsonValue(*end) : QJsonValue());
    all.insert(u"transport"_qs, nullable(m_transport->text()));
    all.insert(u"contract_number"_qs, nullable(m_contract->text()));
    all.insert(u"budgeted"_qs, m_budgeted->isChecked());
    const QVariant followUp = m_followUp->currentData();
    all.insert(u"follow_up_of_id"_qs,
               followUp.isValid() ? QJsonValue(followUp.toLongLong()) : QJsonValue());

    if (problems)
        *problems = found;
    if (!found.isEmpty())
        return std::nullopt;
    if (m_mission.isEmpty())
        return all;
    QJsonObject changed;
    for (const QString &column : orderColumns) {
        if (!sameValue(all.value(column), m_mission.value(column)))
            changed.insert(column, all.value(column));
    }
    return changed;
}

void MissionOrderForm::showProblems(const QStringList &problems)
{
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

void MissionOrderForm::retranslate()
{
    const QStringList labels{FieldText::fieldLabel(u"purpose"),
                             tr("Requesting unit"),
                             FieldText::fieldLabel(u"destination_name"),
                             tr("Address"),
                             tr("Position (latitude / longitude)"),
                             tr("Planned start"),
                             tr("Planned end"),
                             tr("Transport"),
                             tr("Contract or order number"),
                             FieldText::fieldLabel(u"budgeted"),
                             tr("Follow-up of")};
    for (int i = 0; i < m_labels.size() && i < labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i) + u':');
    m_budgeted->setText(tr("The mission has a budget (finance approves it too)"));
    for (QLineEdit *edit : {m_startDate, m_endDate})
        edit->setPlaceholderText(toLocalDigits(u"1405/09/01"_qs));
    for (QLineEdit *edit : {m_startTime, m_endTime})
        edit->setPlaceholderText(toLocalDigits(u"08:30"_qs));
    m_latitude->setPlaceholderText(QLocale().toString(35.6892, 'f', 4));
    m_longitude->setPlaceholderText(QLocale().toString(51.389, 'f', 4));
    m_save->setText(tr("&Save the order"));
    if (m_followUp->count() > 0)
        m_followUp->setItemText(0, tr("None"));
}

void MissionOrderForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace Shahrvand::Ui
