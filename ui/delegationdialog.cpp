#include "delegationdialog.h"

#include "jalalidate.h"
#include "localcache.h"
#include "searchpicker.h"

#include <QCollator>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcDelegation, "shahrvand.ui.delegation")

namespace Shahrvand::Ui {

namespace {

constexpr int pageSize = 500;

// Whole days in Iran's time: a delegation runs from the first day's midnight to the
// midnight after the last day.
qint64 startOfIranDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), iranTimeZone()).toMSecsSinceEpoch();
}

QDate iranDay(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toTimeZone(iranTimeZone()).date();
}

qint64 millisecondsOf(const QJsonValue &value)
{
    return value.toInteger();
}

} // namespace

DelegationDialog::DelegationDialog(Cache::LocalCache &cache, const Access::Principal &user,
                                   QWidget *parent)
    : QDialog(parent)
    , m_cache(cache)
    , m_user(user)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("delegationDialog"));
    setModal(true);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);

    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("delegationFrom"));
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("delegationTo"));
    m_delegate = new SearchPicker(this);
    m_delegate->setObjectName(QStringLiteral("delegationDelegate"));
    m_delegate->setVisibleRows(5);
    m_fromLabel = new QLabel(this);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_toLabel->setBuddy(m_to);
    m_delegateLabel = new QLabel(this);
    m_delegateLabel->setBuddy(m_delegate->lineEdit());
    auto *days = new QHBoxLayout;
    days->addWidget(m_from, 1);
    days->addWidget(m_toLabel);
    days->addWidget(m_to, 1);
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addDelegation"));
    m_add->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] { addDelegation(); });
    connect(m_delegate, &SearchPicker::activated, this, [this] { addDelegation(); });
    auto *form = new QFormLayout;
    form->addRow(m_fromLabel, days);
    form->addRow(m_delegateLabel, m_delegate);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    form->addRow(addRow);

    m_listLabel = new QLabel(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("delegationList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_list->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] { updateEndButton(); });
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("delegationsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    auto *listStack = new QStackedWidget(this);
    listStack->setObjectName(QStringLiteral("delegationListStack"));
    listStack->addWidget(m_list);
    listStack->addWidget(m_empty);
    m_end = new QPushButton(this);
    m_end->setObjectName(QStringLiteral("endDelegation"));
    m_end->setAutoDefault(false);
    connect(m_end, &QPushButton::clicked, this, [this] { endChosen(); });

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("delegationMessage"));
    m_message->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_close = buttons->button(QDialogButtonBox::Close);
    m_close->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_end);
    bottom->addStretch(1);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addSpacing(8);
    layout->addWidget(m_listLabel);
    layout->addWidget(listStack, 1);
    layout->addWidget(m_message);
    layout->addLayout(bottom);
    resize(640, 480);

    retranslate();
    reload();
}

void DelegationDialog::setClock(std::function<qint64()> now)
{
    m_now = std::move(now);
    reload();
}

void DelegationDialog::reload()
{
    fillDelegates();
    fillList();
}

QString DelegationDialog::userName(qint64 id) const
{
    const auto row = m_cache.row(QStringLiteral("users"), id);
    if (row && *row) {
        const QString name = (*row)->value(u"display_name").toString();
        if (!name.isEmpty())
            return name;
    }
    return tr("User %1").arg(QLocale().toString(id));
}

void DelegationDialog::fillDelegates()
{
    // Any active colleague but oneself, by name in the interface's collation.
    struct Candidate
    {
        qint64 id;
        QString name;
        QString username;
    };
    QList<Candidate> candidates;
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(QStringLiteral("users"), pageSize, after);
        if (!page) {
            qCWarning(lcDelegation) << "reading the users failed:" << page.error().detail;
            break;
        }
        for (const QJsonObject &row : *page) {
            const qint64 id = row.value(u"id").toInteger();
            if (id == m_user.userId.value() || row.value(u"deleted").toBool() ||
                row.value(u"active") == QJsonValue(false) ||
                row.value(u"display_name").toString().isEmpty())
                continue;
            candidates.append(
                {id, row.value(u"display_name").toString(), row.value(u"username").toString()});
        }
        if (page->size() < pageSize)
            break;
        after = page->last().value(u"id").toInteger();
    }
    QCollator collator{QLocale()};
    std::sort(candidates.begin(), candidates.end(),
              [&collator](const Candidate &a, const Candidate &b) {
                  return collator.compare(a.name, b.name) < 0;
              });
    const std::optional<qint64> chosen = m_delegate->current();
    m_delegate->clearItems();
    for (const Candidate &candidate : std::as_const(candidates))
        m_delegate->addItem(candidate.id, candidate.name, {}, candidate.username);
    if (chosen)
        m_delegate->setCurrent(*chosen);
}

void DelegationDialog::fillList()
{
    // The user's delegations that have not ended, the earliest first: the server's (the
    // user is their approver) and those written here, not yet sent (no approver yet).
    const qint64 now = m_now();
    const qint64 me = m_user.userId.value();
    const qint64 chosenId =
        m_list->currentItem() ? m_list->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
    m_rows.clear();
    std::optional<qint64> after;
    for (;;) {
        const auto page = m_cache.rows(QStringLiteral("delegations"), pageSize, after);
        if (!page) {
            qCWarning(lcDelegation) << "reading the delegations failed:" << page.error().detail;
            break;
        }
        for (const QJsonObject &row : *page) {
            const qint64 id = row.value(u"id").toInteger();
            const QJsonValue approver = row.value(u"approver_id");
            const bool mine =
                approver.isNull() || approver.isUndefined() ? id < 0 : approver.toInteger() == me;
            if (mine && !row.value(u"deleted").toBool() &&
                millisecondsOf(row.value(u"ends_at")) > now)
                m_rows.append(row);
        }
        if (page->size() < pageSize)
            break;
        after = page->last().value(u"id").toInteger();
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return millisecondsOf(a.value(u"starts_at")) < millisecondsOf(b.value(u"starts_at"));
    });

    const QLocale locale;
    m_list->clear();
    for (const QJsonObject &row : std::as_const(m_rows)) {
        const qint64 id = row.value(u"id").toInteger();
        const qint64 starts = millisecondsOf(row.value(u"starts_at"));
        const qint64 ends = millisecondsOf(row.value(u"ends_at"));
        const auto version = m_cache.version(QStringLiteral("delegations"), id);
        const bool sent = id > 0 && version && version->value_or(0) > 0;
        QString state = starts <= now ? tr("In force") : tr("Ahead");
        if (!sent)
            state = tr("%1, not yet sent").arg(state);
        // The last day shown is the one before the end's midnight.
        auto *item = new QTreeWidgetItem(
            {userName(row.value(u"delegate_id").toInteger()),
             formatJalaliDate(iranDay(starts), DateStyle::Long, locale),
             formatJalaliDate(iranDay(ends - 1), DateStyle::Long, locale), state});
        item->setData(0, Qt::UserRole, id);
        m_list->addTopLevelItem(item);
        if (id == chosenId)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    if (auto *stack = findChild<QStackedWidget *>(QStringLiteral("delegationListStack")))
        stack->setCurrentWidget(m_rows.isEmpty() ? static_cast<QWidget *>(m_empty) : m_list);
    updateEndButton();
}

void DelegationDialog::updateEndButton()
{
    const int index =
        m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    m_end->setEnabled(index >= 0);
    const bool begun =
        index >= 0 && millisecondsOf(m_rows.at(index).value(u"starts_at")) <= m_now();
    m_end->setText(begun ? tr("End it now") : tr("Remove it"));
}

bool DelegationDialog::addDelegation()
{
    QStringList problems;
    const auto from = parseJalaliDate(m_from->text());
    if (!from)
        problems << tr("First day away: %1").arg(describe(from.error()));
    const auto to = parseJalaliDate(m_to->text());
    if (!to)
        problems << tr("Last day away: %1").arg(describe(to.error()));
    const std::optional<qint64> delegate = m_delegate->current();
    if (!delegate)
        problems << tr("Choose the colleague who decides for you while you are away.");
    else if (*delegate == m_user.userId.value())
        problems << tr("You cannot delegate your approvals to yourself.");
    const qint64 now = m_now();
    qint64 starts = 0, ends = 0;
    if (from && to) {
        starts = startOfIranDay(*from);
        ends = startOfIranDay(to->addDays(1));
        if (*to < *from)
            problems << tr("The last day away cannot come before the first.");
        else if (ends <= now)
            problems << tr("These days are over already: choose days from today on.");
    }
    if (!problems.isEmpty()) {
        showMessage(problems.join(QLatin1Char('\n')), true);
        return false;
    }
    const auto written =
        m_cache.create(QStringLiteral("delegations"), {{QStringLiteral("delegate_id"), *delegate},
                                                       {QStringLiteral("starts_at"), starts},
                                                       {QStringLiteral("ends_at"), ends}});
    if (!written) {
        qCWarning(lcDelegation) << "writing the delegation failed:" << written.error().detail;
        showMessage(written.error().message(), true);
        return false;
    }
    const QLocale locale;
    showMessage(tr("%1 decides your approvals from %2 to %3. It is sent with the next sync.")
                    .arg(m_delegate->currentText(),
                         formatJalaliDate(*from, DateStyle::Long, locale),
                         formatJalaliDate(*to, DateStyle::Long, locale)),
                false);
    m_from->clear();
    m_to->clear();
    m_delegate->clearCurrent();
    fillList();
    emit delegationsChanged();
    return true;
}

bool DelegationDialog::endChosen()
{
    const int index =
        m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (index < 0) {
        showMessage(tr("Choose a delegation in the list first."), true);
        return false;
    }
    const QJsonObject row = m_rows.at(index);
    const qint64 id = row.value(u"id").toInteger();
    const QString name = userName(row.value(u"delegate_id").toInteger());
    const qint64 now = m_now();
    const bool begun = millisecondsOf(row.value(u"starts_at")) <= now;
    // One in force ends now (it stays as the record of who decided for whom); one ahead
    // goes.
    const auto written =
        begun ? m_cache.update(QStringLiteral("delegations"), id,
                               {{QStringLiteral("ends_at"),
                                 qMax(now, millisecondsOf(row.value(u"starts_at")) + 1)}})
              : m_cache.remove(QStringLiteral("delegations"), id);
    if (!written) {
        qCWarning(lcDelegation) << "changing the delegation failed:" << written.error().detail;
        showMessage(written.error().message(), true);
        return false;
    }
    showMessage(begun ? tr("%1 no longer decides for you.").arg(name)
                      : tr("The delegation to %1 is removed.").arg(name),
                false);
    fillList();
    emit delegationsChanged();
    return true;
}

void DelegationDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: #b3261e;") : QString());
    QFont font = m_message->font();
    font.setBold(problem);
    m_message->setFont(font);
}

void DelegationDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void DelegationDialog::retranslate()
{
    setWindowTitle(tr("Delegate while away"));
    m_intro->setText(tr("While you are away, a colleague decides the approvals waiting for you, "
                        "on your behalf. They see what waits for you as soon as the server has "
                        "the delegation, and decide it from the first day."));
    m_fromLabel->setText(tr("I am away &from"));
    m_toLabel->setText(tr("&to"));
    m_delegateLabel->setText(tr("&Decides for me"));
    const QString example = formatJalaliDate(iranDay(m_now()), DateStyle::Numeric, QLocale());
    m_from->setPlaceholderText(example);
    m_to->setPlaceholderText(example);
    m_delegate->setPlaceholderText(tr("Type a colleague's name"));
    m_add->setText(tr("&Delegate"));
    m_listLabel->setText(tr("Your delegations that have not ended"));
    m_list->setHeaderLabels({tr("Delegate"), tr("From"), tr("To"), tr("State")});
    m_empty->setText(tr("Nobody decides for you: you have no delegation now or ahead."));
    m_close->setText(tr("Close"));
    if (!m_rows.isEmpty() || m_list->topLevelItemCount() > 0)
        fillList();
    updateEndButton();
}

} // namespace Shahrvand::Ui
